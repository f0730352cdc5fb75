// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "pages/evaluationspage.h"

#include "eval/evalsession.h"
#include "eval/promptfooconfig.h"
#include "pages/evaluations/evalcasestab.h"
#include "pages/evaluations/evalratingstab.h"
#include "pages/evaluations/evalresultstab.h"
#include "pages/evaluations/evalruntab.h"
#include "pages/evaluations/evalsetstab.h"
#include "pageservices.h"
#include "store/database.h"
#include "store/storeworker.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {
bool isSetFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") ||
        suffix == QLatin1String("json") || PromptfooConfig::isConfigPath(path);
}

QStringList namesOf(const QList<Endpoint> &endpoints)
{
    QStringList names;
    for (const Endpoint &e : endpoints)
        names << e.name;
    return names;
}
} // namespace

EvaluationsPage::EvaluationsPage(Workbench &workbench, const PageServices &services, QWidget *parent)
    : EvaluationsPage(workbench, Services{services.endpoints(), services.keys(), services.client()}, parent)
{ }

EvaluationsPage::EvaluationsPage(Workbench &workbench, const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_services(services)
{
    build();
}

EvaluationsPage::~EvaluationsPage()
{
    // Results still arriving must not reach widgets being destroyed; the stored run stays
    // `running` and is offered for resume the next time.
    m_session->disconnect(this);
    delete m_session;
}

void EvaluationsPage::build()
{
    setAcceptDrops(true);
    m_session = new EvalSession(m_services.client, m_services.keys, this);

    auto *layout = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("evaluationsSplitter"));
    layout->addWidget(splitter);

    auto *right = new QWidget(splitter);
    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("evaluationTabs"));
    m_results = new EvalResultsTab(m_workbench, m_tabs);
    m_cases = new EvalCasesTab(m_tabs);
    m_ratings = new EvalRatingsTab(m_workbench, m_tabs);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_sets = new EvalSetsTab(*m_cases, left);
    m_runTab = new EvalRunTab(
        {*m_session, *m_sets, *m_cases, m_workbench, m_services.endpoints, m_services.keys, m_services.client}, left);
    leftLayout->addWidget(m_sets, 2);
    leftLayout->addWidget(m_runTab, 3);

    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_error = new QLabel(right);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    m_error->hide();
    rightLayout->addWidget(m_error);
    rightLayout->addWidget(buildResumeBar(right));
    m_tabs->addTab(m_results, tr("&Results"));
    m_tabs->addTab(m_cases, tr("C&ases"));
    m_tabs->addTab(m_ratings, tr("Ra&tings"));
    rightLayout->addWidget(m_tabs, 1);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22, 1000});

    connectParts();
    addShortcuts();
    m_runTab->reloadEndpoints();
    m_sets->reload();
    updateControls();
}

QWidget *EvaluationsPage::buildResumeBar(QWidget *parent)
{
    m_resumeBar = new QWidget(parent);
    m_resumeBar->setObjectName(QStringLiteral("resumeBar"));
    auto *resumeLayout = new QHBoxLayout(m_resumeBar);
    resumeLayout->setContentsMargins(0, 0, 0, 0);
    m_resumeLabel = new QLabel(m_resumeBar);
    m_resumeLabel->setObjectName(QStringLiteral("resumeLabel"));
    m_resumeLabel->setWordWrap(true);
    auto *resumeButton = new QPushButton(tr("Resume"), m_resumeBar);
    resumeButton->setObjectName(QStringLiteral("resumeOfferButton"));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_resumeBar);
    dismiss->setObjectName(QStringLiteral("dismissResumeButton"));
    resumeLayout->addWidget(m_resumeLabel, 1);
    resumeLayout->addWidget(resumeButton);
    resumeLayout->addWidget(dismiss);
    m_resumeBar->hide();
    connect(resumeButton, &QPushButton::clicked, this, [this] {
        if (m_resumeCandidate)
            resumeRun(m_resumeCandidate);
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        m_dismissedResumes.insert(m_resumeCandidate);
        m_resumeCandidate = 0;
        m_resumeBar->hide();
    });
    return m_resumeBar;
}

