// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "pages/routingpage.h"

#include "catalog/catalog.h"
#include "charts/cascadesimulationchart.h"
#include "common/money.h"
#include "decision/workbench.h"
#include "export/chartexport.h"
#include "providers/chatclient.h"
#include "pageservices.h"
#include "providers/endpointstore.h"
#include "store/database.h"
#include "store/runrepository.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextCursor>
#include <QTableWidget>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <QtCharts/QChartView>
#include <QtCharts/QScatterSeries>

#include <algorithm>

namespace {
constexpr int kSaveDelayMs = 400;      // one write after a burst of edits, not one per keystroke
constexpr int kFlushIntervalMs = 16;   // streaming text: one repaint per frame at most
constexpr int kNameRole = Qt::UserRole;

enum LiveColumn { LiveLevel, LiveEndpoint, LiveAnswer, LiveConfidence, LiveCost, LiveLatency, LiveOutcome, LiveColumnCount };

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString costText(const CallCost &cost)
{
    // "≈": the server sent no usage and the tokens were counted from the text.
    return cost.estimated ? QStringLiteral("≈ %1").arg(formatUsdPrecise(cost.usd)) : formatUsdPrecise(cost.usd);
}

QString firstLine(const QString &text, int max = 120)
{
    QString line = text.simplified();
    if (line.size() > max)
        line = line.left(max - 1) + QChar(0x2026);
    return line;
}

QTableWidgetItem *item(const QString &text, const QString &tip = {})
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
    if (!tip.isEmpty())
        cell->setToolTip(tip);
    return cell;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

void setComboText(QComboBox *combo, const QString &text)
{
    const int index = combo->findData(text, kNameRole);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(text);
}

QString comboValue(const QComboBox *combo)
{
    return combo->currentText().trimmed();
}
} // namespace

RoutingPage::RoutingPage(Workbench &workbench, const PageServices &services, QWidget *parent)
    : RoutingPage(workbench, Services{services.endpoints(), services.keys(), services.client(), {}}, parent)
{
}

RoutingPage::RoutingPage(Workbench &workbench, const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_services(services)
{
    build();
}

RoutingPage::~RoutingPage()
{
    // A pending edit is not lost when the window closes within the debounce pause.
    if (m_saveTimer && m_saveTimer->isActive())
        saveConfig();
}

void RoutingPage::build()
{
    m_store = std::make_unique<RoutingConfigStore>(m_services.configPath);
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveConfig(); });
    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(kFlushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &RoutingPage::flushLiveText);
    m_session = new RoutingSession(m_services.client, m_services.keys, this);
    connect(m_session, &RoutingSession::levelStarted, this, [this](int level, const Endpoint &endpoint) {
        startLiveRow(QString::number(level + 1), endpoint);
    });
    connect(m_session, &RoutingSession::attemptStarted, this, [this](Tier tier, const Endpoint &endpoint) {
        startLiveRow(tierDisplayName(tier), endpoint);
    });
    connect(m_session, &RoutingSession::textAppended, this, [this](const QString &delta) {
        m_pendingText += delta;
        if (!m_flushTimer->isActive())
            m_flushTimer->start();
    });
    connect(m_session, &RoutingSession::levelFinished, this, &RoutingPage::showLevelFinished);
    connect(m_session, &RoutingSession::attemptFinished, this, &RoutingPage::showAttemptFinished);
    connect(m_session, &RoutingSession::cascadeFinished, this, &RoutingPage::finishCascade);
    connect(m_session, &RoutingSession::routeFinished, this, &RoutingPage::finishRoute);

    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("routingTabs"));
    m_tabs->addTab(buildRouterTab(), tr("&Router"));
    m_tabs->addTab(buildCascadeTab(), tr("Ca&scade"));
    m_tabs->addTab(buildLiveTab(), tr("&Try it live"));
    m_tabs->addTab(buildSimulatorTab(), tr("Si&mulator"));
    layout->addWidget(m_tabs, 1);
    m_configStatus = new QLabel(this);
    m_configStatus->setObjectName(QStringLiteral("configStatus"));
    m_configStatus->setWordWrap(true);
    m_configStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_configStatus);

    connect(&m_workbench, &Workbench::catalogChanged, this, [this] {
        updateTierPrices();
        refreshLevels();
    });
    fillEndpointCombos();
    loadConfig();
}

// --- configuration ----------------------------------------------------------------------------

void RoutingPage::loadConfig()
{
    const Result<RoutingConfig> loaded = m_store->load();
    if (loaded) {
        m_config = *loaded;
        m_configStatus->setText(tr("Settings are saved to %1 as you edit; the command line uses them too.")
                                    .arg(QDir::toNativeSeparators(m_store->path())));
    } else {
        m_config = RoutingConfig();
        m_configStatus->setText(tr("%1 The defaults are shown; your next change replaces the file.").arg(loaded.error()));
    }
    showConfig();
}

void RoutingPage::setConfig(const RoutingConfig &config)
{
    m_config = config;
    showConfig();
    configChanged();
}

void RoutingPage::showConfig()
{
    m_updating = true;
    refreshRules();
    for (int i = 0; i < 3; ++i)
        setComboText(m_tierCombos.at(i), m_config.endpointFor(routerTiers[i]));
    m_threshold->setValue(m_config.cascadeThreshold);
    const QStringList ids = RoutingConfig::assessorIds();
    for (int i = 0; i < ids.size() && i < m_assessors.size(); ++i)
        m_assessors.at(i)->setChecked(m_config.assessors.contains(ids.at(i), Qt::CaseInsensitive));
    setComboText(m_judge, m_config.judgeEndpoint);
    m_samples->setValue(m_config.consistencySamples);
    m_sampleTemperature->setValue(m_config.consistencyTemperature);
    m_validationRegex->setText(m_config.validationRegex);
    m_validationJson->setChecked(m_config.validationJson);
    m_validationKeys->setText(m_config.validationRequiredKeys.join(QStringLiteral(", ")));
    m_updating = false;
    refreshLevels();
    updateTierPrices();
    updateDecision();
}

void RoutingPage::configChanged()
{
    if (m_updating)
        return;
    m_saveTimer->start();
}

Status RoutingPage::saveConfig()
{
    m_saveTimer->stop();
    const Status saved = m_store->save(m_config);
    if (!saved) {
        m_configStatus->setText(saved.error());
        emit statusMessage(saved.error());
    } else {
        m_configStatus->setText(tr("Saved to %1; the command line uses these settings too.")
                                    .arg(QDir::toNativeSeparators(m_store->path())));
    }
    return saved;
}

void RoutingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Endpoints may have been added on the Compare page since the last visit.
    reloadEndpoints();
}

void RoutingPage::reloadEndpoints()
{
    fillEndpointCombos();
    updateTierPrices();
    refreshLevels();
}

void RoutingPage::fillEndpointCombos()
{
    const bool was = m_updating;
    m_updating = true;
    QList<QComboBox *> combos = m_tierCombos;
    combos << m_levelCombo << m_judge;
    const QList<Endpoint> endpoints = m_services.endpoints ? m_services.endpoints->endpoints() : QList<Endpoint>();
    for (QComboBox *combo : std::as_const(combos)) {
        const QString text = combo->currentText();
        combo->clear();
        for (const Endpoint &e : endpoints) {
            combo->addItem(e.name, e.name);
            combo->setItemData(combo->count() - 1, tr("%1 at %2").arg(e.model, e.baseUrl.toString()), Qt::ToolTipRole);
        }
        combo->setEditText(text);
    }
    m_updating = was;
}

// --- router rules -----------------------------------------------------------------------------

