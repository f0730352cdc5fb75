// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalog.h"
#include "common/result.h"
#include "decision/recommendation.h"

class InputOptions;
class QCommandLineOption;
class QCommandLineParser;

/// The catalog and input a requirement-based command (recommend, export-chart, memo) works on,
/// checked against each other.
struct Scenario
{
    Catalog catalog;
    RecommendationInput input;

    /// Reads the requirements, loads --catalog and checks that the task and benchmark asked
    /// for are in it; the error says which is not.
    static Result<Scenario> load(const QCommandLineParser &parser, const InputOptions &inputs,
                                 const QCommandLineOption &catalogName, const QString &userCatalogDir);
};
