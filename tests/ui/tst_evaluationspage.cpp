// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogregistry.h"
#include "decision/workbench.h"
#include "eval/evalsession.h"
#include "eval/evalstatistics.h"
#include "eventloopwatch.h"
#include "fakehttpserver.h"
#include "models/evalmatrixmodel.h"
#include "models/evalsummarymodel.h"
#include "models/ratingtablemodel.h"
#include "pages/evaluationspage.h"
#include "providers/chatclient.h"
#include "providers/endpointstore.h"
#include "providerstreams.h"
#include "secrets/apikeystore.h"
#include "store/database.h"
#include "store/evalrepository.h"
#include "store/runrepository.h"
#include "store/voterepository.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <cmath>

namespace {

/// An OpenAI-style stream answering `text` with 100 input and 10 output tokens.
FakeResponse answer(const QString &text, int delayMs = 0)
{
    FakeResponse response = FakeResponse::sse({ProviderStreams::openAiAnswer(text, ProviderStreams::Usage{100, 10})});
    response.headerDelayMs = delayMs;
    return response;
}

QString userMessage(const RecordedRequest &request)
{
    return request.json()
        .value(QStringLiteral("messages"))
        .toArray()
        .last()
        .toObject()
        .value(QStringLiteral("content"))
        .toString();
}

} // namespace