QWidget *RoutingPage::buildRouterTab()
{
    auto *tab = new QWidget;
    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    auto *tabLayout = new QVBoxLayout(tab);
    tabLayout->addWidget(splitter);

    // Left: the rules and the selected rule's editor.
    auto *rulesBox = new QGroupBox(tr("Rules, first match wins"), splitter);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    m_rules = new QTableWidget(0, 4, rulesBox);
    m_rules->setObjectName(QStringLiteral("rulesTable"));
    m_rules->setHorizontalHeaderLabels({tr("#"), tr("Name"), tr("When"), tr("Tier")});
    m_rules->verticalHeader()->hide();
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_rules->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_rules->setWordWrap(true);
    rulesLayout->addWidget(m_rules, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add"), rulesBox);
    add->setObjectName(QStringLiteral("addRule"));
    add->setToolTip(tr("Add a rule after the selected one"));
    m_removeRule = new QPushButton(tr("Remove"), rulesBox);
    m_removeRule->setObjectName(QStringLiteral("removeRule"));
    m_removeRule->setToolTip(tr("Remove the selected rule (Del)"));
    m_ruleUp = new QPushButton(tr("Up"), rulesBox);
    m_ruleUp->setObjectName(QStringLiteral("ruleUp"));
    m_ruleUp->setToolTip(tr("Move the selected rule up: it is tried earlier (Alt+Up)"));
    m_ruleDown = new QPushButton(tr("Down"), rulesBox);
    m_ruleDown->setObjectName(QStringLiteral("ruleDown"));
    m_ruleDown->setToolTip(tr("Move the selected rule down: it is tried later (Alt+Down)"));
    auto *reset = new QPushButton(tr("Reset to the article's rules"), rulesBox);
    reset->setObjectName(QStringLiteral("resetRules"));
    reset->setToolTip(tr("Task in classification, extraction, embedding → small; reasoning or quality high → large; "
                         "prompt over 10,000 characters or quality medium → medium; otherwise small"));
    for (QPushButton *b : {add, m_removeRule, m_ruleUp, m_ruleDown})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(reset);
    rulesLayout->addLayout(buttons);

    m_ruleEditor = new QGroupBox(tr("Selected rule"), rulesBox);
    auto *form = new QFormLayout(m_ruleEditor);
    m_ruleName = new QLineEdit(m_ruleEditor);
    m_ruleName->setObjectName(QStringLiteral("ruleName"));
    m_ruleName->setPlaceholderText(tr("A label cited in explanations"));
    m_ruleMatch = new QComboBox(m_ruleEditor);
    m_ruleMatch->setObjectName(QStringLiteral("ruleMatch"));
    m_ruleMatch->addItem(tr("any condition holds (or)"));
    m_ruleMatch->addItem(tr("every condition holds (and)"));
    m_ruleTasks = new QLineEdit(m_ruleEditor);
    m_ruleTasks->setObjectName(QStringLiteral("ruleTasks"));
    m_ruleTasks->setPlaceholderText(tr("any task; or e.g. classification, extraction"));
    m_ruleReasoning = new QComboBox(m_ruleEditor);
    m_ruleReasoning->setObjectName(QStringLiteral("ruleReasoning"));
    m_ruleReasoning->addItems({tr("no condition"), tr("reasoning requested"), tr("reasoning not requested")});
    auto *qualities = new QWidget(m_ruleEditor);
    auto *qualityLayout = new QHBoxLayout(qualities);
    qualityLayout->setContentsMargins(0, 0, 0, 0);
    for (QualityLevel level : allQualityLevels) {
        auto *check = new QCheckBox(qualityLevelDisplayName(level), qualities);
        check->setObjectName(QStringLiteral("ruleQuality:") + qualityLevelId(level));
        qualityLayout->addWidget(check);
        m_ruleQualities.append(check);
        connect(check, &QCheckBox::toggled, this, &RoutingPage::editRule);
    }
    qualityLayout->addStretch(1);
    m_ruleLonger = new QSpinBox(m_ruleEditor);
    m_ruleLonger->setObjectName(QStringLiteral("ruleLongerThan"));
    m_ruleLonger->setRange(-1, 100000000);
    m_ruleLonger->setSingleStep(1000);
    m_ruleLonger->setSpecialValueText(tr("no condition"));
    m_ruleLonger->setSuffix(tr(" characters"));
    m_ruleLonger->setGroupSeparatorShown(true);
    m_ruleLonger->setToolTip(tr("The rule applies to prompts longer than this (Unicode characters, as a person counts them)"));
    m_ruleTarget = new QComboBox(m_ruleEditor);
    m_ruleTarget->setObjectName(QStringLiteral("ruleTarget"));
    for (Tier tier : routerTiers)
        m_ruleTarget->addItem(tierDisplayName(tier), tierId(tier));
    form->addRow(tr("Name:"), m_ruleName);
    form->addRow(tr("Fires when:"), m_ruleMatch);
    form->addRow(tr("Task is one of:"), m_ruleTasks);
    form->addRow(tr("Reasoning:"), m_ruleReasoning);
    form->addRow(tr("Quality is one of:"), qualities);
    form->addRow(tr("Prompt longer than:"), m_ruleLonger);
    form->addRow(tr("Send to tier:"), m_ruleTarget);
    rulesLayout->addWidget(m_ruleEditor);
    m_ruleProblems = new QLabel(rulesBox);
    m_ruleProblems->setObjectName(QStringLiteral("ruleProblems"));
    m_ruleProblems->setWordWrap(true);
    m_ruleProblems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_ruleProblems->hide();
    rulesLayout->addWidget(m_ruleProblems);

    // Right: the decision preview and the tier map.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *preview = new QGroupBox(tr("Decision preview"), right);
    auto *previewForm = new QFormLayout(preview);
    m_previewPrompt = new QPlainTextEdit(preview);
    m_previewPrompt->setObjectName(QStringLiteral("previewPrompt"));
    m_previewPrompt->setPlaceholderText(tr("A prompt to route (only its length matters to the rules)"));
    m_previewPrompt->setMaximumHeight(m_previewPrompt->fontMetrics().lineSpacing() * 5);
    m_previewLength = new QSpinBox(preview);
    m_previewLength->setObjectName(QStringLiteral("previewLength"));
    m_previewLength->setRange(0, 100000000);
    m_previewLength->setSingleStep(1000);
    m_previewLength->setGroupSeparatorShown(true);
    m_previewLength->setSuffix(tr(" characters"));
    m_previewLength->setToolTip(tr("Follows the prompt; set it to try a length without pasting a long text"));
    m_previewTask = new QComboBox(preview);
    m_previewTask->setObjectName(QStringLiteral("previewTask"));
    m_previewTask->setEditable(true);
    m_previewTask->addItems({QString(), QStringLiteral("classification"), QStringLiteral("extraction"),
                             QStringLiteral("embedding"), QStringLiteral("summarization"), QStringLiteral("code"),
                             QStringLiteral("chat"), QStringLiteral("analysis")});
    m_previewTask->lineEdit()->setPlaceholderText(tr("no task given"));
    m_previewReasoning = new QCheckBox(tr("Multi-step reasoning requested"), preview);
    m_previewReasoning->setObjectName(QStringLiteral("previewReasoning"));
    m_previewQuality = new QComboBox(preview);
    m_previewQuality->setObjectName(QStringLiteral("previewQuality"));
    for (QualityLevel level : allQualityLevels)
        m_previewQuality->addItem(qualityLevelDisplayName(level), qualityLevelId(level));
    m_decision = new QLabel(preview);
    m_decision->setObjectName(QStringLiteral("decisionLabel"));
    m_decision->setWordWrap(true);
    QFont bold = m_decision->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_decision->setFont(bold);
    m_decisionDetails = new QLabel(preview);
    m_decisionDetails->setObjectName(QStringLiteral("decisionDetails"));
    m_decisionDetails->setWordWrap(true);
    m_decisionDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    previewForm->addRow(tr("Prompt:"), m_previewPrompt);
    previewForm->addRow(tr("Length:"), m_previewLength);
    previewForm->addRow(tr("Task:"), m_previewTask);
    previewForm->addRow(QString(), m_previewReasoning);
    previewForm->addRow(tr("Quality:"), m_previewQuality);
    previewForm->addRow(m_decision);
    previewForm->addRow(m_decisionDetails);
    rightLayout->addWidget(preview);

    auto *tiers = new QGroupBox(tr("Tier map: where each tier's requests go"), right);
    auto *tierForm = new QFormLayout(tiers);
    const TierMap defaults = TierMap::articleDefaults();
    for (Tier tier : routerTiers) {
        auto *combo = new QComboBox(tiers);
        combo->setObjectName(QStringLiteral("tierCombo:") + tierId(tier));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        const PricedEndpoint &d = defaults.at(tier);
        combo->lineEdit()->setPlaceholderText(tr("article default: %1").arg(d.endpoint.model));
        combo->setToolTip(tr("A configured endpoint, or a target typed as KIND:MODEL@BASE_URL "
                             "(e.g. openai:gpt-4o-mini@https://api.openai.com/v1); empty: the article's default"));
        auto *price = new QLabel(tiers);
        price->setObjectName(QStringLiteral("tierPrice:") + tierId(tier));
        price->setWordWrap(true);
        auto *cell = new QWidget(tiers);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(combo);
        cellLayout->addWidget(price);
        tierForm->addRow(tr("%1:").arg(tierDisplayName(tier)), cell);
        const int index = int(m_tierCombos.size());
        m_tierCombos.append(combo);
        m_tierPrices.append(price);
        connect(combo, &QComboBox::currentTextChanged, this, [this, index] { tierEdited(index); });
    }
    rightLayout->addWidget(tiers);
    rightLayout->addStretch(1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(m_rules, &QTableWidget::currentCellChanged, this, [this](int row) { showRule(row); });
    connect(add, &QPushButton::clicked, this, &RoutingPage::addRule);
    connect(m_removeRule, &QPushButton::clicked, this, &RoutingPage::removeRule);
    connect(m_ruleUp, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_ruleDown, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(reset, &QPushButton::clicked, this, &RoutingPage::resetRules);
    auto *del = new QShortcut(QKeySequence::Delete, m_rules);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &RoutingPage::removeRule);
    auto *up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), rulesBox);
    up->setContext(Qt::WidgetWithChildrenShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveRule(-1); });
    auto *down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), rulesBox);
    down->setContext(Qt::WidgetWithChildrenShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveRule(1); });
    connect(m_ruleName, &QLineEdit::textEdited, this, &RoutingPage::editRule);
    connect(m_ruleMatch, &QComboBox::currentIndexChanged, this, &RoutingPage::editRule);
    connect(m_ruleTasks, &QLineEdit::textEdited, this, &RoutingPage::editRule);
    connect(m_ruleReasoning, &QComboBox::currentIndexChanged, this, &RoutingPage::editRule);
    connect(m_ruleLonger, &QSpinBox::valueChanged, this, &RoutingPage::editRule);
    connect(m_ruleTarget, &QComboBox::currentIndexChanged, this, &RoutingPage::editRule);

    connect(m_previewPrompt, &QPlainTextEdit::textChanged, this, [this] {
        RoutingRequest r;
        r.prompt = m_previewPrompt->toPlainText();
        m_previewLength->setValue(int(std::min<qsizetype>(r.promptLength(), m_previewLength->maximum())));
        updateDecision();
    });
    connect(m_previewLength, &QSpinBox::valueChanged, this, &RoutingPage::updateDecision);
    connect(m_previewTask, &QComboBox::currentTextChanged, this, &RoutingPage::updateDecision);
    connect(m_previewReasoning, &QCheckBox::toggled, this, &RoutingPage::updateDecision);
    connect(m_previewQuality, &QComboBox::currentIndexChanged, this, &RoutingPage::updateDecision);
    return tab;
}

