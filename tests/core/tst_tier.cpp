// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/tier.h"

#include <QTest>

class TestTier : public QObject
{
    Q_OBJECT
private slots:
    void parameterCountBounds_data()
    {
        QTest::addColumn<double>("billions");
        QTest::addColumn<QString>("tier");
        QTest::addRow("DistilBERT 0.066B") << 0.066 << QStringLiteral("tiny");
        QTest::addRow("1B lower bound") << 1.0 << QStringLiteral("small");
        QTest::addRow("Phi-3-mini 3.8B") << 3.8 << QStringLiteral("small");
        QTest::addRow("7B upper bound of small") << 7.0 << QStringLiteral("small");
        QTest::addRow("Llama-3-8B") << 8.0 << QStringLiteral("medium");
        QTest::addRow("Llama-3-70B stays medium") << 70.0 << QStringLiteral("medium");
        QTest::addRow("405B") << 405.0 << QStringLiteral("large");
    }
    void parameterCountBounds()
    {
        QFETCH(double, billions);
        QFETCH(QString, tier);
        QCOMPARE(tierId(tierForParameterCount(billions)), tier);
    }
    void idsRoundTrip()
    {
        for (Tier t : allTiers)
            QCOMPARE(tierFromId(tierId(t)), std::optional<Tier>(t));
        QVERIFY(!tierFromId(u"huge").has_value());
        QCOMPARE(tierFromId(u"LARGE"), std::optional<Tier>(Tier::Large));
    }
};

QTEST_GUILESS_MAIN(TestTier)
#include "tst_tier.moc"
