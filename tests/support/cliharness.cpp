// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "cliharness.h"

#include "commandline.h"

#include <QDir>
#include <QTextStream>

CliHarness::CliHarness()
{
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString dir = m_home.filePath(QString::fromLatin1(variable).toLower());
        QDir().mkpath(dir);
        qputenv(variable, dir.toUtf8());
    }
    qputenv("RIGHTSIZE_NO_KEYCHAIN", "1");
}

CliRun CliHarness::run(const QStringList &arguments) const
{
    CliRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    CommandLine cli(out, err, catalogDir());
    result.exitCode = cli.run(QStringList{QStringLiteral("rightsize")} + arguments);
    out.flush();
    err.flush();
    return result;
}
