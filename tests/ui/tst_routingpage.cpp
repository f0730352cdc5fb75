// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogregistry.h"
#include "charts/cascadesimulationchart.h"
#include "common/money.h"
#include "decision/workbench.h"
#include "export/memoexport.h"
#include "fakehttpserver.h"
#include "pages/routingpage.h"
#include "providers/chatclient.h"
#include "providers/endpointstore.h"
#include "secrets/apikeystore.h"
#include "store/database.h"
#include "store/runrepository.h"
#include "store/voterepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>

#include <cmath>
#include <memory>

namespace {
/// An OpenAI chat-completions stream answering `text` as one token with log-probability
/// ln(`probability`), 10 prompt tokens in and 1 out.
FakeResponse answer(const QString &text, double probability)
{
    QList<QByteArray> events;
    auto event = [&](const QJsonObject &object) {
        events.append("data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n");
    };
    const QJsonObject token{{QStringLiteral("token"), text},
                            {QStringLiteral("logprob"), std::log(probability)},
                            {QStringLiteral("top_logprobs"), QJsonArray{}}};
    event({{QStringLiteral("choices"),
            QJsonArray{
                QJsonObject{{QStringLiteral("index"), 0},
                            {QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), text}}},
                            {QStringLiteral("logprobs"), QJsonObject{{QStringLiteral("content"), QJsonArray{token}}}},
                            {QStringLiteral("finish_reason"), QJsonValue::Null}}}}});
    event({{QStringLiteral("choices"),
            QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                   {QStringLiteral("delta"), QJsonObject{}},
                                   {QStringLiteral("finish_reason"), QStringLiteral("stop")}}}}});
    event({{QStringLiteral("choices"), QJsonArray{}},
           {QStringLiteral("usage"),
            QJsonObject{{QStringLiteral("prompt_tokens"), 10},
                        {QStringLiteral("completion_tokens"), 1},
                        {QStringLiteral("total_tokens"), 11}}}});
    events.append("data: [DONE]\n\n");
    return FakeResponse::sse(events);
}

ResponseRecord response(int position, const QString &endpoint, const QString &text, double cost)
{
    ResponseRecord r;
    r.position = position;
    r.endpoint.name = endpoint;
    r.endpoint.model = endpoint + QStringLiteral("-model");
    r.status = ResponseRecord::Status::Complete;
    r.result.text = text;
    r.result.latencyMs = 100;
    r.costUsd = cost;
    return r;
}

QString cell(const QAbstractItemView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}
} // namespace

/// The Routing page: rule edits change the decision, the tier map persists in routing.json, a
/// live cascade against a loopback server shows each level, and the simulator's chart carries
/// the hand-computed curve of a small stored history.
class TestRoutingPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CatalogRegistry> m_registry;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<EndpointStore> m_store;
    std::unique_ptr<ApiKeyStore> m_keys;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ChatClient> m_client;
    std::unique_ptr<FakeHttpServer> m_server;
    int m_config = 0;

    RoutingPage::Services services(const QString &configPath)
    {
        RoutingPage::Services s;
        s.endpoints = m_store.get();
        s.keys = m_keys.get();
        s.client = m_client.get();
        s.configPath = configPath;
        return s;
    }
    QString freshConfigPath() { return m_dir.filePath(QStringLiteral("config%1/routing.json").arg(++m_config)); }

