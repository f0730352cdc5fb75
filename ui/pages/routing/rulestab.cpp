// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "rulestab.h"

#include "decision/workbench.h"
#include "endpointchoice.h"
#include "models/routingrulesmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

RulesTab::RulesTab(RoutingConfig &config, Workbench &workbench, const EndpointStore *endpoints, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
    , m_workbench(workbench)
    , m_endpoints(endpoints)
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *tabLayout = new QVBoxLayout(this);
    tabLayout->addWidget(splitter);

    // Left: the rules and the selected rule's editor.
    auto *rulesBox = new QGroupBox(tr("Rules, first match wins"), splitter);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    m_model = new RoutingRulesModel(m_config.policy, this);
    m_rules = new QTableView(rulesBox);
    m_rules->setObjectName(QStringLiteral("rulesTable"));
    m_rules->setModel(m_model);
    m_rules->verticalHeader()->hide();
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rules->horizontalHeader()->setSectionResizeMode(RoutingRulesModel::Number, QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setSectionResizeMode(RoutingRulesModel::Name, QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setSectionResizeMode(RoutingRulesModel::When, QHeaderView::Stretch);
    m_rules->horizontalHeader()->setSectionResizeMode(RoutingRulesModel::Target, QHeaderView::ResizeToContents);
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
        connect(check, &QCheckBox::toggled, this, &RulesTab::editRule);
    }
    qualityLayout->addStretch(1);
    m_ruleLonger = new QSpinBox(m_ruleEditor);
    m_ruleLonger->setObjectName(QStringLiteral("ruleLongerThan"));
    m_ruleLonger->setRange(-1, 100000000);
    m_ruleLonger->setSingleStep(1000);
    m_ruleLonger->setSpecialValueText(tr("no condition"));
    m_ruleLonger->setSuffix(tr(" characters"));
    m_ruleLonger->setGroupSeparatorShown(true);
    m_ruleLonger->setToolTip(
        tr("The rule applies to prompts longer than this (Unicode characters, as a person counts them)"));
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

    connect(m_rules->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showRule(current.row()); });
    connect(add, &QPushButton::clicked, this, &RulesTab::addRule);
    connect(m_removeRule, &QPushButton::clicked, this, &RulesTab::removeRule);
    connect(m_ruleUp, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_ruleDown, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(reset, &QPushButton::clicked, this, &RulesTab::resetRules);
    auto *del = new QShortcut(QKeySequence::Delete, m_rules);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &RulesTab::removeRule);
    auto *up = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), rulesBox);
    up->setContext(Qt::WidgetWithChildrenShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveRule(-1); });
    auto *down = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), rulesBox);
    down->setContext(Qt::WidgetWithChildrenShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveRule(1); });
    connect(m_ruleName, &QLineEdit::textEdited, this, &RulesTab::editRule);
    connect(m_ruleMatch, &QComboBox::currentIndexChanged, this, &RulesTab::editRule);
    connect(m_ruleTasks, &QLineEdit::textEdited, this, &RulesTab::editRule);
    connect(m_ruleReasoning, &QComboBox::currentIndexChanged, this, &RulesTab::editRule);
    connect(m_ruleLonger, &QSpinBox::valueChanged, this, &RulesTab::editRule);
    connect(m_ruleTarget, &QComboBox::currentIndexChanged, this, &RulesTab::editRule);

    connect(m_previewPrompt, &QPlainTextEdit::textChanged, this, [this] {
        RoutingRequest r;
        r.prompt = m_previewPrompt->toPlainText();
        m_previewLength->setValue(int(std::min<qsizetype>(r.promptLength(), m_previewLength->maximum())));
        updateDecision();
    });
    connect(m_previewLength, &QSpinBox::valueChanged, this, &RulesTab::updateDecision);
    connect(m_previewTask, &QComboBox::currentTextChanged, this, &RulesTab::updateDecision);
    connect(m_previewReasoning, &QCheckBox::toggled, this, &RulesTab::updateDecision);
    connect(m_previewQuality, &QComboBox::currentIndexChanged, this, &RulesTab::updateDecision);
    refreshEndpoints();
    showConfig();
}

void RulesTab::showConfig()
{
    m_updating = true;
    for (int i = 0; i < 3; ++i)
        EndpointChoice::setText(m_tierCombos.at(i), m_config.endpointFor(routerTiers[i]));
    m_updating = false;
    refreshRules();
    updateTierPrices();
    updateDecision();
}

void RulesTab::refreshEndpoints()
{
    m_updating = true;
    for (QComboBox *combo : std::as_const(m_tierCombos))
        EndpointChoice::fill(combo, m_endpoints);
    m_updating = false;
    updateTierPrices();
}

