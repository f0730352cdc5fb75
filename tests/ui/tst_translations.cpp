// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogregistry.h"
#include "cliharness.h"
#include "decision/workbench.h"
#include "mainwindow.h"
#include "settings/settings.h"
#include "settings/translationloader.h"

#include <QAction>
#include <QCheckBox>
#include <QListWidget>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTest>

/// The interface in German (and French): the compiled-in translations reach the widgets of the
/// window and the messages of the command line. Texts are set when widgets are built, so each
/// test installs the language first and builds afterwards, as main() does.
class TestTranslations : public QObject
{
    Q_OBJECT
private:
    CliHarness m_cli;
    QString iniPath() const { return m_cli.filePath(QStringLiteral("rightsize.ini")); }
    QString catalogDir() const { return m_cli.catalogDir(); }

    struct Session
    {
        explicit Session(const TestTranslations &t)
            : registry(t.catalogDir())
            , workbench(registry)
            , settings(t.iniPath())
            , window(workbench, settings)
        { }
        CatalogRegistry registry;
        Workbench workbench;
        Settings settings;
        MainWindow window;
    };

    static QStringList menuTitles(const MainWindow &window)
    {
        QStringList titles;
        for (QAction *a : window.menuBar()->actions())
            titles.append(a->text());
        return titles;
    }
    static QStringList pageTitles(const MainWindow &window)
    {
        auto *list = window.findChild<QListWidget *>(QStringLiteral("pageList"));
        QStringList titles;
        for (int i = 0; list && i < list->count(); ++i)
            titles.append(list->item(i)->text());
        return titles;
    }

    CliRun runCli(const QStringList &args) { return m_cli.run(args); }

private slots:
    void initTestCase()
    {
        // The window reads and writes the user's data locations (endpoints, history): keep away.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_cli.isValid());
    }

    void init() { QFile::remove(iniPath()); }

    void windowInGerman()
    {
        TranslationLoader loader;
        QVERIFY(loader.install(QStringLiteral("de")));
        Session s(*this);
        QCOMPARE(menuTitles(s.window),
                 (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Werkzeuge"),
                              QStringLiteral("&Hilfe")}));
        QCOMPARE(pageTitles(s.window),
                 (QStringList{QStringLiteral("Anforderungen"), QStringLiteral("Kosten-Explorer"),
                              QStringLiteral("Vergleichen"), QStringLiteral("Verlauf"), QStringLiteral("Routing"),
                              QStringLiteral("Evaluierungen"), QStringLiteral("Katalog")}));
        // A label of the Requirements page, accelerator included.
        auto *reasoning =
            s.window.page(MainWindow::Requirements)->findChild<QCheckBox *>(QStringLiteral("reasoningCheck"));
        QVERIFY(reasoning);
        QCOMPARE(reasoning->text(), QStringLiteral("Erfordert &mehrstufiges Schlussfolgern"));
        auto *quit = s.window.findChild<QAction *>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->text(), QStringLiteral("&Beenden"));
    }

    void windowInFrench()
    {
        TranslationLoader loader;
        QVERIFY(loader.install(QStringLiteral("fr")));
        Session s(*this);
        QCOMPARE(menuTitles(s.window).constFirst(), QStringLiteral("&Fichier"));
        QCOMPARE(pageTitles(s.window).constFirst(), QStringLiteral("Exigences"));
    }

    void windowInEnglishWithoutTranslator()
    {
        TranslationLoader loader;
        QVERIFY(loader.install(QStringLiteral("en")));
        Session s(*this);
        QCOMPARE(menuTitles(s.window).constFirst(), QStringLiteral("&File"));
        QCOMPARE(pageTitles(s.window).constFirst(), QStringLiteral("Requirements"));
    }

    void commandLineInGerman_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stream");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("err")
            << QStringLiteral("rightsize: unbekannter Befehl \"frobnicate\"; siehe 'rightsize --help'\n");
        QTest::addRow("usage error of a command")
            << QStringList{QStringLiteral("recommend"), QStringLiteral("--limit"), QStringLiteral("many")} << 2
            << QStringLiteral("err")
            << QStringLiteral("rightsize recommend: --limit erwartet eine ganze Zahl ≥ 0, erhalten: \"many\"\n");
        QTest::addRow("text report") << QStringList{QStringLiteral("recommend"), QStringLiteral("--limit"),
                                                    QStringLiteral("0")}
                                     << 0 << QStringLiteral("out") << QStringLiteral("Empfohlene Stufe: ");
    }
    void commandLineInGerman()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stream);
        QFETCH(QString, expected);
        TranslationLoader loader;
        QVERIFY(loader.install(QStringLiteral("de")));
        const CliRun r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        const QString &text = stream == QLatin1String("err") ? r.err : r.out;
        if (exitCode == 0)
            QVERIFY2(text.startsWith(expected), qPrintable(text));
        else
            QCOMPARE(text, expected);
    }

    void commandLineBackInEnglish()
    {
        {
            TranslationLoader loader;
            QVERIFY(loader.install(QStringLiteral("de")));
        }
        const CliRun r = runCli({QStringLiteral("frobnicate")});
        QCOMPARE(r.err, QStringLiteral("rightsize: unknown command \"frobnicate\"; see 'rightsize --help'\n"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