QString RoutingPage::ruleSummary(const RoutingRule &rule) const
{
    QStringList parts;
    if (!rule.taskTypes.isEmpty())
        parts.append(tr("task is %1").arg(rule.taskTypes.join(QStringLiteral(", "))));
    if (rule.reasoning)
        parts.append(*rule.reasoning ? tr("reasoning requested") : tr("reasoning not requested"));
    if (!rule.qualities.isEmpty()) {
        QStringList names;
        for (QualityLevel q : rule.qualities)
            names.append(qualityLevelDisplayName(q).toLower());
        parts.append(tr("quality %1").arg(names.join(QStringLiteral(", "))));
    }
    if (rule.promptLongerThan)
        parts.append(tr("prompt over %1 characters").arg(QLocale().toString(qint64(*rule.promptLongerThan))));
    if (parts.isEmpty())
        return tr("always");
    return parts.join(rule.match == RoutingRule::Match::Any ? tr(" or ") : tr(" and "));
}

void RoutingPage::refreshRules()
{
    const bool was = m_updating;
    m_updating = true;
    const int current = std::max(0, m_rules->currentRow());
    m_rules->setRowCount(0);
    const QList<RoutingRule> &rules = m_config.policy.rules;
    m_rules->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const RoutingRule &rule = rules.at(row);
        m_rules->setItem(row, 0, item(QString::number(row + 1)));
        m_rules->setItem(row, 1, item(rule.name));
        const QString when = ruleSummary(rule);
        m_rules->setItem(row, 2, item(when, when));
        m_rules->setItem(row, 3, item(tierDisplayName(rule.target)));
    }
    m_rules->resizeRowsToContents();
    if (!rules.isEmpty())
        m_rules->setCurrentCell(std::min(current, int(rules.size()) - 1), 1);
    m_updating = was;
    showRule(m_rules->currentRow());
    const QStringList problems = m_config.policy.validate();
    m_ruleProblems->setText(problems.join(QLatin1Char('\n')));
    m_ruleProblems->setVisible(!problems.isEmpty());
}

void RoutingPage::showRule(int row)
{
    const bool valid = row >= 0 && row < m_config.policy.rules.size();
    m_ruleEditor->setEnabled(valid);
    m_removeRule->setEnabled(valid);
    m_ruleUp->setEnabled(valid && row > 0);
    m_ruleDown->setEnabled(valid && row + 1 < m_config.policy.rules.size());
    if (!valid)
        return;
    const bool was = m_updating;
    m_updating = true;
    const RoutingRule &rule = m_config.policy.rules.at(row);
    m_ruleEditor->setTitle(tr("Rule %1").arg(row + 1));
    m_ruleName->setText(rule.name);
    m_ruleMatch->setCurrentIndex(rule.match == RoutingRule::Match::Any ? 0 : 1);
    m_ruleTasks->setText(rule.taskTypes.join(QStringLiteral(", ")));
    m_ruleReasoning->setCurrentIndex(!rule.reasoning ? 0 : (*rule.reasoning ? 1 : 2));
    for (int i = 0; i < m_ruleQualities.size(); ++i)
        m_ruleQualities.at(i)->setChecked(rule.qualities.contains(allQualityLevels[i]));
    m_ruleLonger->setValue(rule.promptLongerThan ? int(std::min<qsizetype>(*rule.promptLongerThan, m_ruleLonger->maximum())) : -1);
    m_ruleTarget->setCurrentIndex(m_ruleTarget->findData(tierId(rule.target)));
    m_updating = was;
}

void RoutingPage::editRule()
{
    const int row = m_rules->currentRow();
    if (m_updating || row < 0 || row >= m_config.policy.rules.size())
        return;
    RoutingRule &rule = m_config.policy.rules[row];
    rule.name = m_ruleName->text().trimmed();
    rule.match = m_ruleMatch->currentIndex() == 0 ? RoutingRule::Match::Any : RoutingRule::Match::All;
    rule.taskTypes = splitList(m_ruleTasks->text());
    switch (m_ruleReasoning->currentIndex()) {
    case 1: rule.reasoning = true; break;
    case 2: rule.reasoning = false; break;
    default: rule.reasoning.reset(); break;
    }
    rule.qualities.clear();
    for (int i = 0; i < m_ruleQualities.size(); ++i) {
        if (m_ruleQualities.at(i)->isChecked())
            rule.qualities.append(allQualityLevels[i]);
    }
    if (m_ruleLonger->value() < 0)
        rule.promptLongerThan.reset();
    else
        rule.promptLongerThan = m_ruleLonger->value();
    for (Tier tier : routerTiers) {
        if (tierId(tier) == m_ruleTarget->currentData().toString())
            rule.target = tier;
    }
    // The row's texts only: rebuilding the table would move the focus out of the field being typed in.
    const bool was = m_updating;
    m_updating = true;
    m_rules->item(row, 1)->setText(rule.name);
    const QString when = ruleSummary(rule);
    m_rules->item(row, 2)->setText(when);
    m_rules->item(row, 2)->setToolTip(when);
    m_rules->item(row, 3)->setText(tierDisplayName(rule.target));
    m_updating = was;
    const QStringList problems = m_config.policy.validate();
    m_ruleProblems->setText(problems.join(QLatin1Char('\n')));
    m_ruleProblems->setVisible(!problems.isEmpty());
    updateDecision();
    configChanged();
}

void RoutingPage::addRule()
{
    RoutingRule rule;
    rule.name = tr("New rule");
    rule.target = Tier::Medium;
    rule.taskTypes = {QStringLiteral("summarization")};
    const int at = m_rules->currentRow() < 0 ? int(m_config.policy.rules.size()) : m_rules->currentRow() + 1;
    m_config.policy.rules.insert(at, rule);
    refreshRules();
    m_rules->setCurrentCell(at, 1);
    m_ruleName->setFocus();
    m_ruleName->selectAll();
    updateDecision();
    configChanged();
}

void RoutingPage::removeRule()
{
    const int row = m_rules->currentRow();
    if (row < 0 || row >= m_config.policy.rules.size())
        return;
    m_config.policy.rules.removeAt(row);
    refreshRules();
    updateDecision();
    configChanged();
}

