// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogformat.h"
#include "cliharness.h"
#include "testpaths.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

/// `rightsize catalog diff A B`: the prices two catalog files (of different formats) disagree on.
class TestCatalogDiffCommand : public QObject
{
    Q_OBJECT

    CliHarness m_cli;

    /// A copy of a catalog fixture dated `date`: imported files are dated by their modification time.
    QString datedCopy(const QString &fixture, const QDate &date)
    {
        const QString copy = m_cli.filePath(QFileInfo(fixture).fileName());
        QFile::remove(copy);
        if (!QFile::copy(TestPaths::fixture(QStringLiteral("catalog/") + fixture), copy))
            return {};
        QFile file(copy);
        if (!file.open(QIODevice::ReadWrite) ||
            !file.setFileTime(QDateTime(date, QTime(12, 0)), QFileDevice::FileModificationTime))
            return {};
        return copy;
    }

    static QStringList lines(const QString &text) { return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    /// The cells of a table row: columns are two or more spaces apart.
    static QStringList cellsOf(const QString &line)
    {
        return line.split(QRegularExpression(QStringLiteral("\\s{2,}")), Qt::SkipEmptyParts);
    }

private slots:
    void initTestCase() { QVERIFY(m_cli.isValid()); }

    void liteLlmAgainstOpenRouter()
    {
        const QString a = datedCopy(QStringLiteral("litellm-small.json"), QDate(2026, 3, 1));
        const QString b = datedCopy(QStringLiteral("openrouter-small.json"), QDate(2026, 4, 2));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        const Result<Catalog> litellm = loadCatalogFile(a);
        const Result<Catalog> openrouter = loadCatalogFile(b);
        QVERIFY(litellm && openrouter);

        const CliRun r = m_cli.run({QStringLiteral("catalog"), QStringLiteral("diff"), a, b});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QStringList out = lines(r.out);
        QCOMPARE(out.size(), 5);
        QCOMPARE(out.at(0), QStringLiteral("A: litellm-small (2026-03-01, %1 models)").arg(litellm->models.size()));
        QCOMPARE(out.at(1),
                 QStringLiteral("B: openrouter-small (2026-04-02, %1 models)").arg(openrouter->models.size()));
        QVERIFY2(out.at(2).startsWith(QStringLiteral("model")), qPrintable(out.at(2)));
        // Both figures, the difference in % of the lower, and both sources with their dates.
        const QStringList cells = cellsOf(out.at(3));
        QCOMPARE(cells,
                 (QStringList{QStringLiteral("gpt-4o-mini (B: openai/gpt-4o-mini)"), QStringLiteral("$0.15"),
                              QStringLiteral("$0.60"), QStringLiteral("$0.18"), QStringLiteral("$0.60"),
                              QStringLiteral("20.0 %"), QStringLiteral("litellm-small, 2026-03-01"),
                              QStringLiteral("openrouter-small, 2026-04-02")}));
        QCOMPARE(out.at(4),
                 QStringLiteral("matched: 1 · differ by more than 10 %: 1 · unpriced in one or both: 0 · "
                                "only in A: %1 · only in B: %2")
                     .arg(litellm->models.size() - 1)
                     .arg(openrouter->models.size() - 1));

        // 20 % is within a threshold of 25 %.
        const CliRun wide = m_cli.run({QStringLiteral("catalog"), QStringLiteral("diff"), a, b,
                                       QStringLiteral("--threshold"), QStringLiteral("25")});
        QCOMPARE(wide.exitCode, 0);
        QVERIFY2(wide.out.contains(QStringLiteral("No model is priced more than 25 % apart.")), qPrintable(wide.out));
        QVERIFY(wide.out.contains(QStringLiteral("matched: 1 · differ by more than 25 %: 0 ·")));
    }

    void jsonHasMachineFigures()
    {
        const QString a = datedCopy(QStringLiteral("litellm-small.json"), QDate(2026, 3, 1));
        const QString b = datedCopy(QStringLiteral("openrouter-small.json"), QDate(2026, 4, 2));
        const CliRun r = m_cli.run({QStringLiteral("catalog"), QStringLiteral("diff"), a, b, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = r.json();
        QCOMPARE(doc.value(QStringLiteral("threshold_percent")).toDouble(), 10.0);
        const QJsonObject counts = doc.value(QStringLiteral("counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("matched")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("differ")).toInt(), 1);
        QCOMPARE(counts.value(QStringLiteral("only_in_b")).toInt(),
                 doc.value(QStringLiteral("only_in_b")).toArray().size());
        QVERIFY(doc.value(QStringLiteral("only_in_b"))
                    .toArray()
                    .contains(QStringLiteral("meta-llama/llama-3.1-8b-instruct")));
        const QJsonObject d = doc.value(QStringLiteral("disagreements")).toArray().at(0).toObject();
        const QJsonObject sideA = d.value(QStringLiteral("a")).toObject();
        const QJsonObject sideB = d.value(QStringLiteral("b")).toObject();
        QCOMPARE(sideA.value(QStringLiteral("id")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(sideB.value(QStringLiteral("id")).toString(), QStringLiteral("openai/gpt-4o-mini"));
        // The figures as written in the files, not their per-token products (0.18000000000000002).
        QCOMPARE(sideA.value(QStringLiteral("input_per_1m_usd")).toDouble(), 0.15);
        QCOMPARE(sideB.value(QStringLiteral("input_per_1m_usd")).toDouble(), 0.18);
        QCOMPARE(d.value(QStringLiteral("difference_percent")).toDouble(), 20.0);
        QCOMPARE(sideA.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-01"));
        QCOMPARE(sideB.value(QStringLiteral("date")).toString(), QStringLiteral("2026-04-02"));
        QVERIFY(r.out.contains(QStringLiteral("\"difference_percent\": 20,")));
    }

    void unknownPriceIsUnknownNotZero()
    {
        // models.dev lists groq/preview-model without a price; a LiteLLM file prices it.
        const QString a = m_cli.filePath(QStringLiteral("priced.json"));
        QFile file(a);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"preview-model": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2e-06,
                       "litellm_provider": "groq", "mode": "chat"}})");
        file.close();
        const QString b = TestPaths::fixture(QStringLiteral("catalog/modelsdev-small.json"));
        const CliRun r = m_cli.run({QStringLiteral("catalog"), QStringLiteral("diff"), a, b});
        QCOMPARE(r.exitCode, 0);
        const QStringList out = lines(r.out);
        QCOMPARE(out.size(), 5);
        const QStringList cells = cellsOf(out.at(3));
        QCOMPARE(cells.mid(0, 6),
                 (QStringList{QStringLiteral("preview-model (B: groq/preview-model)"), QStringLiteral("$1.00"),
                              QStringLiteral("$2.00"), QStringLiteral("unknown"), QStringLiteral("unknown"),
                              QStringLiteral("unknown")}));
        QVERIFY(!r.out.contains(QStringLiteral("$0.00")));
        QVERIFY2(out.at(4).contains(QStringLiteral("unpriced in one or both: 1")), qPrintable(out.at(4)));

        const CliRun json =
            m_cli.run({QStringLiteral("catalog"), QStringLiteral("diff"), a, b, QStringLiteral("--json")});
        const QJsonObject row = json.json().value(QStringLiteral("unpriced")).toArray().at(0).toObject();
        const QJsonObject sideB = row.value(QStringLiteral("b")).toObject();
        QCOMPARE(sideB.value(QStringLiteral("price_known")).toBool(), false);
        QVERIFY(sideB.value(QStringLiteral("input_per_1m_usd")).isNull());
        QVERIFY(row.value(QStringLiteral("difference_percent")).isNull());
    }

    void badFileNamesTheFileAndTheCause_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("second");
        QTest::addRow("not JSON, as A") << TestPaths::fixture(QStringLiteral("catalog/not-json.json")) << false;
        QTest::addRow("bad price, as B") << TestPaths::fixture(QStringLiteral("cli/broken-catalog.json")) << true;
        QTest::addRow("bad OpenRouter price")
            << TestPaths::fixture(QStringLiteral("catalog/openrouter-bad-price.json")) << true;
    }
    void badFileNamesTheFileAndTheCause()
    {
        QFETCH(QString, path);
        QFETCH(bool, second);
        const QString good = TestPaths::fixture(QStringLiteral("catalog/litellm-small.json"));
        const CliRun r =
            m_cli.run({QStringLiteral("catalog"), QStringLiteral("diff"), second ? good : path, second ? path : good});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const Result<Catalog> loaded = loadCatalogFile(path);
        QVERIFY(!loaded);
        QVERIFY(loaded.error().contains(QFileInfo(path).fileName()));
        QCOMPARE(r.err, QStringLiteral("rightsize catalog diff: %1\n").arg(loaded.error()));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString good = TestPaths::fixture(QStringLiteral("catalog/litellm-small.json"));
        QTest::addRow("one catalog") << QStringList{good} << QStringLiteral("expects two catalogs");
        QTest::addRow("no such file") << QStringList{good, m_cli.filePath(QStringLiteral("missing.json"))}
                                      << QStringLiteral("missing.json");
        QTest::addRow("negative threshold")
            << QStringList{good, good, QStringLiteral("--threshold"), QStringLiteral("-5")}
            << QStringLiteral("--threshold expects a percentage");
        QTest::addRow("threshold not a number")
            << QStringList{good, good, QStringLiteral("--threshold"), QStringLiteral("ten")} << QStringLiteral("“ten”");
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = m_cli.run(QStringList{QStringLiteral("catalog"), QStringLiteral("diff")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void helpListsDiff()
    {
        const CliRun r = m_cli.run({QStringLiteral("catalog"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("catalog diff A B")));
        const CliRun diffHelp =
            m_cli.run({QStringLiteral("catalog"), QStringLiteral("diff"), QStringLiteral("--help")});
        QCOMPARE(diffHelp.exitCode, 0);
        QVERIFY(diffHelp.out.contains(QStringLiteral("--threshold <PCT>")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogDiffCommand)
#include "tst_catalogdiffcommand.moc"
