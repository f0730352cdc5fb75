// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QCoreApplication>

/// The translation context of the help and of the built-in commands (recommend, cost, catalog,
/// export-chart, memo): they were members of CommandLine once, and their messages keep its
/// context so that the translations made for them still apply.
class CliTexts
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
