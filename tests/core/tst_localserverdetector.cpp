// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "fakehttpserver.h"
#include "providers/localserverdetector.h"

#include <QCoroTask>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

class TestLocalServerDetector : public QObject
{
    Q_OBJECT

    static quint16 closedPort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost);
        return s.serverPort(); // closed again when s goes
    }

private slots:
    void findsLlamaCppAndOllama()
    {
        QNetworkAccessManager network;
        FakeHttpServer llama;
        FakeHttpServer ollama;
        llama.enqueue(FakeResponse::json(
            200, R"({"object":"list","data":[{"id":"models/qwen2.5-0.5b-q8_0.gguf","object":"model"}]})"));
        ollama.enqueue(FakeResponse::json(
            200,
            R"({"models":[{"name":"llama3.2:1b","model":"llama3.2:1b"},{"name":"qwen3:0.6b","model":"qwen3:0.6b"}]})"));
        LocalServerDetector detector(&network);
        detector.setProbes(LocalServerDetector::defaultProbes(llama.port(), ollama.port()));
        const QList<Endpoint> found = QCoro::waitFor(detector.detect());
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).kind, EndpointKind::OpenAi);
        QCOMPARE(found.at(0).name, QStringLiteral("llama.cpp (127.0.0.1:%1)").arg(llama.port()));
        QCOMPARE(found.at(0).model, QStringLiteral("models/qwen2.5-0.5b-q8_0.gguf"));
        QCOMPARE(found.at(0).baseUrl, llama.url(QStringLiteral("/v1")));
        QCOMPARE(found.at(1).kind, EndpointKind::Ollama);
        QCOMPARE(found.at(1).name, QStringLiteral("Ollama llama3.2:1b (127.0.0.1:%1)").arg(ollama.port()));
        QCOMPARE(found.at(2).model, QStringLiteral("qwen3:0.6b"));
        QCOMPARE(llama.requests().at(0).path, QByteArray("/v1/models"));
        QCOMPARE(ollama.requests().at(0).path, QByteArray("/api/tags"));
        // No key goes to a server nobody configured.
        QVERIFY(llama.requests().at(0).header("authorization").isEmpty());
    }

    void startSignalsWhatDetectFinds()
    {
        QNetworkAccessManager network;
        FakeHttpServer llama;
        FakeHttpServer ollama;
        llama.enqueue(FakeResponse::json(200, R"({"object":"list","data":[{"id":"tiny","object":"model"}]})"));
        ollama.enqueue(FakeResponse::json(200, R"({"models":[{"name":"llama3.2:1b","model":"llama3.2:1b"}]})"));
        LocalServerDetector detector(&network);
        detector.setProbes(LocalServerDetector::defaultProbes(llama.port(), ollama.port()));
        QSignalSpy finished(&detector, &LocalServerDetector::finished);
        detector.start();
        QCOMPARE(finished.size(), 0); // never from within start()
        QVERIFY(finished.wait(3000));
        const QList<Endpoint> found = finished.at(0).at(0).value<QList<Endpoint>>();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).model, QStringLiteral("tiny")); // probe order kept
        QCOMPARE(found.at(1).model, QStringLiteral("llama3.2:1b"));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    void detectorDestroyedWhileProbingIsQuiet()
    {
        QNetworkAccessManager network;
        FakeHttpServer llama;
        FakeResponse never = FakeResponse::json(200, "{}");
        never.hang = true;
        llama.enqueue(never);
        {
            LocalServerDetector detector(&network);
            detector.setTimeoutMs(300);
            detector.setProbes({{EndpointKind::OpenAi, llama.url(QStringLiteral("/v1")), QStringLiteral("llama.cpp")}});
            detector.start();
            QTest::qWait(50);
        }
        // The reply finishes (times out) after its detector is gone: nothing may touch the detector.
        QTest::qWait(500);
    }

    void nothingRunningFindsNothingQuickly()
    {
        QNetworkAccessManager network;
        FakeHttpServer silent; // accepts, never answers
        FakeResponse hang = FakeResponse::json(200, "{}");
        hang.headerDelayMs = 60000;
        silent.enqueue(hang);
        LocalServerDetector detector(&network);
        detector.setTimeoutMs(300);
        detector.setProbes(LocalServerDetector::defaultProbes(closedPort(), silent.port()));
        QSignalSpy finished(&detector, &LocalServerDetector::finished);
        QElapsedTimer clock;
        clock.start();
        detector.start();
        QVERIFY(finished.wait(3000));
        QVERIFY(clock.elapsed() < 2000);
        QVERIFY(finished.at(0).at(0).value<QList<Endpoint>>().isEmpty());
    }

    void onlyLoopbackIsEverProbed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("loopback");
        QTest::addRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/v1") << true;
        QTest::addRow("127.1.2.3") << QStringLiteral("http://127.1.2.3:8080") << true;
        QTest::addRow("::1") << QStringLiteral("http://[::1]:11434") << true;
        QTest::addRow("localhost") << QStringLiteral("http://localhost:11434") << true;
        QTest::addRow("lan") << QStringLiteral("http://192.168.1.10:11434") << false;
        QTest::addRow("documentation net") << QStringLiteral("http://192.0.2.1:8080/v1") << false;
        QTest::addRow("name") << QStringLiteral("http://api.openai.com/v1") << false;
        QTest::addRow("not http") << QStringLiteral("file:///tmp/x") << false;
    }
    void onlyLoopbackIsEverProbed()
    {
        QFETCH(QString, url);
        QFETCH(bool, loopback);
        QCOMPARE(LocalServerDetector::isLoopback(QUrl(url)), loopback);
        QNetworkAccessManager network;
        LocalServerDetector detector(&network);
        detector.setProbes({{EndpointKind::OpenAi, QUrl(url), QStringLiteral("x")}});
        QCOMPARE(detector.probes().size(), loopback ? 1 : 0);
        if (!loopback) {
            // Nothing to probe: finished at once, without a request leaving.
            QElapsedTimer clock;
            clock.start();
            QVERIFY(QCoro::waitFor(detector.detect()).isEmpty());
            QVERIFY(clock.elapsed() < 100);
        }
    }

    void defaultsAreTheWellKnownPorts()
    {
        const auto probes = LocalServerDetector::defaultProbes();
        QCOMPARE(probes.at(0).baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/v1")));
        QCOMPARE(probes.at(1).baseUrl, QUrl(QStringLiteral("http://127.0.0.1:11434")));
    }
};

QTEST_GUILESS_MAIN(TestLocalServerDetector)
#include "tst_localserverdetector.moc"
