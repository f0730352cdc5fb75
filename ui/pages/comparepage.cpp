// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "pages/comparepage.h"

#include "common/money.h"
#include "common/numberformat.h"
#include "compare/comparisonrunner.h"
#include "compare/templateexpander.h"
#include "decision/workbench.h"
#include "dialogs/endpointsdialog.h"
#include "models/endpointchecklistmodel.h"
#include "models/promptvariablesmodel.h"
#include "pageservices.h"
#include "providers/chatclient.h"
#include "providers/endpointstore.h"
#include "providers/localserverdetector.h"
#include "providers/redact.h"
#include "secrets/apikeystore.h"
#include "widgets/streamingtextscheduler.h"
#include "widgets/streamingtextview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextCursor>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace {
// Streamed text is shown at most 30 times a second, whatever the token rate: each showing lays
// out the paragraph being written again, in every column, and reading needs no faster pace.
constexpr int kFlushIntervalMs = 33;
// The running count under each column changes its label's size: relaid out four times a second.
constexpr int kMetricsIntervalMs = 250;
// Showing text stops after this much work and resumes on the next turn of the event loop, so
// that input and painting never wait a whole frame behind eight busy columns.
constexpr qint64 kFlushBudgetMs = 6;

QString letter(int index)
{
    return QString(QChar(u'A' + index % 26));
}
} // namespace

struct ComparePage::Column
{
    QFrame *frame = nullptr;
    QLabel *title = nullptr;
    QLabel *status = nullptr;
    QLabel *metrics = nullptr;
    StreamingTextView *text = nullptr;
    QPushButton *cancel = nullptr;
    QPushButton *copy = nullptr;
    QPushButton *thumbUp = nullptr;
    QPushButton *thumbDown = nullptr;
    QString name;
    QString state;       ///< "waiting…", "streaming…", "complete", "failed": safe to show blind
    QString statusText;  ///< the state with its error message, shown once names may be seen
    QString metricsText; ///< likewise for metrics
    QElapsedTimer clock;
    qint64 metricsShownAtMs = -kMetricsIntervalMs; ///< on `clock`
    bool streaming = false;
};

ComparePage::ComparePage(Workbench &workbench, const PageServices &services, QWidget *parent)
    : ComparePage(workbench, Services{services.endpoints(), services.keys(), services.runner(), services.detector()},
                  parent)
{
    if (const Status &loaded = services.loadStatus(); !loaded)
        showError(loaded.error());
}

