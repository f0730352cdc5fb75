// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "eval/evalsession.h"

#include <QCoreApplication>
#include <QStringList>

class EvalRepository;
class QCommandLineParser;

/// `eval run`'s options read into the plan of a run, checked before anything is sent: a new run
/// (--set, --prompt, --endpoint and --target in the order written, --judge, --repeat…; a set
/// file is saved under its name) or the stored run --resume names, with its endpoints made live
/// again by name.
class EvalRunArguments
{
    Q_DECLARE_TR_FUNCTIONS(EvalRunArguments)
public:
    static Result<EvalRunPlan> read(const QCommandLineParser &parser, const QStringList &arguments,
                                    EvalRepository &repository, const QString &userCatalogDir);
    /// A RUN_ID argument: a positive number.
    static Result<qint64> runId(const QString &text);
};
