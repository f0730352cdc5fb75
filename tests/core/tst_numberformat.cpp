// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "common/numberformat.h"

#include <QLocale>
#include <QTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

/// NumberFormat::number() writes most values without QLocale (the recommendation formats a figure
/// for every near miss of a large catalog); its text must stay exactly QLocale's.
class TestNumberFormat : public QObject
{
    Q_OBJECT

private:
    static QString reference(double value)
    {
        static const QLocale english(QLocale::English, QLocale::UnitedStates);
        return english.toString(value, 'f', QLocale::FloatingPointShortest);
    }

private slots:
    void figures_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("zero") << 0.0 << QStringLiteral("0");
        QTest::addRow("negative zero") << -0.0 << reference(-0.0);
        QTest::addRow("million") << 1000000.0 << QStringLiteral("1,000,000");
        QTest::addRow("three digits") << 999.0 << QStringLiteral("999");
        QTest::addRow("four digits") << 1000.0 << QStringLiteral("1,000");
        QTest::addRow("fraction") << 0.95 << QStringLiteral("0.95");
        QTest::addRow("grouped fraction") << 61538.46 << QStringLiteral("61,538.46");
        QTest::addRow("negative") << -1234567.5 << QStringLiteral("-1,234,567.5");
        QTest::addRow("tiny") << 1e-7 << QStringLiteral("0.0000001");
        QTest::addRow("below the fast range") << 1e-300 << reference(1e-300);
        QTest::addRow("largest fast") << 999999999999999.0 << QStringLiteral("999,999,999,999,999");
        QTest::addRow("first slow") << 1e15 << QStringLiteral("1,000,000,000,000,000");
        QTest::addRow("huge") << 1e22 << reference(1e22);
        QTest::addRow("infinity") << std::numeric_limits<double>::infinity()
                                  << reference(std::numeric_limits<double>::infinity());
        QTest::addRow("nan") << std::numeric_limits<double>::quiet_NaN()
                             << reference(std::numeric_limits<double>::quiet_NaN());
    }

    void figures()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(NumberFormat::number(value), expected);
        QCOMPARE(NumberFormat::NumberText(value).view(), expected);
    }

    // Random values of every magnitude and kind (whole numbers, cents, fractions, arbitrary bit
    // patterns): the fast path and QLocale agree on each.
    void sameAsQLocale_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addRow("whole numbers") << 0;
        QTest::addRow("cents") << 1;
        QTest::addRow("bit patterns") << 2;
        QTest::addRow("uniform around zero") << 3;
        QTest::addRow("fractions of one") << 4;
        QTest::addRow("powers of ten") << 5;
    }

    void sameAsQLocale()
    {
        QFETCH(int, kind);
        std::mt19937_64 random(20260 + kind);
        for (int i = 0; i < 20000; ++i) {
            double value = 0.0;
            switch (kind) {
            case 0:
                value = double(random() % 100000000000ull);
                break;
            case 1:
                value = double(qint64(random() % 2000000000000000ull)) / 100.0;
                break;
            case 2: {
                const quint64 bits = random();
                std::memcpy(&value, &bits, sizeof value);
                break;
            }
            case 3:
                value = std::uniform_real_distribution<double>(-1e6, 1e6)(random);
                break;
            case 4:
                value = std::uniform_real_distribution<double>(0.0, 1.0)(random);
                break;
            default:
                value = std::pow(10.0, std::uniform_real_distribution<double>(-12.0, 22.0)(random)) *
                    ((random() & 1) ? -1.0 : 1.0);
                break;
            }
            const QString expected = reference(value);
            if (NumberFormat::number(value) != expected)
                QFAIL(qPrintable(QStringLiteral("%1: %2, QLocale %3")
                                     .arg(QString::number(value, 'g', 17), NumberFormat::number(value), expected)));
        }
    }
};

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