ComparePage::ComparePage(Workbench &workbench, const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_services(services)
{
    build();
}

ComparePage::~ComparePage()
{
    // The runner may be ours: stop it before the columns it reports to go away.
    if (m_services.runner)
        m_services.runner->disconnect(this);
    qDeleteAll(m_columns);
}

void ComparePage::build()
{
    m_runId = 0;
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("compareSplitter"));
    layout->addWidget(splitter, 1);

    // --- prompt and endpoints ---
    auto *top = new QWidget(splitter);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);

    auto *promptBox = new QGroupBox(tr("Prompt"), top);
    auto *promptLayout = new QFormLayout(promptBox);
    m_system = new QPlainTextEdit(promptBox);
    m_system->setObjectName(QStringLiteral("systemEdit"));
    m_system->setPlaceholderText(tr("System prompt (optional; each endpoint's default when empty)"));
    m_system->setMaximumHeight(m_system->fontMetrics().lineSpacing() * 4);
    m_user = new QPlainTextEdit(promptBox);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("User prompt; write {{name}} for a variable"));
    m_variableModel = new PromptVariablesModel(this);
    m_variables = new QTableView(promptBox);
    m_variables->setObjectName(QStringLiteral("variablesTable"));
    m_variables->setModel(m_variableModel);
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->verticalHeader()->hide();
    m_variables->setMaximumHeight(m_variables->fontMetrics().lineSpacing() * 6);
    promptLayout->addRow(tr("System:"), m_system);
    promptLayout->addRow(tr("User:"), m_user);
    promptLayout->addRow(tr("Variables:"), m_variables);
    topLayout->addWidget(promptBox, 3);

    auto *endpointBox = new QGroupBox(tr("Endpoints"), top);
    auto *endpointLayout = new QVBoxLayout(endpointBox);
    auto *setRow = new QHBoxLayout;
    m_sets = new QComboBox(endpointBox);
    m_sets->setObjectName(QStringLiteral("setCombo"));
    m_sets->setToolTip(tr("Saved endpoint sets"));
    auto *saveSet = new QPushButton(tr("Save set…"), endpointBox);
    saveSet->setObjectName(QStringLiteral("saveSetButton"));
    setRow->addWidget(m_sets, 1);
    setRow->addWidget(saveSet);
    endpointLayout->addLayout(setRow);
    m_endpointModel = new EndpointCheckListModel(m_services.endpoints, this);
    m_endpointList = new QListView(endpointBox);
    m_endpointList->setObjectName(QStringLiteral("endpointList"));
    m_endpointList->setModel(m_endpointModel);
    endpointLayout->addWidget(m_endpointList, 1);
    m_noEndpoints = new QLabel(tr("No endpoints yet. Add one with Endpoints…, or start llama.cpp's llama-server "
                                  "(port 8080) or Ollama (port 11434) on this machine: they are found at start."),
                               endpointBox);
    m_noEndpoints->setObjectName(QStringLiteral("noEndpointsHint"));
    m_noEndpoints->setWordWrap(true);
    endpointLayout->addWidget(m_noEndpoints);
    auto *manage = new QPushButton(tr("Endpoints…"), endpointBox);
    manage->setObjectName(QStringLiteral("endpointsButton"));
    endpointLayout->addWidget(manage);
    m_keyStatus = new QLabel(endpointBox);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setWordWrap(true);
    endpointLayout->addWidget(m_keyStatus);
    topLayout->addWidget(endpointBox, 2);

    // --- run controls ---
    auto *controls = new QWidget(splitter);
    auto *controlsLayout = new QVBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run"), controls);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setToolTip(tr("Run the prompt on the checked endpoints (Ctrl+Return)"));
    m_rerunButton = new QPushButton(tr("Re-run"), controls);
    m_rerunButton->setObjectName(QStringLiteral("rerunButton"));
    m_cancelAllButton = new QPushButton(tr("Cancel all"), controls);
    m_cancelAllButton->setObjectName(QStringLiteral("cancelAllButton"));
    m_cancelAllButton->setToolTip(tr("Stop every answer still streaming (Esc)"));
    m_maxTokens = new QSpinBox(controls);
    m_maxTokens->setObjectName(QStringLiteral("maxTokens"));
    m_maxTokens->setRange(0, 1000000);
    m_maxTokens->setSpecialValueText(tr("max tokens: default"));
    m_maxTokens->setPrefix(tr("max tokens: "));
    m_maxTokens->setToolTip(tr("Longest answer per endpoint; default: each endpoint's own setting"));
    m_temperature = new QDoubleSpinBox(controls);
    m_temperature->setObjectName(QStringLiteral("temperature"));
    m_temperature->setRange(-0.1, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setValue(-0.1);
    m_temperature->setSpecialValueText(tr("temperature: default"));
    m_temperature->setPrefix(tr("temperature: "));
    m_temperature->setToolTip(tr("Sampling temperature for this run; default: each endpoint's own setting"));
    m_concurrency = new QSpinBox(controls);
    m_concurrency->setObjectName(QStringLiteral("concurrency"));
    m_concurrency->setRange(1, 32);
    m_concurrency->setValue(4);
    m_concurrency->setPrefix(tr("at once: "));
    m_concurrency->setToolTip(tr("How many endpoints answer at the same time"));
    m_blind = new QCheckBox(tr("Blind"), controls);
    m_blind->setObjectName(QStringLiteral("blindCheck"));
    m_blind->setToolTip(tr("Hide the endpoints' names and shuffle the columns until you have voted"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_runButton, m_rerunButton, m_cancelAllButton, m_maxTokens,
                                                       m_temperature, m_concurrency, m_blind})
        row->addWidget(w);
    row->addStretch(1);
    controlsLayout->addLayout(row);
    m_error = new QLabel(controls);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();
    controlsLayout->addWidget(m_error);

    m_voteBar = new QWidget(controls);
    m_voteBar->setObjectName(QStringLiteral("voteBar"));
    auto *voteLayout = new QHBoxLayout(m_voteBar);
    voteLayout->setContentsMargins(0, 0, 0, 0);
    m_voteA = new QComboBox(m_voteBar);
    m_voteA->setObjectName(QStringLiteral("voteA"));
    m_voteB = new QComboBox(m_voteBar);
    m_voteB->setObjectName(QStringLiteral("voteB"));
    voteLayout->addWidget(new QLabel(tr("Which is better?"), m_voteBar));
    voteLayout->addWidget(m_voteA);
    voteLayout->addWidget(new QLabel(tr("versus"), m_voteBar));
    voteLayout->addWidget(m_voteB);
    const struct
    {
        const char *name;
        QString text;
        Vote::Outcome outcome;
    } votes[] = {
        {"voteABetter", tr("A better"), Vote::ABetter},
        {"voteBBetter", tr("B better"), Vote::BBetter},
        {"voteTie", tr("Tie"), Vote::Tie},
        {"voteBothBad", tr("Both bad"), Vote::BothBad},
    };
    for (const auto &v : votes) {
        auto *button = new QPushButton(v.text, m_voteBar);
        button->setObjectName(QString::fromLatin1(v.name));
        const Vote::Outcome outcome = v.outcome;
        connect(button, &QPushButton::clicked, this,
                [this, outcome] { vote(m_voteA->currentIndex(), m_voteB->currentIndex(), outcome); });
        voteLayout->addWidget(button);
    }
    voteLayout->addStretch(1);
    m_voteBar->hide();
    controlsLayout->addWidget(m_voteBar);

    // --- answer columns ---
    auto *scroll = new QScrollArea(controls);
    scroll->setObjectName(QStringLiteral("columnsScroll"));
    scroll->setWidgetResizable(true);
    m_columnsHost = new QWidget(scroll);
    m_columnsHost->setObjectName(QStringLiteral("columnsHost"));
    m_columnsLayout = new QHBoxLayout(m_columnsHost);
    scroll->setWidget(m_columnsHost);
    controlsLayout->addWidget(scroll, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    // The editors' size hints would give the prompt half the page and push the answers and the
    // vote buttons below the fold at 1280×800: start with room for a few lines of prompt, the
    // rest for the answers (the splitter moves if a long prompt needs more).
    const int line = fontMetrics().lineSpacing();
    splitter->setSizes({line * 16, line * 40});

    m_textScheduler = new StreamingTextScheduler(kFlushIntervalMs, kFlushBudgetMs, this);

    m_endpointsAction = new QAction(tr("&Endpoints…"), this);
    m_endpointsAction->setObjectName(QStringLiteral("endpointsAction"));
    connect(m_endpointsAction, &QAction::triggered, this, &ComparePage::openEndpointsDialog);
    connect(manage, &QPushButton::clicked, this, &ComparePage::openEndpointsDialog);

    connect(m_runButton, &QPushButton::clicked, this, [this] { run(); });
    connect(m_rerunButton, &QPushButton::clicked, this, &ComparePage::rerun);
    connect(m_cancelAllButton, &QPushButton::clicked, this, &ComparePage::cancelAll);
    auto *runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runShortcut, &QShortcut::activated, this, [this] { run(); });
    auto *runShortcut2 = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    runShortcut2->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runShortcut2, &QShortcut::activated, this, [this] { run(); });
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, &ComparePage::cancelAll);
    connect(m_sets, &QComboBox::activated, this, &ComparePage::applySet);
    connect(saveSet, &QPushButton::clicked, this, &ComparePage::saveSet);
    connect(m_blind, &QCheckBox::toggled, this, [this] { updateLabels(); });
    connect(m_system, &QPlainTextEdit::textChanged, this, &ComparePage::syncVariables);
    connect(m_user, &QPlainTextEdit::textChanged, this, &ComparePage::syncVariables);

    if (m_services.keys && !m_services.keys->keychainAvailable())
        m_keyStatus->setText(m_services.keys->keychainStatus());
    else
        m_keyStatus->hide();

    connectRunner();
    connect(m_endpointModel, &QAbstractItemModel::modelReset, this, &ComparePage::showSavedSets);
    showSavedSets();
    if (m_services.detector) {
        connect(m_services.detector, &LocalServerDetector::finished, this, &ComparePage::addDetectedEndpoints);
        // After the window shows: the probe never delays start-up.
        QTimer::singleShot(0, m_services.detector, &LocalServerDetector::start);
    }
    updateRunState();
}

