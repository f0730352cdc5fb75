// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogregistry.h"
#include "compare/comparisonrunner.h"
#include "decision/workbench.h"
#include "fakehttpserver.h"
#include "pages/comparepage.h"
#include "providers/chatclient.h"
#include "providers/endpointstore.h"
#include "providerstreams.h"
#include "secrets/apikeystore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

/// The Compare page streaming two fake endpoints: columns, metrics, cancel, blind mode and votes.
class TestComparePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CatalogRegistry> m_registry;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<EndpointStore> m_store;
    std::unique_ptr<ApiKeyStore> m_keys;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ChatClient> m_client;
    std::unique_ptr<ComparisonRunner> m_runner;
    std::unique_ptr<FakeHttpServer> m_openai;
    std::unique_ptr<FakeHttpServer> m_ollama;
    std::unique_ptr<ComparePage> m_page;
    QString m_pricedModel;

private slots:
    void init()
    {
        m_registry = std::make_unique<CatalogRegistry>(m_dir.filePath(QStringLiteral("catalogs")));
        m_workbench = std::make_unique<Workbench>(*m_registry);
        QVERIFY(m_workbench->setCatalog(QStringLiteral("current")).ok());
        m_pricedModel = m_workbench->catalog().models.constFirst().id;
        m_openai = std::make_unique<FakeHttpServer>();
        m_ollama = std::make_unique<FakeHttpServer>();
        m_store = std::make_unique<EndpointStore>(m_dir.filePath(QStringLiteral("endpoints.json")));
        Endpoint fast;
        fast.name = QStringLiteral("fast-openai");
        fast.kind = EndpointKind::OpenAi;
        fast.baseUrl = m_openai->url(QStringLiteral("/v1"));
        fast.model = QStringLiteral("tiny");
        fast.catalogModel = m_pricedModel;
        Endpoint local;
        local.name = QStringLiteral("local-ollama");
        local.kind = EndpointKind::Ollama;
        local.baseUrl = m_ollama->url();
        local.model = QStringLiteral("llama3.2");
        QVERIFY(m_store->add(fast).ok());
        QVERIFY(m_store->add(local).ok());
        m_store->setSet({QStringLiteral("both"), {QStringLiteral("fast-openai"), QStringLiteral("local-ollama")}});
        m_keys = std::make_unique<ApiKeyStore>(nullptr, [](const QString &) { return QString(); });
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ChatClient>(m_network.get());
        m_runner = std::make_unique<ComparisonRunner>(m_client.get());
        ComparePage::Services services;
        services.endpoints = m_store.get();
        services.keys = m_keys.get();
        services.runner = m_runner.get();
        m_page = std::make_unique<ComparePage>(*m_workbench, services);
        m_page->resize(1200, 800);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_runner.reset();
        m_client.reset();
        m_network.reset();
        m_openai.reset();
        m_ollama.reset();
    }

    void listsEndpointsSetsAndKeyStatus()
    {
        QAbstractItemModel *list = m_page->findChild<QListView *>(QStringLiteral("endpointList"))->model();
        QCOMPARE(list->rowCount(), 2);
        QCOMPARE(list->index(0, 0).data().toString(), QStringLiteral("fast-openai"));
        QVERIFY(m_page->checkedEndpoints().isEmpty());
        Endpoint detected;
        detected.name = QStringLiteral("llama.cpp (127.0.0.1:8080)");
        detected.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
        detected.model = QStringLiteral("m");
        m_page->addDetectedEndpoints({detected});
        QCOMPARE(list->rowCount(), 3);
        QCOMPARE(list->index(2, 0).data().toString(),
                 QStringLiteral("llama.cpp (127.0.0.1:8080) — detected on this machine"));
        auto *sets = m_page->findChild<QComboBox *>(QStringLiteral("setCombo"));
        QCOMPARE(sets->count(), 2);
        sets->setCurrentIndex(1);
        emit sets->activated(1);
        QCOMPARE(m_page->checkedEndpoints(),
                 (QStringList{QStringLiteral("fast-openai"), QStringLiteral("local-ollama")}));
        auto *keyStatus = m_page->findChild<QLabel *>(QStringLiteral("keyStatus"));
        QVERIFY(keyStatus->text().startsWith(QStringLiteral("No keychain is available (no keychain support)")));
    }

    void firstStartExplainsHowToAddEndpoints()
    {
        auto *hint = m_page->findChild<QLabel *>(QStringLiteral("noEndpointsHint"));
        QVERIFY(hint);
        QVERIFY(hint->isHidden()); // two endpoints configured
        EndpointStore empty(m_dir.filePath(QStringLiteral("none.json")));
        ComparePage::Services services;
        services.endpoints = &empty;
        services.keys = m_keys.get();
        services.runner = m_runner.get();
        ComparePage fresh(*m_workbench, services);
        auto *freshHint = fresh.findChild<QLabel *>(QStringLiteral("noEndpointsHint"));
        QVERIFY(!freshHint->isHidden());
        QVERIFY(freshHint->text().contains(QStringLiteral("Endpoints…")));
        QCOMPARE(fresh.findChild<QListView *>(QStringLiteral("endpointList"))->model()->rowCount(), 0);
    }

    void variablesFollowThePrompt()
    {
        auto *user = m_page->findChild<QPlainTextEdit *>(QStringLiteral("userEdit"));
        QAbstractItemModel *table = m_page->findChild<QTableView *>(QStringLiteral("variablesTable"))->model();
        user->setPlainText(QStringLiteral("Translate {{text}} to {{lang}}"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->index(0, 0).data().toString(), QStringLiteral("text"));
        QVERIFY(table->setData(table->index(1, 1), QStringLiteral("French")));
        user->setPlainText(QStringLiteral("Say {{text}}"));
        QCOMPARE(table->rowCount(), 2); // "lang" keeps its value until cleared
        QCOMPARE(m_page->prompt().variables.value(QStringLiteral("lang")), QStringLiteral("French"));
        QVERIFY(table->setData(table->index(0, 1), QStringLiteral("hello")));
        m_openai->enqueue(FakeResponse::sse({ProviderStreams::openAi()}));
        m_page->setCheckedEndpoints({QStringLiteral("fast-openai")});
        QSignalSpy finished(m_runner.get(), &ComparisonRunner::runFinished);
        QVERIFY(m_page->run().ok());
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_openai->requests()
                     .at(0)
                     .json()
                     .value(QStringLiteral("messages"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("Say hello"));
        // Nothing checked: said on the page, nothing sent.
        m_page->setCheckedEndpoints({});
        QVERIFY(!m_page->run().ok());
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("errorLabel"))->text(),
                 QStringLiteral("Choose at least one endpoint to compare."));
        QCOMPARE(m_openai->requestCount(), 1);
    }

    void streamsTwoEndpointsIntoColumns()
    {
        // Many small chunks a few ms apart: the page sees a real stream, not one block.
        m_openai->enqueue(FakeResponse::sse(ProviderStreams::split(ProviderStreams::openAi(), 7), 5));
        m_ollama->enqueue(FakeResponse::ndjson(ProviderStreams::split(ProviderStreams::ollama(), 11), 5));
        m_page->setPrompt({QString(), QStringLiteral("Say hello"), {}});
        m_page->setCheckedEndpoints({QStringLiteral("fast-openai"), QStringLiteral("local-ollama")});
        QSignalSpy finished(m_runner.get(), &ComparisonRunner::runFinished);
        QTest::keyClick(m_page->findChild<QPlainTextEdit *>(QStringLiteral("userEdit")), Qt::Key_Return,
                        Qt::ControlModifier);
        QVERIFY(m_runner->isRunning());
        QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        QCOMPARE(m_page->columnCount(), 2);
        QVERIFY(finished.wait(5000));
        QCOMPARE(m_page->columnTitle(0), QStringLiteral("fast-openai"));
        QCOMPARE(m_page->columnTitle(1), QStringLiteral("local-ollama"));
        QCOMPARE(m_page->columnText(0), ProviderStreams::expectedText());
        QCOMPARE(m_page->columnText(1), ProviderStreams::expectedText());
        QCOMPARE(m_page->findChild<QFrame *>(QStringLiteral("column0"))
                     ->findChild<QPlainTextEdit *>(QStringLiteral("text"))
                     ->toPlainText(),
                 ProviderStreams::expectedText());
        QCOMPARE(m_page->columnStatus(0), QStringLiteral("complete"));
        const ResponseRecord r0 = m_runner->currentRun().responses.at(0);
        const ModelSpec *model = m_workbench->catalog().findModel(m_pricedModel);
        const double cost = (12 * model->inputPricePerMTok + 3 * model->outputPricePerMTok) / 1e6;
        QCOMPARE(*r0.costUsd, cost);
        const QString metrics0 = m_page->columnMetrics(0);
        QVERIFY2(metrics0.contains(QStringLiteral("tokens 12 in / 3 out")), qPrintable(metrics0));
        QVERIFY2(metrics0.contains(QStringLiteral("attempts 1")), qPrintable(metrics0));
        QVERIFY2(!metrics0.contains(QStringLiteral("unpriced")), qPrintable(metrics0));
        const QString metrics1 = m_page->columnMetrics(1);
        QVERIFY2(metrics1.contains(QStringLiteral("tokens 26 in / 3 out · ")), qPrintable(metrics1));
        QVERIFY2(metrics1.contains(QStringLiteral("cost unpriced")), qPrintable(metrics1));
        QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("rerunButton"))->isEnabled());
    }

    void cancelsOneColumn()
    {
        FakeResponse hanging =
            FakeResponse::sse({"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Partial\"}}]}\n\n"});
        hanging.hang = true;
        m_openai->enqueue(hanging);
        m_ollama->enqueue(FakeResponse::ndjson({ProviderStreams::ollama()}));
        m_page->setPrompt({QString(), QStringLiteral("Say hello"), {}});
        m_page->setCheckedEndpoints({QStringLiteral("fast-openai"), QStringLiteral("local-ollama")});
        QSignalSpy finished(m_runner.get(), &ComparisonRunner::runFinished);
        QVERIFY(m_page->run().ok());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_page->columnText(0) == QLatin1String("Partial") &&
                    m_page->columnStatus(1) == QLatin1String("complete");
            },
            5000));
        m_page->findChild<QFrame *>(QStringLiteral("column0"))
            ->findChild<QPushButton *>(QStringLiteral("cancel"))
            ->click();
        QVERIFY(finished.wait(2000) || finished.count() == 1);
        QVERIFY2(m_page->columnStatus(0).startsWith(QStringLiteral("cancelled: ")),
                 qPrintable(m_page->columnStatus(0)));
        QCOMPARE(m_page->columnText(0), QStringLiteral("Partial"));
        // Text streamed but the server never counted it: the cost is unknown, not "unpriced".
        const QString metrics = m_page->columnMetrics(0);
        QVERIFY2(metrics.contains(QStringLiteral("cost unknown (no token counts)")), qPrintable(metrics));
        QVERIFY2(metrics.contains(QStringLiteral("no token counts for the 7 characters received")),
                 qPrintable(metrics));
    }

    void blindModeHidesNamesUntilVoted()
    {
        m_openai->enqueue(FakeResponse::sse({ProviderStreams::openAi()}));
        m_ollama->enqueue(FakeResponse::ndjson({ProviderStreams::ollama()}));
        m_page->setPrompt({QString(), QStringLiteral("Say hello"), {}});
        m_page->setCheckedEndpoints({QStringLiteral("fast-openai"), QStringLiteral("local-ollama")});
        m_page->findChild<QCheckBox *>(QStringLiteral("blindCheck"))->setChecked(true);
        m_page->setShuffleSeed(7);
        QSignalSpy finished(m_runner.get(), &ComparisonRunner::runFinished);
        QSignalSpy votes(m_page.get(), &ComparePage::voteCast);
        QVERIFY(m_page->run().ok());
        QVERIFY(finished.wait(5000));
        QStringList titles;
        for (int display = 0; display < 2; ++display)
            titles << m_page->columnTitle(m_page->positionAt(display));
        QCOMPARE(titles, (QStringList{QStringLiteral("Answer A"), QStringLiteral("Answer B")}));
        for (QLabel *label : m_page->findChildren<QLabel *>()) {
            QVERIFY2(!label->text().contains(QStringLiteral("fast-openai")) &&
                         !label->text().contains(QStringLiteral("local-ollama")),
                     qPrintable(label->text()));
        }
        // No figure that differs between the hidden models: cost, latency and tokens name them too.
        for (int position = 0; position < 2; ++position)
            QCOMPARE(m_page->columnMetrics(position), QStringLiteral("Figures are hidden until you vote."));
        for (QLabel *label : m_page->findChildren<QLabel *>()) {
            QVERIFY2(!label->text().contains(QLatin1Char('$')) && !label->text().contains(QStringLiteral(" ms")),
                     qPrintable(label->text()));
        }
        QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("voteBar"))->isVisible());
        // A new run would drop the unvoted pair: the page says so once instead of doing it silently.
        const Status again = m_page->run();
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("no vote yet")), qPrintable(again.error()));
        QCOMPARE(m_page->columnTitle(m_page->positionAt(0)), QStringLiteral("Answer A")); // nothing was restarted
        m_runner->setRunId(42);
        m_page->findChild<QPushButton *>(QStringLiteral("voteBBetter"))->click();
        QCOMPARE(votes.count(), 1);
        const Vote vote = votes.at(0).at(0).value<Vote>();
        QCOMPARE(vote.runId, 42);
        QCOMPARE(vote.positionA, m_page->positionAt(0));
        QCOMPARE(vote.positionB, m_page->positionAt(1));
        QCOMPARE(vote.outcome, Vote::BBetter);
        // Judged: the names show, the vote bar goes.
        QCOMPARE(m_page->columnTitle(m_page->positionAt(0)),
                 QStringLiteral("Answer A — %1")
                     .arg(m_runner->currentRun().responses.at(m_page->positionAt(0)).endpoint.name));
        QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("voteBar"))->isVisible());
        for (int position = 0; position < 2; ++position)
            QVERIFY2(m_page->columnMetrics(position).contains(QStringLiteral("latency")),
                     qPrintable(m_page->columnMetrics(position)));
    }

    void thumbsAreIconsNotEmoji()
    {
        m_openai->enqueue(FakeResponse::sse({ProviderStreams::openAi()}));
        m_page->setPrompt({QString(), QStringLiteral("Say hello"), {}});
        m_page->setCheckedEndpoints({QStringLiteral("fast-openai")});
        QSignalSpy finished(m_runner.get(), &ComparisonRunner::runFinished);
        QVERIFY(m_page->run().ok());
        QVERIFY(finished.wait(5000));
        auto *column = m_page->findChild<QFrame *>(QStringLiteral("column0"));
        for (const char *name : {"thumbUp", "thumbDown"}) {
            auto *button = column->findChild<QPushButton *>(QString::fromLatin1(name));
            QVERIFY(button->text().isEmpty()); // no glyph that a font may lack
            QVERIFY(!button->icon().isNull());
            QVERIFY(!button->icon().pixmap(16, 16).isNull()); // the SVG is in the resources and renders
            QVERIFY(!button->accessibleName().isEmpty());
        }
    }

    void thumbsPerAnswer()
    {
        m_openai->enqueue(FakeResponse::sse({ProviderStreams::openAi()}));
        m_page->setPrompt({QString(), QStringLiteral("Say hello"), {}});
        m_page->setCheckedEndpoints({QStringLiteral("fast-openai")});
        QSignalSpy finished(m_runner.get(), &ComparisonRunner::runFinished);
        QSignalSpy thumbs(m_page.get(), &ComparePage::thumbCast);
        QVERIFY(m_page->run().ok());
        QVERIFY(finished.wait(5000));
        auto *column = m_page->findChild<QFrame *>(QStringLiteral("column0"));
        column->findChild<QPushButton *>(QStringLiteral("thumbUp"))->click();
        column->findChild<QPushButton *>(QStringLiteral("thumbDown"))->click();
        QCOMPARE(thumbs.count(), 2);
        QCOMPARE(thumbs.at(0).at(0).value<Thumb>().value, 1);
        QCOMPARE(thumbs.at(1).at(0).value<Thumb>().value, -1);
        QVERIFY(!column->findChild<QPushButton *>(QStringLiteral("thumbUp"))->isChecked());
    }
};

QTEST_MAIN(TestComparePage)
#include "tst_comparepage.moc"