int RulesTab::currentRow() const
{
    return m_rules->currentIndex().row();
}

void RulesTab::selectRow(int row)
{
    m_rules->setCurrentIndex(m_model->index(row, RoutingRulesModel::Name));
}

void RulesTab::refreshRules()
{
    const int current = std::max(0, currentRow());
    m_model->reload();
    m_rules->resizeRowsToContents();
    if (m_model->rowCount() > 0)
        selectRow(std::min(current, m_model->rowCount() - 1));
    showRule(currentRow());
    showProblems();
}

void RulesTab::showProblems()
{
    const QStringList problems = m_config.policy.validate();
    m_ruleProblems->setText(problems.join(QLatin1Char('\n')));
    m_ruleProblems->setVisible(!problems.isEmpty());
}

void RulesTab::showRule(int row)
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
    m_ruleLonger->setValue(
        rule.promptLongerThan ? int(std::min<qsizetype>(*rule.promptLongerThan, m_ruleLonger->maximum())) : -1);
    m_ruleTarget->setCurrentIndex(m_ruleTarget->findData(tierId(rule.target)));
    m_updating = was;
}

void RulesTab::editRule()
{
    const int row = currentRow();
    if (m_updating || row < 0 || row >= m_config.policy.rules.size())
        return;
    RoutingRule rule = m_model->rule(row);
    rule.name = m_ruleName->text().trimmed();
    rule.match = m_ruleMatch->currentIndex() == 0 ? RoutingRule::Match::Any : RoutingRule::Match::All;
    rule.taskTypes = EndpointChoice::splitList(m_ruleTasks->text());
    switch (m_ruleReasoning->currentIndex()) {
    case 1:
        rule.reasoning = true;
        break;
    case 2:
        rule.reasoning = false;
        break;
    default:
        rule.reasoning.reset();
        break;
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
    // Only this row changes: a reset of the table would move the focus out of the field being typed in.
    m_model->setRule(row, rule);
    showProblems();
    updateDecision();
    emit edited();
}

void RulesTab::addRule()
{
    RoutingRule rule;
    rule.name = tr("New rule");
    rule.target = Tier::Medium;
    rule.taskTypes = {QStringLiteral("summarization")};
    const int at = currentRow() < 0 ? int(m_config.policy.rules.size()) : currentRow() + 1;
    m_model->insertRule(at, rule);
    m_rules->resizeRowsToContents();
    selectRow(at);
    showProblems();
    m_ruleName->setFocus();
    m_ruleName->selectAll();
    updateDecision();
    emit edited();
}

void RulesTab::removeRule()
{
    const int row = currentRow();
    if (row < 0 || row >= m_config.policy.rules.size())
        return;
    m_model->removeRow(row);
    if (m_model->rowCount() > 0)
        selectRow(std::min(row, m_model->rowCount() - 1));
    showRule(currentRow());
    showProblems();
    updateDecision();
    emit edited();
}

void RulesTab::moveRule(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_config.policy.rules.size())
        return;
    m_model->moveRow({}, row, {}, to > row ? to + 1 : to);
    selectRow(to);
    updateDecision();
    emit edited();
}

void RulesTab::resetRules()
{
    m_config.policy = RoutingPolicy::articleDefault();
    refreshRules();
    updateDecision();
    emit edited();
    emit statusMessage(tr("Router rules reset to the article's four rules."));
}

RoutingRequest RulesTab::previewRequest() const
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

RouteDecision RulesTab::previewDecision() const
{
    return m_config.policy.decide(previewRequest());
}

void RulesTab::updateDecision()
{
    if (!m_decision)
        return;
    const RouteDecision decision = previewDecision();
    if (decision.ruleIndex < 0) {
        m_decision->setText(
            tr("→ %1 tier: no rule matched, so the smallest tier is used").arg(tierDisplayName(decision.tier)));
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
    emit previewChanged();
}

void RulesTab::updateTierPrices()
{
    for (int i = 0; i < m_tierPrices.size(); ++i) {
        const Tier tier = routerTiers[i];
        m_tierPrices.at(i)->setText(EndpointChoice::describe(m_config.endpointFor(tier), tier,
                                                             tr("%1 tier").arg(tierDisplayName(tier)), m_endpoints,
                                                             m_workbench.catalog()));
    }
}

void RulesTab::tierEdited(int index)
{
    if (m_updating)
        return;
    m_config.setEndpointFor(routerTiers[index], EndpointChoice::value(m_tierCombos.at(index)));
    updateTierPrices();
    emit edited();
}
