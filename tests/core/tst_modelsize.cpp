// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/modelsize.h"
#include "catalog/tier.h"

#include <QTest>

class TestModelSize : public QObject
{
    Q_OBJECT
private slots:
    // Mixture-of-experts models go by their total size (llama-4-maverick-17b-128e, about
    // 400B in all, was "small"); dense names by the size they state; guesses give nothing.
    void sizes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("total");  // 0: no size
        QTest::addColumn<double>("active"); // 0: dense
        QTest::addColumn<QString>("tier");
        QTest::addRow("Maverick (17B active, 128 experts)")
            << QStringLiteral("groq/meta-llama/llama-4-maverick-17b-128e-instruct") << 400.0 << 17.0
            << QStringLiteral("large");
        QTest::addRow("Maverick, Bedrock spelling")
            << QStringLiteral("bedrock/us.meta.llama4-maverick-17b-instruct-v1:0") << 400.0 << 17.0
            << QStringLiteral("large");
        QTest::addRow("Scout") << QStringLiteral("together_ai/meta-llama/Llama-4-Scout-17B-16E-Instruct") << 109.0
                               << 17.0 << QStringLiteral("large");
        QTest::addRow("Mixtral 8x7B") << QStringLiteral("ollama/mixtral-8x7B-Instruct-v0.1") << 46.7 << 12.9
                                      << QStringLiteral("medium");
        QTest::addRow("Mixtral 8x22B") << QStringLiteral("mistral/open-mixtral-8x22b") << 141.0 << 39.0
                                       << QStringLiteral("large");
        QTest::addRow("total and active in the name")
            << QStringLiteral("fireworks_ai/qwen3-235b-a22b-instruct-2507") << 235.0 << 22.0 << QStringLiteral("large");
        QTest::addRow("small total, tiny active")
            << QStringLiteral("lemonade/Qwen3-Coder-30B-A3B-Instruct-GGUF") << 30.0 << 3.0 << QStringLiteral("medium");
        QTest::addRow("gpt-oss-120b") << QStringLiteral("ollama/gpt-oss:120b-cloud") << 116.8 << 5.1
                                      << QStringLiteral("large");
        QTest::addRow("DeepSeek V3") << QStringLiteral("deepseek/deepseek-v3") << 671.0 << 37.0
                                     << QStringLiteral("large");
        QTest::addRow("a distilled R1 is dense")
            << QStringLiteral("groq/deepseek-r1-distill-llama-70b") << 70.0 << 0.0 << QStringLiteral("medium");
        QTest::addRow("dense 405B") << QStringLiteral("together_ai/meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo")
                                    << 405.0 << 0.0 << QStringLiteral("large");
        QTest::addRow("dense 8B") << QStringLiteral("groq/llama-3.1-8b-instant") << 8.0 << 0.0
                                  << QStringLiteral("medium");
        QTest::addRow("dense 3.8B after a colon")
            << QStringLiteral("ollama/phi3:3.8b") << 3.8 << 0.0 << QStringLiteral("small");
        QTest::addRow("expert naming not in the table")
            << QStringLiteral("acme/someone-16x3b-moe") << 0.0 << 0.0 << QString();
        QTest::addRow("active size only") << QStringLiteral("acme/new-moe-17b-64e") << 0.0 << 0.0 << QString();
        QTest::addRow("no size") << QStringLiteral("gpt-4o-mini") << 0.0 << 0.0 << QString();
        QTest::addRow("a version is no size") << QStringLiteral("claude-3.5-sonnet") << 0.0 << 0.0 << QString();
        QTest::addRow("gemma 3n's effective size is no size")
            << QStringLiteral("gemini/gemma-3n-e4b-it") << 0.0 << 0.0 << QString();
    }
    void sizes()
    {
        QFETCH(QString, name);
        QFETCH(double, total);
        QFETCH(double, active);
        QFETCH(QString, tier);
        const std::optional<ModelSize> size = modelSizeFromName(name);
        if (total == 0.0) {
            QVERIFY2(!size, qPrintable(QString::number(size ? size->totalB : 0)));
            return;
        }
        QVERIFY(size);
        QCOMPARE(size->totalB, total);
        QCOMPARE(size->activeB.value_or(0.0), active);
        QCOMPARE(tierId(tierForParameterCount(size->totalB)), tier);
    }
};

QTEST_GUILESS_MAIN(TestModelSize)
#include "tst_modelsize.moc"