void EvaluationsPage::connectParts()
{
    connect(m_sets, &EvalSetsTab::statusMessage, this, &EvaluationsPage::statusMessage);
    connect(m_results, &EvalResultsTab::statusMessage, this, &EvaluationsPage::statusMessage);
    connect(m_ratings, &EvalRatingsTab::statusMessage, this, &EvaluationsPage::statusMessage);
    connect(m_sets, &EvalSetsTab::problem, this, &EvaluationsPage::showError);
    connect(m_sets, &EvalSetsTab::problemsCleared, this, &EvaluationsPage::clearError);
    connect(m_results, &EvalResultsTab::problem, this, &EvaluationsPage::showError);
    connect(m_ratings, &EvalRatingsTab::problem, this, &EvaluationsPage::showError);
    connect(m_ratings, &EvalRatingsTab::problemsCleared, this, &EvaluationsPage::clearError);

    connect(m_sets, &EvalSetsTab::setChanged, this, [this](const QString &name) {
        m_results->listRuns(name);
        updateControls();
    });
    connect(m_sets, &EvalSetsTab::editRequested, this, [this] { m_tabs->setCurrentWidget(m_cases); });
    connect(m_cases, &EvalCasesTab::saveRequested, this, [this] {
        if (const Status saved = saveCurrentSet(); !saved)
            showError(saved.error());
    });
    connect(m_cases, &EvalCasesTab::dirtyChanged, this, [this](bool dirty) {
        m_tabs->setTabText(m_tabs->indexOf(m_cases), dirty ? tr("C&ases *") : tr("C&ases"));
    });
    connect(m_runTab, &EvalRunTab::runRequested, this, [this] { run(); });
    connect(m_results, &EvalResultsTab::resumeRequested, this, [this](qint64 id) { resumeRun(id); });
    connect(m_results, &EvalResultsTab::runsListed, this, &EvaluationsPage::updateResumeOffer);

    connect(m_session, &EvalSession::started, this, &EvaluationsPage::onStarted);
    connect(m_session, &EvalSession::resultReady, m_results, &EvalResultsTab::addResult);
    connect(m_session, &EvalSession::storeFailed, this, &EvaluationsPage::showError);
    connect(m_session, &EvalSession::failed, this, &EvaluationsPage::onFailed);
    connect(m_session, &EvalSession::finished, this, &EvaluationsPage::onFinished);
}

void EvaluationsPage::addShortcuts()
{
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
        return s;
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { run(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { run(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { togglePause(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), [this] { m_sets->importInteractive(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_S), [this] {
        if (const Status saved = saveCurrentSet(); !saved)
            showError(saved.error());
    });
    // Escape only while a run is on: otherwise it belongs to the cell editors.
    QShortcut *escape = shortcut(QKeySequence(Qt::Key_Escape), [this] { cancel(); });
    escape->setObjectName(QStringLiteral("cancelShortcut"));
}

// ------------------------------------------------------------------------------ the database

void EvaluationsPage::setDatabase(Database *database)
{
    if (isRunning())
        cancel();
    if (m_database)
        m_database->disconnect(this);
    m_database = database;
    m_repository.reset();
    m_store.reset();
    if (m_database && m_database->isOpen()) {
        m_repository = std::make_unique<EvalRepository>(*m_database);
        m_store = std::make_unique<StoreWorker>(*m_database);
    }
    if (m_database) {
        // The History page may open another file or start a fresh one: follow it.
        connect(m_database, &Database::closed, this, [this] {
            if (isRunning())
                cancel();
            m_repository.reset();
            m_store.reset();
            useRepository();
        });
        connect(m_database, &Database::opened, this, [this, database] { setDatabase(database); });
    }
    useRepository();
    m_ratings->setDatabase(m_database);
}

void EvaluationsPage::useRepository()
{
    m_session->setStore(m_store.get());
    m_runTab->setRepository(m_repository.get());
    m_results->setRepository(m_repository.get());
    const QString whyNone = m_database ? tr("The history database could not be opened, so sets cannot be stored: %1. "
                                            "The History page offers to open another file.")
                                             .arg(m_database->lastError())
                                       : tr("No database: sets cannot be stored.");
    m_sets->setRepository(m_repository.get(), whyNone);
    updateResumeOffer();
}

// ------------------------------------------------------------------------------------ sets

QStringList EvaluationsPage::setNames() const
{
    return m_sets->setNames();
}

Status EvaluationsPage::importFile(const QString &path)
{
    return m_sets->importFile(path);
}

void EvaluationsPage::selectSet(const QString &name)
{
    m_sets->reload(name);
}

QString EvaluationsPage::currentSetName() const
{
    return m_sets->currentSetName();
}

const EvalSet &EvaluationsPage::currentSet() const
{
    return m_cases->set();
}

Status EvaluationsPage::saveCurrentSet()
{
    return m_sets->saveCurrentSet();
}

Status EvaluationsPage::deleteSet(const QString &name)
{
    return m_sets->deleteSet(name);
}

void EvaluationsPage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(),
                    [](const QUrl &url) { return url.isLocalFile() && isSetFile(url.toLocalFile()); }))
        event->acceptProposedAction();
}

void EvaluationsPage::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && isSetFile(url.toLocalFile()) && !importFile(url.toLocalFile()))
            break;
    }
    event->acceptProposedAction();
}

void EvaluationsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Votes cast on the Compare page since: a few hundred votes refit in milliseconds.
    refreshRatings();
}

// ------------------------------------------------------------------------------------ runs

EvalRunner *EvaluationsPage::runner() const
{
    return m_session->runner();
}

void EvaluationsPage::reloadEndpoints()
{
    m_runTab->reloadEndpoints();
}

QStringList EvaluationsPage::checkedEndpoints() const
{
    return m_runTab->checkedEndpoints();
}

void EvaluationsPage::setCheckedEndpoints(const QStringList &names)
{
    m_runTab->setCheckedEndpoints(names);
}

bool EvaluationsPage::isRunning() const
{
    return m_session->isActive();
}

qint64 EvaluationsPage::activeRunId() const
{
    return m_session->isActive() ? m_session->runId() : 0;
}

