// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogregistry.h"
#include "commandline.h"
#include "decision/workbench.h"
#include "mainwindow.h"
#include "settings/settings.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {
void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Rightsize"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RIGHTSIZE_VERSION));
}

/// Subcommands run headless: no window, and a display only for those that draw charts.
int runCommand(int argc, char *argv[], const QStringList &arguments)
{
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    describeApplication();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLine(out, err).run(QCoreApplication::arguments());
}
}

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (CommandLine::wantsCommand(arguments))
        return runCommand(argc, argv, arguments);

    QApplication app(argc, argv);
    describeApplication();
    CatalogRegistry registry;
    Workbench workbench(registry);
    Settings settings;
    // The window restores the last catalog (falling back to "current", with the reason in the
    // status bar) and the last inputs from the settings.
    MainWindow window(workbench, settings);
    window.show();
    return QApplication::exec();
}
