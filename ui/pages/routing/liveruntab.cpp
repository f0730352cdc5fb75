// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "liveruntab.h"

#include "common/money.h"
#include "common/numberformat.h"
#include "decision/workbench.h"
#include "models/liverunmodel.h"
#include "providers/endpointstore.h"
#include "rulestab.h"
#include "widgets/streamingtextscheduler.h"
#include "widgets/streamingtextview.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

namespace {
constexpr int kFlushIntervalMs = 16; // streaming text: one repaint per frame at most

} // namespace

LiveRunTab::LiveRunTab(const RoutingConfig &config, const RulesTab &rules, const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
    , m_rules(rules)
    , m_services(services)
{
    m_textScheduler = new StreamingTextScheduler(kFlushIntervalMs, std::numeric_limits<qint64>::max(), this);
    m_session = new RoutingSession(m_services.client, m_services.keys, this);
    connect(m_session, &RoutingSession::levelStarted, this,
            [this](int level, const Endpoint &endpoint) { startLiveRow(QString::number(level + 1), endpoint); });
    connect(m_session, &RoutingSession::attemptStarted, this,
            [this](Tier tier, const Endpoint &endpoint) { startLiveRow(tierDisplayName(tier), endpoint); });
    connect(m_session, &RoutingSession::textAppended, this,
            [this](const QString &delta) { m_liveAnswer->appendStreamed(delta); });
    connect(m_session, &RoutingSession::levelFinished, this, [this](const CascadeLevelResult &level) {
        flushLiveText();
        m_model->finishLevel(level);
    });
    connect(m_session, &RoutingSession::attemptFinished, this, [this](const RouteAttempt &attempt) {
        flushLiveText();
        m_model->finishAttempt(attempt, m_liveAnswer->toPlainText());
    });
    connect(m_session, &RoutingSession::cascadeFinished, this, &LiveRunTab::finishCascade);
    connect(m_session, &RoutingSession::routeFinished, this, &LiveRunTab::finishRoute);
    connect(&m_rules, &RulesTab::previewChanged, this, &LiveRunTab::showRouterInputs);

    auto *layout = new QVBoxLayout(this);
    auto *modeRow = new QHBoxLayout;
    m_modeCascade = new QRadioButton(tr("Run the &cascade (smallest level first)"), this);
    m_modeCascade->setObjectName(QStringLiteral("liveModeCascade"));
    m_modeRouter = new QRadioButton(tr("&Route with the rules (escalating on errors)"), this);
    m_modeRouter->setObjectName(QStringLiteral("liveModeRouter"));
    m_modeCascade->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_modeCascade);
    group->addButton(m_modeRouter);
    modeRow->addWidget(m_modeCascade);
    modeRow->addWidget(m_modeRouter);
    modeRow->addStretch(1);
    layout->addLayout(modeRow);
    m_routerInputs = new QLabel(this);
    m_routerInputs->setObjectName(QStringLiteral("routerInputs"));
    m_routerInputs->setWordWrap(true);
    m_routerInputs->hide();
    layout->addWidget(m_routerInputs);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_livePrompt = new QPlainTextEdit(top);
    m_livePrompt->setObjectName(QStringLiteral("livePrompt"));
    m_livePrompt->setPlaceholderText(
        tr("A prompt to send, e.g. “What is the capital of Australia? Answer in one word.”"));
    topLayout->addWidget(m_livePrompt, 1);
    auto *buttons = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run"), top);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setToolTip(tr("Send the prompt (Ctrl+Return)"));
    m_runButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), top);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop the run; nothing further is sent (Esc)"));
    m_cancelButton->setEnabled(false);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    topLayout->addLayout(buttons);
    m_liveError = new QLabel(top);
    m_liveError->setObjectName(QStringLiteral("liveError"));
    m_liveError->setWordWrap(true);
    m_liveError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_liveError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_liveError->hide();
    topLayout->addWidget(m_liveError);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_model = new LiveRunModel(this);
    m_liveTable = new QTableView(bottom);
    m_liveTable->setObjectName(QStringLiteral("liveTable"));
    m_liveTable->setModel(m_model);
    m_liveTable->verticalHeader()->hide();
    m_liveTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_liveTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int c = 0; c < LiveRunModel::ColumnCount; ++c)
        m_liveTable->horizontalHeader()->setSectionResizeMode(
            c, c == LiveRunModel::Answer ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    bottomLayout->addWidget(m_liveTable, 1);
    m_liveSummary = new QLabel(bottom);
    m_liveSummary->setObjectName(QStringLiteral("liveSummary"));
    m_liveSummary->setWordWrap(true);
    m_liveSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_liveSummary->setText(tr("Write a prompt and press Run (Ctrl+Return). Each level's answer, confidence, cost and "
                              "latency appear here as it completes."));
    bottomLayout->addWidget(m_liveSummary);
    m_liveAnswer = new StreamingTextView(m_textScheduler, bottom);
    m_liveAnswer->setObjectName(QStringLiteral("liveAnswer"));
    m_liveAnswer->setPlaceholderText(tr("The answer streams here."));
    bottomLayout->addWidget(m_liveAnswer, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    connect(m_modeRouter, &QRadioButton::toggled, m_routerInputs, &QWidget::setVisible);
    connect(m_runButton, &QPushButton::clicked, this, [this] { runLive(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &LiveRunTab::cancelLive);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *run = new QShortcut(key, this);
        run->setContext(Qt::WidgetWithChildrenShortcut);
        connect(run, &QShortcut::activated, this, [this] { runLive(); });
    }
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancel->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QShortcut::activated, this, &LiveRunTab::cancelLive);
    showRouterInputs();
}

LiveRunTab::LiveMode LiveRunTab::liveMode() const
{
    return m_modeRouter->isChecked() ? LiveMode::Router : LiveMode::Cascade;
}

void LiveRunTab::setLiveMode(LiveMode mode)
{
    (mode == LiveMode::Router ? m_modeRouter : m_modeCascade)->setChecked(true);
}

void LiveRunTab::showLiveError(const QString &message)
{
    m_liveError->setText(message);
    m_liveError->setVisible(!message.isEmpty());
}

void LiveRunTab::setRunning(bool running)
{
    m_running = running;
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
}

Status LiveRunTab::runLive()
{
    if (m_running)
        return Status::failure(tr("A run is in progress; cancel it first (Esc)."));
    const QString prompt = m_livePrompt->toPlainText().trimmed();
    auto fail = [this](const QString &message) {
        showLiveError(message);
        return Status::failure(message);
    };
    if (prompt.isEmpty())
        return fail(tr("Write a prompt first."));
    if (!m_services.client)
        return fail(tr("No network client is available for live runs."));
    // Edits made a moment ago are what the user expects to run, and what the CLI should see.
    emit aboutToRun();

    const EndpointStore empty;
    const EndpointStore &store = m_services.endpoints ? *m_services.endpoints : empty;
    const Catalog &catalog = m_services.workbench->catalog();
    showLiveError(QString());
    m_model->clear();
    m_liveAnswer->clearAll();

    if (liveMode() == LiveMode::Cascade) {
        const Result<CascadePlan> plan = RoutingSession::planCascade(m_config, store, catalog);
        if (!plan)
            return fail(plan.error());
        m_liveSummary->setText(
            tr("Running the cascade over %n level(s), threshold %1…", nullptr, int(plan->cascade.levels.size()))
                .arg(NumberFormat::localised(plan->cascade.threshold, 2)));
        setRunning(true);
        m_session->runCascade(*plan, prompt);
        return success();
    }

    RoutingRequest request = m_rules.previewRequest();
    request.prompt = prompt;
    const Result<RoutePlan> plan = RoutingSession::planRoute(m_config, store, catalog, request);
    if (!plan)
        return fail(plan.error());
    if (!plan->sendable)
        return fail(plan->sendable.error());
    m_liveSummary->setText(tr("Routing to the %1 tier (rule %2)…")
                               .arg(tierDisplayName(plan->decision.tier))
                               .arg(plan->decision.ruleIndex + 1));
    setRunning(true);
    m_session->runRoute(*plan, request);
    return success();
}

void LiveRunTab::startLiveRow(const QString &level, const Endpoint &endpoint)
{
    flushLiveText();
    m_liveAnswer->clearAll();
    m_model->startCall(level, endpoint);
}

void LiveRunTab::flushLiveText()
{
    m_textScheduler->showAll();
}

void LiveRunTab::cancelLive()
{
    m_session->cancel();
}

void LiveRunTab::finishCascade(const CascadeResult &result)
{
    flushLiveText();
    setRunning(false);
    if (!result.ok()) {
        showLiveError(result.error.isEmpty() ? tr("No level answered.") : result.error);
        m_liveSummary->setText(tr("No answer. Cost so far: %1.").arg(LiveRunModel::costText(result.totalCost)));
        emit liveFinished();
        return;
    }
    m_liveAnswer->setPlainText(result.text);
    const QString confidence = result.confidence ? NumberFormat::localised(*result.confidence, 2) : tr("unknown");
    const QString reached = result.reachedThreshold
        ? tr("confidence %1 ≥ %2").arg(confidence, NumberFormat::localised(result.threshold, 2))
        : tr("confidence %1 < %2 at every level, so the last answer is returned")
              .arg(confidence, NumberFormat::localised(result.threshold, 2));
    // A saving is claimed only between two known costs: an unpriced call is not free, so a
    // lower bound on either side could turn "less" into "more".
    const double largest = result.largestOnlyCost.usd;
    QString saving;
    if (!result.largestOnlyCost.known()) {
        saving = tr("no saving shown: the largest level has no catalog price");
    } else if (!result.totalCost.known()) {
        saving = tr("no saving shown: %n call(s) had no catalog price", nullptr, result.totalCost.unpricedCalls);
    } else if (largest > 0) {
        const double share = (largest - result.totalCost.usd) / largest * 100.0;
        saving = share >= 0 ? tr("%1 % less").arg(NumberFormat::localised(share, 0))
                            : tr("%1 % more").arg(NumberFormat::localised(-share, 0));
    }
    // Not measured: the largest level's price on this answer's tokens, marked "≈" as estimated.
    const QString largestText = LiveRunModel::costText(result.largestOnlyCost);
    m_liveSummary->setText(tr("<b>Answered at level %1 by %2 (%3)</b>: %4.<br>Cost %5 against %6 for the largest level "
                              "alone%7 · %8 ms in all.")
                               .arg(result.level + 1)
                               .arg(result.endpoint.name.toHtmlEscaped(), result.modelUsed.toHtmlEscaped(), reached,
                                    LiveRunModel::costText(result.totalCost), largestText,
                                    saving.isEmpty() ? QString() : tr(" (%1)").arg(saving),
                                    NumberFormat::localised(result.totalLatencyMs, 0)));
    emit liveFinished();
}

void LiveRunTab::finishRoute(const RoutedResult &result)
{
    flushLiveText();
    setRunning(false);
    const QString decided = tr("rule %1 “%2” chose the %3 tier")
                                .arg(result.decision.ruleIndex + 1)
                                .arg(result.decision.ruleName, tierDisplayName(result.decision.tier));
    if (!result.ok()) {
        showLiveError(result.error);
        m_liveSummary->setText(tr("No tier answered (%1).").arg(decided));
        emit liveFinished();
        return;
    }
    m_liveAnswer->setPlainText(result.answer.text);
    m_liveSummary->setText(tr("<b>Answered by the %1 tier</b> (%2) after %n attempt(s); cost %3 · %4 ms in all.",
                              nullptr, int(result.attempts.size()))
                               .arg(tierDisplayName(*result.answeredTier), decided.toHtmlEscaped(),
                                    LiveRunModel::costText(result.totalCost),
                                    NumberFormat::localised(result.totalLatencyMs, 0)));
    emit liveFinished();
}

void LiveRunTab::showRouterInputs()
{
    const RoutingRequest request = m_rules.previewRequest();
    m_routerInputs->setText(tr("The router uses the task, reasoning and quality of the Router tab's preview "
                               "(task: %1, reasoning: %2, quality: %3).")
                                .arg(request.taskType.isEmpty() ? tr("none") : request.taskType,
                                     request.reasoning ? tr("yes") : tr("no"),
                                     qualityLevelDisplayName(request.quality)));
}