private slots:
    void initTestCase()
    {
        m_registry = std::make_unique<CatalogRegistry>(m_dir.filePath(QStringLiteral("catalogs")));
        m_workbench = std::make_unique<Workbench>(*m_registry);
        QVERIFY(m_workbench->setCatalog(QStringLiteral("current")).ok());
        m_server = std::make_unique<FakeHttpServer>();
        m_store = std::make_unique<EndpointStore>(m_dir.filePath(QStringLiteral("endpoints.json")));
        for (const char *name : {"small-ep", "large-ep", "cheap-ep"}) {
            Endpoint e;
            e.name = QString::fromLatin1(name);
            e.kind = EndpointKind::OpenAi;
            e.baseUrl = m_server->url(QStringLiteral("/v1"));
            e.model = e.name + QStringLiteral("-model"); // not in the catalog: no price, "unknown"
            QVERIFY(m_store->add(e).ok());
        }
        // The same server, priced by the catalog's models.
        for (const auto &[name, model] :
             {std::pair{"small-priced", "gpt-4o-mini"}, std::pair{"large-priced", "gpt-4o"}}) {
            Endpoint e;
            e.name = QString::fromLatin1(name);
            e.kind = EndpointKind::OpenAi;
            e.baseUrl = m_server->url(QStringLiteral("/v1"));
            e.model = e.name + QStringLiteral("-model");
            e.catalogModel = QString::fromLatin1(model);
            QVERIFY(m_workbench->catalog().findModel(e.catalogModel));
            QVERIFY(m_store->add(e).ok());
        }
        m_keys = std::make_unique<ApiKeyStore>(nullptr, [](const QString &) { return QString(); });
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ChatClient>(m_network.get());
    }

    void editingARuleChangesTheDecision_data()
    {
        QTest::addColumn<QString>("task");
        QTest::addColumn<bool>("reasoning");
        QTest::addColumn<int>("quality"); // index into standard, medium, high
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("before");
        QTest::addColumn<int>("rule");    // row to edit
        QTest::addColumn<int>("newTier"); // index into small, medium, large
        QTest::addColumn<QString>("after");
        QTest::addRow("classification: rule 1 retargeted to large")
            << QStringLiteral("classification") << false << 0 << 0 << QStringLiteral("→ Small tier, rule 1") << 0 << 2
            << QStringLiteral("→ Large tier, rule 1");
        QTest::addRow("quality high: rule 2 retargeted to medium")
            << QString() << false << 2 << 0 << QStringLiteral("→ Large tier, rule 2") << 1 << 1
            << QStringLiteral("→ Medium tier, rule 2");
        QTest::addRow("reasoning: rule 2 retargeted to small")
            << QString() << true << 0 << 0 << QStringLiteral("→ Large tier, rule 2") << 1 << 0
            << QStringLiteral("→ Small tier, rule 2");
        QTest::addRow("20,000 characters: rule 3 retargeted to large")
            << QString() << false << 0 << 20000 << QStringLiteral("→ Medium tier, rule 3") << 2 << 2
            << QStringLiteral("→ Large tier, rule 3");
        QTest::addRow("defaults: catch-all rule 4 retargeted to medium")
            << QString() << false << 0 << 0 << QStringLiteral("→ Small tier, rule 4") << 3 << 1
            << QStringLiteral("→ Medium tier, rule 4");
    }
    void editingARuleChangesTheDecision()
    {
        QFETCH(QString, task);
        QFETCH(bool, reasoning);
        QFETCH(int, quality);
        QFETCH(int, length);
        QFETCH(QString, before);
        QFETCH(int, rule);
        QFETCH(int, newTier);
        QFETCH(QString, after);
        const QString configPath = freshConfigPath();
        RoutingPage page(*m_workbench, services(configPath));
        page.resize(1200, 800);
        page.show();

        page.findChild<QComboBox *>(QStringLiteral("previewTask"))->setEditText(task);
        page.findChild<QCheckBox *>(QStringLiteral("previewReasoning"))->setChecked(reasoning);
        page.findChild<QComboBox *>(QStringLiteral("previewQuality"))->setCurrentIndex(quality);
        page.findChild<QSpinBox *>(QStringLiteral("previewLength"))->setValue(length);
        auto *decision = page.findChild<QLabel *>(QStringLiteral("decisionLabel"));
        QVERIFY2(decision->text().startsWith(before), qPrintable(decision->text()));

        auto *rules = page.findChild<QTableView *>(QStringLiteral("rulesTable"));
        QCOMPARE(rules->model()->rowCount(), 4);
        rules->setCurrentIndex(rules->model()->index(rule, 1));
        page.findChild<QComboBox *>(QStringLiteral("ruleTarget"))->setCurrentIndex(newTier);
        QVERIFY2(decision->text().startsWith(after), qPrintable(decision->text()));
        QCOMPARE(cell(rules, rule, 3), tierDisplayName(routerTiers[newTier]));
        QCOMPARE(page.config().policy.rules.at(rule).target, routerTiers[newTier]);
        // The edit reaches routing.json after the pause.
        QTRY_VERIFY(QFile::exists(configPath));
        QFile file(configPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("policy"))
                     .toObject()
                     .value(QStringLiteral("rules"))
                     .toArray()
                     .at(rule)
                     .toObject()
                     .value(QStringLiteral("target"))
                     .toString(),
                 tierId(routerTiers[newTier]));
    }

    void removingTheFiringRuleFallsThrough()
    {
        RoutingPage page(*m_workbench, services(freshConfigPath()));
        page.findChild<QComboBox *>(QStringLiteral("previewQuality"))->setCurrentIndex(2); // high
        auto *decision = page.findChild<QLabel *>(QStringLiteral("decisionLabel"));
        QVERIFY(decision->text().startsWith(QStringLiteral("→ Large tier, rule 2")));
        auto *rules = page.findChild<QTableView *>(QStringLiteral("rulesTable"));
        rules->setCurrentIndex(rules->model()->index(1, 1));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("removeRule")), Qt::LeftButton);
        // Quality high matches neither "prompt long or quality medium" nor… the catch-all does: now rule 3.
        QVERIFY2(decision->text().startsWith(QStringLiteral("→ Small tier, rule 3")), qPrintable(decision->text()));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("decisionDetails"))->text().contains(QStringLiteral("Rule 2")));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("resetRules")), Qt::LeftButton);
        QVERIFY(decision->text().startsWith(QStringLiteral("→ Large tier, rule 2")));
    }

    void tierMapSavesAndReloads()
    {
        const QString configPath = freshConfigPath();
        {
            RoutingPage page(*m_workbench, services(configPath));
            auto *medium = page.findChild<QComboBox *>(QStringLiteral("tierCombo:medium"));
            QVERIFY(medium);
            QVERIFY(medium->lineEdit()->placeholderText().contains(QStringLiteral("gpt-4o-mini")));
            const QString articlePrice = page.findChild<QLabel *>(QStringLiteral("tierPrice:large"))->text();
            QVERIFY2(
                articlePrice ==
                    QStringLiteral("gpt-4o at https://api.openai.com/v1 · $0.01 per 1k tokens (the article's price)"),
                qPrintable(articlePrice));
            auto *price = page.findChild<QLabel *>(QStringLiteral("tierPrice:medium"));
            // A catalog model: its price, not the tier's.
            medium->setEditText(QStringLiteral("small-priced"));
            const ModelSpec &mini = *m_workbench->catalog().findModel(QStringLiteral("gpt-4o-mini"));
            const QString miniPrice = QStringLiteral("%1 in, %2 out per 1k tokens")
                                          .arg(formatUsdPrecise(mini.inputPricePerMTok / 1000),
                                               formatUsdPrecise(mini.outputPricePerMTok / 1000));
            QVERIFY2(price->text().contains(miniPrice), qPrintable(price->text()));
            // No catalog price: it says so, and shows no figure (the article's $0.0003 for the
            // medium tier would read as real).
            medium->setEditText(QStringLiteral("cheap-ep"));
            QVERIFY2(price->text().startsWith(QStringLiteral("cheap-ep-model at http://127.0.0.1:")),
                     qPrintable(price->text()));
            QVERIFY2(price->text().endsWith(QStringLiteral("price unknown (no catalog price for cheap-ep-model)")),
                     qPrintable(price->text()));
            QVERIFY2(!price->text().contains(QLatin1Char('$')), qPrintable(price->text()));
            page.findChild<QComboBox *>(QStringLiteral("tierCombo:large"))
                ->setEditText(QStringLiteral("openai:gpt-4.1@https://example.invalid/v1"));
            QTRY_VERIFY(QFile::exists(configPath));
        }
        RoutingPage reloaded(*m_workbench, services(configPath));
        QCOMPARE(reloaded.config().mediumEndpoint, QStringLiteral("cheap-ep"));
        QCOMPARE(reloaded.config().largeEndpoint, QStringLiteral("openai:gpt-4.1@https://example.invalid/v1"));
        QCOMPARE(reloaded.config().smallEndpoint, QString());
        QCOMPARE(reloaded.findChild<QComboBox *>(QStringLiteral("tierCombo:medium"))->currentText(),
                 QStringLiteral("cheap-ep"));
        QCOMPARE(reloaded.findChild<QComboBox *>(QStringLiteral("tierCombo:large"))->currentText(),
                 QStringLiteral("openai:gpt-4.1@https://example.invalid/v1"));

        // An unknown name says so where the price would be.
        reloaded.findChild<QComboBox *>(QStringLiteral("tierCombo:small"))
            ->setEditText(QStringLiteral("no-such-endpoint"));
        QVERIFY(reloaded.findChild<QLabel *>(QStringLiteral("tierPrice:small"))
                    ->text()
                    .contains(QStringLiteral("no-such-endpoint")));
    }

    void liveCascadeShowsEachLevel_data()
    {
        QTest::addColumn<QString>("small");
        QTest::addColumn<QString>("large");
        QTest::addRow("priced") << QStringLiteral("small-priced") << QStringLiteral("large-priced");
        QTest::addRow("mixed") << QStringLiteral("small-ep") << QStringLiteral("large-priced");
        QTest::addRow("unpriced") << QStringLiteral("small-ep") << QStringLiteral("large-ep");
    }

    void liveCascadeShowsEachLevel()
    {
        QFETCH(QString, small);
        QFETCH(QString, large);
        RoutingConfig config;
        config.cascadeLevels = {small, large};
        config.cascadeThreshold = 0.8;
        config.assessors = {QStringLiteral("logprob")};
        RoutingPage page(*m_workbench, services(freshConfigPath()));
        page.setConfig(config);
        page.resize(1200, 800);
        page.show();
        m_server->enqueue(answer(QStringLiteral("Sydney"), 0.5));   // level 1: 0.50 < 0.80, escalates
        m_server->enqueue(answer(QStringLiteral("Canberra"), 0.9)); // level 2: 0.90, accepted
        const int before = m_server->requestCount();
        page.findChild<QPlainTextEdit *>(QStringLiteral("livePrompt"))
            ->setPlainText(QStringLiteral("Capital of Australia?"));
        QSignalSpy finished(&page, &RoutingPage::liveFinished);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
        QVERIFY(page.isRunning());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        QVERIFY(finished.wait(10000));
        QVERIFY(!page.isRunning());
        QCOMPARE(m_server->requestCount() - before, 2);
        QVERIFY(m_server->requests().constLast().json().value(QStringLiteral("logprobs")).toBool());

        auto *table = page.findChild<QTableView *>(QStringLiteral("liveTable"));
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(cell(table, 0, 1), small);
        QCOMPARE(cell(table, 0, 2), QStringLiteral("Sydney"));
        QCOMPARE(cell(table, 0, 3), QStringLiteral("0.50"));
        QCOMPARE(cell(table, 0, 6), QStringLiteral("below the threshold"));
        QCOMPARE(cell(table, 1, 1), large);
        QCOMPARE(cell(table, 1, 3), QStringLiteral("0.90"));
        QCOMPARE(cell(table, 1, 6), QStringLiteral("accepted"));
        // 10 tokens in and 1 out at the catalog's prices; an endpoint the catalog does not price
        // costs "unknown", not $0.00 and not the article's tier price.
        auto costOf = [this](const QString &endpoint) -> std::optional<double> {
            const ModelSpec *model = m_workbench->catalog().findModel(m_store->find(endpoint)->catalogModel);
            if (!model)
                return std::nullopt;
            return (10 * model->inputPricePerMTok + model->outputPricePerMTok) / 1e6;
        };
        const std::optional<double> smallCost = costOf(small);
        const std::optional<double> largeCost = costOf(large);
        QCOMPARE(cell(table, 0, 4), smallCost ? formatUsdPrecise(*smallCost) : QStringLiteral("unknown"));
        QCOMPARE(cell(table, 1, 4), largeCost ? formatUsdPrecise(*largeCost) : QStringLiteral("unknown"));
        const QString summary = page.findChild<QLabel *>(QStringLiteral("liveSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("Answered at level 2 by %1 (%1-model)").arg(large)),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("confidence 0.90 ≥ 0.80")), qPrintable(summary));
        QString expected;
        if (smallCost && largeCost) {
            // Both known: the saving (here a loss, the small answer was wasted) is worked out.
            expected = QStringLiteral("Cost %1 against %2 for the largest level alone (%3 % more)")
                           .arg(formatUsdPrecise(*smallCost + *largeCost), formatUsdPrecise(*largeCost),
                                QString::number(std::lround(*smallCost / *largeCost * 100)));
        } else if (largeCost) {
            expected = QStringLiteral("Cost ≥ %1 (1 call(s) unpriced) against %1 for the largest level alone (no "
                                      "saving shown: 1 call(s) had no catalog price)")
                           .arg(formatUsdPrecise(*largeCost));
        } else {
            expected = QStringLiteral("Cost unknown against unknown for the largest level alone (no saving shown: the "
                                      "largest level has no catalog price)");
        }
        QVERIFY2(summary.contains(expected), qPrintable(summary + QStringLiteral("\n") + expected));
        QVERIFY2(!summary.contains(QStringLiteral("$0.00 ")), qPrintable(summary));
        QCOMPARE(page.findChild<QPlainTextEdit *>(QStringLiteral("liveAnswer"))->toPlainText(),
                 QStringLiteral("Canberra"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("liveError"))->isHidden());
    }

    void liveRunErrorsAreShown()
    {
        RoutingConfig config;
        config.cascadeLevels = {QStringLiteral("small-ep"), QStringLiteral("missing-ep")};
        RoutingPage page(*m_workbench, services(freshConfigPath()));
        page.setConfig(config);
        page.show();
        page.findChild<QPlainTextEdit *>(QStringLiteral("livePrompt"))->setPlainText(QStringLiteral("Hi"));
        const Status status = page.runLive();
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QStringLiteral("missing-ep")), qPrintable(status.error()));
        auto *error = page.findChild<QLabel *>(QStringLiteral("liveError"));
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), status.error());
        QVERIFY(!page.isRunning());
    }

    void nothingIsSentToAnEndpointNobodyChose()
    {
        // No cascade level and no tier configured: the article's defaults (one of them a hosted API)
        // must not be called in their place.
        RoutingPage page(*m_workbench, services(freshConfigPath()));
        page.setConfig(RoutingConfig{});
        page.show();
        page.findChild<QPlainTextEdit *>(QStringLiteral("livePrompt"))->setPlainText(QStringLiteral("Hi"));
        const int before = m_server->requestCount();
        for (RoutingPage::LiveMode mode : {RoutingPage::LiveMode::Cascade, RoutingPage::LiveMode::Router}) {
            page.setLiveMode(mode);
            const Status status = page.runLive();
            QVERIFY(!status.ok());
            QVERIFY2(status.error().contains(QStringLiteral("Nothing")), qPrintable(status.error()));
            QVERIFY(!page.isRunning());
        }
        QCOMPARE(m_server->requestCount(), before);
    }

    void simulatorChartHasTheHandComputedCurve()
    {
        // Four prompts, small-ep ($0.001) and large-ep ($0.01). Validation: the answer must be a number.
        // Small answers: "42" (valid, thumb up), "forty-two" (invalid, down), "7" (valid, down), "x" (invalid,
        // unlabelled); every large answer has a thumb up. By hand: t = 0 keeps every small answer:
        // $0.004, quality 1/3 (3 labelled). Any t > 0 escalates the two invalid ones: $0.024, quality 3/4.
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("history.sqlite"))).ok());
        const QStringList small{QStringLiteral("42"), QStringLiteral("forty-two"), QStringLiteral("7"),
                                QStringLiteral("x")};
        const QList<int> smallThumbs{1, -1, -1, 0};
        QList<RunRecord> runs;
        for (int i = 0; i < 4; ++i) {
            RunRecord run;
            run.startedAt = QDateTime(QDate(2026, 5, 1), QTime(10, i), QTimeZone::utc());
            run.prompt.user = QStringLiteral("Question %1").arg(i);
            run.responses = {response(0, QStringLiteral("small-ep"), small.at(i), 0.001),
                             response(1, QStringLiteral("large-ep"), QString::number(40 + i), 0.01)};
            runs.append(run);
        }
        RunRepository repository(db);
        VoteRepository votes(db);
        for (int i = 0; i < 4; ++i) {
            QVERIFY(repository.insertRun(runs[i]).ok());
            if (smallThumbs.at(i) != 0)
                QVERIFY(votes.setThumb({runs.at(i).id, 0, smallThumbs.at(i), QDateTime::currentDateTimeUtc()}).ok());
            QVERIFY(votes.setThumb({runs.at(i).id, 1, 1, QDateTime::currentDateTimeUtc()}).ok());
        }

        RoutingConfig config;
        config.validationRegex = QStringLiteral("^\\d+$");
        RoutingPage page(*m_workbench, services(freshConfigPath()));
        page.setConfig(config);
        QVERIFY(!page.simulate().ok()); // no database yet: says so
        page.setDatabase(&db);
        page.findChild<QComboBox *>(QStringLiteral("simLevels"))->setCurrentIndex(1);     // the runs' endpoints by cost
        page.findChild<QComboBox *>(QStringLiteral("simConfidence"))->setCurrentIndex(0); // validation
        page.findChild<QDoubleSpinBox *>(QStringLiteral("simTarget"))->setValue(0.7);
        const Status status = page.simulate();
        QVERIFY2(status.ok(), qPrintable(status.error()));

        QChart *chart = page.simulationChart();
        auto series = [chart](const char *name) {
            for (QAbstractSeries *s : chart->series()) {
                if (s->objectName() == QLatin1String(name))
                    return static_cast<QXYSeries *>(s);
            }
            return static_cast<QXYSeries *>(nullptr);
        };
        QXYSeries *curve = series(CascadeSimulationSeries::curve);
        QVERIFY(curve);
        QCOMPARE(curve->count(), 21); // thresholds 0, 0.05, … 1
        QCOMPARE(curve->at(0), QPointF(0.004, 1.0 / 3.0));
        for (int i = 1; i < 21; ++i)
            QCOMPARE(curve->at(i), QPointF(0.024, 0.75));
        QCOMPARE(series(CascadeSimulationSeries::thresholds)->count(), 21);
        QCOMPARE(series(CascadeSimulationSeries::alwaysSmall)->at(0), QPointF(0.004, 1.0 / 3.0));
        QCOMPARE(series(CascadeSimulationSeries::alwaysLarge)->at(0), QPointF(0.04, 1.0));
        QXYSeries *best = series(CascadeSimulationSeries::best);
        QVERIFY(best);
        QCOMPARE(best->count(), 1);
        QCOMPARE(best->at(0), QPointF(0.024, 0.75));
        QCOMPARE(best->pointLabelsFormat(), QStringLiteral("t = 0.05"));
        QCOMPARE(series(CascadeSimulationSeries::target)->at(0).y(), 0.7);

        auto *table = page.findChild<QTableView *>(QStringLiteral("simTable"));
        QCOMPARE(table->model()->rowCount(), 4); // always small, t = 0, t = 0.05–1 (one outcome), always large
        QCOMPARE(cell(table, 0, 0), QStringLiteral("Always small"));
        QCOMPARE(cell(table, 1, 0), QStringLiteral("t = 0.00"));
        QCOMPARE(cell(table, 3, 0), QStringLiteral("Always large"));
        QCOMPARE(cell(table, 3, 3), QStringLiteral("$0.04"));
        QCOMPARE(cell(table, 2, 0), QStringLiteral("t = 0.05–1.00 ◀ target"));
        QCOMPARE(cell(table, 2, 1), QStringLiteral("50 %"));
        QCOMPARE(cell(table, 2, 3), QStringLiteral("$0.024"));
        QCOMPARE(cell(table, 2, 4), QStringLiteral("0.750"));
        QVERIFY2(page.findChild<QLabel *>(QStringLiteral("simStatus"))
                     ->text()
                     .startsWith(
                         QStringLiteral("4 prompt(s) replayed · 8 of 8 answers have a confidence, 7 a quality label.")),
                 qPrintable(page.findChild<QLabel *>(QStringLiteral("simStatus"))->text()));

        const std::optional<MemoCascadeSimulation> memo = page.memoSimulation();
        QVERIFY(memo);
        QCOMPARE(memo->levelNames, (QStringList{QStringLiteral("small-ep"), QStringLiteral("large-ep")}));
        QCOMPARE(memo->simulation.bestIndex, 1);
        // The memo carries the simulation: its own section, and its chart next to a Markdown memo.
        MemoExportOptions options;
        options.cascade = memo;
        const QString memoPath = m_dir.filePath(QStringLiteral("memo.md"));
        const Status written = exportMemo(*m_workbench, memoPath, options);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QVERIFY(QImage(m_dir.filePath(QStringLiteral("memo-cascade-simulation.png"))).width() > 0);
        QFile memoFile(memoPath);
        QVERIFY(memoFile.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(memoFile.readAll());
        QVERIFY(markdown.contains(QStringLiteral("## Cascade simulation")));
        QVERIFY(markdown.contains(QStringLiteral("(memo-cascade-simulation.png)")));
        QVERIFY2(markdown.contains(QStringLiteral(
                     "| Cascade (chosen) | 0.05–1.00 | small-ep 50 %, large-ep 50 % | $0.024 | 0.750 |")),
                 qPrintable(markdown));
        page.findChild<QCheckBox *>(QStringLiteral("simInMemo"))->setChecked(false);
        QVERIFY(!page.memoSimulation());

        const QString png = m_dir.filePath(QStringLiteral("cascade.png"));
        QVERIFY(page.exportSimulationChart(png).ok());
        QVERIFY(QImage(png).width() > 0);
    }

    /// Not a check: with RIGHTSIZE_SCREENSHOT_DIR set (run under Xvfb), saves pictures of the page
    /// for the documentation.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("RIGHTSIZE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("RIGHTSIZE_SCREENSHOT_DIR is not set");
        Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("screenshot.sqlite"))).ok());
        RunRepository repository(db);
        VoteRepository votes(db);
        const QStringList names{QStringLiteral("phi-3-mini (local)"), QStringLiteral("gpt-4o-mini"),
                                QStringLiteral("gpt-4o")};
        const double costs[] = {0.0002, 0.0015, 0.025};
        for (int i = 0; i < 24; ++i) {
            RunRecord run;
            run.startedAt = QDateTime(QDate(2026, 5, 2), QTime(9, i), QTimeZone::utc());
            run.prompt.user = QStringLiteral("How many items are listed in ticket %1? Answer with a number.").arg(i);
            for (int level = 0; level < 3; ++level) {
                // Smaller models wander off the format more often, and are wrong more often.
                const bool valid = (i * (level + 3)) % (7 - 2 * level) != 0 || level == 2;
                run.responses.append(response(level, names.at(level),
                                              valid ? QString::number(i % 9 + 1) : QStringLiteral("Several items."),
                                              costs[level] * (1.0 + (i % 5) * 0.1)));
            }
            QVERIFY(repository.insertRun(run).ok());
            for (int level = 0; level < 3; ++level) {
                const bool valid = !run.responses.at(level).result.text.startsWith(QLatin1Char('S'));
                const bool right = valid && (i + level) % (level == 0 ? 4 : 6) != 0;
                QVERIFY(votes.setThumb({run.id, level, right ? 1 : -1, QDateTime::currentDateTimeUtc()}).ok());
            }
        }
        RoutingConfig config;
        config.cascadeLevels = names;
        config.validationRegex = QStringLiteral("^\\d+$");
        config.assessors = {QStringLiteral("validation"), QStringLiteral("logprob")};
        RoutingPage page(*m_workbench, services(freshConfigPath()));
        page.setConfig(config);
        page.setDatabase(&db);
        page.resize(1320, 840);
        page.show();
        page.findChild<QDoubleSpinBox *>(QStringLiteral("simTarget"))->setValue(0.75);
        QVERIFY(page.simulate().ok());
        auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("routingTabs"));
        tabs->setCurrentIndex(3);
        QTest::qWait(200);
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("routing.png"))));
        tabs->setCurrentIndex(0);
        page.findChild<QComboBox *>(QStringLiteral("previewQuality"))->setCurrentIndex(1);
        page.findChild<QComboBox *>(QStringLiteral("tierCombo:small"))->setEditText(QStringLiteral("small-ep"));
        QTest::qWait(200);
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("routing-router.png"))));
        tabs->setCurrentIndex(1);
        QTest::qWait(100);
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("routing-cascade.png"))));
        m_server->enqueue(answer(QStringLiteral("Sydney"), 0.5));
        m_server->enqueue(answer(QStringLiteral("Canberra"), 0.93));
        config.cascadeLevels = {QStringLiteral("small-ep"), QStringLiteral("large-ep")};
        config.assessors = {QStringLiteral("logprob")};
        page.setConfig(config);
        tabs->setCurrentIndex(2);
        page.findChild<QPlainTextEdit *>(QStringLiteral("livePrompt"))
            ->setPlainText(QStringLiteral("What is the capital of Australia? One word."));
        QSignalSpy finished(&page, &RoutingPage::liveFinished);
        QVERIFY(page.runLive().ok());
        QVERIFY(finished.wait(10000));
        QTest::qWait(100);
        QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("routing-live.png"))));
    }
};

QTEST_MAIN(TestRoutingPage)
#include "tst_routingpage.moc"
