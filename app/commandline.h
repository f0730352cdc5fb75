// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

#include <QString>
#include <QStringList>

class QTextStream;

/// Exit codes of the command line.
namespace ExitCode {
inline constexpr int Ok = 0;
inline constexpr int Failure = 1;  ///< the command ran and failed (e.g. cannot write a file)
inline constexpr int BadUsage = 2; ///< bad usage or bad input; one line on stderr says why
} // namespace ExitCode

/// The headless front end: `rightsize <subcommand> [options]`. Text for people by default, one JSON
/// document with --json. Output goes to the given streams so that tests run it in-process.
class CommandLine
{
public:
    CommandLine(QTextStream &out, QTextStream &err, QString userCatalogDir = {});

    /// True when the arguments ask for a subcommand, --version or --help rather than the window.
    static bool wantsCommand(const QStringList &arguments);
    /// True when the subcommand draws (charts, memos) and so needs a QGuiApplication.
    static bool needsGui(const QStringList &arguments);

    /// `arguments` as from QCoreApplication::arguments(): the program name first.
    int run(const QStringList &arguments);

private:
    int printHelp();

    /// Built with the listeners every run from the command line has (the history recorder of
    /// `compare`); each subcommand gets it, in its own file (see subCommands()).
    CommandContext m_context;
};