QString EvaluationsPage::progressText() const
{
    return m_runTab->progressText();
}

Status EvaluationsPage::run()
{
    clearError();
    const Status started = m_runTab->run();
    if (!started)
        showError(started.error());
    updateControls();
    return started;
}

Status EvaluationsPage::resumeRun(qint64 runId)
{
    clearError();
    const Status started = m_runTab->resumeRun(runId);
    if (!started) {
        showError(started.error());
        return started;
    }
    m_resumeBar->hide();
    m_resumeCandidate = 0;
    updateControls();
    return started;
}

void EvaluationsPage::togglePause()
{
    m_runTab->togglePause();
}

void EvaluationsPage::cancel()
{
    m_runTab->cancel();
}

void EvaluationsPage::onStarted(qint64 runId)
{
    const EvalRunPlan &plan = m_session->plan();
    m_results->followRun(runId, plan.set, namesOf(plan.endpoints), m_runTab->resumedResults());
    m_tabs->setCurrentWidget(m_results);
    updateControls();
}

void EvaluationsPage::onFailed(const QString &message)
{
    showError(message);
    m_results->endRun();
    m_runTab->showOutcome(tr("Not started."));
    updateControls();
}

void EvaluationsPage::onFinished(const EvalSessionOutcome &outcome)
{
    const QList<EvalResult> &results = m_results->liveResults();
    const auto passed = std::count_if(results.cbegin(), results.cend(), [](const EvalResult &r) { return r.passed; });
    const QString summary = outcome.cancelled
        ? tr("Cancelled: %1 of %2 results passed; resume the run to finish it.").arg(passed).arg(results.size())
        : tr("Finished: %1 of %2 results passed.").arg(passed).arg(results.size());
    m_results->endRun();
    m_runTab->showOutcome(summary);
    updateControls();
    emit statusMessage(summary);
    emit runFinished(outcome.runId, outcome.cancelled);
}

void EvaluationsPage::updateControls()
{
    const bool running = isRunning();
    m_runTab->updateControls();
    m_sets->setRunning(running);
    if (auto *escape = findChild<QShortcut *>(QStringLiteral("cancelShortcut")))
        escape->setEnabled(running);
}

void EvaluationsPage::updateResumeOffer()
{
    if (!m_repository || isRunning()) {
        m_resumeBar->hide();
        return;
    }
    // Any set's interrupted run: the app was closed or killed in the middle of it.
    const Result<QList<EvalRunInfo>> all = m_repository->runs();
    if (!all)
        return;
    for (const EvalRunInfo &info : all.value()) {
        if (info.status == EvalRunInfo::Status::Interrupted && !m_dismissedResumes.contains(info.id)) {
            m_resumeCandidate = info.id;
            m_resumeLabel->setText(tr("Run #%1 of “%2” was interrupted after %3 of %4 results. Resume it to send only "
                                      "the rest.")
                                       .arg(info.id)
                                       .arg(info.setName)
                                       .arg(info.done)
                                       .arg(info.total));
            m_resumeBar->show();
            return;
        }
    }
    m_resumeCandidate = 0;
    m_resumeBar->hide();
}

// --------------------------------------------------------------------------------- results

EvalMatrixModel *EvaluationsPage::matrixModel() const
{
    return m_results->matrixModel();
}

EvalSummaryModel *EvaluationsPage::summaryModel() const
{
    return m_results->summaryModel();
}

Status EvaluationsPage::showRun(qint64 runId)
{
    return m_results->showRun(runId);
}

qint64 EvaluationsPage::shownRunId() const
{
    return m_results->shownRunId();
}

QList<EvalRunInfo> EvaluationsPage::listedRuns() const
{
    return m_results->listedRuns();
}

void EvaluationsPage::showCell(int caseIndex, int endpointIndex)
{
    m_results->showCell(caseIndex, endpointIndex);
}

QString EvaluationsPage::cellDetailText() const
{
    return m_results->cellDetailText();
}

Status EvaluationsPage::compareWith(qint64 otherRunId)
{
    return m_results->compareWith(otherRunId);
}

QString EvaluationsPage::comparisonText() const
{
    return m_results->comparisonText();
}

Status EvaluationsPage::useAsQuality()
{
    return m_results->useAsQuality();
}

Status EvaluationsPage::exportShownRun(const QString &path, EvalExport::Format format) const
{
    return m_results->exportShownRun(path, format);
}

// --------------------------------------------------------------------------------- ratings

Status EvaluationsPage::refreshRatings()
{
    return m_ratings->refresh();
}

const QList<ModelRating> &EvaluationsPage::ratings() const
{
    return m_ratings->ratings();
}

const StoredVotes &EvaluationsPage::storedVotes() const
{
    return m_ratings->storedVotes();
}

Status EvaluationsPage::useRatingsAsQuality()
{
    return m_ratings->useAsQuality();
}

void EvaluationsPage::forgetMeasuredQuality()
{
    m_ratings->forgetMeasuredQuality();
}

// ------------------------------------------------------------------------------------ misc

void EvaluationsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void EvaluationsPage::clearError()
{
    m_error->clear();
    m_error->hide();
}
