// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogfetcher.h"
#include "fakehttpserver.h"
#include "testpaths.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(TestPaths::fixture(QStringLiteral("catalog/") + name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The outcome of one fetch: the catalog, or the error, or "cancelled".
struct Outcome
{
    std::optional<Catalog> catalog;
    QString error;
    bool cancelled = false;
    QList<qint64> progress;
};

Outcome run(CatalogFetcher &fetcher, const QUrl &url, const std::function<void()> &whileRunning = {})
{
    Outcome outcome;
    bool done = false;
    QObject guard;
    QObject::connect(&fetcher, &CatalogFetcher::fetched, &guard, [&](const Catalog &c) {
        outcome.catalog = c;
        done = true;
    });
    QObject::connect(&fetcher, &CatalogFetcher::failed, &guard, [&](const QString &e) {
        outcome.error = e;
        done = true;
    });
    QObject::connect(&fetcher, &CatalogFetcher::cancelled, &guard, [&] {
        outcome.cancelled = true;
        done = true;
    });
    QObject::connect(&fetcher, &CatalogFetcher::progress, &guard,
                     [&](qint64 received, qint64) { outcome.progress.append(received); });
    fetcher.fetch(url, QStringLiteral("fetched"));
    if (whileRunning)
        whileRunning();
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        outcome.error = QStringLiteral("(test: no outcome within 10 s)");
    return outcome;
}

} // namespace

/// "Update prices" against a loopback server only: never the internet.
class TestCatalogFetch : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;

