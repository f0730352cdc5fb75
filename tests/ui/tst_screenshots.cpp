// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// The README's pictures of the Requirements page and the Cost explorer, taken from a real main
// window. Not a check of its own beyond what the pictures must show: with RIGHTSIZE_SCREENSHOT_DIR
// set, run under Xvfb at 1280 × 800:
//   RIGHTSIZE_SCREENSHOT_DIR=docs/screenshots QT_QPA_PLATFORM=xcb
//       xvfb-run -s "-screen 0 1280x800x24" build/tests/ui_tst_screenshots
#include "catalog/catalogregistry.h"
#include "decision/workbench.h"
#include "mainwindow.h"
#include "pages/costexplorerpage.h"
#include "settings/settings.h"

#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshots : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static void settle()
    {
        for (int i = 0; i < 10; ++i) {
            QCoreApplication::processEvents();
            QTest::qWait(50);
        }
    }

    /// The window as the screen shows it (menus included), or the widget's own rendering when
    /// the platform has no screen to grab from.
    static QImage picture(QWidget &window)
    {
        if (QScreen *screen = window.screen(); screen && QGuiApplication::platformName() == u"xcb")
            return screen->grabWindow(window.winId()).toImage();
        return window.grab().toImage();
    }

private slots:
    void requirementsAndCostExplorer()
    {
        const QString out = qEnvironmentVariable("RIGHTSIZE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("RIGHTSIZE_SCREENSHOT_DIR is not set");
        CatalogRegistry registry(m_dir.filePath(QStringLiteral("catalogs")));
        Workbench workbench(registry);
        Settings settings(m_dir.filePath(QStringLiteral("rightsize.ini")));
        MainWindow window(workbench, settings);
        QVERIFY(workbench.setCatalog(QStringLiteral("current")).ok());
        // Creative writing at 10,000 requests a day: three different picks on LMArena.
        RecommendationInput input;
        input.task = QStringLiteral("creative_writing");
        input.requirements.complexity = Complexity::High;
        input.requirements.requestsPerDay = 10000;
        workbench.setInput(input);
        const Recommendation &r = workbench.recommendation();
        QVERIFY(r.picks.value && r.picks.best.index != r.picks.value.index &&
                r.picks.cheapest.index != r.picks.value.index);

        const QSize screen = window.screen() ? window.screen()->availableSize() : QSize(1280, 800);
        window.move(0, 0);
        window.resize(std::min(1280, screen.width()), std::min(800, screen.height()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::Requirements);
        settle();
        QVERIFY(picture(window).save(QDir(out).filePath(QStringLiteral("requirements.png"))));

        window.showPage(MainWindow::CostExplorer);
        settle();
        auto *explorer = qobject_cast<CostExplorerPage *>(window.page(MainWindow::CostExplorer));
        QVERIFY(explorer);
        const CostQualityData &data = explorer->costQualityData();
        QVERIFY(data.recommendedIndex >= 0);
        QCOMPARE(data.points.at(data.recommendedIndex).modelId, r.pick(r.picks.value)->model->id);
        QVERIFY(picture(window).save(QDir(out).filePath(QStringLiteral("costexplorer.png"))));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
