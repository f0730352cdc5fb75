// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogregistry.h"
#include "decision/workbench.h"
#include "mainwindow.h"
#include "pages/catalogpage.h"
#include "pages/costexplorerpage.h"
#include "pages/evaluationspage.h"
#include "pages/historypage.h"
#include "pages/requirementspage.h"
#include "settings/settings.h"
#include "store/database.h"
#include "widgets/numberedit.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("rightsize.ini")); }
    QString catalogDir() const { return m_dir.filePath(QStringLiteral("catalogs")); }

    /// One application session: registry, workbench, settings file and window, as main() builds them.
    struct Session
    {
        explicit Session(const TestMainWindow &t)
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

private slots:
    void init() { QFile::remove(iniPath()); }

    void sevenPagesInOrder()
    {
        Session s(*this);
        auto *list = s.window.findChild<QListWidget *>(QStringLiteral("pageList"));
        QVERIFY(list);
        QStringList titles;
        for (int i = 0; i < list->count(); ++i)
            titles.append(list->item(i)->text());
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("Requirements"), QStringLiteral("Cost explorer"),
                              QStringLiteral("Compare"), QStringLiteral("History"), QStringLiteral("Routing"),
                              QStringLiteral("Evaluations"), QStringLiteral("Catalog")}));
        QVERIFY(qobject_cast<RequirementsPage *>(s.window.page(MainWindow::Requirements)));
        QVERIFY(qobject_cast<CostExplorerPage *>(s.window.page(MainWindow::CostExplorer)));
        // Pages of later versions say so and offer nothing to click.
        QCOMPARE(s.window.page(MainWindow::Compare)->objectName(), QStringLiteral("comparePage"));
        QCOMPARE(s.window.page(MainWindow::CatalogBrowser)->objectName(), QStringLiteral("catalogPage"));
        QCOMPARE(s.window.page(MainWindow::History)->objectName(), QStringLiteral("historyPage"));
        QCOMPARE(s.window.page(MainWindow::Routing)->objectName(), QStringLiteral("routingPage"));
        QVERIFY(qobject_cast<EvaluationsPage *>(s.window.page(MainWindow::Evaluations)));
        QCOMPARE(s.window.page(MainWindow::Evaluations)->objectName(), QStringLiteral("evaluationsPage"));
        // A fresh start opens the current catalog and shows it in the status bar.
        QCOMPARE(s.workbench.catalog().name, QStringLiteral("current"));
        const QString status = s.window.findChild<QLabel *>(QStringLiteral("catalogStatus"))->text();
        QCOMPARE(status,
                 QStringLiteral("Catalog: current · prices as of %1 · models: %2")
                     .arg(s.workbench.catalog().date.toString(Qt::ISODate))
                     .arg(s.workbench.catalog().models.size()));
    }

    void menusCarryShortcuts()
    {
        Session s(*this);
        QStringList menus;
        for (QAction *a : s.window.menuBar()->actions())
            menus.append(a->text());
        QCOMPARE(menus,
                 (QStringList{QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Tools"),
                              QStringLiteral("&Help")}));
        auto *quit = s.window.findChild<QAction *>(QStringLiteral("quitAction"));
        QCOMPARE(quit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));
        auto *memo = s.window.findChild<QAction *>(QStringLiteral("exportMemoAction"));
        QCOMPARE(memo->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
        for (int i = 1; i <= 7; ++i) {
            auto *a = s.window.findChild<QAction *>(QStringLiteral("showPage%1").arg(i));
            QVERIFY(a);
            QCOMPARE(a->shortcut(), QKeySequence(QStringLiteral("Ctrl+%1").arg(i)));
        }
    }

    void shortcutsSwitchPages_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("page");
        for (int i = 0; i < 7; ++i)
            QTest::addRow("Ctrl+%d", i + 1) << int(Qt::Key_1 + i) << i;
    }
    void shortcutsSwitchPages()
    {
        QFETCH(int, key);
        QFETCH(int, page);
        Session s(*this);
        s.window.showPage(page == 0 ? 6 : 0);
        s.window.show();
        QVERIFY(QTest::qWaitForWindowActive(&s.window));
        QTest::keyClick(&s.window, Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(s.window.currentPage(), page);
        QCOMPARE(s.window.findChild<QListWidget *>(QStringLiteral("pageList"))->currentRow(), page);
        QVERIFY(s.window.findChild<QAction *>(QStringLiteral("showPage%1").arg(page + 1))->isChecked());
    }

    void sessionIsRestored()
    {
        {
            Session first(*this);
            QCOMPARE(first.workbench.catalog().name, QStringLiteral("current"));
            QVERIFY(first.workbench.setCatalog(QStringLiteral("article-2025")).ok());
            RecommendationInput input = first.workbench.input();
            input.requirements.complexity = Complexity::Simple;
            input.requirements.requestsPerDay = 12345;
            input.task = QStringLiteral("text_classification");
            input.outputTokens = 321;
            first.workbench.setInput(input);
            // And one edit through the form, as a user would make it.
            auto *latency = first.window.findChild<NumberEdit *>(QStringLiteral("maxLatencyEdit"));
            latency->lineEdit()->selectAll();
            QTest::keyClicks(latency->lineEdit(), QStringLiteral("75"));
            first.window.showPage(MainWindow::Routing);
            first.window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first.window));
            first.window.resize(1100, 700);
            QTRY_COMPARE(first.window.size(), QSize(1100, 700));
            QVERIFY(first.window.close());
        }
        Session second(*this);
        QCOMPARE(second.workbench.catalog().name, QStringLiteral("article-2025"));
        const RecommendationInput &in = second.workbench.input();
        QCOMPARE(in.requirements.complexity, Complexity::Simple);
        QCOMPARE(in.requirements.requestsPerDay, 12345.0);
        QCOMPARE(in.requirements.maxLatencyMs, 75.0);
        QCOMPARE(in.task, QStringLiteral("text_classification"));
        QCOMPARE(in.outputTokens, 321.0);
        QCOMPARE(second.window.currentPage(), int(MainWindow::Routing));
        second.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second.window));
        QCOMPARE(second.window.size(), QSize(1100, 700));
        // The form shows the restored inputs, and the recommendation follows them (rule 2: latency < 100 ms).
        QCOMPARE(second.window.page(MainWindow::Requirements)
                     ->findChild<NumberEdit *>(QStringLiteral("maxLatencyEdit"))
                     ->lineEdit()
                     ->text(),
                 QStringLiteral("75"));
        QCOMPARE(second.workbench.recommendation().tier.rule, 2);
    }

    /// Measured quality is written when it changes and restored at the next start, before the
    /// inputs that chose it as the quality benchmark; forgetting it is remembered too.
    void measuredQualitySurvivesRestart()
    {
        QString model;
        {
            Session first(*this);
            model = first.workbench.catalog().models.at(0).id;
            ModelRating rating{model, 2.0, 1120.5, 1050.0, 1190.0, 3.5, 5};
            const MeasuredQuality measured =
                MeasuredQuality::fromRatings(QStringLiteral("compare"), {rating}, QDate(2026, 3, 4));
            first.workbench.addMeasuredQuality(measured);
            RecommendationInput input = first.workbench.input();
            input.qualityBenchmark = measured.benchmark.id;
            first.workbench.setInput(input);
            QVERIFY(first.window.close());
        }
        {
            Session second(*this);
            QCOMPARE(second.workbench.measuredQuality().size(), 1);
            const QualityScore *score =
                second.workbench.catalog().findModel(model)->score(QStringLiteral("rating:compare"));
            QVERIFY(score);
            QCOMPARE(score->value, 1120.5);
            QCOMPARE(second.workbench.input().qualityBenchmark, QStringLiteral("rating:compare"));
            QCOMPARE(second.workbench.recommendation().qualityBenchmark, QStringLiteral("rating:compare"));
            qobject_cast<EvaluationsPage *>(second.window.page(MainWindow::Evaluations))->forgetMeasuredQuality();
            QVERIFY(second.window.close());
        }
        Session third(*this);
        QVERIFY(third.workbench.measuredQuality().isEmpty());
        QVERIFY(!third.workbench.catalog().findModel(model)->score(QStringLiteral("rating:compare")));
    }

    /// Only the page shown is built with the window; the others come after its first paint, and
    /// the History page once the run history, opened on another thread, is open.
    void pagesAndHistoryComeAfterTheFirstPaint()
    {
        Database history; // outlives the window, which writes to it
        Session s(*this);
        auto *pages = s.window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(qobject_cast<RequirementsPage *>(pages->widget(MainWindow::Requirements)));
        QVERIFY(!pages->findChild<CostExplorerPage *>());
        s.window.openHistoryDatabase(&history, m_dir.filePath(QStringLiteral("history.sqlite")));
        s.window.showPage(MainWindow::History);
        QCOMPARE(s.window.currentPage(), int(MainWindow::History));
        s.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&s.window));
        QTRY_VERIFY(history.isOpen());
        // Shown as soon as it is built, with the open history rather than "no database".
        QTRY_VERIFY(qobject_cast<HistoryPage *>(pages->currentWidget()));
        QCOMPARE(pages->currentWidget()->findChild<QStackedWidget *>(QStringLiteral("historyStack"))->currentIndex(),
                 1);
        // And the rest, while the window is idle.
        QTRY_VERIFY(qobject_cast<CatalogPage *>(pages->widget(MainWindow::CatalogBrowser)));
        QCOMPARE(s.window.findChildren<CostExplorerPage *>().size(), 1);
    }

    void unknownCatalogFallsBackToCurrent()
    {
        {
            Settings settings(iniPath());
            settings.setLastCatalog(QStringLiteral("no-such-catalog"));
        }
        Session s(*this);
        QCOMPARE(s.workbench.catalog().name, QStringLiteral("current"));
        const QString message = s.window.statusBar()->currentMessage();
        QVERIFY2(message.startsWith(QStringLiteral("Could not open the catalog “no-such-catalog”: ")),
                 qPrintable(message));
        QVERIFY2(message.endsWith(QStringLiteral(" — using “current” instead.")), qPrintable(message));
    }

    void memoExportWritesTheSession()
    {
        {
            Settings settings(iniPath());
            settings.setLastCatalog(QStringLiteral("article-2025"));
        }
        Session s(*this);
        QVERIFY(s.window.findChild<QAction *>(QStringLiteral("exportMemoAction"))->isEnabled());
        RecommendationInput input = s.workbench.input();
        input.requirements.requestsPerDay = 10000;
        s.workbench.setInput(input);
        const QString path = m_dir.filePath(QStringLiteral("memo.html"));
        const Status status = s.window.exportMemo(path);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("article-2025")));
        QVERIFY(html.contains(QStringLiteral("$1,650.00"))); // GPT-4o at the article's volume
    }

    void aboutNamesVersionSourcesAndStorage()
    {
        Session s(*this);
        s.window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        auto *dialog = s.window.findChild<QDialog *>(QStringLiteral("aboutDialog"));
        QVERIFY(dialog);
        const QString text = dialog->findChild<QTextBrowser *>(QStringLiteral("aboutBrowser"))->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Rightsize " RIGHTSIZE_VERSION)), qPrintable(text));
        QVERIFY2(text.contains(iniPath()), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("data sources and attribution")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("LiteLLM")), qPrintable(text));
        dialog->close();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
