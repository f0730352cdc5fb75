// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/targetspec.h"

#include <QTest>

class TestTargetSpec : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("url");
        QTest::addRow("llama.cpp") << QStringLiteral("openai:tiny@http://127.0.0.1:8080/v1") << QStringLiteral("openai")
                                   << QStringLiteral("tiny") << QStringLiteral("http://127.0.0.1:8080/v1");
        QTest::addRow("ollama tag with colon")
            << QStringLiteral("ollama:llama3.2:1b@http://127.0.0.1:11434") << QStringLiteral("ollama")
            << QStringLiteral("llama3.2:1b") << QStringLiteral("http://127.0.0.1:11434");
        QTest::addRow("anthropic https, kind case")
            << QStringLiteral("Anthropic:claude-haiku-4-5@https://api.anthropic.com") << QStringLiteral("anthropic")
            << QStringLiteral("claude-haiku-4-5") << QStringLiteral("https://api.anthropic.com");
        QTest::addRow("model with @") << QStringLiteral("openai:org/model@v2@https://example.com/v1")
                                      << QStringLiteral("openai") << QStringLiteral("org/model@v2")
                                      << QStringLiteral("https://example.com/v1");
    }
    void parses()
    {
        QFETCH(QString, spec);
        QFETCH(QString, kind);
        QFETCH(QString, model);
        QFETCH(QString, url);
        const Result<Endpoint> e = TargetSpec::parse(spec);
        QVERIFY2(e.ok(), qPrintable(e.error()));
        QCOMPARE(endpointKindName(e->kind), kind);
        QCOMPARE(e->model, model);
        QCOMPARE(e->baseUrl.toString(), url);
        QCOMPARE(e->name, spec);
        QCOMPARE(TargetSpec::format(*e), kind + QLatin1Char(':') + model + QLatin1Char('@') + url);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("why");
        QTest::addRow("no kind") << QStringLiteral("tiny@http://x")
                                 << QStringLiteral("unknown kind “tiny@http”; use openai, anthropic or ollama");
        QTest::addRow("unknown kind") << QStringLiteral("gemini:pro@https://x.example")
                                      << QStringLiteral("unknown kind “gemini”; use openai, anthropic or ollama");
        QTest::addRow("no url") << QStringLiteral("openai:tiny") << QStringLiteral("no @http:// or @https:// base URL");
        QTest::addRow("no model") << QStringLiteral("openai:@http://127.0.0.1:8080/v1") << QStringLiteral("no model");
        QTest::addRow("ftp") << QStringLiteral("openai:tiny@ftp://127.0.0.1")
                             << QStringLiteral("no @http:// or @https:// base URL");
        QTest::addRow("empty") << QString() << QStringLiteral("no kind");
    }
    void rejects()
    {
        QFETCH(QString, spec);
        QFETCH(QString, why);
        const Result<Endpoint> e = TargetSpec::parse(spec);
        QVERIFY(!e.ok());
        QCOMPARE(e.error(),
                 QStringLiteral("bad target “%1”: %2 (expected KIND:MODEL@BASE_URL, e.g. "
                                "openai:tiny@http://127.0.0.1:8080/v1)")
                     .arg(spec, why));
    }

    void errorsNeverRepeatAKey()
    {
        const Result<Endpoint> e = TargetSpec::parse(u"openai:tiny@https://api.example.com/v1?key=sk-canary-123456");
        QVERIFY(!e.ok());
        QVERIFY2(!e.error().contains(QStringLiteral("sk-canary-123456")), qPrintable(e.error()));
        QVERIFY(e.error().contains(QStringLiteral("must not carry credentials or a query")));
    }
};

QTEST_GUILESS_MAIN(TestTargetSpec)
#include "tst_targetspec.moc"