private slots:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->isListening());
        m_network = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_network.reset();
        m_server.reset();
    }

    void successRecordsTheFetchDate()
    {
        const QByteArray body = fixture(QStringLiteral("litellm-small.json"));
        QVERIFY(!body.isEmpty());
        m_server->enqueue(FakeResponse::json(200, body));
        CatalogFetcher fetcher(m_network.get());
        const QUrl url = m_server->url(QStringLiteral("/model_prices_and_context_window.json"));
        const Outcome outcome = run(fetcher, url);
        QVERIFY2(outcome.catalog, qPrintable(outcome.error));
        QCOMPARE(outcome.catalog->date, QDate::currentDate());
        QCOMPARE(outcome.catalog->name, QStringLiteral("fetched"));
        QStringList ids;
        for (const ModelSpec &m : outcome.catalog->models)
            ids.append(m.id);
        QCOMPARE(
            ids,
            (QStringList{QStringLiteral("expensive"), QStringLiteral("gpt-4o-mini"), QStringLiteral("int-priced")}));
        QCOMPARE(outcome.catalog->findModel(u"gpt-4o-mini")->inputPricePerMTok, 0.15);
        QCOMPARE(outcome.catalog->findModel(u"gpt-4o-mini")->provenance.date, QDate::currentDate());
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->requests().first().path, QByteArray("/model_prices_and_context_window.json"));
        QVERIFY(!outcome.progress.isEmpty());
        QCOMPARE(outcome.progress.last(), qint64(body.size()));
        QVERIFY(!fetcher.isRunning());
    }

    void fetchesEveryCatalogFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("model");
        QTest::addColumn<double>("input");
        QTest::addRow("models.dev") << QStringLiteral("modelsdev-small.json") << QStringLiteral("openai/gpt-4o-mini")
                                    << 0.15;
        QTest::addRow("OpenRouter") << QStringLiteral("openrouter-small.json") << QStringLiteral("openai/gpt-4o-mini")
                                    << 0.18;
    }
    void fetchesEveryCatalogFormat()
    {
        QFETCH(QString, file);
        QFETCH(QString, model);
        QFETCH(double, input);
        m_server->enqueue(FakeResponse::json(200, fixture(file)));
        CatalogFetcher fetcher(m_network.get());
        const Outcome outcome = run(fetcher, m_server->url(QStringLiteral("/models")));
        QVERIFY2(outcome.catalog, qPrintable(outcome.error));
        QCOMPARE(outcome.catalog->date, QDate::currentDate());
        const ModelSpec *m = outcome.catalog->findModel(model);
        QVERIFY(m);
        QCOMPARE(m->inputPricePerMTok, input);
    }

    void malformedFetchNamesTheEntry()
    {
        m_server->enqueue(FakeResponse::json(200, fixture(QStringLiteral("openrouter-bad-price.json"))));
        CatalogFetcher fetcher(m_network.get());
        const Outcome outcome = run(fetcher, m_server->url(QStringLiteral("/api/v1/models")));
        QVERIFY(!outcome.catalog);
        QVERIFY2(outcome.error.contains(QStringLiteral("model \"openai/gpt-4o-mini\" field \"pricing.completion\"")),
                 qPrintable(outcome.error));
    }

    void errors_data()
    {
        QTest::addColumn<int>("status"); // 0: nobody listening
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected"); // %1 = the URL
        QTest::addRow("404") << 404 << QByteArray("{\"error\": \"no such file\"}")
                             << QStringLiteral(
                                    "Cannot fetch the catalog from %1: the server answered HTTP 404 Not Found. "
                                    "Check the address in Settings.");
        QTest::addRow("500")
            << 500 << QByteArray("{}")
            << QStringLiteral("Cannot fetch the catalog from %1: the server answered HTTP 500 Internal Server Error. "
                              "Check the address in Settings.");
        QTest::addRow("connection refused (offline)")
            << 0 << QByteArray()
            << QStringLiteral("Cannot fetch the catalog from %1: Connection refused. Are you offline? "
                              "Check the connection, or change the address in Settings.");
        QTest::addRow("malformed body")
            << 200 << QByteArray("{\"gpt-x\": {\"mode\": \"chat\", ")
            << QStringLiteral("Cannot load catalog %1: not valid JSON (unterminated object at byte 27)");
        QTest::addRow("not LiteLLM's shape")
            << 200 << QByteArray("[1, 2]")
            << QStringLiteral("Cannot load catalog %1: expected a JSON object at the top level");
        QTest::addRow("bad price")
            << 200
            << QByteArray("{\"m\": {\"mode\": \"chat\", \"input_cost_per_token\": -1, \"output_cost_per_token\": 0}}")
            << QStringLiteral(
                   "Cannot load catalog %1: model \"m\" field \"input_cost_per_token\": expected a number ≥ 0");
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QUrl url;
        if (status == 0) {
            // A port that was free a moment ago: nobody answers, as when offline.
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            url = QUrl(QStringLiteral("http://127.0.0.1:%1/prices.json").arg(probe.serverPort()));
            probe.close();
        } else {
            m_server->enqueue(FakeResponse::json(status, body));
            url = m_server->url(QStringLiteral("/prices.json"));
        }
        CatalogFetcher fetcher(m_network.get());
        const Outcome outcome = run(fetcher, url);
        QVERIFY(!outcome.catalog);
        QCOMPARE(outcome.error, expected.arg(url.toDisplayString()));
    }

    void invalidAddress()
    {
        CatalogFetcher fetcher(m_network.get());
        const Outcome outcome = run(fetcher, QUrl(QStringLiteral("not a url")));
        QCOMPARE(outcome.error,
                 QStringLiteral("Cannot fetch the catalog from not a url: this is not a valid address "
                                "(expected e.g. https://…); change it in Settings."));
    }

    void cancel()
    {
        FakeResponse slow = FakeResponse::json(200, fixture(QStringLiteral("litellm-small.json")));
        slow.headerDelayMs = 3000;
        m_server->enqueue(slow);
        CatalogFetcher fetcher(m_network.get());
        const Outcome outcome = run(fetcher, m_server->url(QStringLiteral("/p.json")), [&] {
            QVERIFY(fetcher.isRunning());
            QTest::qWait(50);
            fetcher.cancel();
        });
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.catalog);
        QVERIFY(outcome.error.isEmpty());
        QVERIFY(!fetcher.isRunning());
    }

    void timeout()
    {
        FakeResponse hang = FakeResponse::json(200, "{}");
        hang.headerDelayMs = 5000;
        m_server->enqueue(hang);
        CatalogFetcher fetcher(m_network.get());
        fetcher.setTimeoutSeconds(1);
        const QUrl url = m_server->url(QStringLiteral("/p.json"));
        const Outcome outcome = run(fetcher, url);
        QCOMPARE(outcome.error,
                 QStringLiteral("Cannot fetch the catalog from %1: the server did not answer in time "
                                "(timeout: 1 s). Are you offline?")
                     .arg(url.toDisplayString()));
    }
};

QTEST_GUILESS_MAIN(TestCatalogFetch)
#include "tst_catalogfetch.moc"
