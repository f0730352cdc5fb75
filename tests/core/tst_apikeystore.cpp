// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/endpoint.h"
#include "secrets/apikeystore.h"
#include "secrets/qtkeychainbackend.h"

#include <QCoroTask>
#include <QTest>

namespace {
/// A keychain in memory; `available` false behaves like a machine without a Secret Service.
class FakeKeychain : public KeychainBackend
{
public:
    QMap<QString, QString> entries;
    bool available = true;
    int calls = 0;

    QString unavailableReason() const override { return {}; }
    QCoro::Task<KeychainReply> read(QString account) override
    {
        ++calls;
        if (!available)
            co_return KeychainReply{KeychainReply::Status::Unavailable, {}, QStringLiteral("no Secret Service")};
        if (!entries.contains(account))
            co_return KeychainReply{KeychainReply::Status::NotFound, {}, {}};
        co_return KeychainReply{KeychainReply::Status::Ok, entries.value(account), {}};
    }
    QCoro::Task<KeychainReply> write(QString account, QString secret) override
    {
        ++calls;
        if (!available)
            co_return KeychainReply{KeychainReply::Status::Unavailable, {}, QStringLiteral("no Secret Service")};
        entries.insert(account, secret);
        co_return KeychainReply{KeychainReply::Status::Ok, {}, {}};
    }
    QCoro::Task<KeychainReply> remove(QString account) override
    {
        ++calls;
        entries.remove(account);
        co_return KeychainReply{KeychainReply::Status::Ok, {}, {}};
    }
};

Endpoint endpoint(const QString &name, EndpointKind kind, const QString &url, const QString &keyEnv = {})
{
    Endpoint e;
    e.name = name;
    e.kind = kind;
    e.baseUrl = QUrl(url);
    e.model = QStringLiteral("m");
    e.apiKeyRef = keyEnv;
    return e;
}
} // namespace

