// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "settings/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT
private:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("rightsize.ini")); }
    QTemporaryDir m_dir;

private slots:
    void init() { QFile::remove(iniPath()); }

    void emptyFileHasDefaults()
    {
        Settings settings(iniPath());
        QCOMPARE(settings.fileName(), iniPath());
        QVERIFY(!settings.lastInput().has_value());
        QVERIFY(!settings.hasLastCatalog());
        QCOMPARE(settings.lastCatalog(), QStringLiteral("current"));
        QVERIFY(settings.windowGeometry().isEmpty());
        QCOMPARE(settings.windowPage(), 0);
    }

    void windowLayoutRoundTrip()
    {
        const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03geometry", 14);
        {
            Settings settings(iniPath());
            settings.setWindowGeometry(geometry);
            settings.setWindowState(QByteArray("state"));
            settings.setWindowPage(4);
            settings.setLastCatalog(QStringLiteral("article-2025"));
        } // written when the settings go out of scope
        Settings reread(iniPath());
        QCOMPARE(reread.windowGeometry(), geometry);
        QCOMPARE(reread.windowState(), QByteArray("state"));
        QCOMPARE(reread.windowPage(), 4);
        QVERIFY(reread.hasLastCatalog());
        QCOMPARE(reread.lastCatalog(), QStringLiteral("article-2025"));
    }

    void inputRoundTrip_data()
    {
        QTest::addColumn<bool>("customised");
        QTest::addRow("article defaults") << false;
        QTest::addRow("every field changed") << true;
    }
    void inputRoundTrip()
    {
        QFETCH(bool, customised);
        RecommendationInput input;
        if (customised) {
            Requirements &r = input.requirements;
            r.complexity = Complexity::High;
            r.maxLatencyMs = 50.5;
            r.maxCostPer1kRequests = 0.005;
            r.minAccuracy = 0.98;
            r.requestsPerDay = 1'000'000;
            r.multiStepReasoning = true;
            r.contextLength = 128000;
            input.task = QStringLiteral("text_classification");
            input.inputTokens = 1234.5;
            input.outputTokens = 77;
            input.qualityBenchmark = QStringLiteral("mmlu_pro");
            input.selfHosting.gpuHourlyUsd = 2.25;
            input.selfHosting.tokensPerSecondPerReplica = 3500;
            input.selfHosting.utilisation = 0.5;
            input.selfHosting.peakFactor = 3;
            input.selfHosting.gpusPerReplica = 4;
        }
        {
            Settings settings(iniPath());
            settings.setLastInput(input);
        }
        const std::optional<RecommendationInput> read = Settings(iniPath()).lastInput();
        QVERIFY(read.has_value());
        const Requirements &a = read->requirements;
        const Requirements &b = input.requirements;
        QCOMPARE(a.complexity, b.complexity);
        QCOMPARE(a.maxLatencyMs, b.maxLatencyMs);
        QCOMPARE(a.maxCostPer1kRequests, b.maxCostPer1kRequests);
        QCOMPARE(a.minAccuracy, b.minAccuracy);
        QCOMPARE(a.requestsPerDay, b.requestsPerDay);
        QCOMPARE(a.multiStepReasoning, b.multiStepReasoning);
        QCOMPARE(a.contextLength, b.contextLength);
        QCOMPARE(read->task, input.task);
        QCOMPARE(read->inputTokens, input.inputTokens);
        QCOMPARE(read->outputTokens, input.outputTokens);
        QCOMPARE(read->qualityBenchmark, input.qualityBenchmark);
        QCOMPARE(read->selfHosting.gpuHourlyUsd, input.selfHosting.gpuHourlyUsd);
        QCOMPARE(read->selfHosting.tokensPerSecondPerReplica, input.selfHosting.tokensPerSecondPerReplica);
        QCOMPARE(read->selfHosting.utilisation, input.selfHosting.utilisation);
        QCOMPARE(read->selfHosting.peakFactor, input.selfHosting.peakFactor);
        QCOMPARE(read->selfHosting.gpusPerReplica, input.selfHosting.gpusPerReplica);
    }

    void clearedHourlyOverrideStaysCleared()
    {
        Settings settings(iniPath());
        RecommendationInput input;
        input.selfHosting.gpuHourlyUsd = 1.5;
        settings.setLastInput(input);
        input.selfHosting.gpuHourlyUsd.reset();
        settings.setLastInput(input);
        QVERIFY(!settings.lastInput()->selfHosting.gpuHourlyUsd.has_value());
    }

    void unreadableFieldKeepsItsDefault()
    {
        {
            Settings settings(iniPath());
            RecommendationInput input;
            input.requirements.requestsPerDay = 5000;
            settings.setLastInput(input);
        }
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QString(SettingsKeys::maxLatencyMs), QStringLiteral("fast"));
            raw.setValue(QString(SettingsKeys::complexity), QStringLiteral("extreme"));
        }
        const auto read = Settings(iniPath()).lastInput();
        QVERIFY(read.has_value());
        QCOMPARE(read->requirements.maxLatencyMs, 1000.0);
        QCOMPARE(read->requirements.complexity, Complexity::Medium);
        QCOMPARE(read->requirements.requestsPerDay, 5000.0);
    }

    void keysAreReadableInTheIniFile()
    {
        {
            Settings settings(iniPath());
            RecommendationInput input;
            input.requirements.complexity = Complexity::Simple;
            settings.setLastInput(input);
        }
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("[input]"), text.constData());
        QVERIFY2(text.contains("complexity=simple"), text.constData());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