void RoutingPage::moveRule(int delta)
{
    const int row = m_rules->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_config.policy.rules.size())
        return;
    m_config.policy.rules.move(row, to);
    refreshRules();
    m_rules->setCurrentCell(to, 1);
    updateDecision();
    configChanged();
}

void RoutingPage::resetRules()
{
    m_config.policy = RoutingPolicy::articleDefault();
    refreshRules();
    updateDecision();
    configChanged();
    emit statusMessage(tr("Router rules reset to the article's four rules."));
}

RoutingRequest RoutingPage::previewRequest() const
{
    RoutingRequest request;
    request.prompt = m_previewPrompt->toPlainText();
    // A typed length stands for a prompt of that many characters.
    if (request.promptLength() != m_previewLength->value())
        request.prompt = QString(m_previewLength->value(), QLatin1Char('x'));
    request.taskType = m_previewTask->currentText().trimmed();
    request.reasoning = m_previewReasoning->isChecked();
    request.quality = qualityLevelFromId(m_previewQuality->currentData().toString()).value_or(QualityLevel::Standard);
    return request;
}

RouteDecision RoutingPage::previewDecision() const
{
    return m_config.policy.decide(previewRequest());
}

void RoutingPage::updateDecision()
{
    if (!m_decision)
        return;
    const RouteDecision decision = previewDecision();
    if (decision.ruleIndex < 0) {
        m_decision->setText(tr("→ %1 tier: no rule matched, so the smallest tier is used").arg(tierDisplayName(decision.tier)));
    } else {
        m_decision->setText(tr("→ %1 tier, rule %2 “%3”")
                                .arg(tierDisplayName(decision.tier))
                                .arg(decision.ruleIndex + 1)
                                .arg(decision.ruleName));
    }
    // Each explanation names its rule and says whether it fired: the one that decided first.
    QStringList earlier;
    if (decision.ruleIndex >= 0 && !decision.checks.isEmpty())
        earlier.append(decision.checks.constLast().explanation);
    for (const RuleEvaluation &check : decision.checks) {
        if (!check.fired)
            earlier.append(check.explanation);
    }
    m_decisionDetails->setText(earlier.join(QLatin1Char('\n')));
    m_decisionDetails->setVisible(!earlier.isEmpty());
    if (m_routerInputs)
        m_routerInputs->setText(tr("The router uses the task, reasoning and quality of the Router tab's preview "
                                   "(task: %1, reasoning: %2, quality: %3).")
                                    .arg(m_previewTask->currentText().trimmed().isEmpty() ? tr("none")
                                                                                           : m_previewTask->currentText().trimmed(),
                                         m_previewReasoning->isChecked() ? tr("yes") : tr("no"),
                                         m_previewQuality->currentText()));
}

// --- tiers ------------------------------------------------------------------------------------

QString RoutingPage::describeResolution(const QString &nameOrTarget, Tier priceTier, const QString &role) const
{
    const EndpointStore empty;
    const EndpointStore &store = m_services.endpoints ? *m_services.endpoints : empty;
    if (nameOrTarget.isEmpty()) {
        const PricedEndpoint d = TierMap::articleDefaults().at(priceTier);
        return tr("%1 at %2 · %3 per 1k tokens (the article's price)")
            .arg(d.endpoint.model, d.endpoint.baseUrl.toString(), formatUsdPrecise(d.price.inputPer1k));
    }
    const Result<PricedEndpoint> resolved = resolveEndpoint(nameOrTarget, priceTier, role, store, m_workbench.catalog());
    if (!resolved)
        return QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(resolved.error().toHtmlEscaped());
    const PricedEndpoint &p = *resolved;
    QString price = p.price.inputPer1k == p.price.outputPer1k
        ? tr("%1 per 1k tokens").arg(formatUsdPrecise(p.price.inputPer1k))
        : tr("%1 in, %2 out per 1k tokens").arg(formatUsdPrecise(p.price.inputPer1k), formatUsdPrecise(p.price.outputPer1k));
    if (p.maxContextTokens > 0)
        price = tr("%1 · %2 tokens of context").arg(price, QLocale().toString(p.maxContextTokens));
    return tr("%1 at %2 · %3").arg(p.endpoint.model.toHtmlEscaped(), p.endpoint.baseUrl.toString().toHtmlEscaped(), price);
}

void RoutingPage::updateTierPrices()
{
    for (int i = 0; i < m_tierPrices.size(); ++i) {
        const Tier tier = routerTiers[i];
        m_tierPrices.at(i)->setText(describeResolution(m_config.endpointFor(tier), tier,
                                                       tr("%1 tier").arg(tierDisplayName(tier))));
    }
    if (m_judgePrice)
        m_judgePrice->setText(m_config.judgeEndpoint.isEmpty()
                                  ? tr("Choose the endpoint that grades the answers (usually a large model).")
                                  : describeResolution(m_config.judgeEndpoint, Tier::Large, tr("Judge")));
}

void RoutingPage::tierEdited(int index)
{
    if (m_updating)
        return;
    m_config.setEndpointFor(routerTiers[index], comboValue(m_tierCombos.at(index)));
    updateTierPrices();
    configChanged();
}

// --- cascade ----------------------------------------------------------------------------------

