// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using std::chrono::milliseconds;

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void statusRule_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retry");
        for (int status : {408, 409, 429, 500, 502, 503, 504, 529})
            QTest::addRow("%d", status) << status << true;
        for (int status : {400, 401, 403, 404, 422, 413})
            QTest::addRow("%d", status) << status << false;
    }
    void statusRule()
    {
        QFETCH(int, status);
        QFETCH(bool, retry);
        QCOMPARE(RetryPolicy::isRetryableStatus(status), retry);
        QCOMPARE(RetryPolicy().shouldRetry(0, status, std::nullopt, false), retry);
    }

    void decisions_data()
    {
        QTest::addColumn<int>("retriesDone");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("shouldRetryHeader");
        QTest::addColumn<bool>("bodyStarted");
        QTest::addColumn<bool>("retry");
        QTest::addRow("connection error") << 0 << 0 << QByteArray() << false << true;
        QTest::addRow("second retry allowed") << 1 << 503 << QByteArray() << false << true;
        QTest::addRow("exhausted after two retries") << 2 << 503 << QByteArray() << false << false;
        QTest::addRow("never once the body started") << 0 << 0 << QByteArray() << true << false;
        QTest::addRow("server says retry a 422") << 0 << 422 << QByteArray("true") << false << true;
        QTest::addRow("server forbids retry of 503") << 0 << 503 << QByteArray("false") << false << false;
        QTest::addRow("401 never, whatever the header") << 0 << 401 << QByteArray("true") << false << false;
        QTest::addRow("400 never") << 0 << 400 << QByteArray() << false << false;
        QTest::addRow("odd header ignored") << 0 << 429 << QByteArray("maybe") << false << true;
    }
    void decisions()
    {
        QFETCH(int, retriesDone);
        QFETCH(int, status);
        QFETCH(QByteArray, shouldRetryHeader);
        QFETCH(bool, bodyStarted);
        QFETCH(bool, retry);
        QCOMPARE(RetryPolicy().shouldRetry(retriesDone, status, RetryPolicy::parseShouldRetry(shouldRetryHeader),
                                           bodyStarted),
                 retry);
    }

    void backoff_data()
    {
        QTest::addColumn<int>("retriesDone");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("ms");
        QTest::addRow("first, no jitter") << 0 << 0.0 << qint64(500);
        QTest::addRow("second, no jitter") << 1 << 0.0 << qint64(1000);
        QTest::addRow("fifth") << 4 << 0.0 << qint64(8000);
        QTest::addRow("capped at 8 s") << 10 << 0.0 << qint64(8000);
        QTest::addRow("full jitter takes a quarter off") << 0 << 1.0 << qint64(375);
        QTest::addRow("half jitter") << 2 << 0.5 << qint64(1750);
    }
    void backoff()
    {
        QFETCH(int, retriesDone);
        QFETCH(double, random);
        QFETCH(qint64, ms);
        QCOMPARE(RetryPolicy().backoff(retriesDone, random).count(), ms);
    }

    void retryAfter_data()
    {
        const QDateTime now(QDate(2026, 3, 2), QTime(10, 0, 0), QTimeZone::utc());
        QTest::addColumn<QByteArray>("retryAfterMs");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<qint64>("ms"); // -1: no usable hint
        QTest::addRow("seconds") << QByteArray() << QByteArray("2") << now << qint64(2000);
        QTest::addRow("zero") << QByteArray() << QByteArray("0") << now << qint64(0);
        QTest::addRow("fractional seconds") << QByteArray() << QByteArray("1.5") << now << qint64(1500);
        QTest::addRow("ms header wins") << QByteArray("250") << QByteArray("20") << now << qint64(250);
        QTest::addRow("http date") << QByteArray() << QByteArray("Mon, 02 Mar 2026 10:00:05 GMT") << now
                                   << qint64(5000);
        QTest::addRow("http date in the past")
            << QByteArray() << QByteArray("Mon, 02 Mar 2026 09:59:00 GMT") << now << qint64(-1);
        QTest::addRow("over 60 s ignored") << QByteArray() << QByteArray("61") << now << qint64(-1);
        QTest::addRow("exactly 60 s") << QByteArray() << QByteArray("60") << now << qint64(60000);
        QTest::addRow("negative") << QByteArray() << QByteArray("-1") << now << qint64(-1);
        QTest::addRow("garbage") << QByteArray("soon") << QByteArray("later") << now << qint64(-1);
        QTest::addRow("absent") << QByteArray() << QByteArray() << now << qint64(-1);
    }
    void retryAfter()
    {
        QFETCH(QByteArray, retryAfterMs);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QDateTime, now);
        QFETCH(qint64, ms);
        const auto hint = RetryPolicy::parseRetryAfter(retryAfterMs, retryAfter, now);
        QCOMPARE(hint ? hint->count() : -1, ms);
    }

    void delayUsesHintAndScale()
    {
        RetryPolicy policy;
        QCOMPARE(policy.delay(0, milliseconds(3000), 0.9).count(), 3000); // hint: no jitter
        QCOMPARE(policy.delay(1, std::nullopt, 0.0).count(), 1000);
        policy.timeScale = 0.01;
        QCOMPARE(policy.delay(1, std::nullopt, 0.0).count(), 10);
        QCOMPARE(policy.delay(0, milliseconds(3000), 0.0).count(), 30);
        policy.timeScale = 0;
        QCOMPARE(policy.delay(3, std::nullopt, 0.0).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
