// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "pages/evaluations/evalruntab.h"

#include "decision/workbench.h"
#include "dialogs/endpointsdialog.h"
#include "eval/evalsession.h"
#include "models/endpointchecklistmodel.h"
#include "pages/evaluations/evalcasestab.h"
#include "pages/evaluations/evalresultstab.h"
#include "pages/evaluations/evalsetstab.h"
#include "providers/endpointstore.h"
#include "store/evalrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QString mmss(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

EvalRunTab::EvalRunTab(const Collaborators &collaborators, QWidget *parent)
    : QWidget(parent)
    , m_session(collaborators.session)
    , m_sets(collaborators.sets)
    , m_cases(collaborators.cases)
    , m_workbench(collaborators.workbench)
    , m_endpoints(collaborators.endpoints)
    , m_keys(collaborators.keys)
    , m_client(collaborators.client)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Run"), this);
    outer->addWidget(box);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(new QLabel(tr("Endpoints:"), box));
    m_endpointModel = new EndpointCheckListModel(m_endpoints, this);
    m_endpointList = new QListView(box);
    m_endpointList->setObjectName(QStringLiteral("endpointList"));
    m_endpointList->setModel(m_endpointModel);
    layout->addWidget(m_endpointList, 1);
    m_noEndpoints =
        new QLabel(tr("No endpoints yet. Add endpoints with Endpoints… below (or File → Endpoints…)."), box);
    m_noEndpoints->setObjectName(QStringLiteral("noEndpointsHint"));
    m_noEndpoints->setWordWrap(true);
    layout->addWidget(m_noEndpoints);
    auto *manage = new QPushButton(tr("Endpoints…"), box);
    manage->setObjectName(QStringLiteral("endpointsButton"));
    layout->addWidget(manage);
    connect(manage, &QPushButton::clicked, this, [this] {
        if (!m_endpoints || !m_keys)
            return;
        EndpointsDialog dialog(*m_endpoints, *m_keys, m_client, m_workbench.catalog(), this);
        dialog.exec();
    });
    if (m_endpoints)
        connect(m_endpoints, &EndpointStore::changed, this, &EvalRunTab::reloadEndpoints);

    auto *form = new QFormLayout;
    m_judge = new QComboBox(box);
    m_judge->setObjectName(QStringLiteral("judgeCombo"));
    m_judge->setToolTip(tr("The endpoint that grades llm-rubric assertions (score 0–1); its cost is counted"));
    m_repeat = new QSpinBox(box);
    m_repeat->setObjectName(QStringLiteral("repeatSpin"));
    m_repeat->setRange(1, 100);
    m_repeat->setToolTip(tr("Runs of every case on every endpoint, to see how much answers vary"));
    m_concurrency = new QSpinBox(box);
    m_concurrency->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrency->setRange(1, 64);
    m_concurrency->setValue(4);
    m_concurrency->setToolTip(tr("Calls in flight at once, across all endpoints"));
    form->addRow(tr("&Judge:"), m_judge);
    form->addRow(tr("Re&peat:"), m_repeat);
    form->addRow(tr("At &once:"), m_concurrency);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), box);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setToolTip(tr("Run the selected set on the checked endpoints (Ctrl+Return)"));
    m_run->setDefault(true);
    m_pause = new QPushButton(tr("Pause"), box);
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop the run; the results so far are kept and it can be resumed (Esc)"));
    buttons->addWidget(m_run);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_progressLabel = new QLabel(box);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setWordWrap(true);
    layout->addWidget(m_progressLabel);
    connect(m_run, &QPushButton::clicked, this, &EvalRunTab::runRequested);
    connect(m_pause, &QPushButton::clicked, this, &EvalRunTab::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, &EvalRunTab::cancel);
    connect(&m_session, &EvalSession::progressChanged, this, &EvalRunTab::showProgress);
    connect(&m_session, &EvalSession::pausedChanged, this, &EvalRunTab::updateControls);
}

void EvalRunTab::reloadEndpoints()
{
    const QString judge = m_judge->currentData().toString();
    m_judge->clear();
    m_judge->addItem(tr("No judge"), QString());
    const QList<Endpoint> all = m_endpoints ? m_endpoints->endpoints() : QList<Endpoint>();
    for (const Endpoint &e : all)
        m_judge->addItem(e.name, e.name);
    m_judge->setCurrentIndex(std::max(0, m_judge->findData(judge)));
    m_noEndpoints->setVisible(all.isEmpty());
}

QStringList EvalRunTab::checkedEndpoints() const
{
    return m_endpointModel->checkedNames();
}

void EvalRunTab::setCheckedEndpoints(const QStringList &names)
{
    m_endpointModel->setCheckedNames(names);
}

Endpoint EvalRunTab::endpointForRun(const Endpoint &stored) const
{
    // A stored run keeps no key reference; the configured endpoint of the same name knows where
    // its key lives.
    if (m_endpoints) {
        if (const Endpoint *configured = m_endpoints->find(stored.name)) {
            Endpoint e = stored;
            e.apiKeyRef = configured->apiKeyRef;
            return e;
        }
    }
    return stored;
}