QWidget *RoutingPage::buildCascadeTab()
{
    auto *tab = new QWidget;
    auto *layout = new QHBoxLayout(tab);

    auto *levelsBox = new QGroupBox(tr("Levels, smallest first"), tab);
    auto *levelsLayout = new QVBoxLayout(levelsBox);
    m_levels = new QListWidget(levelsBox);
    m_levels->setObjectName(QStringLiteral("levelsList"));
    levelsLayout->addWidget(m_levels, 1);
    m_levelsHint = new QLabel(levelsBox);
    m_levelsHint->setObjectName(QStringLiteral("levelsHint"));
    m_levelsHint->setWordWrap(true);
    levelsLayout->addWidget(m_levelsHint);
    auto *addRow = new QHBoxLayout;
    m_levelCombo = new QComboBox(levelsBox);
    m_levelCombo->setObjectName(QStringLiteral("levelCombo"));
    m_levelCombo->setEditable(true);
    m_levelCombo->setInsertPolicy(QComboBox::NoInsert);
    m_levelCombo->lineEdit()->setPlaceholderText(tr("endpoint name or KIND:MODEL@BASE_URL"));
    auto *add = new QPushButton(tr("Add level"), levelsBox);
    add->setObjectName(QStringLiteral("addLevel"));
    add->setToolTip(tr("Add the endpoint as the next larger level"));
    addRow->addWidget(m_levelCombo, 1);
    addRow->addWidget(add);
    levelsLayout->addLayout(addRow);
    auto *buttons = new QHBoxLayout;
    auto *remove = new QPushButton(tr("Remove"), levelsBox);
    remove->setObjectName(QStringLiteral("removeLevel"));
    auto *up = new QPushButton(tr("Up"), levelsBox);
    up->setObjectName(QStringLiteral("levelUp"));
    auto *down = new QPushButton(tr("Down"), levelsBox);
    down->setObjectName(QStringLiteral("levelDown"));
    for (QPushButton *b : {remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    levelsLayout->addLayout(buttons);
    layout->addWidget(levelsBox, 1);

    auto *right = new QWidget(tab);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *acceptBox = new QGroupBox(tr("Acceptance"), right);
    auto *acceptForm = new QFormLayout(acceptBox);
    m_threshold = new QDoubleSpinBox(acceptBox);
    m_threshold->setObjectName(QStringLiteral("thresholdSpin"));
    m_threshold->setRange(0.0, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(0.8);
    m_threshold->setToolTip(tr("An answer whose confidence reaches this is returned; below it the next level is asked "
                               "(the article's default: 0.8)"));
    acceptForm->addRow(tr("Confidence threshold:"), m_threshold);
    rightLayout->addWidget(acceptBox);

    auto *assessBox = new QGroupBox(tr("Confidence from (several: their mean)"), right);
    auto *assessForm = new QFormLayout(assessBox);
    const QStringList ids = RoutingConfig::assessorIds();
    auto labelFor = [this](const QString &id) {
        if (id == QLatin1String("logprob"))
            return tr("Log-probabilities (mean token probability)");
        if (id == QLatin1String("consistency"))
            return tr("Self-consistency (agreement of extra samples)");
        if (id == QLatin1String("validation"))
            return tr("Validation (non-empty, pattern, JSON)");
        if (id == QLatin1String("judge"))
            return tr("Judge (a larger model grades 0–1)");
        return id;
    };
    for (const QString &id : ids) {
        auto *check = new QCheckBox(labelFor(id), assessBox);
        check->setObjectName(QStringLiteral("assessor:") + id);
        m_assessors.append(check);
        assessForm->addRow(check);
        connect(check, &QCheckBox::toggled, this, &RoutingPage::cascadeEdited);
        if (id == QLatin1String("consistency")) {
            auto *row = new QHBoxLayout;
            m_samples = new QSpinBox(assessBox);
            m_samples->setObjectName(QStringLiteral("consistencySamples"));
            m_samples->setRange(1, 20);
            m_samples->setPrefix(tr("samples: "));
            m_sampleTemperature = new QDoubleSpinBox(assessBox);
            m_sampleTemperature->setObjectName(QStringLiteral("consistencyTemperature"));
            m_sampleTemperature->setRange(0.0, 2.0);
            m_sampleTemperature->setSingleStep(0.1);
            m_sampleTemperature->setPrefix(tr("temperature: "));
            row->addWidget(m_samples);
            row->addWidget(m_sampleTemperature);
            row->addStretch(1);
            assessForm->addRow(QString(), row);
        } else if (id == QLatin1String("validation")) {
            m_validationRegex = new QLineEdit(assessBox);
            m_validationRegex->setObjectName(QStringLiteral("validationRegex"));
            m_validationRegex->setPlaceholderText(tr("the answer must contain a match (regular expression); optional"));
            m_validationJson = new QCheckBox(tr("The answer must be JSON"), assessBox);
            m_validationJson->setObjectName(QStringLiteral("validationJson"));
            m_validationKeys = new QLineEdit(assessBox);
            m_validationKeys->setObjectName(QStringLiteral("validationKeys"));
            m_validationKeys->setPlaceholderText(tr("required JSON keys, comma-separated; optional"));
            assessForm->addRow(tr("Pattern:"), m_validationRegex);
            assessForm->addRow(QString(), m_validationJson);
            assessForm->addRow(tr("Keys:"), m_validationKeys);
        } else if (id == QLatin1String("judge")) {
            m_judge = new QComboBox(assessBox);
            m_judge->setObjectName(QStringLiteral("judgeCombo"));
            m_judge->setEditable(true);
            m_judge->setInsertPolicy(QComboBox::NoInsert);
            m_judge->lineEdit()->setPlaceholderText(tr("endpoint name or KIND:MODEL@BASE_URL"));
            m_judgePrice = new QLabel(assessBox);
            m_judgePrice->setObjectName(QStringLiteral("judgePrice"));
            m_judgePrice->setWordWrap(true);
            assessForm->addRow(tr("Judge:"), m_judge);
            assessForm->addRow(QString(), m_judgePrice);
        }
    }
    rightLayout->addWidget(assessBox);
    m_cascadeProblems = new QLabel(right);
    m_cascadeProblems->setObjectName(QStringLiteral("cascadeProblems"));
    m_cascadeProblems->setWordWrap(true);
    m_cascadeProblems->setStyleSheet(QStringLiteral("color: #b00020;"));
    rightLayout->addWidget(m_cascadeProblems);
    rightLayout->addStretch(1);
    layout->addWidget(right, 1);

    connect(add, &QPushButton::clicked, this, &RoutingPage::addLevel);
    connect(m_levelCombo->lineEdit(), &QLineEdit::returnPressed, this, &RoutingPage::addLevel);
    connect(remove, &QPushButton::clicked, this, &RoutingPage::removeLevel);
    connect(up, &QPushButton::clicked, this, [this] { moveLevel(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveLevel(1); });
    auto *del = new QShortcut(QKeySequence::Delete, m_levels);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &RoutingPage::removeLevel);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &RoutingPage::cascadeEdited);
    connect(m_judge, &QComboBox::currentTextChanged, this, &RoutingPage::cascadeEdited);
    connect(m_samples, &QSpinBox::valueChanged, this, &RoutingPage::cascadeEdited);
    connect(m_sampleTemperature, &QDoubleSpinBox::valueChanged, this, &RoutingPage::cascadeEdited);
    connect(m_validationRegex, &QLineEdit::textEdited, this, &RoutingPage::cascadeEdited);
    connect(m_validationJson, &QCheckBox::toggled, this, &RoutingPage::cascadeEdited);
    connect(m_validationKeys, &QLineEdit::textEdited, this, &RoutingPage::cascadeEdited);
    return tab;
}

void RoutingPage::refreshLevels()
{
    if (!m_levels)
        return;
    const int current = m_levels->currentRow();
    m_levels->clear();
    const int count = int(m_config.cascadeLevels.size());
    for (int i = 0; i < count; ++i) {
        const QString &name = m_config.cascadeLevels.at(i);
        const QString role = tr("Cascade level %1").arg(i + 1);
        const QString detail = describeResolution(name, cascadeLevelPriceTier(i, count), role);
        auto *entry = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(name), m_levels);
        entry->setData(kNameRole, name);
        // The list shows plain text: strip the error markup, keep the words.
        QString plain = detail;
        plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        entry->setToolTip(plain);
        if (detail.startsWith(QLatin1Char('<')))
            entry->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    if (count > 0)
        m_levels->setCurrentRow(std::clamp(current, 0, count - 1));
    m_levelsHint->setText(count == 0 ? tr("No levels yet: add configured endpoints, smallest first. Nothing is sent until "
                                          "you do.")
                          : count == 1 ? tr("One level only: every prompt is answered by it. Add a larger level to escalate to.")
                                       : tr("Hover over a level for the endpoint and the price it is charged at."));

    // What the cascade can and cannot do as configured.
    QStringList problems;
    const EndpointStore empty;
    const Result<CascadeConfig> cascade =
        resolveCascade(m_config, m_services.endpoints ? *m_services.endpoints : empty, m_workbench.catalog());
    if (!cascade)
        problems.append(cascade.error());
    if (m_config.assessors.contains(QStringLiteral("judge"), Qt::CaseInsensitive) && m_config.judgeEndpoint.isEmpty())
        problems.append(tr("The judge assessor needs a judge endpoint."));
    m_cascadeProblems->setText(problems.join(QLatin1Char('\n')));
    m_cascadeProblems->setVisible(!problems.isEmpty());
}

void RoutingPage::addLevel()
{
    const QString name = comboValue(m_levelCombo);
    if (name.isEmpty()) {
        m_levelCombo->setFocus();
        return;
    }
    m_config.cascadeLevels.append(name);
    m_levelCombo->setEditText(QString());
    refreshLevels();
    m_levels->setCurrentRow(int(m_config.cascadeLevels.size()) - 1);
    configChanged();
}

void RoutingPage::removeLevel()
{
    const int row = m_levels->currentRow();
    if (row < 0 || row >= m_config.cascadeLevels.size())
        return;
    m_config.cascadeLevels.removeAt(row);
    refreshLevels();
    configChanged();
}

void RoutingPage::moveLevel(int delta)
{
    const int row = m_levels->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_config.cascadeLevels.size())
        return;
    m_config.cascadeLevels.move(row, to);
    refreshLevels();
    m_levels->setCurrentRow(to);
    configChanged();
}

void RoutingPage::cascadeEdited()
{
    if (m_updating)
        return;
    m_config.cascadeThreshold = m_threshold->value();
    QStringList ids;
    const QStringList all = RoutingConfig::assessorIds();
    for (int i = 0; i < all.size() && i < m_assessors.size(); ++i) {
        if (m_assessors.at(i)->isChecked())
            ids.append(all.at(i));
    }
    if (ids.isEmpty()) {
        // A cascade without a confidence source cannot decide anything: keep the last one on.
        if (auto *box = qobject_cast<QCheckBox *>(sender())) {
            const QSignalBlocker block(box);
            box->setChecked(true);
            ids.append(all.at(m_assessors.indexOf(box)));
        } else {
            ids = m_config.assessors;
        }
        emit statusMessage(tr("The cascade needs at least one confidence source."));
    }
    m_config.assessors = ids;
    m_config.judgeEndpoint = comboValue(m_judge);
    m_config.consistencySamples = m_samples->value();
    m_config.consistencyTemperature = m_sampleTemperature->value();
    m_config.validationRegex = m_validationRegex->text();
    m_config.validationJson = m_validationJson->isChecked();
    m_config.validationRequiredKeys = splitList(m_validationKeys->text());
    updateTierPrices();
    refreshLevels();
    configChanged();
}

// --- live -------------------------------------------------------------------------------------

QWidget *RoutingPage::buildLiveTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *modeRow = new QHBoxLayout;
    m_modeCascade = new QRadioButton(tr("Run the &cascade (smallest level first)"), tab);
    m_modeCascade->setObjectName(QStringLiteral("liveModeCascade"));
    m_modeRouter = new QRadioButton(tr("&Route with the rules (escalating on errors)"), tab);
    m_modeRouter->setObjectName(QStringLiteral("liveModeRouter"));
    m_modeCascade->setChecked(true);
    auto *group = new QButtonGroup(tab);
    group->addButton(m_modeCascade);
    group->addButton(m_modeRouter);
    modeRow->addWidget(m_modeCascade);
    modeRow->addWidget(m_modeRouter);
    modeRow->addStretch(1);
    layout->addLayout(modeRow);
    m_routerInputs = new QLabel(tab);
    m_routerInputs->setObjectName(QStringLiteral("routerInputs"));
    m_routerInputs->setWordWrap(true);
    m_routerInputs->hide();
    layout->addWidget(m_routerInputs);

    auto *splitter = new QSplitter(Qt::Vertical, tab);
    layout->addWidget(splitter, 1);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_livePrompt = new QPlainTextEdit(top);
    m_livePrompt->setObjectName(QStringLiteral("livePrompt"));
    m_livePrompt->setPlaceholderText(tr("A prompt to send, e.g. “What is the capital of Australia? Answer in one word.”"));
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
    m_liveTable = new QTableWidget(0, LiveColumnCount, bottom);
    m_liveTable->setObjectName(QStringLiteral("liveTable"));
    m_liveTable->setHorizontalHeaderLabels(
        {tr("Level"), tr("Endpoint"), tr("Answer"), tr("Confidence"), tr("Cost"), tr("Latency"), tr("Outcome")});
    m_liveTable->verticalHeader()->hide();
    m_liveTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_liveTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int c = 0; c < LiveColumnCount; ++c)
        m_liveTable->horizontalHeader()->setSectionResizeMode(c, c == LiveAnswer ? QHeaderView::Stretch
                                                                                 : QHeaderView::ResizeToContents);
    bottomLayout->addWidget(m_liveTable, 1);
    m_liveSummary = new QLabel(bottom);
    m_liveSummary->setObjectName(QStringLiteral("liveSummary"));
    m_liveSummary->setWordWrap(true);
    m_liveSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_liveSummary->setText(tr("Write a prompt and press Run (Ctrl+Return). Each level's answer, confidence, cost and "
                              "latency appear here as it completes."));
    bottomLayout->addWidget(m_liveSummary);
    m_liveAnswer = new QPlainTextEdit(bottom);
    m_liveAnswer->setObjectName(QStringLiteral("liveAnswer"));
    m_liveAnswer->setReadOnly(true);
    m_liveAnswer->setPlaceholderText(tr("The answer streams here."));
    bottomLayout->addWidget(m_liveAnswer, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    connect(m_modeRouter, &QRadioButton::toggled, m_routerInputs, &QWidget::setVisible);
    connect(m_runButton, &QPushButton::clicked, this, [this] { runLive(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &RoutingPage::cancelLive);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *run = new QShortcut(key, tab);
        run->setContext(Qt::WidgetWithChildrenShortcut);
        connect(run, &QShortcut::activated, this, [this] { runLive(); });
    }
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), tab);
    cancel->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancel, &QShortcut::activated, this, &RoutingPage::cancelLive);
    return tab;
}

