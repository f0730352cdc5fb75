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
inline constexpr int Failure = 1;     ///< the command ran and failed (e.g. cannot write a file)
inline constexpr int BadUsage = 2;    ///< bad usage or bad input; one line on stderr says why
}

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

    // The built-in subcommands (listed in subCommands()).
    int recommend(const QStringList &arguments);
    int cost(const QStringList &arguments);
    int catalog(const QStringList &arguments);
    int exportChart(const QStringList &arguments);
    int memo(const QStringList &arguments);

private:
    int usageError(const QString &command, const QString &message);
    int printHelp();

    CommandContext m_context;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_userCatalogDir;
};
