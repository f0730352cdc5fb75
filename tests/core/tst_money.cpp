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