RoutingPage::LiveMode RoutingPage::liveMode() const
{
    return m_modeRouter->isChecked() ? LiveMode::Router : LiveMode::Cascade;
}

void RoutingPage::setLiveMode(LiveMode mode)
{
    (mode == LiveMode::Router ? m_modeRouter : m_modeCascade)->setChecked(true);
}

void RoutingPage::showLiveError(const QString &message)
{
    m_liveError->setText(message);
    m_liveError->setVisible(!message.isEmpty());
}

void RoutingPage::setRunning(bool running)
{
    m_running = running;
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
}

Status RoutingPage::runLive()
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
    if (m_saveTimer->isActive())
        saveConfig();

    const EndpointStore empty;
    const EndpointStore &store = m_services.endpoints ? *m_services.endpoints : empty;
    const Catalog &catalog = m_workbench.catalog();
    showLiveError(QString());
    m_liveTable->setRowCount(0);
    m_liveAnswer->clear();
    m_pendingText.clear();

    if (liveMode() == LiveMode::Cascade) {
        const Result<CascadePlan> plan = RoutingSession::planCascade(m_config, store, catalog);
        if (!plan)
            return fail(plan.error());
        m_liveSummary->setText(tr("Running the cascade over %n level(s), threshold %1…", nullptr,
                                  int(plan->cascade.levels.size())).arg(number(plan->cascade.threshold, 2)));
        setRunning(true);
        m_session->runCascade(*plan, prompt);
        return success();
    }

    RoutingRequest request = previewRequest();
    request.prompt = prompt;
    const Result<RoutePlan> plan = RoutingSession::planRoute(m_config, store, catalog, request);
    if (!plan)
        return fail(plan.error());
    if (!plan->sendable)
        return fail(plan->sendable.error());
    m_liveSummary->setText(tr("Routing to the %1 tier (rule %2)…").arg(tierDisplayName(plan->decision.tier)).arg(plan->decision.ruleIndex + 1));
    setRunning(true);
    m_session->runRoute(*plan, request);
    return success();
}

void RoutingPage::showLevelFinished(const CascadeLevelResult &level)
{
    flushLiveText();
    const int row = level.level;
    if (row < 0 || row >= m_liveTable->rowCount())
        return;
    const QString answer = level.answer.text;
    m_liveTable->setItem(row, LiveAnswer, item(firstLine(answer), answer));
    const Assessment &a = level.assessment;
    m_liveTable->setItem(row, LiveConfidence, item(a.confidence ? number(*a.confidence, 2) : tr("unavailable"), a.reason));
    m_liveTable->setItem(row, LiveCost, item(costText(level.cost),
                                             tr("Answer %1, assessment %2").arg(costText(level.answerCost), formatUsdPrecise(a.cost.usd))));
    m_liveTable->setItem(row, LiveLatency, item(tr("%1 ms").arg(number(level.latencyMs, 0))));
    QString outcome;
    if (!level.answer.ok())
        outcome = tr("failed: %1").arg(level.answer.error->message);
    else if (level.accepted)
        outcome = tr("accepted");
    else
        outcome = a.confidence ? tr("below the threshold") : tr("no confidence");
    m_liveTable->setItem(row, LiveOutcome, item(outcome, outcome));
}

void RoutingPage::showAttemptFinished(const RouteAttempt &attempt)
{
    flushLiveText();
    const int row = m_liveTable->rowCount() - 1;
    if (row < 0)
        return;
    m_liveTable->setItem(row, LiveAnswer, item(firstLine(m_liveAnswer->toPlainText()), m_liveAnswer->toPlainText()));
    m_liveTable->setItem(row, LiveConfidence, item(tr("—")));
    m_liveTable->setItem(row, LiveCost, item(costText(attempt.cost)));
    m_liveTable->setItem(row, LiveLatency, item(tr("%1 ms").arg(number(attempt.latencyMs, 0)),
                                                tr("%n request(s) sent", nullptr, attempt.httpAttempts)));
    const QString outcome = attempt.ok() ? tr("answered") : tr("failed: %1").arg(attempt.error->message);
    m_liveTable->setItem(row, LiveOutcome, item(outcome, outcome));
}

void RoutingPage::startLiveRow(const QString &level, const Endpoint &endpoint)
{
    flushLiveText();
    m_liveAnswer->clear();
    const int row = m_liveTable->rowCount();
    m_liveTable->insertRow(row);
    m_liveTable->setItem(row, LiveLevel, item(level));
    m_liveTable->setItem(row, LiveEndpoint, item(endpoint.name, tr("%1 at %2").arg(endpoint.model, endpoint.baseUrl.toString())));
    m_liveTable->setItem(row, LiveOutcome, item(tr("answering…")));
}

void RoutingPage::flushLiveText()
{
    if (m_pendingText.isEmpty())
        return;
    // Only the new text goes in, at the end: the cost of a flush does not grow with the answer.
    QTextCursor cursor(m_liveAnswer->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_pendingText);
    m_pendingText.clear();
    m_liveAnswer->verticalScrollBar()->setValue(m_liveAnswer->verticalScrollBar()->maximum());
}

void RoutingPage::cancelLive()
{
    m_session->cancel();
}