Status EvalRunTab::run()
{
    if (m_session.isActive())
        return Status::failure(tr("An evaluation is already running: wait for it, or cancel it (Esc)."));
    const EvalSet &set = m_cases.set();
    if (set.name.isEmpty())
        return Status::failure(tr("Choose an evaluation set first, or import one (Ctrl+I)."));
    if (set.cases.isEmpty())
        return Status::failure(tr("The set “%1” has no cases: add some on the Cases tab.").arg(set.name));
    if (set.prompt.user.trimmed().isEmpty())
        return Status::failure(
            tr("The set “%1” has no prompt template: write one on the Cases tab, e.g. “Answer briefly: "
               "{{question}}”.")
                .arg(set.name));
    if (const Status fits = set.checkTemplate(set.prompt); !fits)
        return Status::failure(tr("The set “%1” cannot fill its template: %2").arg(set.name, fits.error()));
    const QStringList names = checkedEndpoints();
    if (names.isEmpty())
        return Status::failure(m_endpointModel->rowCount() == 0 ? tr("No endpoints yet: add one with Endpoints….")
                                                                : tr("Check at least one endpoint to run the set on."));
    EvalRunPlan plan;
    plan.endpoints = m_endpointModel->checkedEndpoints();
    if (const QString judgeName = m_judge->currentData().toString(); !judgeName.isEmpty()) {
        if (const Endpoint *e = m_endpoints->find(judgeName))
            plan.judge = *e;
    }
    if (EvalSession::firstCaseNeedingJudge(set) >= 0 && !plan.judge)
        return Status::failure(
            tr("The set “%1” has llm-rubric assertions: choose a judge endpoint to grade them.").arg(set.name));
    if (m_cases.isDirty()) {
        if (const Status saved = m_sets.saveCurrentSet(); !saved)
            return saved;
    }
    plan.set = m_cases.set();
    plan.options.repeat = m_repeat->value();
    plan.options.concurrency = m_concurrency->value();
    plan.catalog = m_workbench.catalog();
    m_resumed.clear();
    const int total = int(plan.set.cases.size() * plan.endpoints.size()) * plan.options.repeat;
    if (const Status started = m_session.start(std::move(plan)); !started)
        return started;
    m_progress->setRange(0, total);
    m_progress->setValue(0);
    m_progressLabel->setText(progressText());
    return success();
}

Status EvalRunTab::resumeRun(qint64 runId)
{
    if (m_session.isActive())
        return Status::failure(tr("An evaluation is already running: wait for it, or cancel it (Esc)."));
    if (!m_repository)
        return Status::failure(tr("The history database is not open."));
    const Result<EvalRunRecord> record = m_repository->run(runId);
    if (!record)
        return Status::failure(record.error());
    if (!record->info.canResume())
        return Status::failure(
            tr("Run #%1 cannot be resumed: it is %2.").arg(runId).arg(EvalResultsTab::statusText(record->info.status)));
    const Result<QSet<EvalKey>> finished = m_repository->finishedKeys(runId);
    const Result<QList<EvalResult>> stored = m_repository->results(runId);
    if (!finished || !stored)
        return Status::failure(!finished ? finished.error() : stored.error());
    EvalRunPlan plan = EvalRunPlan::resuming(record.value(), finished.value(), m_workbench.catalog(),
                                             [this](const Endpoint &e) { return endpointForRun(e); });
    const int total = int(plan.set.cases.size() * plan.endpoints.size()) * std::max(1, plan.options.repeat);
    if (const Status started = m_session.start(std::move(plan)); !started)
        return started;
    m_resumed = stored.value();
    m_progress->setRange(0, total);
    m_progress->setValue(int(finished->size()));
    m_progressLabel->setText(progressText());
    return success();
}

void EvalRunTab::showProgress(const EvalProgress &progress)
{
    m_progress->setRange(0, std::max(1, progress.total));
    m_progress->setValue(progress.done);
    m_progressLabel->setText(progressText());
    updateControls(); // the first progress comes when the calls begin: Pause becomes possible
}

QString EvalRunTab::progressText() const
{
    const EvalProgress p = m_session.progress();
    if (m_session.isPreparing())
        return tr("Looking up API keys…");
    if (!m_session.runner()->isRunning())
        return m_progressLabel->text();
    QString text = p.remainingMs ? tr("%1 of %2 · ETA %3").arg(p.done).arg(p.total).arg(mmss(*p.remainingMs))
                                 : tr("%1 of %2 · estimating time left…").arg(p.done).arg(p.total);
    if (p.paused)
        text = tr("%1 · paused").arg(text);
    if (p.skipped > 0)
        text += QLatin1Char('\n') + tr("%n already done before, not sent again", nullptr, p.skipped);
    return text;
}

void EvalRunTab::showOutcome(const QString &text)
{
    m_progressLabel->setText(text);
    updateControls();
}

void EvalRunTab::togglePause()
{
    if (!m_session.runner()->isRunning())
        return;
    m_session.togglePause();
    m_progressLabel->setText(progressText());
    updateControls();
}

void EvalRunTab::cancel()
{
    if (!m_session.isActive())
        return;
    if (m_session.runner()->isRunning())
        m_progressLabel->setText(tr("Cancelling…"));
    m_session.cancel();
}

void EvalRunTab::updateControls()
{
    const bool running = m_session.isActive();
    const bool paused = m_session.isPaused();
    m_run->setEnabled(!running);
    m_pause->setEnabled(m_session.runner()->isRunning());
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setToolTip(paused ? tr("Send the remaining cases again (Ctrl+P)")
                               : tr("Send no new calls; those in flight finish (Ctrl+P)"));
    m_cancel->setEnabled(running);
}