void ComparePage::connectRunner()
{
    ComparisonRunner *runner = m_services.runner;
    if (!runner)
        return;
    connect(runner, &ComparisonRunner::runStarted, this, &ComparePage::rebuildColumns);
    connect(runner, &ComparisonRunner::responseStarted, this, [this](int position) {
        if (Column *c = column(position)) {
            c->streaming = true;
            c->clock.start();
            c->metricsShownAtMs = -kMetricsIntervalMs;
            c->state = c->statusText = tr("streaming…");
            showFigures(*c);
            c->cancel->setEnabled(true);
        }
    });
    connect(runner, &ComparisonRunner::textAppended, this, [this](int position, const QString &delta) {
        if (Column *c = column(position)) {
            c->text->appendStreamed(delta);
        }
    });
    connect(runner, &ComparisonRunner::responseFinished, this, &ComparePage::finishColumn);
    connect(runner, &ComparisonRunner::runFinished, this, [this](const RunRecord &run) {
        m_runId = run.id;
        flushPending();
        updateRunState();
    });
}

PromptTemplate ComparePage::prompt() const
{
    PromptTemplate prompt;
    prompt.system = m_system->toPlainText();
    prompt.user = m_user->toPlainText();
    prompt.variables = m_variableModel->values();
    return prompt;
}