class TestApiKeyStore : public QObject
{
    Q_OBJECT
private slots:
    void endpointVariable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("variable");
        QTest::addRow("plain") << QStringLiteral("groq") << QStringLiteral("RIGHTSIZE_KEY_GROQ");
        QTest::addRow("punctuation") << QStringLiteral("gpt-4o mini.v2")
                                     << QStringLiteral("RIGHTSIZE_KEY_GPT_4O_MINI_V2");
        QTest::addRow("non-ascii") << QStringLiteral("modèle") << QStringLiteral("RIGHTSIZE_KEY_MOD_LE");
    }
    void endpointVariable()
    {
        QFETCH(QString, name);
        QFETCH(QString, variable);
        QCOMPARE(ApiKeyStore::endpointVariable(name), variable);
    }

    void lookupOrder_data()
    {
        QTest::addColumn<bool>("keychainAvailable");
        QTest::addColumn<QString>("keychainEntry");
        QTest::addColumn<QStringList>("environment"); // NAME=VALUE
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("keyEnv");
        QTest::addColumn<QString>("expectedKey");
        QTest::addColumn<QString>("expectedSource");
        const QString openai = QStringLiteral("https://api.openai.com/v1");
        const QString other = QStringLiteral("https://api.groq.com/openai/v1");
        const QStringList all{QStringLiteral("MY_VAR=from-my-var"),
                              QStringLiteral("RIGHTSIZE_KEY_WORK=from-endpoint-var"),
                              QStringLiteral("OPENAI_API_KEY=from-openai-var")};
        QTest::addRow("keychain first") << true << QStringLiteral("from-keychain") << all << openai
                                        << QStringLiteral("MY_VAR") << QStringLiteral("from-keychain")
                                        << QStringLiteral("keychain");
        QTest::addRow("no keychain: named variable")
            << false << QStringLiteral("from-keychain") << all << openai << QStringLiteral("MY_VAR")
            << QStringLiteral("from-my-var") << QStringLiteral("environment variable MY_VAR");
        QTest::addRow("no entry: endpoint variable")
            << true << QString() << all << openai << QString() << QStringLiteral("from-endpoint-var")
            << QStringLiteral("environment variable RIGHTSIZE_KEY_WORK");
        QTest::addRow("provider variable for its own host")
            << false << QString() << QStringList{QStringLiteral("OPENAI_API_KEY=from-openai-var")} << openai
            << QString() << QStringLiteral("from-openai-var") << QStringLiteral("environment variable OPENAI_API_KEY");
        QTest::addRow("provider variable never sent elsewhere")
            << false << QString() << QStringList{QStringLiteral("OPENAI_API_KEY=from-openai-var")} << other << QString()
            << QString() << QStringLiteral("no key");
    }
    void lookupOrder()
    {
        QFETCH(bool, keychainAvailable);
        QFETCH(QString, keychainEntry);
        QFETCH(QStringList, environment);
        QFETCH(QString, url);
        QFETCH(QString, keyEnv);
        QFETCH(QString, expectedKey);
        QFETCH(QString, expectedSource);
        auto keychain = std::make_unique<FakeKeychain>();
        keychain->available = keychainAvailable;
        if (!keychainEntry.isEmpty())
            keychain->entries.insert(ApiKeyStore::account(QStringLiteral("work")), keychainEntry);
        QMap<QString, QString> env;
        for (const QString &pair : environment)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        ApiKeyStore store(std::move(keychain), [&env](const QString &name) { return env.value(name); });
        const ApiKey key =
            QCoro::waitFor(store.lookup(endpoint(QStringLiteral("work"), EndpointKind::OpenAi, url, keyEnv)));
        QCOMPARE(key.value, expectedKey);
        QCOMPARE(key.describe(), expectedSource);
        QCOMPARE(store.keychainAvailable(), keychainAvailable);
        if (!keychainAvailable) {
            QCOMPARE(store.keychainStatus(),
                     QStringLiteral("No keychain is available (no Secret Service): API keys are read from environment "
                                    "variables (RIGHTSIZE_KEY_<ENDPOINT>, OPENAI_API_KEY, ANTHROPIC_API_KEY)."));
        }
    }

    void anthropicVariableOnlyForAnthropic()
    {
        const QStringList names = ApiKeyStore::environmentVariables(
            endpoint(QStringLiteral("claude"), EndpointKind::Anthropic, QStringLiteral("https://api.anthropic.com")));
        QCOMPARE(names, (QStringList{QStringLiteral("RIGHTSIZE_KEY_CLAUDE"), QStringLiteral("ANTHROPIC_API_KEY")}));
    }

    void storesInTheKeychain()
    {
        auto owned = std::make_unique<FakeKeychain>();
        FakeKeychain *keychain = owned.get();
        ApiKeyStore store(std::move(owned), [](const QString &) { return QString(); });
        const KeychainReply reply = QCoro::waitFor(store.store(QStringLiteral("work"), QStringLiteral("sk-new")));
        QCOMPARE(reply.status, KeychainReply::Status::Ok);
        QCOMPARE(keychain->entries.value(QStringLiteral("endpoint/work")), QStringLiteral("sk-new"));
        QCOMPARE(QCoro::waitFor(store.lookup(endpoint(QStringLiteral("work"), EndpointKind::OpenAi,
                                                      QStringLiteral("http://127.0.0.1:1/v1"))))
                     .value,
                 QStringLiteral("sk-new"));
        QCOMPARE(QCoro::waitFor(store.remove(QStringLiteral("work"))).status, KeychainReply::Status::Ok);
        QVERIFY(keychain->entries.isEmpty());
    }

    void storingWithoutKeychainSaysWhichVariable()
    {
        auto owned = std::make_unique<FakeKeychain>();
        owned->available = false;
        ApiKeyStore store(std::move(owned), [](const QString &) { return QString(); });
        const KeychainReply reply =
            QCoro::waitFor(store.store(QStringLiteral("my server"), QStringLiteral("sk-secret-xyz")));
        QCOMPARE(reply.status, KeychainReply::Status::Unavailable);
        QCOMPARE(reply.message,
                 QStringLiteral("Cannot store the key of endpoint my server: no keychain is available "
                                "(no Secret Service). Set the environment variable RIGHTSIZE_KEY_MY_SERVER instead."));
        QVERIFY(!store.keychainAvailable());
    }

    void noBackendMeansEnvironmentOnly()
    {
        ApiKeyStore store(nullptr, [](const QString &name) {
            return name == QLatin1String("RIGHTSIZE_KEY_X") ? QStringLiteral("k") : QString();
        });
        QVERIFY(!store.keychainAvailable());
        QCOMPARE(QCoro::waitFor(store.lookup(endpoint(QStringLiteral("x"), EndpointKind::Ollama,
                                                      QStringLiteral("http://127.0.0.1:11434"))))
                     .value,
                 QStringLiteral("k"));
    }

    void systemBackendSaysWhenNoServiceRuns()
    {
        // CI and headless sessions: detected at once, without waiting on D-Bus.
        qputenv("RIGHTSIZE_NO_KEYCHAIN", "1");
        QtKeychainBackend backend;
        QCOMPARE(backend.unavailableReason(), QStringLiteral("RIGHTSIZE_NO_KEYCHAIN is set"));
        const KeychainReply reply = QCoro::waitFor(backend.read(QStringLiteral("endpoint/x")));
        QCOMPARE(reply.status, KeychainReply::Status::Unavailable);
        qunsetenv("RIGHTSIZE_NO_KEYCHAIN");
    }
};

QTEST_GUILESS_MAIN(TestApiKeyStore)
#include "tst_apikeystore.moc"
