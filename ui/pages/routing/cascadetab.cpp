// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "cascadetab.h"

#include "decision/workbench.h"
#include "endpointchoice.h"
#include "models/cascadelevelsmodel.h"
#include "providers/endpointstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

CascadeTab::CascadeTab(RoutingConfig &config, Workbench &workbench, const EndpointStore *endpoints, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
    , m_workbench(workbench)
    , m_endpoints(endpoints)
{
    auto *layout = new QHBoxLayout(this);

    auto *levelsBox = new QGroupBox(tr("Levels, smallest first"), this);
    auto *levelsLayout = new QVBoxLayout(levelsBox);
    m_levelsModel = new CascadeLevelsModel(this);
    m_levels = new QListView(levelsBox);
    m_levels->setModel(m_levelsModel);
    m_levels->setEditTriggers(QAbstractItemView::NoEditTriggers);
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

    auto *right = new QWidget(this);
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
        connect(check, &QCheckBox::toggled, this, &CascadeTab::cascadeEdited);
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

    connect(add, &QPushButton::clicked, this, &CascadeTab::addLevel);
    connect(m_levelCombo->lineEdit(), &QLineEdit::returnPressed, this, &CascadeTab::addLevel);
    connect(remove, &QPushButton::clicked, this, &CascadeTab::removeLevel);
    connect(up, &QPushButton::clicked, this, [this] { moveLevel(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveLevel(1); });
    auto *del = new QShortcut(QKeySequence::Delete, m_levels);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &CascadeTab::removeLevel);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &CascadeTab::cascadeEdited);
    connect(m_judge, &QComboBox::currentTextChanged, this, &CascadeTab::cascadeEdited);
    connect(m_samples, &QSpinBox::valueChanged, this, &CascadeTab::cascadeEdited);
    connect(m_sampleTemperature, &QDoubleSpinBox::valueChanged, this, &CascadeTab::cascadeEdited);
    connect(m_validationRegex, &QLineEdit::textEdited, this, &CascadeTab::cascadeEdited);
    connect(m_validationJson, &QCheckBox::toggled, this, &CascadeTab::cascadeEdited);
    connect(m_validationKeys, &QLineEdit::textEdited, this, &CascadeTab::cascadeEdited);
    refreshEndpoints();
    showConfig();
}

void CascadeTab::refreshLevels()
{
    const int current = currentLevel();
    const int count = int(m_config.cascadeLevels.size());
    QList<CascadeLevelsModel::Level> levels;
    for (int i = 0; i < count; ++i) {
        const QString &name = m_config.cascadeLevels.at(i);
        const QString role = tr("Cascade level %1").arg(i + 1);
        levels.append({name,
                       EndpointChoice::describe(name, cascadeLevelPriceTier(i, count), role, m_endpoints,
                                                m_workbench.catalog())});
    }
    m_levelsModel->setLevels(levels);
    if (count > 0)
        setCurrentLevel(std::clamp(current, 0, count - 1));
    m_levelsHint->setText(
        count == 0       ? tr("No levels yet: add configured endpoints, smallest first. Nothing is sent until "
                                    "you do.")
            : count == 1 ? tr("One level only: every prompt is answered by it. Add a larger level to escalate to.")
                         : tr("Hover over a level for the endpoint and the price it is charged at."));

    // What the cascade can and cannot do as configured.
    QStringList problems;
    const EndpointStore empty;
    const Result<CascadeConfig> cascade =
        resolveCascade(m_config, m_endpoints ? *m_endpoints : empty, m_workbench.catalog());
    if (!cascade)
        problems.append(cascade.error());
    if (m_config.assessors.contains(QStringLiteral("judge"), Qt::CaseInsensitive) && m_config.judgeEndpoint.isEmpty())
        problems.append(tr("The judge assessor needs a judge endpoint."));
    m_cascadeProblems->setText(problems.join(QLatin1Char('\n')));
    m_cascadeProblems->setVisible(!problems.isEmpty());
}

int CascadeTab::currentLevel() const
{
    return m_levels->currentIndex().row();
}

void CascadeTab::setCurrentLevel(int row)
{
    m_levels->setCurrentIndex(m_levelsModel->index(row));
}

void CascadeTab::addLevel()
{
    const QString name = EndpointChoice::value(m_levelCombo);
    if (name.isEmpty()) {
        m_levelCombo->setFocus();
        return;
    }
    m_config.cascadeLevels.append(name);
    m_levelCombo->setEditText(QString());
    refreshLevels();
    setCurrentLevel(int(m_config.cascadeLevels.size()) - 1);
    emit edited();
}

void CascadeTab::removeLevel()
{
    const int row = currentLevel();
    if (row < 0 || row >= m_config.cascadeLevels.size())
        return;
    m_config.cascadeLevels.removeAt(row);
    refreshLevels();
    emit edited();
}

void CascadeTab::moveLevel(int delta)
{
    const int row = currentLevel();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_config.cascadeLevels.size())
        return;
    m_config.cascadeLevels.move(row, to);
    refreshLevels();
    setCurrentLevel(to);
    emit edited();
}

void CascadeTab::cascadeEdited()
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
    m_config.judgeEndpoint = EndpointChoice::value(m_judge);
    m_config.consistencySamples = m_samples->value();
    m_config.consistencyTemperature = m_sampleTemperature->value();
    m_config.validationRegex = m_validationRegex->text();
    m_config.validationJson = m_validationJson->isChecked();
    m_config.validationRequiredKeys = EndpointChoice::splitList(m_validationKeys->text());
    updateJudgePrice();
    refreshLevels();
    emit edited();
}

void CascadeTab::showConfig()
{
    m_updating = true;
    m_threshold->setValue(m_config.cascadeThreshold);
    const QStringList ids = RoutingConfig::assessorIds();
    for (int i = 0; i < ids.size() && i < m_assessors.size(); ++i)
        m_assessors.at(i)->setChecked(m_config.assessors.contains(ids.at(i), Qt::CaseInsensitive));
    EndpointChoice::setText(m_judge, m_config.judgeEndpoint);
    m_samples->setValue(m_config.consistencySamples);
    m_sampleTemperature->setValue(m_config.consistencyTemperature);
    m_validationRegex->setText(m_config.validationRegex);
    m_validationJson->setChecked(m_config.validationJson);
    m_validationKeys->setText(m_config.validationRequiredKeys.join(QStringLiteral(", ")));
    m_updating = false;
    refreshLevels();
    updateJudgePrice();
}

void CascadeTab::refreshEndpoints()
{
    m_updating = true;
    EndpointChoice::fill(m_levelCombo, m_endpoints);
    EndpointChoice::fill(m_judge, m_endpoints);
    m_updating = false;
    refreshLevels();
    updateJudgePrice();
}

void CascadeTab::updateJudgePrice()
{
    m_judgePrice->setText(m_config.judgeEndpoint.isEmpty()
                              ? tr("Choose the endpoint that grades the answers (usually a large model).")
                              : EndpointChoice::describe(m_config.judgeEndpoint, Tier::Large, tr("Judge"), m_endpoints,
                                                         m_workbench.catalog()));
}