void RoutingPage::finishCascade(const CascadeResult &result)
{
    flushLiveText();
    setRunning(false);
    if (!result.ok()) {
        showLiveError(result.error.isEmpty() ? tr("No level answered.") : result.error);
        m_liveSummary->setText(tr("No answer. Cost so far: %1.").arg(costText(result.totalCost)));
        emit liveFinished();
        return;
    }
    m_liveAnswer->setPlainText(result.text);
    const QString confidence = result.confidence ? number(*result.confidence, 2) : tr("unknown");
    const QString reached = result.reachedThreshold
        ? tr("confidence %1 ≥ %2").arg(confidence, number(result.threshold, 2))
        : tr("confidence %1 < %2 at every level, so the last answer is returned").arg(confidence, number(result.threshold, 2));
    const double largest = result.largestOnlyCost.usd;
    QString saving;
    if (largest > 0) {
        const double share = (largest - result.totalCost.usd) / largest * 100.0;
        saving = share >= 0 ? tr("%1 % less").arg(number(share, 0)) : tr("%1 % more").arg(number(-share, 0));
    }
    const QString largestText = result.largestOnlyMeasured ? costText(result.largestOnlyCost)
                                                           : tr("≈ %1").arg(formatUsdPrecise(largest));
    m_liveSummary->setText(tr("<b>Answered at level %1 by %2 (%3)</b>: %4.<br>Cost %5 against %6 for the largest level "
                              "alone%7 · %8 ms in all.")
                               .arg(result.level + 1)
                               .arg(result.endpoint.name.toHtmlEscaped(), result.modelUsed.toHtmlEscaped(), reached,
                                    costText(result.totalCost), largestText,
                                    saving.isEmpty() ? QString() : tr(" (%1)").arg(saving), number(result.totalLatencyMs, 0)));
    emit liveFinished();
}

void RoutingPage::finishRoute(const RoutedResult &result)
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
    m_liveSummary->setText(tr("<b>Answered by the %1 tier</b> (%2) after %n attempt(s); cost %3 · %4 ms in all.", nullptr,
                              int(result.attempts.size()))
                               .arg(tierDisplayName(*result.answeredTier), decided.toHtmlEscaped(),
                                    costText(result.totalCost), number(result.totalLatencyMs, 0)));
    emit liveFinished();
}

// --- simulator --------------------------------------------------------------------------------

QWidget *RoutingPage::buildSimulatorTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *form = new QGridLayout;
    m_simRuns = new QLineEdit(tab);
    m_simRuns->setObjectName(QStringLiteral("simRuns"));
    m_simRuns->setPlaceholderText(tr("every stored run; or words the prompt or an answer must contain"));
    m_simRuns->setClearButtonEnabled(true);
    m_simLevels = new QComboBox(tab);
    m_simLevels->setObjectName(QStringLiteral("simLevels"));
    m_simLevels->addItem(tr("The cascade's levels"));
    m_simLevels->addItem(tr("The runs' endpoints, cheapest first"));
    m_simLevels->setToolTip(tr("Which stored answers count as level 1, 2, …: by endpoint name"));
    m_simConfidence = new QComboBox(tab);
    m_simConfidence->setObjectName(QStringLiteral("simConfidence"));
    m_simConfidence->addItem(tr("Validation checks (the cascade's settings)"));
    m_simConfidence->addItem(tr("Stored log-probabilities"));
    m_simConfidence->setToolTip(tr("How confident each stored answer is; runs from the Compare page keep no "
                                   "log-probabilities, so validation is the usual choice"));
    m_simTarget = new QDoubleSpinBox(tab);
    m_simTarget->setObjectName(QStringLiteral("simTarget"));
    m_simTarget->setRange(0.0, 1.0);
    m_simTarget->setSingleStep(0.05);
    m_simTarget->setDecimals(2);
    m_simTarget->setValue(0.8);
    m_simTarget->setToolTip(tr("The mean quality the cascade must keep; the cheapest threshold that does is marked"));
    m_simStep = new QDoubleSpinBox(tab);
    m_simStep->setObjectName(QStringLiteral("simStep"));
    m_simStep->setRange(0.01, 0.5);
    m_simStep->setSingleStep(0.05);
    m_simStep->setDecimals(2);
    m_simStep->setValue(0.05);
    form->addWidget(new QLabel(tr("Runs:"), tab), 0, 0);
    form->addWidget(m_simRuns, 0, 1, 1, 3);
    form->addWidget(new QLabel(tr("Levels:"), tab), 1, 0);
    form->addWidget(m_simLevels, 1, 1);
    form->addWidget(new QLabel(tr("Confidence:"), tab), 1, 2);
    form->addWidget(m_simConfidence, 1, 3);
    form->addWidget(new QLabel(tr("Target quality:"), tab), 2, 0);
    form->addWidget(m_simTarget, 2, 1);
    form->addWidget(new QLabel(tr("Threshold step:"), tab), 2, 2);
    form->addWidget(m_simStep, 2, 3);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_simulateButton = new QPushButton(tr("Simulate"), tab);
    m_simulateButton->setObjectName(QStringLiteral("simulateButton"));
    m_simulateButton->setToolTip(tr("Replay the stored runs for every threshold (F5)"));
    m_exportButton = new QPushButton(tr("Export chart…"), tab);
    m_exportButton->setObjectName(QStringLiteral("simExportButton"));
    m_exportButton->setToolTip(tr("Save the chart as PNG, SVG or PDF (Ctrl+Shift+X)"));
    m_exportButton->setEnabled(false);
    m_simInMemo = new QCheckBox(tr("Include in the decision memo"), tab);
    m_simInMemo->setObjectName(QStringLiteral("simInMemo"));
    m_simInMemo->setChecked(true);
    m_simInMemo->setToolTip(tr("File ▸ Export memo adds this simulation's chart and table"));
    buttons->addWidget(m_simulateButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_simInMemo);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_simStatus = new QLabel(tab);
    m_simStatus->setObjectName(QStringLiteral("simStatus"));
    m_simStatus->setWordWrap(true);
    m_simStatus->setText(tr("Replays stored runs in which several endpoints answered the same prompt, as if the "
                            "cascade had run: no call is made. Quality comes from your thumbs and votes on the "
                            "Compare and History pages. Press Simulate (F5)."));
    layout->addWidget(m_simStatus);

    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    // Built with its chart: QChartView(parent) makes a default chart that setChart() would only
    // release, not delete.
    m_chart = buildCascadeSimulationChart({}, {});
    m_chartView = new QChartView(m_chart, splitter);
    m_chartView->setObjectName(QStringLiteral("simChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_simTable = new QTableWidget(0, 0, splitter);
    m_simTable->setObjectName(QStringLiteral("simTable"));
    m_simTable->verticalHeader()->hide();
    m_simTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_simTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_simulateButton, &QPushButton::clicked, this, [this] { simulate(); });
    connect(m_simRuns, &QLineEdit::returnPressed, this, [this] { simulate(); });
    connect(m_exportButton, &QPushButton::clicked, this, &RoutingPage::exportChartInteractive);
    auto *simulateKey = new QShortcut(QKeySequence(Qt::Key_F5), tab);
    simulateKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(simulateKey, &QShortcut::activated, this, [this] { simulate(); });
    auto *exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), tab);
    exportKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(exportKey, &QShortcut::activated, this, &RoutingPage::exportChartInteractive);
    return tab;
}

void RoutingPage::setDatabase(Database *database)
{
    m_database = database;
}

QStringList RoutingPage::simulationLevels(const StoredRunSelection &selection) const
{
    if (m_simLevels->currentIndex() == 0 && m_config.cascadeLevels.size() >= 2)
        return m_config.cascadeLevels;
    return StoredRunSimulation::levelsByCost(selection.runs);
}