void ComparePage::setPrompt(const PromptTemplate &prompt)
{
    m_variableModel->setValues(prompt.variables);
    m_system->setPlainText(prompt.system);
    m_user->setPlainText(prompt.user);
    syncVariables();
}

void ComparePage::syncVariables()
{
    m_variableModel->setUsed(
        TemplateExpander::variables(QString(m_system->toPlainText() + QLatin1Char('\n') + m_user->toPlainText())));
}

QList<Endpoint> ComparePage::availableEndpoints() const
{
    return m_endpointModel->endpoints();
}

QStringList ComparePage::checkedEndpoints() const
{
    return m_endpointModel->checkedNames();
}

void ComparePage::setCheckedEndpoints(const QStringList &names)
{
    m_endpointModel->setCheckedNames(names);
}

void ComparePage::showSavedSets()
{
    m_noEndpoints->setVisible(m_endpointModel->rowCount() == 0);
    const QString current = m_sets->currentText();
    m_sets->clear();
    m_sets->addItem(tr("Saved sets…"));
    if (m_services.endpoints) {
        for (const EndpointSet &s : m_services.endpoints->sets())
            m_sets->addItem(s.name);
    }
    m_sets->setCurrentIndex(std::max(0, m_sets->findText(current)));
}

void ComparePage::addDetectedEndpoints(const QList<Endpoint> &endpoints)
{
    for (const Endpoint &e : endpoints) {
        const bool known =
            std::any_of(m_detected.cbegin(), m_detected.cend(), [&e](const Endpoint &d) { return d.name == e.name; });
        if (!known)
            m_detected.append(e);
    }
    m_endpointModel->setDetected(m_detected);
    if (!endpoints.isEmpty())
        emit statusMessage(tr("Found %1 model server endpoint(s) on this machine").arg(endpoints.size()));
}

void ComparePage::applySet(int index)
{
    if (index <= 0 || !m_services.endpoints)
        return;
    if (const EndpointSet *set = m_services.endpoints->findSet(m_sets->itemText(index)))
        setCheckedEndpoints(set->endpoints);
}

void ComparePage::saveSet()
{
    if (!m_services.endpoints)
        return;
    const QStringList names = checkedEndpoints();
    if (names.isEmpty()) {
        showError(tr("Check the endpoints the set should hold first."));
        return;
    }
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save endpoint set"), tr("Name of the set:"), QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_services.endpoints->setSet({name, names});
    if (const Status saved = m_services.endpoints->save(); !saved)
        showError(saved.error());
    m_sets->setCurrentText(name);
}

