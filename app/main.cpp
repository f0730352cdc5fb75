// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogregistry.h"
#include "commandline.h"
#include "decision/workbench.h"
#include "mainwindow.h"
#include "screenshottour.h"
#include "settings/settings.h"
#include "settings/translationloader.h"
#include "startupprobe.h"
#include "store/database.h"

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
    // Before any text is produced: usage, errors and reports are translated too.
    TranslationLoader translations;
    translations.installFor(Settings().language());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return CommandLine(out, err).run(QCoreApplication::arguments());
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (CommandLine::wantsCommand(arguments))
        return runCommand(argc, argv, arguments);

    QApplication app(argc, argv);
    describeApplication();
    // Before any widget exists: texts are set once, when the widgets are built.
    TranslationLoader translations;
    translations.installFor(Settings().language());
    CatalogRegistry registry;
    Workbench workbench(registry);
    Settings settings;
    // The run history; a file that cannot be opened is reported on the History page (which offers
    // another file or a fresh one) and never stops the window from starting. Declared before the
    // window, which writes to it until it is destroyed.
    Database history;
    // The window restores the last catalog (falling back to "current", with the reason in the
    // status bar) and the last inputs from the settings; it builds the page it shows first and
    // the others once it has painted.
    MainWindow window(workbench, settings);
    // --measure-startup: print the time to the first painted window and the memory, then quit.
    if (arguments.contains(QLatin1String("--measure-startup")))
        StartupProbe::watch(&window);
    // --screenshots DIR: every page as DIR/<page>.png at the screen's size, then quit.
    if (const qsizetype at = arguments.indexOf(QLatin1String("--screenshots")); at >= 0 && at + 1 < arguments.size())
        ScreenshotTour::start(&window, arguments.at(at + 1));
    window.show();
    // On a thread of its own: creating, migrating and recovering the file must not hold up the
    // first paint nor the window after it.
    window.openHistoryDatabase(&history, settings.databasePath());
    return QApplication::exec();
}