Status RoutingPage::simulate()
{
    auto fail = [this](const QString &message) {
        m_simStatus->setText(message);
        emit statusMessage(message);
        return Status::failure(message);
    };
    if (!m_database || !m_database->isOpen())
        return fail(tr("No run history is open, so there is nothing to replay. Runs from the Compare page are stored "
                       "in the history database; see the History page."));
    RunFilter filter;
    filter.search = m_simRuns->text().trimmed();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<StoredRunSelection> selection = StoredRunSimulation::load(*m_database, filter);
    QGuiApplication::restoreOverrideCursor();
    if (!selection)
        return fail(selection.error());
    if (selection->runs.isEmpty())
        return fail(filter.search.isEmpty()
                        ? tr("No run is stored yet. Run prompts on two or more endpoints on the Compare page, vote or "
                             "give thumbs, then simulate.")
                        : tr("No stored run matches “%1”.").arg(filter.search));
    const QStringList levels = simulationLevels(*selection);
    if (levels.size() < 2)
        return fail(tr("The selected runs were answered by %n endpoint(s); a cascade needs answers from at least two.",
                       nullptr, int(levels.size())));
    ValidationChecks checks;
    checks.regex = m_config.validationRegex;
    checks.validJson = m_config.validationJson;
    checks.requiredKeys = m_config.validationRequiredKeys;
    const bool validation = m_simConfidence->currentIndex() == 0;
    const StoredRunReplay replay = StoredRunSimulation::replay(
        *selection, levels, validation ? StoredRunSimulation::Confidence::Validation : StoredRunSimulation::Confidence::Logprob,
        checks);
    if (replay.prompts.isEmpty())
        return fail(tr("None of the %n selected run(s) has a complete answer from %1.", nullptr, int(selection->runs.size()))
                        .arg(levels.join(QStringLiteral(", "))));
    SimulationOptions options;
    options.step = m_simStep->value();
    options.targetQuality = m_simTarget->value();
    const Result<CascadeSimulation> simulation = CascadeSimulator::simulate(replay.prompts, options);
    if (!simulation)
        return fail(simulation.error());

    MemoCascadeSimulation result;
    result.simulation = *simulation;
    result.levelNames = levels.mid(0, simulation->levelCount);
    result.targetQuality = options.targetQuality;
    const QString confidence = validation ? tr("confidence from validation checks") : tr("confidence from stored log-probabilities");
    result.source = filter.search.isEmpty()
        ? tr("%n stored run(s), quality from your thumbs and votes, %1.", nullptr, int(selection->runs.size())).arg(confidence)
        : tr("%n stored run(s) matching “%1”, quality from your thumbs and votes, %2.", nullptr, int(selection->runs.size()))
              .arg(filter.search, confidence);
    m_simulation = result;
    showSimulation();

    QStringList notes{tr("%n prompt(s) replayed", nullptr, simulation->promptCount),
                      tr("%1 of %2 answers have a confidence, %3 a quality label").arg(replay.withConfidence).arg(replay.answers).arg(replay.labelled)};
    if (selection->truncated)
        notes.append(tr("only the newest %n runs were loaded", nullptr, int(selection->runs.size())));
    QString text = notes.join(QStringLiteral(" · ")) + QLatin1Char('.');
    if (replay.withConfidence == 0)
        text += QLatin1Char(' ') + (validation ? tr("No answer could be validated, so every prompt escalates to its largest level.")
                                               : tr("No stored answer has log-probabilities, so every prompt escalates to its "
                                                    "largest level: choose validation checks."));
    if (replay.labelled == 0)
        text += QLatin1Char(' ') + tr("No answer has a quality label: give thumbs or votes on the Compare or History page.");
    m_simStatus->setText(text);
    emit statusMessage(tr("Cascade simulated over %n prompt(s).", nullptr, simulation->promptCount));
    return success();
}

void RoutingPage::showSimulation()
{
    if (!m_simulation)
        return;
    const MemoCascadeSimulation &s = *m_simulation;
    const CascadeSimulation &sim = s.simulation;
    QChart *old = m_chart;
    m_chart = buildCascadeSimulationChart(sim, {s.levelNames, s.targetQuality, s.source});
    m_chartView->setChart(m_chart);
    delete old;
    for (QAbstractSeries *series : m_chart->series()) {
        if (series->objectName() != QLatin1String(CascadeSimulationSeries::thresholds)
            && series->objectName() != QLatin1String(CascadeSimulationSeries::best))
            continue;
        auto *xy = static_cast<QXYSeries *>(series);
        connect(xy, &QXYSeries::hovered, this, [this, xy](const QPointF &point, bool state) {
            if (!state || !m_simulation) {
                QToolTip::hideText();
                return;
            }
            const int index = cascadeSimulationPointIndex(xy, point);
            QToolTip::showText(QCursor::pos(), cascadeSimulationTooltip(m_simulation->simulation, index, m_simulation->levelNames),
                               m_chartView);
        });
    }
    m_exportButton->setEnabled(true);

    // The table: the reference policies around the sweep, the chosen threshold in bold.
    QStringList header{tr("Policy")};
    for (int level = 0; level < sim.levelCount; ++level)
        header.append(s.levelNames.value(level, tr("Level %1").arg(level + 1)));
    header << tr("Cost") << tr("Quality") << tr("Labelled");
    m_simTable->clear();
    m_simTable->setColumnCount(int(header.size()));
    m_simTable->setHorizontalHeaderLabels(header);
    // Consecutive thresholds with the same outcome share a row: the table shows what changes.
    struct Group { qsizetype first; qsizetype last; };
    QList<Group> groups;
    for (qsizetype i = 0; i < sim.curve.size(); ++i) {
        const SimulationPoint &p = sim.curve.at(i);
        if (!groups.isEmpty()) {
            const SimulationPoint &q = sim.curve.at(groups.constLast().first);
            if (q.answeredAtLevel == p.answeredAtLevel && q.totalCostUsd == p.totalCostUsd && q.meanQuality == p.meanQuality) {
                groups.last().last = i;
                continue;
            }
        }
        groups.append({i, i});
    }
    m_simTable->setRowCount(int(groups.size()) + 2);
    auto fill = [&](int row, const QString &label, const SimulationPoint &p, bool bold) {
        QList<QTableWidgetItem *> cells{item(label)};
        for (int level = 0; level < sim.levelCount; ++level)
            cells.append(item(tr("%1 %").arg(number(p.shareAtLevel.value(level) * 100.0, 0)),
                              tr("%n prompt(s)", nullptr, p.answeredAtLevel.value(level))));
        cells << item(simulationCostText(p)) << item(p.meanQuality ? number(*p.meanQuality, 3) : tr("—"))
              << item(QString::number(p.labelled));
        for (int c = 0; c < cells.size(); ++c) {
            if (c > 0)
                cells.at(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (bold) {
                QFont font = cells.at(c)->font();
                font.setBold(true);
                cells.at(c)->setFont(font);
            }
            m_simTable->setItem(row, c, cells.at(c));
        }
    };
    fill(0, tr("Always small"), sim.alwaysSmall, false);
    int bestRow = -1;
    for (int g = 0; g < groups.size(); ++g) {
        const Group &group = groups.at(g);
        const QString first = number(sim.curve.at(group.first).threshold, 2);
        QString label = group.first == group.last ? tr("t = %1").arg(first)
                                                  : tr("t = %1–%2").arg(first, number(sim.curve.at(group.last).threshold, 2));
        // The cheapest threshold meeting the target is the first of its group (ties go to the lower threshold).
        const bool best = sim.bestIndex >= group.first && sim.bestIndex <= group.last;
        if (best) {
            label = tr("%1 ◀ target").arg(label);
            bestRow = g + 1;
        }
        fill(g + 1, label, sim.curve.at(group.first), best);
    }
    fill(int(groups.size()) + 1, tr("Always large"), sim.alwaysLarge, false);
    m_simTable->resizeColumnsToContents();
    if (bestRow >= 0)
        m_simTable->scrollToItem(m_simTable->item(bestRow, 0));
}

std::optional<MemoCascadeSimulation> RoutingPage::memoSimulation() const
{
    if (!m_simulation || !m_simInMemo->isChecked())
        return std::nullopt;
    return m_simulation;
}

Status RoutingPage::exportSimulationChart(const QString &path)
{
    if (!m_simulation)
        return Status::failure(tr("Simulate first: there is no chart to export yet."));
    const MemoCascadeSimulation &s = *m_simulation;
    std::unique_ptr<QChart> chart(buildCascadeSimulationChart(s.simulation, {s.levelNames, s.targetQuality, s.source}));
    return exportChart(chart.get(), path);
}

void RoutingPage::exportChartInteractive()
{
    if (!m_simulation) {
        emit statusMessage(tr("Simulate first: there is no chart to export yet."));
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Export cascade chart"),
                                                QDir(dir).filePath(QStringLiteral("cascade-simulation.png")),
                                                tr("PNG images (*.png);;SVG images (*.svg);;PDF documents (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        const qsizetype star = selected.indexOf(QLatin1String("*."));
        if (star >= 0)
            path += selected.mid(star + 1, selected.indexOf(QLatin1Char(')'), star) - star - 1);
    }
    const Status status = exportSimulationChart(path);
    emit statusMessage(status ? tr("Chart exported to %1").arg(QDir::toNativeSeparators(path)) : status.error());
}
