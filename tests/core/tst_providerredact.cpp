// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/redact.h"

#include <QTest>

class TestProviderRedact : public QObject
{
    Q_OBJECT
private slots:
    void redacts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("secrets");
        QTest::addColumn<QString>("expected");
        QTest::addRow("authorization header") << QStringLiteral("Authorization: Bearer abc123def456") << QStringList()
                                              << QStringLiteral("Authorization: Bearer [redacted]");
        QTest::addRow("authorization lower case, no scheme")
            << QStringLiteral("authorization: tok_12345") << QStringList()
            << QStringLiteral("authorization: [redacted]");
        QTest::addRow("x-api-key header")
            << QStringLiteral("x-api-key: my-secret-value\r\nanthropic-version: 2023-06-01") << QStringList()
            << QStringLiteral("x-api-key: [redacted]\r\nanthropic-version: 2023-06-01");
        QTest::addRow("json api_key") << QStringLiteral("{\"api_key\": \"abcd1234\", \"model\": \"m\"}")
                                      << QStringList()
                                      << QStringLiteral("{\"api_key\": \"[redacted]\", \"model\": \"m\"}");
        QTest::addRow("key query parameter")
            << QStringLiteral("GET https://host/v1beta/models?key=AIzaSyXYZ&alt=sse failed") << QStringList()
            << QStringLiteral("GET https://host/v1beta/models?key=[redacted]&alt=sse failed");
        QTest::addRow("api_key query parameter") << QStringLiteral("http://h/x?a=1&api_key=zzz999") << QStringList()
                                                 << QStringLiteral("http://h/x?a=1&api_key=[redacted]");
        QTest::addRow("bearer in prose") << QStringLiteral("sent Bearer eyJhbGciOi.payload.sig to server")
                                         << QStringList() << QStringLiteral("sent Bearer [redacted] to server");
        QTest::addRow("openai key shape") << QStringLiteral("Incorrect API key provided: sk-proj-AbCdEf123456.")
                                          << QStringList() << QStringLiteral("Incorrect API key provided: [redacted].");
        QTest::addRow("known secret of any shape")
            << QStringLiteral("server echoed CANARY-42-xyz back") << QStringList{QStringLiteral("CANARY-42-xyz")}
            << QStringLiteral("server echoed [redacted] back");
        QTest::addRow("nothing to hide") << QStringLiteral("Endpoint local answered HTTP 404: model not found")
                                         << QStringList{QString()}
                                         << QStringLiteral("Endpoint local answered HTTP 404: model not found");
        QTest::addRow("keyboard is not a key") << QStringLiteral("monkey=banana&keyboard=1") << QStringList()
                                               << QStringLiteral("monkey=banana&keyboard=1");
    }
    void redacts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, secrets);
        QFETCH(QString, expected);
        QCOMPARE(redact(text, secrets), expected);
        QCOMPARE(redact(redact(text, secrets), secrets), expected); // idempotent
    }
};

QTEST_GUILESS_MAIN(TestProviderRedact)
#include "tst_providerredact.moc"
