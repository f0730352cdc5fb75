// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/endpointstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestEndpointStore : public QObject
{
    Q_OBJECT

    static Endpoint sample()
    {
        Endpoint e;
        e.name = QStringLiteral("gpt-mini");
        e.kind = EndpointKind::OpenAi;
        e.baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
        e.model = QStringLiteral("gpt-4o-mini");
        e.catalogModel = QStringLiteral("gpt-4o-mini");
        e.temperature = 0.2;
        e.maxTokens = 256;
        e.systemPrompt = QStringLiteral("Be brief.");
        e.maxTimeMs = 30000;
        e.idleTimeoutMs = 5000;
        e.apiKeyRef = QStringLiteral("MY_OPENAI_KEY");
        return e;
    }

private slots:
    void roundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/endpoints.json"));
        EndpointStore store(path);
        QVERIFY(store.load().ok()); // a missing file is an empty store
        QVERIFY(store.endpoints().isEmpty());
        Endpoint local;
        local.name = QStringLiteral("ollama");
        local.kind = EndpointKind::Ollama;
        local.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:11434"));
        local.model = QStringLiteral("llama3.2:1b");
        QVERIFY(store.add(sample()).ok());
        QVERIFY(store.add(local).ok());
        store.setSet({QStringLiteral("small"), {QStringLiteral("ollama"), QStringLiteral("gpt-mini")}});
        const Status saved = store.save();
        QVERIFY2(saved.ok(), qPrintable(saved.error()));

        EndpointStore again(path);
        QVERIFY(again.load().ok());
        QCOMPARE(again.endpoints().size(), 2);
        QCOMPARE(again.endpoints().at(0), sample());
        QCOMPARE(again.endpoints().at(1), local);
        QCOMPARE(again.sets().size(), 1);
        QCOMPARE(again.findSet(QStringLiteral("small"))->endpoints,
                 (QStringList{QStringLiteral("ollama"), QStringLiteral("gpt-mini")}));

        QVERIFY(again.remove(QStringLiteral("ollama")));
        QVERIFY(!again.remove(QStringLiteral("ollama")));
        QCOMPARE(again.findSet(QStringLiteral("small"))->endpoints, QStringList{QStringLiteral("gpt-mini")});
    }

    void refusesDuplicatesUnlessReplacing()
    {
        EndpointStore store(QStringLiteral("/nonexistent/endpoints.json"));
        QVERIFY(store.add(sample()).ok());
        const Status duplicate = store.add(sample());
        QCOMPARE(duplicate.error(), QStringLiteral("An endpoint named gpt-mini already exists."));
        Endpoint changed = sample();
        changed.model = QStringLiteral("gpt-4o");
        QVERIFY(store.add(changed, true).ok());
        QCOMPARE(store.find(QStringLiteral("gpt-mini"))->model, QStringLiteral("gpt-4o"));
        QCOMPARE(store.endpoints().size(), 1);
    }

    void badFilesAreErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::addRow("not json") << QByteArray("{ nope")
                                  << QStringLiteral("The endpoints file %1 is not valid JSON: ");
        QTest::addRow("array") << QByteArray("[]")
                               << QStringLiteral("The endpoints file %1 is not valid JSON: expected an object");
        QTest::addRow("bad kind") << QByteArray("{\"endpoints\":[{\"name\":\"x\",\"kind\":\"gemini\",\"base_url\":"
                                                "\"https://x.example\",\"model\":\"m\"}]}")
                                  << QStringLiteral("The endpoints file %1: endpoint “x” has an unknown kind “gemini” "
                                                    "(expected openai, anthropic or ollama)");
        QTest::addRow("no model")
            << QByteArray("{\"endpoints\":[{\"name\":\"x\",\"kind\":\"openai\",\"base_url\":\"https://x.example\"}]}")
            << QStringLiteral("The endpoints file %1: Endpoint x needs a model id.");
    }
    void badFilesAreErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("endpoints.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        EndpointStore store(path);
        const Status status = store.load();
        QVERIFY(!status.ok());
        QVERIFY2(status.error().startsWith(error.arg(path)), qPrintable(status.error()));
        QVERIFY(store.endpoints().isEmpty());
    }

    void fileHoldsNoKeyButItsVariable()
    {
        QTemporaryDir dir;
        EndpointStore store(dir.filePath(QStringLiteral("endpoints.json")));
        QVERIFY(store.add(sample()).ok());
        QVERIFY(store.save().ok());
        QFile file(store.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("\"key_env\": \"MY_OPENAI_KEY\""));
        QVERIFY(!text.contains("api_key"));
    }
};

QTEST_GUILESS_MAIN(TestEndpointStore)
#include "tst_endpointstore.moc"
