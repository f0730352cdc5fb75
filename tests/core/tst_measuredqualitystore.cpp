// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogregistry.h"
#include "decision/workbench.h"
#include "eval/measuredquality.h"
#include "settings/settings.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

/// Measured quality survives a restart: JSON round trip, the settings list, and a Workbench
/// restored from them the way the main window does; forgetting it restores the catalog.
class TestMeasuredQualityStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("rightsize.ini")); }

    static MeasuredQuality ratings(const QString &best, const QString &second)
    {
        ModelRating a{best, 2.0, 1120.4, 1050.0, 1190.5, 3.5, 5};
        ModelRating b{second, 0.5, 879.6, 810.0, 950.25, 1.5, 5};
        return MeasuredQuality::fromRatings(QStringLiteral("compare"), {a, b}, QDate(2026, 3, 4));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { QFile::remove(iniPath()); }

    void jsonRoundTrip()
    {
        MeasuredQuality measured = ratings(QStringLiteral("alpha"), QStringLiteral("beta"));
        measured.unmappedEndpoints = {QStringLiteral("local box")};
        const Result<MeasuredQuality> back = MeasuredQuality::fromJson(measured.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->benchmark, measured.benchmark);
        QCOMPARE(back->benchmark.kind, ScoreKind::Rating);
        QCOMPARE(back->benchmark.id, QStringLiteral("rating:compare"));
        QCOMPARE(back->scores.size(), 2);
        QCOMPARE(back->scores.at(1).first, QStringLiteral("beta"));
        QCOMPARE(back->scores.at(1).second.value, 879.6);
        QCOMPARE(back->scores.at(1).second.date, QDate(2026, 3, 4));
        QCOMPARE(*back, measured);
    }

    void badJsonIsRejectedWithTheField_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QTest::addColumn<QString>("field");
        const QJsonObject good = ratings(QStringLiteral("alpha"), QStringLiteral("beta")).toJson();
        QJsonObject noId = good;
        noId.insert(QStringLiteral("benchmark"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("rating")}});
        QTest::addRow("no id") << noId << QStringLiteral("“benchmark.id”");
        QJsonObject badKind = good;
        QJsonObject bench = good.value(QStringLiteral("benchmark")).toObject();
        bench.insert(QStringLiteral("kind"), QStringLiteral("vibes"));
        badKind.insert(QStringLiteral("benchmark"), bench);
        QTest::addRow("kind") << badKind << QStringLiteral("“benchmark.kind”");
        QJsonObject badScore = good;
        badScore.insert(QStringLiteral("scores"),
                        QJsonArray{QJsonObject{{QStringLiteral("model"), QStringLiteral("a")},
                                               {QStringLiteral("value"), QStringLiteral("high")}}});
        QTest::addRow("score") << badScore << QStringLiteral("score 1");
    }

    void badJsonIsRejectedWithTheField()
    {
        QFETCH(QJsonObject, object);
        QFETCH(QString, field);
        const Result<MeasuredQuality> read = MeasuredQuality::fromJson(object);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(field), qPrintable(read.error()));
    }

    void settingsKeepTheList()
    {
        const MeasuredQuality first = ratings(QStringLiteral("alpha"), QStringLiteral("beta"));
        MeasuredQuality second = first;
        second.benchmark.id = QStringLiteral("eval:cases");
        second.benchmark.kind = ScoreKind::Accuracy;
        for (auto &[model, score] : second.scores)
            score.benchmark = second.benchmark.id;
        {
            Settings settings(iniPath());
            QVERIFY(settings.measuredQuality().isEmpty());
            settings.setMeasuredQuality({first, second});
            settings.sync();
        }
        QCOMPARE(Settings(iniPath()).measuredQuality(), (QList<MeasuredQuality>{first, second}));
        {
            // A damaged entry is dropped; the others are kept.
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QString(SettingsKeys::measuredQuality),
                         QString(QStringLiteral("[{\"benchmark\":{}},") +
                                 raw.value(QString(SettingsKeys::measuredQuality)).toString().mid(1)));
        }
        QCOMPARE(Settings(iniPath()).measuredQuality(), (QList<MeasuredQuality>{first, second}));
        {
            Settings settings(iniPath());
            settings.setMeasuredQuality({});
            settings.sync();
        }
        QVERIFY(Settings(iniPath()).measuredQuality().isEmpty());
    }

    void restoredAfterRestartAndForgotten()
    {
        CatalogRegistry registry(m_dir.filePath(QStringLiteral("catalogs")));
        QString best, second, benchmarkId;
        {
            // First session: measure, persisted on change (as the main window does).
            Workbench workbench(registry);
            QVERIFY(workbench.setCatalog(QStringLiteral("current")).ok());
            best = workbench.catalog().models.at(1).id;
            second = workbench.catalog().models.at(0).id;
            Settings settings(iniPath());
            connect(&workbench, &Workbench::measuredQualityChanged, &workbench,
                    [&] { settings.setMeasuredQuality(workbench.measuredQuality()); });
            const MeasuredQuality measured = ratings(best, second);
            benchmarkId = measured.benchmark.id;
            workbench.addMeasuredQuality(measured);
            settings.sync();
        }
        // Second session: a new Workbench and Settings, restored before the inputs.
        Workbench workbench(registry);
        QVERIFY(workbench.setCatalog(QStringLiteral("current")).ok());
        QVERIFY(!workbench.catalog().findModel(best)->score(benchmarkId));
        Settings settings(iniPath());
        for (const MeasuredQuality &m : settings.measuredQuality())
            workbench.addMeasuredQuality(m);
        RecommendationInput input = workbench.input();
        input.qualityBenchmark = benchmarkId;
        workbench.setInput(input);
        QCOMPARE(workbench.measuredQuality().size(), 1);
        QCOMPARE(workbench.catalog().findModel(best)->score(benchmarkId)->value, 1120.4);
        QCOMPARE(workbench.catalog().findModel(second)->score(benchmarkId)->value, 879.6);
        QCOMPARE(workbench.recommendation().qualityBenchmark, benchmarkId);

        // Forget: scores and benchmark leave the catalog, the inputs fall back to the default.
        QSignalSpy changed(&workbench, &Workbench::measuredQualityChanged);
        QVERIFY(!workbench.removeMeasuredQuality(QStringLiteral("rating:other")));
        QCOMPARE(changed.size(), 0);
        QVERIFY(workbench.removeMeasuredQuality(benchmarkId));
        QCOMPARE(changed.size(), 1);
        QVERIFY(workbench.measuredQuality().isEmpty());
        QVERIFY(!workbench.catalog().findModel(best)->score(benchmarkId));
        QVERIFY(!workbench.catalog().findBenchmark(benchmarkId));
        QVERIFY(workbench.input().qualityBenchmark.isEmpty());
        QVERIFY(workbench.recommendation().qualityBenchmark != benchmarkId);
    }
};

QTEST_GUILESS_MAIN(TestMeasuredQualityStore)
#include "tst_measuredqualitystore.moc"