/// The Evaluations page against two loopback endpoints: import (and its errors), the case
/// editor, a run's exact matrix and figures, the failed cell's reason, cancel and resume,
/// comparison of two runs, "Use as quality", and the offer to resume an interrupted run.
class TestEvaluationsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CatalogRegistry> m_registry;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<EndpointStore> m_store;
    std::unique_ptr<ApiKeyStore> m_keys;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ChatClient> m_client;
    std::unique_ptr<FakeHttpServer> m_small;
    std::unique_ptr<FakeHttpServer> m_large;
    std::unique_ptr<EvaluationsPage> m_page;
    QString m_smallModel;
    QString m_largeModel;
    int m_dbCount = 0;

    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    /// Imports the fixture (three cases: capital, quote, multiline), gives it a template and
    /// checks both endpoints.
    void prepareFixtureRun()
    {
        QVERIFY(m_page->importFile(TestPaths::fixture(QStringLiteral("eval/cases.csv"))).ok());
        child<QPlainTextEdit>("templateEdit")->setPlainText(QStringLiteral("Q: {{question}}"));
        QVERIFY(m_page->saveCurrentSet().ok());
        m_page->setCheckedEndpoints({QStringLiteral("small"), QStringLiteral("large")});
        // One call at a time: each fake server sees its cases in order.
        child<QSpinBox>("concurrencySpin")->setValue(1);
    }

    void scriptFirstRun()
    {
        // capital: contains Paris + icontains paris; quote: equals "hi hi"; multiline: regex ^\d+$ + not-contains sorry.
        m_small->enqueue(answer(QStringLiteral("Paris")));
        m_small->enqueue(answer(QStringLiteral("hi")));
        m_small->enqueue(answer(QStringLiteral("42")));
        m_large->enqueue(answer(QStringLiteral("paris")));
        m_large->enqueue(answer(QStringLiteral("hi hi")));
        m_large->enqueue(answer(QStringLiteral("sorry")));
    }

    bool runToEnd()
    {
        QSignalSpy finished(m_page.get(), &EvaluationsPage::runFinished);
        if (!m_page->run().ok())
            return false;
        return finished.wait(10000) && !finished.first().at(1).toBool();
    }

    /// promptfoo's cases.csv (six cases with __metadata columns), run on "small", which answers "Paris".
    bool runPromptfooCasesOnSmall()
    {
        if (!m_page->importFile(TestPaths::fixture(QStringLiteral("eval/promptfoo/cases.csv"))).ok())
            return false;
        child<QPlainTextEdit>("templateEdit")->setPlainText(QStringLiteral("{{question}}"));
        if (!m_page->saveCurrentSet().ok())
            return false;
        m_page->setCheckedEndpoints({QStringLiteral("small")});
        m_small->setFallback(answer(QStringLiteral("Paris")));
        return runToEnd();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_registry = std::make_unique<CatalogRegistry>(m_dir.filePath(QStringLiteral("catalogs")));
        m_workbench = std::make_unique<Workbench>(*m_registry);
        QVERIFY(m_workbench->setCatalog(QStringLiteral("current")).ok());
        m_smallModel = m_workbench->catalog().models.at(0).id;
        m_largeModel = m_workbench->catalog().models.at(1).id;
        m_database = std::make_unique<Database>();
        QVERIFY(m_database->open(m_dir.filePath(QStringLiteral("history%1.sqlite").arg(++m_dbCount))).ok());
        m_small = std::make_unique<FakeHttpServer>();
        m_large = std::make_unique<FakeHttpServer>();
        m_store = std::make_unique<EndpointStore>(m_dir.filePath(QStringLiteral("endpoints%1.json").arg(m_dbCount)));
        for (const auto &[name, server, model] : {std::tuple{QStringLiteral("small"), m_small.get(), m_smallModel},
                                                  std::tuple{QStringLiteral("large"), m_large.get(), m_largeModel}}) {
            Endpoint e;
            e.name = name;
            e.kind = EndpointKind::OpenAi;
            e.baseUrl = server->url(QStringLiteral("/v1"));
            e.model = QStringLiteral("tiny");
            e.catalogModel = model;
            e.maxTimeMs = 10000;
            e.idleTimeoutMs = 5000;
            QVERIFY(m_store->add(e).ok());
        }
        m_keys = std::make_unique<ApiKeyStore>(nullptr, [](const QString &) { return QString(); });
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ChatClient>(m_network.get());
        RetryPolicy policy;
        policy.maxRetries = 0;
        m_client->setRetryPolicy(policy);
        EvaluationsPage::Services services{m_store.get(), m_keys.get(), m_client.get()};
        m_page = std::make_unique<EvaluationsPage>(*m_workbench, services);
        m_page->setDatabase(m_database.get());
        m_page->resize(1300, 850);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_client.reset();
        m_network.reset();
        m_small.reset();
        m_large.reset();
        m_database.reset();
    }

    void emptyStatesSayWhatToDo()
    {
        auto *noSets = child<QLabel>("noSetsHint");
        QVERIFY(noSets->isVisible());
        QVERIFY(noSets->text().startsWith(QStringLiteral("No evaluation sets yet. Import a CSV")));
        QVERIFY(child<QLabel>("noEndpointsHint")->isHidden());
        QVERIFY(child<QLabel>("noResultsHint")->text().startsWith(QStringLiteral("Import an evaluation set (Ctrl+I)")));
        QVERIFY(!m_page->run().ok());
        QCOMPARE(child<QLabel>("errorLabel")->text(),
                 QStringLiteral("Choose an evaluation set first, or import one (Ctrl+I)."));

        EndpointStore none(m_dir.filePath(QStringLiteral("none.json")));
        EvaluationsPage fresh(*m_workbench, {&none, m_keys.get(), m_client.get()});
        fresh.setDatabase(m_database.get());
        auto *hint = fresh.findChild<QLabel *>(QStringLiteral("noEndpointsHint"));
        QVERIFY(!hint->isHidden());
        QVERIFY(hint->text().contains(QStringLiteral("Endpoints…")));
    }

    void badFileIsRejectedWithLineAndField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("error");
        QTest::addRow("csv unknown type")
            << QStringLiteral("bad.csv") << QByteArray("question,__expected\nok,contains: a\nq2,containz: b\n")
            << QStringLiteral("bad.csv line 3: __expected: unknown assertion type \"containz\" "
                              "(write \"equals: containz: b\" for plain text)");
        QTest::addRow("jsonl bad json") << QStringLiteral("bad.jsonl")
                                        << QByteArray("{\"vars\": {\"q\": \"a\"}}\n{\"vars\": \n") << QString();
    }

    void badFileIsRejectedWithLineAndField()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, error);
        const QString path = m_dir.filePath(file);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();
        const Status imported = m_page->importFile(path);
        QVERIFY(!imported.ok());
        auto *label = child<QLabel>("errorLabel");
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), imported.error());
        if (!error.isEmpty())
            QCOMPARE(imported.error(), error);
        else
            QVERIFY2(imported.error().startsWith(file + QStringLiteral(" line 2")), qPrintable(imported.error()));
        QVERIFY(m_page->setNames().isEmpty()); // nothing changed
        QVERIFY(m_page->currentSetName().isEmpty());
    }

    void importsAPromptfooConfigAndListsWhatItSkips()
    {
        QVERIFY(
            m_page->importFile(TestPaths::fixture(QStringLiteral("eval/promptfoo/config/promptfooconfig.yaml"))).ok());
        QCOMPARE(m_page->setNames(),
                 (QStringList{QStringLiteral("Capitals · Answer briefly: {{question}}"),
                              QStringLiteral("Capitals · capital.txt")}));
        auto *notes = child<QLabel>("importNotes");
        QVERIFY(notes->isVisible());
        QVERIFY2(notes->text().contains(QStringLiteral("promptfooconfig.yaml line 37: assert type \"javascript\"")),
                 qPrintable(notes->text()));
        QVERIFY(notes->text().contains(QStringLiteral("promptfooconfig.yaml line 19: provider bedrock:")));
        // The next import's notes replace these (cases.csv has one variable: only its template note).
        QVERIFY(m_page->importFile(TestPaths::fixture(QStringLiteral("eval/cases.csv"))).ok());
        QVERIFY2(!notes->text().contains(QStringLiteral("Skipped")), qPrintable(notes->text()));
        QVERIFY(!m_page->importFile(TestPaths::fixture(QStringLiteral("eval/promptfoo/config/broken.yaml"))).ok());
        QVERIFY(child<QLabel>("errorLabel")->text().startsWith(QStringLiteral("broken.yaml line 5: ")));
        QCOMPARE(m_page->setNames().size(), 3); // nothing more imported
    }

    void oneColumnFileGetsItsColumnAsTemplate()
    {
        const QString path = m_dir.filePath(QStringLiteral("questions.csv"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("question\nWhat is 2 + 2?\nName a prime.\n");
        out.close();
        QVERIFY(m_page->importFile(path).ok());
        QCOMPARE(m_page->currentSet().prompt.user, QStringLiteral("{{question}}"));
        QVERIFY(m_page->currentSet().prompt.system.isEmpty());
        auto *notes = child<QLabel>("importNotes");
        QVERIFY(notes->isVisible());
        QVERIFY2(notes->text().contains(QStringLiteral("“question”")), qPrintable(notes->text()));
        // Two variables: no guess, the user writes the template.
        const QString two = m_dir.filePath(QStringLiteral("pairs.csv"));
        QFile pairs(two);
        QVERIFY(pairs.open(QIODevice::WriteOnly));
        pairs.write("city,country\nParis,France\n");
        pairs.close();
        QVERIFY(m_page->importFile(two).ok());
        QVERIFY(m_page->currentSet().prompt.isEmpty());
        QVERIFY(notes->isHidden());
    }

    void importsAndEditsCases()
    {
        QVERIFY(m_page->importFile(TestPaths::fixture(QStringLiteral("eval/cases.csv"))).ok());
        QCOMPARE(m_page->setNames(), QStringList{QStringLiteral("cases")});
        QVERIFY(child<QLabel>("noSetsHint")->isHidden());
        auto *table = child<QTableView>("caseTable");
        QAbstractItemModel *cases = table->model();
        QAbstractItemModelTester tester(cases);
        QCOMPARE(cases->rowCount(), 3);
        // Description, {{question}}, assertions, reference answer, weight.
        QCOMPARE(cases->columnCount(), 5);
        QCOMPARE(cases->headerData(1, Qt::Horizontal).toString(), QStringLiteral("{{question}}"));
        QCOMPARE(cases->index(0, 0).data().toString(), QStringLiteral("capital"));
        QCOMPARE(cases->index(0, 2).data().toString(), QStringLiteral("contains: Paris\nicontains: paris"));
        QCOMPARE(cases->index(2, 1).data().toString(),
                 QStringLiteral("Two\r\nlines")); // the fixture has CRLF line ends

        // A bad assertion is refused with the case and the line named; the case keeps its checks.
        cases->setData(cases->index(0, 2), QStringLiteral("contains: Paris\ncontainz: Lyon"));
        auto *caseError = child<QLabel>("caseError");
        QVERIFY(!caseError->isHidden());
        QVERIFY2(caseError->text().startsWith(
                     QStringLiteral("capital, assertion line 2: unknown assertion type \"containz\"")),
                 qPrintable(caseError->text()));
        QCOMPARE(m_page->currentSet().cases.at(0).assertions.size(), 2);
        QTRY_COMPARE(cases->index(0, 2).data().toString(), QStringLiteral("contains: Paris\nicontains: paris"));

        // Edits, add, duplicate, remove; saved and read back.
        cases->setData(cases->index(0, 2), QStringLiteral("starts-with: Paris\nnot-icontains: lyon"));
        QCOMPARE(m_page->currentSet().cases.at(0).assertions.size(), 2);
        QCOMPARE(m_page->currentSet().cases.at(0).assertions.at(1).typeName(), QStringLiteral("not-icontains"));
        child<QPushButton>("addCaseButton")->click();
        QCOMPARE(cases->rowCount(), 4);
        QTest::keyClick(table->viewport()->focusWidget() ? table->viewport()->focusWidget() : table, Qt::Key_Escape);
        table->setCurrentIndex(cases->index(1, 0));
        child<QPushButton>("duplicateCaseButton")->click();
        QCOMPARE(cases->rowCount(), 5);
        QCOMPARE(cases->index(2, 0).data().toString(), QStringLiteral("quote (copy)"));
        table->setCurrentIndex(cases->index(3, 0));
        table->selectRow(3);
        child<QPushButton>("removeCaseButton")->click();
        QCOMPARE(cases->rowCount(), 4);
        QCOMPARE(cases->index(3, 0).data().toString(), QString()); // the added case moved up
        child<QPlainTextEdit>("templateEdit")->setPlainText(QStringLiteral("Answer {{question}} in {{lang}}"));
        QCOMPARE(cases->columnCount(), 6);
        QCOMPARE(cases->headerData(2, Qt::Horizontal).toString(), QStringLiteral("{{lang}}"));
        QVERIFY(child<QPushButton>("saveSetButton")->isEnabled());
        QVERIFY(m_page->saveCurrentSet().ok());
        EvalRepository repository(*m_database);
        const EvalSet stored = repository.loadSet(QStringLiteral("cases")).value();
        QCOMPARE(stored.cases.size(), 4);
        QCOMPARE(stored.prompt.user, QStringLiteral("Answer {{question}} in {{lang}}"));
        QCOMPARE(stored.cases.at(0).assertions.at(0).typeName(), QStringLiteral("starts-with"));
        QCOMPARE(stored.cases.at(2).description, QStringLiteral("quote (copy)"));

        QVERIFY(m_page->deleteSet(QStringLiteral("cases")).ok());
        QVERIFY(m_page->setNames().isEmpty());
        QCOMPARE(cases->rowCount(), 0);
    }

    void runShowsTheExactMatrix()
    {
        QAbstractItemModelTester tester(m_page->matrixModel());
        QAbstractItemModelTester summaryTester(m_page->summaryModel());
        prepareFixtureRun();
        scriptFirstRun();
        QVERIFY(runToEnd());

        EvalMatrixModel *model = m_page->matrixModel();
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("small"));
        QCOMPARE(model->headerData(1, Qt::Vertical).toString(), QStringLiteral("quote"));
        QCOMPARE(model->verdictText(), QStringLiteral("PASS | FAIL\nFAIL | PASS\nPASS | FAIL"));
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("PASS · 1.00"));
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("FAIL · 0.50"));
        QCOMPARE(model->index(2, 1).data().toString(), QStringLiteral("FAIL · 0.00"));
        QVERIFY(
            model->index(0, 0).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Score 1.00 · latency ")));
        QCOMPARE(userMessage(m_small->requests().at(1)), QStringLiteral("Q: Say \"hi\", twice"));

        EvalSummaryModel *summary = m_page->summaryModel();
        QCOMPARE(summary->rowCount(), 2);
        QCOMPARE(summary->index(0, EvalSummaryModel::PassRate).data().toString(), QStringLiteral("66.7 % (2 of 3)"));
        QCOMPARE(summary->index(1, EvalSummaryModel::PassRate).data().toString(), QStringLiteral("33.3 % (1 of 3)"));
        const EvalStatistics::Interval wilson = EvalStatistics::wilson(2, 3);
        QCOMPARE(summary->index(0, EvalSummaryModel::Interval).data(EvalSummaryModel::ValueRole).toDouble(),
                 wilson.low);
        QCOMPARE(summary->index(0, EvalSummaryModel::Interval).data().toString(), QStringLiteral("20.8 % – 93.9 %"));
        QCOMPARE(summary->index(0, EvalSummaryModel::Results).data().toInt(), 3);
        const ModelSpec *small = m_workbench->catalog().findModel(m_smallModel);
        const double perCase = (100 * small->inputPricePerMTok + 10 * small->outputPricePerMTok) / 1e6;
        QCOMPARE(summary->index(0, EvalSummaryModel::CostPerCase).data(EvalSummaryModel::ValueRole).toDouble(),
                 perCase);
        QVERIFY(summary->index(0, EvalSummaryModel::P50Latency).data().toString().endsWith(QStringLiteral(" ms")));

        // Clicking the failed cell (quote on small) shows the prompt, the answer and the reason.
        auto *view = child<QTableView>("matrixView");
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model->index(1, 0)).center());
        const QString detail = m_page->cellDetailText();
        QVERIFY2(detail.contains(QStringLiteral("Q: Say \"hi\", twice")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("FAIL")), qPrintable(detail));
        QVERIFY2(detail.contains(QStringLiteral("✗ equals — ")), qPrintable(detail));
        const QString reason = model->matrix().cell(1, 0).failureReasons.value(0);
        QVERIFY(!reason.isEmpty());
        QVERIFY2(detail.contains(reason), qPrintable(detail));

        // Stored as it ran: one finished run with six results.
        EvalRepository repository(*m_database);
        const QList<EvalRunInfo> runs = repository.runs(QStringLiteral("cases")).value();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().status, EvalRunInfo::Status::Finished);
        QCOMPARE(runs.first().done, 6);
        QCOMPARE(runs.first().passed, 3);
        QCOMPARE(m_page->shownRunId(), runs.first().id);
        QCOMPARE(child<QProgressBar>("progressBar")->value(), 6);
        QCOMPARE(child<QLabel>("progressLabel")->text(), QStringLiteral("Finished: 3 of 6 results passed."));

        // Export…: the shown run as promptfoo's results file, with the run's id and provider ids.
        QVERIFY(child<QPushButton>("exportResultsButton")->isEnabled());
        const QString exported = m_dir.filePath(QStringLiteral("promptfoo.json"));
        QVERIFY(m_page->exportShownRun(exported, EvalExport::Format::Promptfoo).ok());
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject promptfoo = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(promptfoo.value(QStringLiteral("evalId")).toString(),
                 QStringLiteral("rightsize-run-%1").arg(runs.first().id));
        const QJsonObject stats =
            promptfoo.value(QStringLiteral("results")).toObject().value(QStringLiteral("stats")).toObject();
        QCOMPARE(stats.value(QStringLiteral("successes")).toInt(), 3);
        QCOMPARE(stats.value(QStringLiteral("failures")).toInt(), 3);
        QCOMPARE(
            promptfoo.value(QStringLiteral("results")).toObject().value(QStringLiteral("results")).toArray().size(), 6);

        // Use as quality: the pass rates become the recommendation's quality benchmark.
        QVERIFY(m_page->useAsQuality().ok());
        // Three cases prove little, and the message says so.
        QVERIFY2(child<QLabel>("runInfo")->text().contains(QStringLiteral("Caution: 3 case(s) prove little")),
                 qPrintable(child<QLabel>("runInfo")->text()));
        QCOMPARE(m_workbench->input().qualityBenchmark, QStringLiteral("eval:cases"));
        QCOMPARE(m_workbench->recommendation().qualityBenchmark, QStringLiteral("eval:cases"));
        const QualityScore *score = m_workbench->catalog().findModel(m_smallModel)->score(QStringLiteral("eval:cases"));
        QVERIFY(score);
        QCOMPARE(score->value, 2.0 / 3.0);
        QCOMPARE(m_workbench->catalog().findModel(m_largeModel)->score(QStringLiteral("eval:cases"))->value, 1.0 / 3.0);
        // The evidence decides: neither evaluated model is in the tier shown, so no unevaluated model
        // becomes the pick; the note names the better evaluated one and its pass rate as people read it.
        {
            const Recommendation &r = m_workbench->recommendation();
            QVERIFY(!r.picks.value);
            QVERIFY2(r.picks.note.contains(QStringLiteral("the closest is %1 (").arg(m_smallModel)) &&
                         r.picks.note.contains(QStringLiteral(" at 0.667, a near miss")),
                     qPrintable(r.picks.note));
        }
        // Kept when the catalog is loaded again.
        QVERIFY(m_workbench->setCatalog(QStringLiteral("current")).ok());
        QVERIFY(m_workbench->catalog().findModel(m_smallModel)->score(QStringLiteral("eval:cases")));
    }

    void metadataFilterHidesOtherCases()
    {
        // promptfoo's __metadata:NAME columns (tests/fixtures/eval/promptfoo/cases.csv) filter the matrix.
        QVERIFY(runPromptfooCasesOnSmall());
        auto *view = child<QTableView>("matrixView");
        auto *filter = child<QLineEdit>("metadataFilter");
        QVERIFY(view && filter);
        const auto visibleRows = [view, this] {
            QList<int> rows;
            for (int row = 0; row < m_page->matrixModel()->rowCount(); ++row)
                if (!view->isRowHidden(row))
                    rows.append(row);
            return rows;
        };
        QCOMPARE(visibleRows(), (QList<int>{0, 1, 2, 3, 4, 5}));
        QTest::keyClicks(filter, QStringLiteral("category=geography"));
        QCOMPARE(visibleRows(), (QList<int>{0, 2}));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("tags=regex"));
        QCOMPARE(visibleRows(), (QList<int>{4}));
        filter->clear();
        QCOMPARE(visibleRows(), (QList<int>{0, 1, 2, 3, 4, 5}));
    }

    void summaryCoversTheCasesTheFilterShows()
    {
        QVERIFY(runPromptfooCasesOnSmall());
        auto *filter = child<QLineEdit>("metadataFilter");
        auto *note = child<QLabel>("summaryFilterNote");
        QVERIFY(filter && note);
        EvalSummaryModel *summary = m_page->summaryModel();
        QAbstractItemModelTester tester(summary);
        const EvalMatrix &matrix = m_page->matrixModel()->matrix();
        const auto passesOf = [&matrix](const QList<int> &rows) {
            int passes = 0;
            for (int row : rows)
                passes += matrix.cell(row, 0).passes;
            return passes;
        };
        const auto results = [summary] { return summary->index(0, EvalSummaryModel::Results).data().toInt(); };
        const auto passRate = [summary] { return summary->index(0, EvalSummaryModel::PassRate).data().toString(); };

        QCOMPARE(results(), 6);
        QVERIFY(note->isHidden());
        const int allPasses = passesOf({0, 1, 2, 3, 4, 5});
        QVERIFY(passRate().endsWith(QStringLiteral("(%1 of 6)").arg(allPasses)));

        // category=geography shows cases 0 and 2: the summary counts those two, and says so.
        QTest::keyClicks(filter, QStringLiteral("category=geography"));
        QCOMPARE(results(), 2);
        QVERIFY2(passRate().endsWith(QStringLiteral("(%1 of 2)").arg(passesOf({0, 2}))), qPrintable(passRate()));
        QVERIFY(!note->isHidden());
        QCOMPARE(note->text(),
                 QStringLiteral("The summary covers the 2 of 6 cases the filter shows; clear the filter "
                                "for the whole run. Use as quality and Compare with… always count every "
                                "case."));
        QCOMPARE(summary->index(0, EvalSummaryModel::Model).data().toString(), m_smallModel);

        // A filter that matches no case: no pass rate, not 0 %.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("category=nothing-like-this"));
        QCOMPARE(results(), 0);
        QCOMPARE(passRate(), QStringLiteral("no results"));
        QVERIFY(!summary->index(0, EvalSummaryModel::PassRate).data(EvalSummaryModel::ValueRole).isValid());
        QVERIFY(note->text().startsWith(QStringLiteral("The summary covers the 0 of 6 cases")));

        // Cleared: the whole run again, and no note.
        filter->clear();
        QCOMPARE(results(), 6);
        QVERIFY(passRate().endsWith(QStringLiteral("(%1 of 6)").arg(allPasses)));
        QVERIFY(note->isHidden());
    }

    /// Compare votes stored in the page's database: large beats small twice, loses once, one tie
    /// and one "both bad". Bradley–Terry with two models: s_large / s_small = 2.5 / 1.5, the
    /// geometric mean at 1000, so large is 1000 + 200·log10(5/3) and small the mirror image.
    void ratingsTabShowsStoredVotes()
    {
        QAbstractItemModel *table = child<QTableView>("ratingsTable")->model();
        QAbstractItemModelTester tester(table);
        auto *hint = child<QLabel>("noVotesHint");
        QVERIFY(m_page->ratings().isEmpty());
        QCOMPARE(hint->text(), QStringLiteral("No votes yet: vote on the Compare page after a run (blind mode)."));
        QVERIFY(!child<QPushButton>("useRatingsButton")->isEnabled());
        QVERIFY(!m_page->useRatingsAsQuality().ok());

        RunRecord run;
        run.startedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());
        run.origin = QStringLiteral("compare");
        run.prompt.user = QStringLiteral("Which river is longest?");
        for (const auto &[position, name, model] : {std::tuple{0, QStringLiteral("small"), m_smallModel},
                                                    std::tuple{1, QStringLiteral("large"), m_largeModel}}) {
            ResponseRecord response;
            response.position = position;
            response.endpoint.name = name;
            response.endpoint.model = QStringLiteral("tiny");
            response.endpoint.catalogModel = model;
            response.endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/v1"));
            response.status = ResponseRecord::Status::Complete;
            response.result.text = QStringLiteral("The Nile");
            run.responses.append(response);
        }
        QVERIFY(RunRepository(*m_database).insertRun(run).ok());
        VoteRepository votes(*m_database);
        for (const Vote::Outcome outcome : {Vote::BBetter, Vote::BBetter, Vote::ABetter, Vote::Tie, Vote::BothBad})
            QVERIFY(votes.addVote({run.id, 0, 1, outcome, {}}).ok());

        QTest::mouseClick(child<QPushButton>("refreshRatingsButton"), Qt::LeftButton);
        QVERIFY(hint->isHidden());
        QCOMPARE(table->rowCount(), 2);
        const double large = 1000 + 200 * std::log10(5.0 / 3.0);
        const double small = 1000 - 200 * std::log10(5.0 / 3.0);
        const QLocale locale;
        const QStringList expected[] = {
            {m_largeModel, locale.toString(large, 'f', 0), QString(), QStringLiteral("5"), QStringLiteral("2"),
             QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1")},
            {m_smallModel, locale.toString(small, 'f', 0), QString(), QStringLiteral("5"), QStringLiteral("1"),
             QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1")}};
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < 8; ++column) {
                if (column != 2)
                    QCOMPARE(table->index(row, column).data().toString(), expected[row].at(column));
            }
            const double rating = table->index(row, 1).data(RatingTableModel::ValueRole).toDouble();
            QVERIFY(std::abs(rating - (row == 0 ? large : small)) < 1e-6);
            const QVariantList interval = table->index(row, 2).data(RatingTableModel::ValueRole).toList();
            QCOMPARE(interval.size(), 2);
            QVERIFY(interval.at(0).toDouble() <= rating && rating <= interval.at(1).toDouble());
            QCOMPARE(table->index(row, 2).data().toString(),
                     QStringLiteral("%1 – %2").arg(locale.toString(interval.at(0).toDouble(), 'f', 0),
                                                   locale.toString(interval.at(1).toDouble(), 'f', 0)));
        }
        QCOMPARE(child<QLabel>("ratingsInfo")->text(),
                 QStringLiteral("Bradley–Terry ratings from 5 vote(s) cast on the Compare page."));

        // Use as quality: the ratings become the recommendation's quality benchmark.
        auto *forget = child<QPushButton>("forgetQualityButton");
        QVERIFY(!forget->isEnabled());
        QSignalSpy said(m_page.get(), &EvaluationsPage::statusMessage);
        QVERIFY(m_page->useRatingsAsQuality().ok());
        QVERIFY(!said.isEmpty());
        QVERIFY2(said.last().at(0).toString().contains(QStringLiteral("Caution: 5 vote(s) prove little")),
                 qPrintable(said.last().at(0).toString()));
        QCOMPARE(m_workbench->input().qualityBenchmark, QStringLiteral("rating:compare"));
        QCOMPARE(m_workbench->recommendation().qualityBenchmark, QStringLiteral("rating:compare"));
        const QualityScore *score =
            m_workbench->catalog().findModel(m_largeModel)->score(QStringLiteral("rating:compare"));
        QVERIFY(score);
        QVERIFY(std::abs(score->value - large) < 1e-6);
        QVERIFY(forget->isEnabled());

        // Forget: gone from the catalog and the inputs.
        m_page->forgetMeasuredQuality();
        QVERIFY(m_workbench->measuredQuality().isEmpty());
        QVERIFY(!m_workbench->catalog().findModel(m_largeModel)->score(QStringLiteral("rating:compare")));
        QVERIFY(m_workbench->input().qualityBenchmark.isEmpty());
        QVERIFY(!forget->isEnabled());
    }

    void comparesTwoRuns()
    {
        prepareFixtureRun();
        scriptFirstRun();
        QVERIFY(runToEnd());
        const qint64 first = m_page->shownRunId();
        // Second run: small now fails the capital, large now passes it.
        m_small->enqueue(answer(QStringLiteral("Lyon")));
        m_small->enqueue(answer(QStringLiteral("hi")));
        m_small->enqueue(answer(QStringLiteral("42")));
        m_large->enqueue(answer(QStringLiteral("Paris")));
        m_large->enqueue(answer(QStringLiteral("hi hi")));
        m_large->enqueue(answer(QStringLiteral("sorry")));
        QVERIFY(runToEnd());
        const qint64 second = m_page->shownRunId();
        QVERIFY(second != first);
        QCOMPARE(m_page->matrixModel()->verdictText(), QStringLiteral("FAIL | PASS\nFAIL | PASS\nPASS | FAIL"));
        QCOMPARE(m_page->listedRuns().size(), 2);
        QVERIFY(m_page->compareWith(first).ok());
        const QString text = m_page->comparisonText();
        QVERIFY2(text.startsWith(QStringLiteral("Run #%1 → run #%2: 1 case(s) now fail, 1 now pass, 4 unchanged.")
                                     .arg(first)
                                     .arg(second)),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Passed before, fail now:\ncapital on small")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Failed before, pass now:\ncapital on large")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("small: 67 % → 33 % (-33 points)")), qPrintable(text));

        // Back to the first run through the selector.
        QVERIFY(m_page->showRun(first).ok());
        QCOMPARE(m_page->matrixModel()->verdictText(), QStringLiteral("PASS | FAIL\nFAIL | PASS\nPASS | FAIL"));
    }

    void cancelStopsAndResumeSendsOnlyTheRest()
    {
        prepareFixtureRun();
        m_small->enqueue(answer(QStringLiteral("Paris")));
        FakeResponse hang = answer(QStringLiteral("never"));
        hang.hang = true;
        hang.chunks = {};
        m_large->enqueue(hang);
        QSignalSpy finished(m_page.get(), &EvaluationsPage::runFinished);
        QVERIFY(m_page->run().ok());
        QTRY_COMPARE(m_large->requestCount(), 1); // the first result is in, the second call hangs
        QTRY_COMPARE(m_page->matrixModel()->verdictText().section(QLatin1Char('\n'), 0, 0), QStringLiteral("PASS | "));
        QVERIFY(m_page->isRunning());
        QVERIFY(child<QPushButton>("cancelButton")->isEnabled());
        QVERIFY(!child<QPushButton>("runButton")->isEnabled());

        // Pause, then Esc cancels.
        child<QPushButton>("pauseButton")->click();
        QVERIFY(m_page->runner()->isPaused());
        QCOMPARE(child<QPushButton>("pauseButton")->text(), QStringLiteral("Resume"));
        QVERIFY2(m_page->progressText().startsWith(QStringLiteral("1 of 6 · ")), qPrintable(m_page->progressText()));
        QVERIFY2(m_page->progressText().endsWith(QStringLiteral(" · paused")), qPrintable(m_page->progressText()));
        child<QAbstractItemView>("endpointList")->setFocus();
        QTest::keyClick(child<QAbstractItemView>("endpointList"), Qt::Key_Escape);
        QTRY_COMPARE(finished.size(), 1); // the aborted call is not waited for
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(!m_page->isRunning());
        QCOMPARE(m_small->requestCount(), 1);
        QCOMPARE(m_large->requestCount(), 1);
        const qint64 runId = finished.first().at(0).toLongLong();
        EvalRepository repository(*m_database);
        QCOMPARE(repository.runInfo(runId).value().status, EvalRunInfo::Status::Cancelled);
        QCOMPARE(repository.runInfo(runId).value().done, 1);
        QVERIFY(child<QPushButton>("resumeRunButton")->isVisible());

        // Resume: only the five missing results are sent.
        m_small->enqueue(answer(QStringLiteral("hi")));
        m_small->enqueue(answer(QStringLiteral("42")));
        m_large->enqueue(answer(QStringLiteral("paris")));
        m_large->enqueue(answer(QStringLiteral("hi hi")));
        m_large->enqueue(answer(QStringLiteral("sorry")));
        finished.clear();
        QVERIFY(m_page->resumeRun(runId).ok());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QCOMPARE(m_small->requestCount(), 3);
        QCOMPARE(m_large->requestCount(), 4);
        QCOMPARE(m_page->matrixModel()->verdictText(), QStringLiteral("PASS | FAIL\nFAIL | PASS\nPASS | FAIL"));
        QCOMPARE(repository.runInfo(runId).value().status, EvalRunInfo::Status::Finished);
        QCOMPARE(repository.results(runId).value().size(), 6);
    }

    void interruptedRunIsOfferedForResume()
    {
        prepareFixtureRun();
        // A run whose process died after one result: started, one result, never finished.
        {
            EvalRepository repository(*m_database);
            const EvalSet set = repository.loadSet(QStringLiteral("cases")).value();
            QList<Endpoint> endpoints{*m_store->find(QStringLiteral("small")), *m_store->find(QStringLiteral("large"))};
            EvalRunOptions options;
            options.concurrency = 1;
            const qint64 runId = repository.startRun(set, endpoints, options).value();
            EvalResult result;
            result.setId = set.id;
            result.setName = set.name;
            result.caseIndex = 0;
            result.endpointName = QStringLiteral("small");
            result.catalogModel = m_smallModel;
            result.answer = QStringLiteral("Paris");
            result.passed = true;
            result.score = 1;
            result.finishedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(repository.appendResult(runId, result).ok());
        }
        // Reopening is what the next start does: the run still marked running becomes interrupted.
        const QString path = m_database->path();
        m_page->setDatabase(nullptr);
        m_database->close();
        QVERIFY(m_database->open(path).ok());
        m_page->setDatabase(m_database.get());
        auto *label = child<QLabel>("resumeLabel");
        QVERIFY(child<QWidget>("resumeBar")->isVisible());
        QVERIFY2(label->text().contains(QStringLiteral("was interrupted after 1 of 6 results")),
                 qPrintable(label->text()));

        m_small->enqueue(answer(QStringLiteral("hi")));
        m_small->enqueue(answer(QStringLiteral("42")));
        m_large->enqueue(answer(QStringLiteral("paris")));
        m_large->enqueue(answer(QStringLiteral("hi hi")));
        m_large->enqueue(answer(QStringLiteral("sorry")));
        QSignalSpy finished(m_page.get(), &EvaluationsPage::runFinished);
        child<QPushButton>("resumeOfferButton")->click();
        QVERIFY(finished.wait(10000));
        QVERIFY(child<QWidget>("resumeBar")->isHidden());
        QCOMPARE(m_small->requestCount(), 2); // case 1 on small was done before the "crash"
        QCOMPARE(m_large->requestCount(), 3);
        QCOMPARE(m_page->matrixModel()->verdictText(), QStringLiteral("PASS | FAIL\nFAIL | PASS\nPASS | FAIL"));
    }

    /// A long run never blocks the window: while 400 answers arrive, another connection holds the
    /// database's write lock for stretches of 150 ms, so a result written on the GUI thread would
    /// wait there for the lock. EventLoopWatch measures the longest wait and the longest busy
    /// stretch of the GUI thread between two turns of its event loop: neither may exceed 16 ms.
    void longRunKeepsTheEventLoopResponsive()
    {
        const QString csvPath = m_dir.filePath(QStringLiteral("many.csv"));
        {
            QFile csv(csvPath);
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("question,__expected\n");
            for (int i = 0; i < 200; ++i)
                csv.write(QStringLiteral("Question %1?,contains: yes\n").arg(i).toUtf8());
        }
        QVERIFY(m_page->importFile(csvPath).ok());
        child<QPlainTextEdit>("templateEdit")->setPlainText(QStringLiteral("{{question}}"));
        QVERIFY(m_page->saveCurrentSet().ok());
        m_page->setCheckedEndpoints({QStringLiteral("small"), QStringLiteral("large")});
        child<QSpinBox>("concurrencySpin")->setValue(8);
        m_small->setFallback(answer(QStringLiteral("yes")));
        m_large->setFallback(answer(QStringLiteral("no")));

        // The lock holder, a connection of its own: BEGIN IMMEDIATE, COMMIT 150 ms later, again
        // 50 ms after that, for as long as the run lasts.
        const QString holderName = QStringLiteral("lockHolder");
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holderName);
        holder.setDatabaseName(m_database->path());
        holder.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(holder.open());
        QTimer lockCycle;
        bool locked = false;
        int resultsWhileLocked = 0;
        lockCycle.setSingleShot(true);
        connect(&lockCycle, &QTimer::timeout, this, [&] {
            QSqlQuery q(holder);
            if (locked) {
                QVERIFY(q.exec(QStringLiteral("COMMIT")));
                locked = false;
                lockCycle.start(50);
            } else {
                // Without a busy timeout: the holder must not wait on this thread for the writer.
                locked = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
                lockCycle.start(locked ? 150 : 1);
            }
        });
        connect(m_page->session(), &EvalSession::resultReady, this, [&] { resultsWhileLocked += locked ? 1 : 0; });

        EventLoopWatch watch;

        QSignalSpy finished(m_page.get(), &EvaluationsPage::runFinished);
        QVERIFY(m_page->run().ok());
        watch.start();
        lockCycle.start(0);
        QVERIFY(finished.wait(60000));
        watch.stop();
        lockCycle.stop();
        if (locked)
            QVERIFY(QSqlQuery(holder).exec(QStringLiteral("COMMIT")));
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(holderName);

        QVERIFY2(resultsWhileLocked > 0, "no result arrived while the store was locked: the test proves nothing");
        QVERIFY(watch.ticks() > 100);
        QVERIFY2(watch.longestBlockedMs() <= 16,
                 qPrintable(QStringLiteral("the event loop waited %1 ms").arg(watch.longestBlockedMs())));
        // The loopback servers answer on this thread too, so its busy stretches include their work
        // (eight requests start at once): the bound on work is looser than the one on waiting.
        QVERIFY2(watch.longestBusyMs() <= 50,
                 qPrintable(QStringLiteral("the event loop was busy for %1 ms").arg(watch.longestBusyMs())));
        qInfo("longest wait %.1f ms, longest busy stretch %.1f ms", watch.longestBlockedMs(), watch.longestBusyMs());
        EvalRepository repository(*m_database);
        const qint64 runId = finished.first().at(0).toLongLong();
        QCOMPARE(repository.runInfo(runId).value().status, EvalRunInfo::Status::Finished);
        QCOMPARE(repository.results(runId).value().size(), 400);
        QCOMPARE(m_page->summaryModel()->index(0, EvalSummaryModel::PassRate).data().toString(),
                 QStringLiteral("100.0 % (200 of 200)"));
    }

    /// A realistic run on three endpoints, grabbed as a picture: docs/screenshots/evaluations-matrix.png
    /// is made from it (RIGHTSIZE_SCREENSHOT=path). The assertions keep it honest.
    void screenshotOfAFinishedRun()
    {
        struct Row
        {
            const char *description;
            const char *question;
            const char *checks;
            const char *answers[3];
            int delays[3];
        };
        const Row rows[] = {
            {"capital",
             "What is the capital of Australia?",
             "contains: Canberra",
             {"Sydney", "Canberra", "The capital is Canberra."},
             {90, 260, 610}},
            {"arithmetic",
             "What is 17 × 23? Answer with the number only.",
             "number: 391",
             {"391", "391", "391"},
             {70, 240, 540}},
            {"json status",
             "Return the object {\"status\": \"ok\"} as JSON only.",
             "rightsize:is-json-fenced\njson-keys: status",
             {"Sure! {\"status\": \"ok\"}", "{\"status\": \"ok\"}", "```json\n{\"status\": \"ok\"}\n```"},
             {110, 300, 700}},
            {"sentiment",
             "Sentiment of “The update broke my workflow.” (positive, negative, neutral)?",
             "icontains: negative",
             {"Negative", "negative", "Negative."},
             {60, 220, 480}},
            {"iso date",
             "1 March 2026 as an ISO date, nothing else.",
             "regex: ^2026-03-01$",
             {"2026-03-01", "03/01/2026", "2026-03-01"},
             {80, 250, 520}},
            {"http 429",
             "What does HTTP status 429 mean? One sentence.",
             "icontains: too many requests\nnot-icontains: sorry",
             {"Sorry, it means too many requests.", "It means Too Many Requests: the client is rate limited.",
              "429 Too Many Requests: the client sent too many requests in a given time."},
             {130, 320, 760}},
            {"km to miles",
             "Convert 5 km to miles; the number only.",
             "number: 3.107 ± 0.01",
             {"3.2", "3.107", "3.11"},
             {75, 230, 560}},
            {"french",
             "Translate “good morning” into French.",
             "icontains: bonjour",
             {"Bonjour", "Bonjour !", "« Bonjour »"},
             {65, 210, 500}},
        };
        const QString csvPath = m_dir.filePath(QStringLiteral("everyday-checks.csv"));
        {
            QFile csv(csvPath);
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("__description,question,__expected,__expected2\n");
            for (const Row &row : rows) {
                const QStringList checks = QString::fromUtf8(row.checks).split(QLatin1Char('\n'));
                auto quoted = [](QString text) -> QString {
                    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
                };
                csv.write(QStringList{quoted(QString::fromUtf8(row.description)),
                                      quoted(QString::fromUtf8(row.question)), quoted(checks.value(0)),
                                      quoted(checks.value(1))}
                              .join(QLatin1Char(','))
                              .toUtf8() +
                          "\n");
            }
        }
        const QStringList names{QStringLiteral("llama-3.1-8b"), QStringLiteral("gpt-4o-mini"),
                                QStringLiteral("claude-sonnet-4-5")};
        const QStringList models{QStringLiteral("deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"),
                                 QStringLiteral("gpt-4o-mini"), QStringLiteral("claude-sonnet-4-5")};
        std::vector<std::unique_ptr<FakeHttpServer>> servers;
        EndpointStore store(m_dir.filePath(QStringLiteral("three.json")));
        for (int e = 0; e < 3; ++e) {
            servers.push_back(std::make_unique<FakeHttpServer>());
            Endpoint endpoint;
            endpoint.name = names.at(e);
            endpoint.kind = EndpointKind::OpenAi;
            endpoint.baseUrl = servers.back()->url(QStringLiteral("/v1"));
            endpoint.model = names.at(e);
            endpoint.catalogModel = m_workbench->catalog().findModel(models.at(e)) ? models.at(e) : QString();
            QVERIFY(store.add(endpoint).ok());
            for (const Row &row : rows)
                servers.back()->enqueue(answer(QString::fromUtf8(row.answers[e]), row.delays[e]));
        }
        m_page.reset();
        m_page = std::make_unique<EvaluationsPage>(*m_workbench,
                                                   EvaluationsPage::Services{&store, m_keys.get(), m_client.get()});
        m_page->setDatabase(m_database.get());
        m_page->resize(1400, 860);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(m_page->importFile(csvPath).ok());
        child<QPlainTextEdit>("templateEdit")->setPlainText(QStringLiteral("{{question}}"));
        QVERIFY(m_page->saveCurrentSet().ok());
        m_page->setCheckedEndpoints(names);
        child<QSpinBox>("concurrencySpin")->setValue(3); // one call per endpoint at a time: answers stay in order
        QVERIFY(runToEnd());
        QCOMPARE(m_page->matrixModel()->verdictText(),
                 QStringLiteral("FAIL | PASS | PASS\n"
                                "PASS | PASS | PASS\n"
                                "FAIL | PASS | PASS\n"
                                "PASS | PASS | PASS\n"
                                "PASS | FAIL | PASS\n"
                                "FAIL | PASS | PASS\n"
                                "FAIL | PASS | PASS\n"
                                "PASS | PASS | PASS"));
        QCOMPARE(m_page->summaryModel()->index(0, EvalSummaryModel::PassRate).data().toString(),
                 QStringLiteral("50.0 % (4 of 8)"));
        QCOMPARE(m_page->summaryModel()->index(1, EvalSummaryModel::PassRate).data().toString(),
                 QStringLiteral("87.5 % (7 of 8)"));
        QCOMPARE(m_page->summaryModel()->index(2, EvalSummaryModel::PassRate).data().toString(),
                 QStringLiteral("100.0 % (8 of 8)"));
        auto *view = child<QTableView>("matrixView");
        view->setCurrentIndex(m_page->matrixModel()->index(5, 0));
        QVERIFY(m_page->cellDetailText().contains(QStringLiteral("✗ not-icontains — ")));
        QTest::qWait(50);
        const QImage picture = m_page->grab().toImage();
        QCOMPARE(picture.size(), QSize(1400, 860) * picture.devicePixelRatio());
        if (const QString path = qEnvironmentVariable("RIGHTSIZE_SCREENSHOT"); !path.isEmpty())
            QVERIFY(picture.save(path));
        m_page.reset(); // before the store it reads
    }
};

QTEST_MAIN(TestEvaluationsPage)
#include "tst_evaluationspage.moc"
