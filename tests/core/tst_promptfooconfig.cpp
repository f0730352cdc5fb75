// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
//
// promptfoo configuration files (https://www.promptfoo.dev/docs/configuration/reference/), read
// from tests/fixtures/eval/promptfoo/config and run against two loopback endpoints with scripted
// answers. defaultTest's assertions come before the test's own and its options apply to every
// test, as promptfoo merges them (https://www.promptfoo.dev/docs/configuration/guide/, "Default
// test cases").
#include "eval/evalrunner.h"
#include "eval/promptfooconfig.h"
#include "fakehttpserver.h"
#include "providers/chatclient.h"
#include "providerstreams.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString fixture(const QString &name)
{
    return TestPaths::fixture(QStringLiteral("eval/promptfoo/config/") + name);
}

PromptfooProject readFixture()
{
    const Result<PromptfooProject> project = PromptfooConfig::read(fixture(QStringLiteral("promptfooconfig.yaml")));
    if (!project)
        qFatal("%s", qPrintable(project.error()));
    return project.value();
}

FakeResponse answer(const QString &text)
{
    return FakeResponse::sse({ProviderStreams::openAiAnswer(text, ProviderStreams::Usage{10, 5})});
}

QString verdicts(const EvalResult &result)
{
    QStringList parts;
    for (const AssertionResult &a : result.assertions)
        parts.append(a.error ? QStringLiteral("ERROR") : a.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"));
    return parts.join(QLatin1Char(' ')) + (result.passed ? QStringLiteral(" => PASS") : QStringLiteral(" => FAIL"));
}

Result<PromptfooProject> readText(const QTemporaryDir &dir, const QByteArray &yaml)
{
    const QString path = dir.filePath(QStringLiteral("promptfooconfig.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    return PromptfooConfig::read(path);
}

} // namespace

class TestPromptfooConfig : public QObject
{
    Q_OBJECT

private slots:
    void promptsProvidersAndOptionsAreRead()
    {
        const PromptfooProject project = readFixture();
        QCOMPARE(project.sets.size(), 2); // one per prompt
        QCOMPARE(project.sets.at(0).name, QStringLiteral("Capitals · Answer briefly: {{question}}"));
        QCOMPARE(project.sets.at(0).prompt.user, QStringLiteral("Answer briefly: {{question}}"));
        QCOMPARE(project.sets.at(1).name, QStringLiteral("Capitals · capital.txt"));
        QCOMPARE(project.sets.at(1).prompt.user, QStringLiteral("What is the capital? {{question}}"));
        QCOMPARE(project.repeat, 2);
        QCOMPARE(project.maxConcurrency, std::optional<int>(1));

        QCOMPARE(project.providers.size(), 2);
        const Endpoint &small = project.providers.at(0).endpoint;
        QCOMPARE(small.name, QStringLiteral("small"));
        QCOMPARE(small.kind, EndpointKind::OpenAi);
        QCOMPARE(small.model, QStringLiteral("tiny"));
        QCOMPARE(small.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
        QCOMPARE(small.temperature, std::optional<double>(0));
        QCOMPARE(small.maxTokens, std::optional<int>(64));
        const Endpoint &large = project.providers.at(1).endpoint;
        QCOMPARE(large.model, QStringLiteral("big")); // openai:MODEL is openai:chat:MODEL
        QCOMPARE(large.apiKeyRef, QStringLiteral("LARGE_KEY"));
        QCOMPARE(project.providers.at(1).line, 14);
    }

    void unsupportedPartsAreListedWithTheirLines()
    {
        const PromptfooProject project = readFixture();
        QStringList listed;
        for (const PromptfooUnsupported &item : project.unsupported)
            listed.append(QStringLiteral("%1 %2").arg(item.line).arg(item.what));
        QCOMPARE(listed,
                 (QStringList{QStringLiteral("19 provider bedrock:anthropic.claude-3-haiku-20240307-v1:0"),
                              QStringLiteral("37 assert type \"javascript\"")}));
        QCOMPARE(PromptfooConfig::describe(QStringLiteral("promptfooconfig.yaml"), project.unsupported.at(1)),
                 QStringLiteral("promptfooconfig.yaml line 37: assert type \"javascript\": not supported by "
                                "Rightsize; assertion skipped"));
    }

    void testsFromEveryPlaceGetTheDefaults()
    {
        const EvalSet set = readFixture().sets.at(0);
        QCOMPARE(set.cases.size(), 3); // inline, tests.csv, more.yaml
        QCOMPARE(set.caseLabel(0), QStringLiteral("France"));
        QCOMPARE(set.caseLabel(1), QStringLiteral("Italy"));
        QCOMPARE(set.caseLabel(2), QStringLiteral("Spain"));
        for (const EvalCase &evalCase : set.cases) {
            QCOMPARE(evalCase.assertions.first().typeName(), QStringLiteral("not-icontains"));
            QCOMPARE(evalCase.prefix, QStringLiteral("Q: "));
        }
        QCOMPARE(set.cases.at(0).assertions.size(), 2); // the javascript one is skipped
        QCOMPARE(set.cases.at(0).assertions.at(1).typeName(), QStringLiteral("icontains"));
        QCOMPARE(set.cases.at(1).assertions.at(1).typeName(), QStringLiteral("contains"));
    }

    void theConfigRunsWithItsProvidersAndRepeat()
    {
        const PromptfooProject project = readFixture();
        QNetworkAccessManager network;
        ChatClient client(&network);
        FakeHttpServer smallServer;
        FakeHttpServer largeServer;
        smallServer.setFallback(answer(QStringLiteral("Paris")));
        largeServer.setFallback(answer(QStringLiteral("Paris, Rome or Madrid")));
        QList<Endpoint> endpoints = PromptfooConfig::endpoints(project.providers, {});
        endpoints[0].baseUrl = smallServer.url(QStringLiteral("/v1"));
        endpoints[1].baseUrl = largeServer.url(QStringLiteral("/v1"));
        EvalRunOptions options;
        options.repeat = project.repeat;
        options.concurrency = *project.maxConcurrency;
        EvalRunner runner(&client);
        const EvalRunOutcome outcome = QCoro::waitFor(runner.run(project.sets.at(0), endpoints, options, {}));
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.results.size(), 3 * 2 * 2);
        QMap<QString, QString> byKey;
        for (const EvalResult &result : outcome.results)
            byKey.insert(QStringLiteral("%1 %2 %3").arg(result.caseIndex).arg(result.endpointName).arg(result.repeat),
                         verdicts(result));
        QCOMPARE(byKey.value(QStringLiteral("0 small 0")), QStringLiteral("PASS PASS => PASS"));
        QCOMPARE(byKey.value(QStringLiteral("0 small 1")), QStringLiteral("PASS PASS => PASS"));
        QCOMPARE(byKey.value(QStringLiteral("1 small 0")), QStringLiteral("PASS FAIL => FAIL"));
        QCOMPARE(byKey.value(QStringLiteral("2 small 1")), QStringLiteral("PASS FAIL => FAIL"));
        QCOMPARE(byKey.value(QStringLiteral("1 large 0")), QStringLiteral("PASS PASS => PASS"));
        QCOMPARE(byKey.value(QStringLiteral("2 large 1")), QStringLiteral("PASS PASS => PASS"));
        QCOMPARE(smallServer.requests().size(), 6);
        const QJsonObject sent = smallServer.requests().first().json();
        QCOMPARE(sent.value(QStringLiteral("max_tokens")).toInt(), 64);
        const QString user = sent.value(QStringLiteral("messages"))
                                 .toArray()
                                 .last()
                                 .toObject()
                                 .value(QStringLiteral("content"))
                                 .toString();
        QVERIFY2(user.startsWith(QStringLiteral("Q: Answer briefly: Capital of ")), qPrintable(user));
    }

    void aConfiguredEndpointIsUsedWhenItMatches()
    {
        const PromptfooProject project = readFixture();
        Endpoint mine = project.providers.at(0).endpoint;
        mine.name = QStringLiteral("my-local");
        mine.apiKeyRef = QStringLiteral("MY_KEY");
        mine.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1/")); // a trailing slash is the same URL
        mine.temperature.reset();
        const QList<Endpoint> endpoints = PromptfooConfig::endpoints(project.providers, {mine});
        QCOMPARE(endpoints.at(0).name, QStringLiteral("my-local"));
        QCOMPARE(endpoints.at(0).apiKeyRef, QStringLiteral("MY_KEY"));
        QCOMPARE(endpoints.at(0).temperature, std::optional<double>(0)); // the config's still applies
        QCOMPARE(endpoints.at(1).name, QStringLiteral("large"));
    }

    void malformedYamlNamesFileAndLine()
    {
        const Result<PromptfooProject> project = PromptfooConfig::read(fixture(QStringLiteral("broken.yaml")));
        QVERIFY(!project);
        QVERIFY2(project.error().startsWith(QStringLiteral("broken.yaml line 5: ")), qPrintable(project.error()));
    }

    void badValuesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        const QByteArray head = "prompts: ['Q {{q}}']\nproviders: [openai:gpt-4o-mini]\n";
        QTest::addRow("bad assertion type") << head + "tests:\n  - vars: {q: x}\n    assert:\n      - type: containz\n"
                                            << QStringLiteral("promptfooconfig.yaml line 4: assert[0]: unknown");
        QTest::addRow("missing variable") << head + "tests:\n  - vars: {other: x}\n"
                                          << QStringLiteral("promptfooconfig.yaml: prompt “Q {{q}}”: ");
        QTest::addRow("repeat zero") << head + "tests: [{vars: {q: x}}]\nevaluateOptions:\n  repeat: 0\n"
                                     << QStringLiteral("promptfooconfig.yaml line 5: evaluateOptions.repeat: ");
        QTest::addRow("missing test file") << head + "tests: file://nowhere.csv\n"
                                           << QStringLiteral("promptfooconfig.yaml line 3: Cannot read");
        QTest::addRow("no provider") << QByteArray("prompts: [x]\ntests: [{vars: {}}]\n")
                                     << QStringLiteral("promptfooconfig.yaml: no provider");
    }
    void badValuesAreRefused()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const Result<PromptfooProject> project = readText(dir, yaml);
        QVERIFY(!project);
        QVERIFY2(project.error().startsWith(error), qPrintable(project.error()));
    }

    void providerIdsMapToKinds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("url");
        QTest::addRow("openai") << "openai:gpt-4o-mini"
                                << "openai"
                                << "gpt-4o-mini"
                                << "https://api.openai.com/v1";
        QTest::addRow("anthropic") << "anthropic:messages:claude-3-5-haiku-latest"
                                   << "anthropic"
                                   << "claude-3-5-haiku-latest"
                                   << "https://api.anthropic.com";
        QTest::addRow("ollama chat") << "ollama:chat:llama3.2:1b"
                                     << "ollama"
                                     << "llama3.2:1b"
                                     << "http://localhost:11434";
        QTest::addRow("ollama") << "ollama:qwen2.5"
                                << "ollama"
                                << "qwen2.5"
                                << "http://localhost:11434";
        QTest::addRow("unsupported") << "openai:embedding:text-embedding-3-small"
                                     << ""
                                     << ""
                                     << "";
    }
    void providerIdsMapToKinds()
    {
        QFETCH(QString, id);
        QFETCH(QString, kind);
        QFETCH(QString, model);
        QFETCH(QString, url);
        QTemporaryDir dir;
        const QByteArray yaml =
            "prompts: [x]\ntests: [{vars: {}}]\nproviders:\n  - openai:gpt-4o\n  - " + id.toUtf8() + "\n";
        const Result<PromptfooProject> project = readText(dir, yaml);
        QVERIFY2(project, qPrintable(project.error()));
        if (kind.isEmpty()) {
            QCOMPARE(project->providers.size(), 1);
            QCOMPARE(project->unsupported.size(), 1);
            QCOMPARE(project->unsupported.first().line, 5);
            return;
        }
        QCOMPARE(project->providers.size(), 2);
        const Endpoint &endpoint = project->providers.at(1).endpoint;
        QCOMPARE(endpointKindName(endpoint.kind), kind);
        QCOMPARE(endpoint.model, model);
        QCOMPARE(endpoint.baseUrl.toString(), url);
    }

    void rubricProviderAndChatPrompt()
    {
        QTemporaryDir dir;
        const QByteArray yaml = "prompts:\n"
                                "  - '[{\"role\": \"system\", \"content\": \"Be brief.\"}, {\"role\": \"user\", "
                                "\"content\": \"{{q}}\"}]'\n"
                                "providers: [ollama:tiny]\n"
                                "defaultTest:\n  options:\n    provider: openai:gpt-4o-mini\n"
                                "tests:\n  - vars: {q: 42}\n    threshold: 0.5\n";
        const Result<PromptfooProject> project = readText(dir, yaml);
        QVERIFY2(project, qPrintable(project.error()));
        QCOMPARE(project->sets.first().prompt.system, QStringLiteral("Be brief."));
        QCOMPARE(project->sets.first().prompt.user, QStringLiteral("{{q}}"));
        QVERIFY(project->rubricProvider);
        QCOMPARE(project->rubricProvider->endpoint.model, QStringLiteral("gpt-4o-mini"));
        QCOMPARE(project->sets.first().cases.first().variables.value(QStringLiteral("q")), QStringLiteral("42"));
        QCOMPARE(project->sets.first().cases.first().threshold, std::optional<double>(0.5));
    }
};

QTEST_GUILESS_MAIN(TestPromptfooConfig)
#include "tst_promptfooconfig.moc"
