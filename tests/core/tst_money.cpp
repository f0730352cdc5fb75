// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "common/money.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <random>

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void format_data()
    {
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("text");
        QTest::addRow("golden GPT-4o") << 1650.0 << QStringLiteral("$1,650.00");
        QTest::addRow("golden GPT-4o-mini") << 58.5 << QStringLiteral("$58.50");
        QTest::addRow("zero") << 0.0 << QStringLiteral("$0.00");
        QTest::addRow("millions") << 1234567.891 << QStringLiteral("$1,234,567.89");
        QTest::addRow("per request") << 0.0055 << QStringLiteral("$0.0055");
        QTest::addRow("tiny") << 0.000195 << QStringLiteral("$0.000195");
        QTest::addRow("per token") << 0.000011 << QStringLiteral("$0.000011");
        QTest::addRow("rounds to three digits") << 0.00123456 << QStringLiteral("$0.00123");
        QTest::addRow("negative") << -12.5 << QStringLiteral("-$12.50");
    }
    void format()
    {
        QFETCH(double, amount);
        QFETCH(QString, text);
        QCOMPARE(formatUsd(amount), text);
    }

    // A sum with unpriced calls is a lower bound, or unknown when nothing was priced: never the
    // priced part alone as if it were the whole, and never $0.00 for what has no price.
    void costWithUnpricedParts_data()
    {
        QTest::addColumn<double>("pricedUsd");
        QTest::addColumn<int>("priced");
        QTest::addColumn<int>("unpriced");
        QTest::addColumn<bool>("estimated");
        QTest::addColumn<QString>("text");
        QTest::addRow("priced") << 0.0123 << 2 << 0 << false << QStringLiteral("$0.0123");
        QTest::addRow("priced, tokens estimated") << 0.0123 << 2 << 0 << true << QStringLiteral("≈ $0.0123");
        QTest::addRow("priced at $0 (a local model)") << 0.0 << 1 << 0 << false << QStringLiteral("$0.00");
        QTest::addRow("nothing billed (failed calls)") << 0.0 << 0 << 0 << false << QStringLiteral("$0.00");
        QTest::addRow("mixed: a lower bound")
            << 0.0123 << 1 << 2 << false << QStringLiteral("≥ $0.0123 (2 call(s) unpriced)");
        QTest::addRow("mixed, tokens estimated")
            << 0.0123 << 1 << 1 << true << QStringLiteral("≥ ≈ $0.0123 (1 call(s) unpriced)");
        QTest::addRow("unpriced") << 0.0 << 0 << 3 << false << QStringLiteral("unknown");
        QTest::addRow("unpriced, tokens estimated") << 0.0 << 0 << 1 << true << QStringLiteral("unknown");
    }
    void costWithUnpricedParts()
    {
        QFETCH(double, pricedUsd);
        QFETCH(int, priced);
        QFETCH(int, unpriced);
        QFETCH(bool, estimated);
        QFETCH(QString, text);
        QCOMPARE(formatCostUsd(pricedUsd, priced, unpriced, estimated), text);
    }

    // Dollars and cents are written without QLocale; they must stay exactly its text, rounding
    // half-way cents included.
    void sameAsQLocale()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        std::mt19937_64 random(20260727);
        for (int i = 0; i < 50000; ++i) {
            double amount = 0.0;
            switch (i % 4) {
            case 0:
                amount = double(random() % 100000000000ull) / 1000.0;
                break; // half-cents and more
            case 1:
                amount = double(random() % 1000000) / 8.0;
                break; // exact binary halves
            case 2:
                amount = std::ldexp(double(random() % 1000000), -int(random() % 30));
                break;
            default:
                amount = double(random() % 10000000000000000ull) / 100.0;
                break; // large, whole cents
            }
            if (amount < 0.01)
                continue;
            const QString expected = QStringLiteral("$") + english.toString(amount, 'f', 2);
            QCOMPARE(formatUsd(amount), expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
