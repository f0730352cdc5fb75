// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogregistry.h"
#include "cliharness.h"
#include "fakehttpserver.h"
#include "providerstreams.h"
#include "secrets/apikeystore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QByteArray kCanary = "sk-canary-7f3a9c1e5b2d4f6a8c0e";
}

/// The compare and endpoint commands against loopback fake servers, in a private HOME: every
/// file the commands write lands in the temporary folder, which the canary test searches.
class TestCompareCommand : public QObject
{
    Q_OBJECT

    CliHarness m_cli;

    CliRun run(const QStringList &args) { return m_cli.run(args); }

    static QString target(const QString &kind, const QString &model, const FakeHttpServer &server,
                          const QString &path = {})
    {
        return QStringLiteral("%1:%2@%3").arg(kind, model, server.url(path).toString());
    }

private slots:
    void initTestCase()
    {
        // The harness made a private HOME before anything resolved a standard path: everything
        // the app writes goes in there.
        QVERIFY(m_cli.isValid());
        qunsetenv("OPENAI_API_KEY");
        qunsetenv("ANTHROPIC_API_KEY");
    }

    void jsonResultsInTargetOrder()
    {
        FakeHttpServer openai;
        FakeHttpServer anthropic;
        openai.enqueue(FakeResponse::sse(ProviderStreams::split(ProviderStreams::openAi(), 50), 30));
        anthropic.enqueue(FakeResponse::sse({ProviderStreams::anthropic()}));
        const CliRun r = run({QStringLiteral("compare"), QStringLiteral("--prompt"), QStringLiteral("Say {{what}}"),
                              QStringLiteral("--var"), QStringLiteral("what=hello"), QStringLiteral("--max-tokens"),
                              QStringLiteral("32"), QStringLiteral("--target"),
                              target(QStringLiteral("anthropic"), QStringLiteral("claude-haiku"), anthropic),
                              QStringLiteral("--target"),
                              target(QStringLiteral("openai"), QStringLiteral("tiny"), openai, QStringLiteral("/v1")),
                              QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject first = results.at(0).toObject();
        const QJsonObject second = results.at(1).toObject();
        QCOMPARE(first.value(QStringLiteral("target")).toString(),
                 target(QStringLiteral("anthropic"), QStringLiteral("claude-haiku"), anthropic));
        QCOMPARE(first.value(QStringLiteral("model")).toString(), QStringLiteral("claude-haiku"));
        QCOMPARE(first.value(QStringLiteral("text")).toString(), ProviderStreams::expectedText());
        QCOMPARE(first.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("end_turn"));
        QCOMPARE(first.value(QStringLiteral("input_tokens")).toInt(), 25);
        QCOMPARE(first.value(QStringLiteral("output_tokens")).toInt(), 15);
        QCOMPARE(first.value(QStringLiteral("attempts")).toInt(), 1);
        QVERIFY(first.value(QStringLiteral("error")).isNull());
        QVERIFY(first.value(QStringLiteral("cost_usd")).isNull()); // an ad-hoc target has no catalog model
        QVERIFY(first.value(QStringLiteral("ttft_ms")).toDouble() > 0);
        QVERIFY(first.value(QStringLiteral("latency_ms")).toDouble() >=
                first.value(QStringLiteral("ttft_ms")).toDouble());
        QCOMPARE(second.value(QStringLiteral("model")).toString(), QStringLiteral("tiny"));
        QCOMPARE(second.value(QStringLiteral("input_tokens")).toInt(), 12);
        QCOMPARE(second.value(QStringLiteral("text")).toString(), ProviderStreams::expectedText());
        // The template was expanded before sending.
        QCOMPARE(openai.requests()
                     .at(0)
                     .json()
                     .value(QStringLiteral("messages"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("Say hello"));
        QCOMPARE(openai.requests().at(0).json().value(QStringLiteral("max_tokens")).toInt(), 32);
    }

    void someFailedExitsThree()
    {
        FakeHttpServer good;
        FakeHttpServer bad;
        good.enqueue(FakeResponse::sse({ProviderStreams::llamaCpp()}));
        bad.enqueue(FakeResponse::json(
            404, R"({"error":{"message":"The model `nope` does not exist","type":"invalid_request_error"}})"));
        const CliRun r = run({QStringLiteral("compare"), QStringLiteral("--prompt"), QStringLiteral("hi"),
                              QStringLiteral("--target"),
                              target(QStringLiteral("openai"), QStringLiteral("tiny"), good, QStringLiteral("/v1")),
                              QStringLiteral("--target"),
                              target(QStringLiteral("openai"), QStringLiteral("nope"), bad, QStringLiteral("/v1")),
                              QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 3);
        const QJsonArray results = r.json().value(QStringLiteral("results")).toArray();
        QVERIFY(results.at(0).toObject().value(QStringLiteral("error")).isNull());
        const QJsonObject error = results.at(1).toObject().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("http"));
        QCOMPARE(error.value(QStringLiteral("http_status")).toInt(), 404);
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Endpoint %1 answered HTTP 404: The model `nope` does not exist")
                     .arg(target(QStringLiteral("openai"), QStringLiteral("nope"), bad, QStringLiteral("/v1"))));
    }

    static FakeResponse steadyStream(int events, int gapMs)
    {
        FakeResponse stream = FakeResponse::sse({});
        for (int i = 0; i < events; ++i)
            stream.chunk("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"x\"}}]}\n\n", gapMs);
        stream.chunk("data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n",
                     gapMs);
        return stream;
    }

    void timeoutIsTheLongestSilence()
    {
        // In real time: one event every 300 ms for 13 s, with --timeout-s 4. The SDKs' read
        // timeout never cuts such a stream, and neither may ours.
        FakeHttpServer server;
        server.enqueue(steadyStream(43, 300));
        const CliRun r = run({QStringLiteral("compare"), QStringLiteral("--prompt"), QStringLiteral("hi"),
                              QStringLiteral("--timeout-s"), QStringLiteral("4"), QStringLiteral("--target"),
                              target(QStringLiteral("openai"), QStringLiteral("tiny"), server, QStringLiteral("/v1")),
                              QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject result = r.json().value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("text")).toString(), QString(43, QLatin1Char('x')));
        QVERIFY(result.value(QStringLiteral("latency_ms")).toDouble() > 12000);
    }

    void maxTimeEndsALongAnswer()
    {
        FakeHttpServer server;
        server.enqueue(steadyStream(30, 100));
        QElapsedTimer clock;
        clock.start();
        const CliRun r = run({QStringLiteral("compare"), QStringLiteral("--prompt"), QStringLiteral("hi"),
                              QStringLiteral("--max-time-s"), QStringLiteral("0.5"), QStringLiteral("--target"),
                              target(QStringLiteral("openai"), QStringLiteral("tiny"), server, QStringLiteral("/v1")),
                              QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(clock.elapsed() < 2500);
        const QJsonObject error = r.json()
                                      .value(QStringLiteral("results"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("error"))
                                      .toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("timeout"));
        QVERIFY2(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("maximum time of 500 ms")),
                 qPrintable(error.value(QStringLiteral("message")).toString()));
    }

    void longAnswerPrintedExactly()
    {
        // 30,000 tokens of three UTF-16 units each ("🎉" and a quote): the JSON is written in
        // pieces of 64 Ki units, and the first piece would end inside a surrogate pair.
        const QString token = QStringLiteral("\U0001F389\"");
        QByteArray body;
        for (int i = 0; i < 30000; ++i)
            body += "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\xF0\x9F\x8E\x89\\\"\"}}]}\n\n";
        body += "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"length\"}]}\n\ndata: [DONE]\n\n";
        FakeHttpServer server;
        server.enqueue(FakeResponse::sse({body}));
        const CliRun r = run({QStringLiteral("compare"), QStringLiteral("--prompt"), QStringLiteral("hi"),
                              QStringLiteral("--target"),
                              target(QStringLiteral("openai"), QStringLiteral("tiny"), server, QStringLiteral("/v1")),
                              QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject result = r.json().value(QStringLiteral("results")).toArray().at(0).toObject();
        QVERIFY(result.value(QStringLiteral("text")).toString() == token.repeated(30000));
        QCOMPARE(result.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("length"));
    }

    void badUsageExitsTwoWithoutSending_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::addRow("no prompt") << QStringList{QStringLiteral("--target"), QStringLiteral("@URL@")}
                                   << QStringLiteral("rightsize compare: --prompt is required\n");
        QTest::addRow("no target")
            << QStringList{QStringLiteral("--prompt"), QStringLiteral("hi")}
            << QStringLiteral("rightsize compare: name at least one --endpoint NAME or --target KIND:MODEL@BASE_URL\n");
        QTest::addRow("unknown variable")
            << QStringList{QStringLiteral("--prompt"), QStringLiteral("Hi {{who}}"), QStringLiteral("--target"),
                           QStringLiteral("@URL@")}
            << QStringLiteral("rightsize compare: In the user prompt: Unknown template variable(s) {{who}}: give each "
                              "a value or remove it from the prompt\n");
        QTest::addRow("bad var") << QStringList{QStringLiteral("--prompt"), QStringLiteral("hi"),
                                                QStringLiteral("--var"),    QStringLiteral("novalue"),
                                                QStringLiteral("--target"), QStringLiteral("@URL@")}
                                 << QStringLiteral("rightsize compare: --var expects NAME=VALUE, not “novalue”\n");
        QTest::addRow("bad max tokens") << QStringList{QStringLiteral("--prompt"),     QStringLiteral("hi"),
                                                       QStringLiteral("--max-tokens"), QStringLiteral("-3"),
                                                       QStringLiteral("--target"),     QStringLiteral("@URL@")}
                                        << QStringLiteral(
                                               "rightsize compare: --max-tokens expects a positive whole number\n");
        QTest::addRow("bad timeout") << QStringList{QStringLiteral("--prompt"),    QStringLiteral("hi"),
                                                    QStringLiteral("--timeout-s"), QStringLiteral("0"),
                                                    QStringLiteral("--target"),    QStringLiteral("@URL@")}
                                     << QStringLiteral(
                                            "rightsize compare: --timeout-s expects a positive number of seconds\n");
        QTest::addRow("bad max time") << QStringList{QStringLiteral("--prompt"),     QStringLiteral("hi"),
                                                     QStringLiteral("--max-time-s"), QStringLiteral("soon"),
                                                     QStringLiteral("--target"),     QStringLiteral("@URL@")}
                                      << QStringLiteral(
                                             "rightsize compare: --max-time-s expects a positive number of seconds\n");
        QTest::addRow("bad target")
            << QStringList{QStringLiteral("--prompt"), QStringLiteral("hi"), QStringLiteral("--target"),
                           QStringLiteral("gemini:x@http://127.0.0.1:1")}
            << QStringLiteral(
                   "rightsize compare: bad target “gemini:x@http://127.0.0.1:1”: unknown kind “gemini”; use openai, "
                   "anthropic or ollama (expected KIND:MODEL@BASE_URL, e.g. openai:tiny@http://127.0.0.1:8080/v1)\n");
        QTest::addRow("unknown endpoint") << QStringList{QStringLiteral("--prompt"), QStringLiteral("hi"),
                                                         QStringLiteral("--endpoint"), QStringLiteral("nowhere")}
                                          << QStringLiteral("rightsize compare: unknown endpoint “nowhere”");
    }
    void badUsageExitsTwoWithoutSending()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        FakeHttpServer server;
        const QString url = target(QStringLiteral("openai"), QStringLiteral("tiny"), server, QStringLiteral("/v1"));
        arguments.replaceInStrings(QStringLiteral("@URL@"), url);
        const CliRun r = run(QStringList{QStringLiteral("compare")} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(error), qPrintable(r.err));
        QCOMPARE(server.requestCount(), 0);
    }

    void streamsOneTargetAsText()
    {
        FakeHttpServer server;
        server.enqueue(FakeResponse::ndjson(ProviderStreams::split(ProviderStreams::ollama(), 17)));
        const CliRun r =
            run({QStringLiteral("compare"), QStringLiteral("--prompt"), QStringLiteral("hi"),
                 QStringLiteral("--target"), target(QStringLiteral("ollama"), QStringLiteral("llama3.2:1b"), server)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(ProviderStreams::expectedText() + QLatin1Char('\n')), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("tokens 26 in, 3 out")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("cost unpriced")));
    }

    void configuredEndpointsArePricedFromTheCatalog()
    {
        FakeHttpServer server;
        server.enqueue(FakeResponse::sse({ProviderStreams::openAi()}));
        const Result<Catalog> catalog = CatalogRegistry(m_cli.catalogDir()).load(QStringLiteral("current"));
        QVERIFY(catalog.ok());
        const ModelSpec &model = catalog->models.constFirst();
        const CliRun added =
            run({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("priced"), QStringLiteral("--kind"),
                 QStringLiteral("openai"), QStringLiteral("--url"), server.url(QStringLiteral("/v1")).toString(),
                 QStringLiteral("--model"), QStringLiteral("tiny"), QStringLiteral("--catalog-model"), model.id});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const CliRun r = run({QStringLiteral("compare"), QStringLiteral("--prompt"), QStringLiteral("hi"),
                              QStringLiteral("--endpoint"), QStringLiteral("priced"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject result = r.json().value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("target")).toString(), QStringLiteral("priced"));
        QCOMPARE(result.value(QStringLiteral("cost_usd")).toDouble(),
                 (12 * model.inputPricePerMTok + 3 * model.outputPricePerMTok) / 1e6);
        QCOMPARE(run({QStringLiteral("endpoint"), QStringLiteral("remove"), QStringLiteral("priced")}).exitCode, 0);
    }

    void endpointManagement()
    {
        FakeHttpServer server;
        server.enqueue(FakeResponse::json(200, R"({"object":"list","data":[{"id":"tiny"},{"id":"small"}]})"));
        CliRun r = run({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("local llama"),
                        QStringLiteral("--kind"), QStringLiteral("openai"), QStringLiteral("--url"),
                        server.url(QStringLiteral("/v1")).toString(), QStringLiteral("--model"), QStringLiteral("tiny"),
                        QStringLiteral("--key-env"), QStringLiteral("LLAMA_KEY")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("local llama"),
                 QStringLiteral("--kind"), QStringLiteral("openai"), QStringLiteral("--url"),
                 server.url(QStringLiteral("/v1")).toString(), QStringLiteral("--model"), QStringLiteral("tiny")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QStringLiteral("rightsize endpoint add: An endpoint named local llama already exists.\n"));
        r = run({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--kind"),
                 QStringLiteral("gemini"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1"),
                 QStringLiteral("--model"), QStringLiteral("m")});
        QCOMPARE(r.exitCode, 2);

        r = run({QStringLiteral("endpoint"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray endpoints = r.json().value(QStringLiteral("endpoints")).toArray();
        QCOMPARE(endpoints.size(), 1);
        QCOMPARE(endpoints.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("local llama"));
        QCOMPARE(endpoints.at(0).toObject().value(QStringLiteral("key_env")).toString(), QStringLiteral("LLAMA_KEY"));
        r = run({QStringLiteral("endpoint"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("keychain or RIGHTSIZE_KEY_LOCAL_LLAMA")));

        r = run({QStringLiteral("endpoint"), QStringLiteral("test"), QStringLiteral("local llama")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Models served: 2")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("  tiny  (configured)\n  small\n")));
        QCOMPARE(server.requests().at(0).path, QByteArray("/v1/models"));

        r = run({QStringLiteral("endpoint"), QStringLiteral("set-key"), QStringLiteral("local llama")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("rightsize endpoint set-key: no keychain is available here; set the "
                                                 "environment variable RIGHTSIZE_KEY_LOCAL_LLAMA instead")),
                 qPrintable(r.err));

        r = run({QStringLiteral("endpoint"), QStringLiteral("remove"), QStringLiteral("local llama")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("endpoint"), QStringLiteral("remove"), QStringLiteral("local llama")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(run({QStringLiteral("endpoint"), QStringLiteral("fly")}).exitCode, 2);
    }

    void canaryKeyNeverWritten()
    {
        qputenv("RIGHTSIZE_KEY_CANARY", kCanary);
        FakeHttpServer ok;
        FakeHttpServer rejecting;
        ok.enqueue(FakeResponse::sse({ProviderStreams::openAi()}));
        // A server that repeats the key it got, as some providers' 401 messages do.
        rejecting.enqueue(FakeResponse::json(401,
                                             R"({"error":{"message":"Incorrect API key provided: )" + kCanary +
                                                 R"(","type":"invalid_request_error"}})"));
        CliRun r = run({QStringLiteral("endpoint"), QStringLiteral("add"), QStringLiteral("canary"),
                        QStringLiteral("--kind"), QStringLiteral("openai"), QStringLiteral("--url"),
                        ok.url(QStringLiteral("/v1")).toString(), QStringLiteral("--model"), QStringLiteral("tiny")});
        QCOMPARE(r.exitCode, 0);
        QString allOutput = r.out + r.err;
        for (bool json : {true, false}) {
            if (!json) {
                ok.enqueue(FakeResponse::sse({ProviderStreams::openAi()}));
                rejecting.enqueue(FakeResponse::json(
                    401, R"({"error":{"message":"Incorrect API key provided: )" + kCanary + R"("}})"));
            }
            QStringList args{
                QStringLiteral("compare"),
                QStringLiteral("--prompt"),
                QStringLiteral("hi"),
                QStringLiteral("--endpoint"),
                QStringLiteral("canary"),
                QStringLiteral("--target"),
                target(QStringLiteral("openai"), QStringLiteral("tiny"), rejecting, QStringLiteral("/v1"))};
            if (json)
                args << QStringLiteral("--json");
            qputenv(ApiKeyStore::endpointVariable(
                        target(QStringLiteral("openai"), QStringLiteral("tiny"), rejecting, QStringLiteral("/v1")))
                        .toLatin1()
                        .constData(),
                    kCanary);
            r = run(args);
            QCOMPARE(r.exitCode, 3);
            allOutput += r.out + r.err;
        }
        // The key was really used…
        QCOMPARE(ok.requests().at(0).header("authorization"), QByteArray(QByteArrayLiteral("Bearer ") + kCanary));
        QCOMPARE(rejecting.requests().at(0).header("authorization"),
                 QByteArray(QByteArrayLiteral("Bearer ") + kCanary));
        QVERIFY(allOutput.contains(QStringLiteral("Incorrect API key provided: [redacted]")));
        // …and is nowhere in what the commands printed or wrote.
        QVERIFY2(!allOutput.contains(QString::fromLatin1(kCanary)), qPrintable(allOutput));
        int files = 0;
        QDirIterator it(m_cli.home(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            ++files;
            QVERIFY2(!file.readAll().contains(kCanary), qPrintable(file.fileName()));
        }
        QVERIFY(files >= 1); // endpoints.json at least
        qunsetenv("RIGHTSIZE_KEY_CANARY");
    }
};

QTEST_GUILESS_MAIN(TestCompareCommand)
#include "tst_comparecommand.moc"