void ComparePage::openEndpointsDialog()
{
    if (!m_services.endpoints || !m_services.keys || !m_services.runner)
        return;
    EndpointsDialog dialog(*m_services.endpoints, *m_services.keys, m_services.runner->chatClient(),
                           m_workbench.catalog(), this);
    dialog.setDetectedEndpoints(m_detected);
    dialog.exec();
}

bool ComparePage::isBlind() const
{
    return m_blind->isChecked();
}

void ComparePage::setBlind(bool blind)
{
    m_blind->setChecked(blind);
}

void ComparePage::setShuffleSeed(quint32 seed)
{
    m_seed = seed;
    m_seeded = true;
}

void ComparePage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        emit statusMessage(message);
}

Status ComparePage::run()
{
    ComparisonRunner *runner = m_services.runner;
    if (!runner)
        return Status::failure(tr("No runner."));
    if (const Status unvoted = checkUnvotedPair(); !unvoted)
        return unvoted;
    QList<Endpoint> endpoints;
    const QList<Endpoint> all = availableEndpoints();
    for (const QString &name : checkedEndpoints()) {
        for (const Endpoint &e : all) {
            if (e.name == name)
                endpoints.append(e);
        }
    }
    RunOptions options;
    if (m_maxTokens->value() > 0)
        options.maxTokens = m_maxTokens->value();
    if (m_temperature->value() >= 0)
        options.temperature = m_temperature->value();
    runner->setConcurrency(m_concurrency->value());
    runner->setCatalog(m_workbench.catalog());
    runner->setKeyStore(m_services.keys);
    const Status started = runner->start(prompt(), endpoints, options);
    showError(started.ok() ? QString() : started.error());
    updateRunState();
    return started;
}

void ComparePage::rerun()
{
    if (!m_services.runner || !checkUnvotedPair())
        return;
    const Status started = m_services.runner->rerun();
    showError(started.ok() ? QString() : started.error());
    updateRunState();
}

void ComparePage::cancelAll()
{
    if (m_services.runner)
        m_services.runner->cancelAll();
}

