// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "common/money.h"

#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