void ComparePage::rebuildColumns(const RunRecord &run)
{
    qDeleteAll(m_columns.begin(), m_columns.end()); // Column structs; their widgets go below
    m_columns.clear();
    while (QLayoutItem *item = m_columnsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_runId = run.id;
    m_skipUnvoted = false;
    const int count = int(run.responses.size());
    m_displayOrder.clear();
    for (int i = 0; i < count; ++i)
        m_displayOrder << i;
    m_revealed = !isBlind();
    if (isBlind()) {
        QRandomGenerator random = m_seeded ? QRandomGenerator(m_seed) : QRandomGenerator::securelySeeded();
        std::shuffle(m_displayOrder.begin(), m_displayOrder.end(), random);
    }
    for (int position = 0; position < count; ++position) {
        auto *c = new Column;
        c->name = run.responses.at(position).endpoint.name;
        c->frame = new QFrame(m_columnsHost);
        c->frame->setObjectName(QStringLiteral("column%1").arg(position));
        c->frame->setFrameShape(QFrame::StyledPanel);
        c->frame->setMinimumWidth(c->frame->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 22);
        auto *layout = new QVBoxLayout(c->frame);
        c->title = new QLabel(c->frame);
        c->title->setObjectName(QStringLiteral("title"));
        QFont bold = c->title->font();
        bold.setBold(true);
        c->title->setFont(bold);
        c->state = c->statusText = tr("waiting…");
        c->status = new QLabel(c->statusText, c->frame);
        c->status->setObjectName(QStringLiteral("status"));
        c->status->setWordWrap(true);
        c->metrics = new QLabel(c->frame);
        c->metrics->setObjectName(QStringLiteral("metrics"));
        c->metrics->setWordWrap(true);
        c->text = new StreamingTextView(m_textScheduler, c->frame);
        c->text->setObjectName(QStringLiteral("text"));
        connect(c->text, &StreamingTextView::pendingShown, this, [this, position] { showStreamingMetrics(position); });
        auto *buttons = new QHBoxLayout;
        c->cancel = new QPushButton(tr("Cancel"), c->frame);
        c->cancel->setObjectName(QStringLiteral("cancel"));
        c->copy = new QPushButton(tr("Copy"), c->frame);
        c->copy->setObjectName(QStringLiteral("copy"));
        c->thumbUp = new QPushButton(QIcon(QStringLiteral(":/icons/thumb-up.svg")), QString(), c->frame);
        c->thumbUp->setObjectName(QStringLiteral("thumbUp"));
        c->thumbUp->setAccessibleName(tr("Good answer"));
        c->thumbUp->setToolTip(tr("Good answer"));
        c->thumbUp->setCheckable(true);
        c->thumbDown = new QPushButton(QIcon(QStringLiteral(":/icons/thumb-down.svg")), QString(), c->frame);
        c->thumbDown->setObjectName(QStringLiteral("thumbDown"));
        c->thumbDown->setAccessibleName(tr("Bad answer"));
        c->thumbDown->setToolTip(tr("Bad answer"));
        c->thumbDown->setCheckable(true);
        for (QPushButton *b : {c->cancel, c->copy, c->thumbUp, c->thumbDown})
            buttons->addWidget(b);
        buttons->addStretch(1);
        layout->addWidget(c->title);
        layout->addWidget(c->status);
        layout->addWidget(c->metrics);
        layout->addWidget(c->text, 1);
        layout->addLayout(buttons);

        connect(c->cancel, &QPushButton::clicked, this, [this, position] {
            if (m_services.runner)
                m_services.runner->cancel(position);
        });
        connect(c->copy, &QPushButton::clicked, this,
                [this, position] { QApplication::clipboard()->setText(columnText(position)); });
        const auto thumb = [this, position](int value) {
            Column *col = column(position);
            if (!col)
                return;
            QPushButton *pressed = value > 0 ? col->thumbUp : col->thumbDown;
            QPushButton *other = value > 0 ? col->thumbDown : col->thumbUp;
            if (pressed->isChecked())
                other->setChecked(false);
            const qint64 runId = m_services.runner ? m_services.runner->currentRun().id : m_runId;
            emit thumbCast(Thumb{runId, position, pressed->isChecked() ? value : 0, QDateTime::currentDateTimeUtc()});
        };
        connect(c->thumbUp, &QPushButton::clicked, this, [thumb] { thumb(+1); });
        connect(c->thumbDown, &QPushButton::clicked, this, [thumb] { thumb(-1); });
        m_columns.append(c);
    }
    for (int display = 0; display < count; ++display)
        m_columnsLayout->addWidget(m_columns.at(m_displayOrder.at(display))->frame, 1);
    m_voteA->clear();
    m_voteB->clear();
    for (int display = 0; display < count; ++display) {
        m_voteA->addItem(letter(display));
        m_voteB->addItem(letter(display));
    }
    m_voteB->setCurrentIndex(std::min(1, count - 1));
    updateLabels();
    updateRunState();
}

ComparePage::Column *ComparePage::column(int position) const
{
    return position >= 0 && position < m_columns.size() ? m_columns.at(position) : nullptr;
}

int ComparePage::positionAt(int displayIndex) const
{
    return m_displayOrder.value(displayIndex, -1);
}

bool ComparePage::hidingIdentities() const
{
    return isBlind() && !m_revealed;
}

void ComparePage::updateLabels()
{
    for (int display = 0; display < m_displayOrder.size(); ++display) {
        Column *c = m_columns.at(m_displayOrder.at(display));
        if (hidingIdentities())
            c->title->setText(tr("Answer %1").arg(letter(display)));
        else if (isBlind())
            c->title->setText(tr("Answer %1 — %2").arg(letter(display), c->name));
        else
            c->title->setText(c->name);
        c->title->setToolTip(hidingIdentities() ? QString() : c->name);
        showFigures(*c);
    }
}

void ComparePage::showFigures(Column &c)
{
    // Cost, speed and token counts differ between models as surely as their names do: a blind
    // comparison shows none of them, nor an error message that names the endpoint, until the vote.
    const bool hide = hidingIdentities();
    c.status->setText(hide ? c.state : c.statusText);
    c.status->setToolTip(hide ? QString() : c.statusText);
    c.metrics->setText(hide ? tr("Figures are hidden until you vote.") : c.metricsText);
}

Status ComparePage::checkUnvotedPair()
{
    const bool running = m_services.runner && m_services.runner->isRunning();
    if (!hidingIdentities() || m_columns.size() < 2 || running || m_skipUnvoted) {
        m_skipUnvoted = false;
        return success();
    }
    m_skipUnvoted = true; // asked once: the next Run starts without the vote
    const QString message = tr("The last blind comparison has no vote yet: vote below, or press Run again to start a "
                               "new run without one.");
    showError(message);
    return Status::failure(message);
}

void ComparePage::flushPending()
{
    m_textScheduler->showAll();
}

void ComparePage::showStreamingMetrics(int position)
{
    Column *c = column(position);
    if (c && c->streaming && c->clock.elapsed() - c->metricsShownAtMs >= kMetricsIntervalMs) {
        c->metricsShownAtMs = c->clock.elapsed();
        c->metricsText = tr("%1 characters · %2 s")
                             .arg(QLocale().toString(c->text->receivedCharacters()),
                                  NumberFormat::localised(double(c->metricsShownAtMs) / 1000.0, 1));
        showFigures(*c);
    }
}

void ComparePage::finishColumn(int position, const ResponseRecord &r)
{
    flushPending();
    Column *c = column(position);
    if (!c)
        return;
    c->streaming = false;
    c->cancel->setEnabled(false);
    c->state = ResponseRecord::statusName(r.status);
    c->statusText = r.result.error ? tr("%1: %2").arg(c->state, r.result.error->message) : c->state;
    const QString unknown = QStringLiteral("—");
    const auto opt = [&unknown](const std::optional<double> &v, int decimals = 0) {
        return v ? NumberFormat::localised(*v, decimals) : unknown;
    };
    const auto tokens = [&unknown](const std::optional<qint64> &v) { return v ? QLocale().toString(*v) : unknown; };
    // Servers report token counts at the end of an answer: a stopped one has text but no counts,
    // and so no cost, which is unknown rather than nothing.
    const QString cost = r.costUsd ? formatUsd(*r.costUsd)
        : !r.price                 ? tr("unpriced (no catalog model)")
                                   : tr("unknown (no token counts)");
    c->metricsText =
        tr("TTFT %1 ms · latency %2 ms · tokens %3 in / %4 out · %5 tok/s · cost %6 · attempts %7")
            .arg(opt(r.result.ttftMs), NumberFormat::localised(r.result.latencyMs), tokens(r.result.inputTokens),
                 tokens(r.result.outputTokens), opt(r.tokensPerSecond, 1), cost)
            .arg(r.result.attempts);
    if (!r.result.outputTokens && !r.result.text.isEmpty())
        c->metricsText += QLatin1Char('\n') +
            tr("The server reported no token counts for the %1 characters received.")
                .arg(QLocale().toString(r.result.text.size()));
    showFigures(*c);
}

void ComparePage::updateRunState()
{
    const bool running = m_services.runner && m_services.runner->isRunning();
    m_runButton->setEnabled(!running);
    m_rerunButton->setEnabled(!running && m_services.runner && !m_services.runner->currentRun().responses.isEmpty());
    m_cancelAllButton->setEnabled(running);
    m_voteBar->setVisible(!running && isBlind() && !m_revealed && m_columns.size() >= 2);
}

QString ComparePage::columnText(int position) const
{
    const Column *c = column(position);
    return c ? c->text->fullText() : QString();
}

QString ComparePage::columnTitle(int position) const
{
    const Column *c = column(position);
    return c ? c->title->text() : QString();
}

QString ComparePage::columnMetrics(int position) const
{
    const Column *c = column(position);
    return c ? c->metrics->text() : QString();
}

QString ComparePage::columnStatus(int position) const
{
    const Column *c = column(position);
    return c ? c->status->text() : QString();
}

void ComparePage::vote(int a, int b, Vote::Outcome outcome)
{
    const int positionA = positionAt(a);
    const int positionB = positionAt(b);
    if (positionA < 0 || positionB < 0 || positionA == positionB) {
        showError(tr("Choose two different answers to compare."));
        return;
    }
    const qint64 runId = m_services.runner ? m_services.runner->currentRun().id : m_runId;
    emit voteCast(Vote{runId, positionA, positionB, outcome, QDateTime::currentDateTimeUtc()});
    // Once judged, the names and figures may be seen.
    m_revealed = true;
    m_skipUnvoted = false;
    updateLabels();
    updateRunState();
    showError(QString());
}
