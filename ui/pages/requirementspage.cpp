// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "requirementspage.h"

#include "catalog/catalogregistry.h"
#include "common/money.h"
#include "decision/inputlimits.h"
#include "decision/workbench.h"
#include "models/candidatetablemodel.h"
#include "widgets/columnsizing.h"
#include "widgets/numberedit.h"
#include "widgets/spectrumstrip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableView *candidateView(const QString &objectName, QSortFilterProxyModel *proxy, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(CandidateTableModel::Rank, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    // Thousands of rows: size columns from a sample rather than from every row.
    view->horizontalHeader()->setResizeContentsPrecision(200);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setMaximumSectionSize(view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    return view;
}

QString selectedTaskId(const RecommendationInput &input, const Catalog &catalog)
{
    const TaskProfile *task = input.task.isEmpty() ? nullptr : catalog.findTask(input.task);
    return task ? task->id : QString();
}
} // namespace

RequirementsPage::RequirementsPage(Workbench &workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("requirementsSplitter"));
    splitter->setChildrenCollapsible(false);

    auto *formScroll = new QScrollArea(splitter);
    formScroll->setWidgetResizable(true);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(buildForm());
    formScroll->setMinimumWidth(formScroll->widget()->minimumSizeHint().width() +
                                formScroll->verticalScrollBar()->sizeHint().width());
    splitter->addWidget(formScroll);
    splitter->addWidget(buildPanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // The form as narrow as it can be: the candidate table needs the width.
    splitter->setSizes(
        {formScroll->widget()->sizeHint().width() + formScroll->verticalScrollBar()->sizeHint().width(), 100000});
    layout->addWidget(splitter);

    connect(&m_workbench, &Workbench::recommendationChanged, this, [this] {
        refreshForm(false);
        refreshPanel();
    });
    connect(&m_workbench, &Workbench::catalogChanged, this, &RequirementsPage::refreshCatalogChoices);

    refreshCatalogChoices();
    refreshForm(true);
    refreshPanel();
}

QWidget *RequirementsPage::buildForm()
{
    auto *form = new QWidget;
    form->setObjectName(QStringLiteral("requirementsForm"));
    auto *layout = new QVBoxLayout(form);

    // Presets first: reproducing the article is the first thing a new user tries.
    auto *presets = new QGroupBox(tr("Presets"), form);
    auto *presetLayout = new QVBoxLayout(presets);
    const struct
    {
        Preset preset;
        const char *name;
        QString text;
        QString tip;
    } presetButtons[] = {
        {Preset::OnDeviceClassification, "presetOnDevice", tr("Article: on-device classification"),
         tr("Simple task, at most 50 ms, 1,000,000 requests per day")},
        {Preset::ComplexReasoning, "presetComplexReasoning", tr("Article: complex reasoning"),
         tr("High complexity, multi-step reasoning, minimum accuracy 0.98")},
        {Preset::Defaults, "presetDefaults", tr("Defaults"), tr("The article's default requirements")},
    };
    for (const auto &p : presetButtons) {
        auto *button = new QPushButton(p.text, presets);
        button->setObjectName(QString::fromLatin1(p.name));
        button->setToolTip(p.tip);
        const Preset preset = p.preset;
        connect(button, &QPushButton::clicked, this, [this, preset] { applyPreset(preset); });
        presetLayout->addWidget(button);
    }
    layout->addWidget(presets);

    auto makeForm = [form, layout](const QString &title) {
        auto *group = new QGroupBox(title, form);
        auto *f = new QFormLayout(group);
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        f->setRowWrapPolicy(QFormLayout::DontWrapRows);
        layout->addWidget(group);
        return f;
    };

    QFormLayout *data = makeForm(tr("Data"));
    m_catalog = new QComboBox(form);
    m_catalog->setObjectName(QStringLiteral("catalogCombo"));
    connect(m_catalog, &QComboBox::activated, this, &RequirementsPage::onCatalogActivated);
    auto *catalogBox = new QWidget(form);
    auto *catalogLayout = new QVBoxLayout(catalogBox);
    catalogLayout->setContentsMargins(0, 0, 0, 0);
    catalogLayout->setSpacing(2);
    m_catalogInfo = new QLabel(catalogBox);
    m_catalogInfo->setObjectName(QStringLiteral("catalogInfo"));
    m_catalogInfo->setWordWrap(true);
    m_catalogMessage = new QLabel(catalogBox);
    m_catalogMessage->setObjectName(QStringLiteral("catalogMessage"));
    m_catalogMessage->setWordWrap(true);
    m_catalogMessage->hide();
    catalogLayout->addWidget(m_catalog);
    catalogLayout->addWidget(m_catalogInfo);
    catalogLayout->addWidget(m_catalogMessage);
    data->addRow(tr("&Catalog:"), catalogBox);

    m_benchmark = new QComboBox(form);
    m_benchmark->setObjectName(QStringLiteral("benchmarkCombo"));
    m_benchmark->setToolTip(tr("Automatic: your own measurement when there is one, else the task's benchmark, "
                               "else the catalog's default"));
    connect(m_benchmark, &QComboBox::activated, this, [this](int index) {
        const QString id = m_benchmark->itemData(index).toString();
        edit([id](RecommendationInput &in) { in.qualityBenchmark = id; });
    });
    data->addRow(tr("&Quality benchmark:"), m_benchmark);

    QFormLayout *task = makeForm(tr("Task"));
    m_task = new QComboBox(form);
    m_task->setObjectName(QStringLiteral("taskCombo"));
    connect(m_task, &QComboBox::activated, this, [this](int index) {
        const QString id = m_task->itemData(index).toString();
        edit([id](RecommendationInput &in) { in.task = id; });
    });
    task->addRow(tr("&Task type:"), m_task);

    m_complexity = new QComboBox(form);
    m_complexity->setObjectName(QStringLiteral("complexityCombo"));
    for (Complexity c : {Complexity::Simple, Complexity::Medium, Complexity::High})
        m_complexity->addItem(complexityDisplayName(c), complexityId(c));
    connect(m_complexity, &QComboBox::activated, this, [this](int index) {
        const auto c = complexityFromId(m_complexity->itemData(index).toString());
        if (c)
            edit([c](RecommendationInput &in) { in.requirements.complexity = *c; });
    });
    task->addRow(tr("C&omplexity:"), m_complexity);

    m_reasoning = new QCheckBox(tr("Needs &multi-step reasoning"), form);
    m_reasoning->setObjectName(QStringLiteral("reasoningCheck"));
    connect(m_reasoning, &QCheckBox::toggled, this,
            [this](bool on) { edit([on](RecommendationInput &in) { in.requirements.multiStepReasoning = on; }); });
    task->addRow(QString(), m_reasoning);

    QFormLayout *limits = makeForm(tr("Limits"));
    m_maxLatency =
        addNumberRow(limits, QStringLiteral("maxLatencyEdit"), tr("Max &latency:"), InputLimits::maxLatencyMs(), false,
                     [](RecommendationInput &in, double v) { in.requirements.maxLatencyMs = v; });
    m_maxCost = addNumberRow(limits, QStringLiteral("maxCostEdit"), tr("Max cost per 1,000 re&quests:"),
                             InputLimits::maxCostPer1kRequests(), false,
                             [](RecommendationInput &in, double v) { in.requirements.maxCostPer1kRequests = v; });
    m_minAccuracy =
        addNumberRow(limits, QStringLiteral("minAccuracyEdit"), tr("Min &accuracy (0–1):"), InputLimits::minAccuracy(),
                     false, [](RecommendationInput &in, double v) { in.requirements.minAccuracy = v; });
    m_minRating = addNumberRow(limits, QStringLiteral("minRatingEdit"), tr("Min ra&ting:"), InputLimits::minRating(),
                               false, [](RecommendationInput &in, double v) { in.minRating = v; });
    m_minRating->setToolTip(tr("The quality bar when quality is a rating (LMArena, your vote ratings); 0: none"));
    m_qualityBarNote = new QLabel(form);
    m_qualityBarNote->setObjectName(QStringLiteral("qualityBarNote"));
    m_qualityBarNote->setWordWrap(true);
    QFont small = m_qualityBarNote->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_qualityBarNote->setFont(small);
    limits->addRow(m_qualityBarNote);
    m_contextLength =
        addNumberRow(limits, QStringLiteral("contextLengthEdit"), tr("Conte&xt length:"), InputLimits::contextLength(),
                     true, [](RecommendationInput &in, double v) { in.requirements.contextLength = int(v); });

    QFormLayout *volume = makeForm(tr("Volume"));
    InputLimit perDay = InputLimits::requestsPerDay();
    perDay.unit = tr("per day");
    m_requestsPerDay = addNumberRow(volume, QStringLiteral("requestsPerDayEdit"), tr("&Requests:"), perDay, false,
                                    [](RecommendationInput &in, double v) { in.requirements.requestsPerDay = v; });
    m_inputTokens = addNumberRow(volume, QStringLiteral("inputTokensEdit"), tr("&Input per request:"),
                                 InputLimits::tokensPerRequest(), false,
                                 [](RecommendationInput &in, double v) { in.inputTokens = v; });
    m_outputTokens = addNumberRow(volume, QStringLiteral("outputTokensEdit"), tr("O&utput per request:"),
                                  InputLimits::tokensPerRequest(), false,
                                  [](RecommendationInput &in, double v) { in.outputTokens = v; });

    QFormLayout *picks = makeForm(tr("Picks"));
    m_valueMargin =
        addNumberRow(picks, QStringLiteral("valueMarginEdit"), tr("&Value margin:"), InputLimits::valueMarginPercent(),
                     false, [](RecommendationInput &in, double v) { in.valueMargin = v / 100.0; });
    m_valueMargin->setToolTip(tr("The value pick is the cheapest model scoring within this share of the tier's best"));
    layout->addStretch(1);
    return form;
}

NumberEdit *RequirementsPage::addNumberRow(QFormLayout *form, const QString &objectName, const QString &label,
                                           const InputLimit &limit, bool integral,
                                           const std::function<void(RecommendationInput &, double)> &apply)
{
    auto *editor = new NumberEdit(form->parentWidget());
    editor->setObjectName(objectName);
    editor->setRange(limit.min, limit.max);
    editor->setIntegral(integral);
    editor->setUnit(limit.unit);
    connect(editor, &NumberEdit::valueEdited, this,
            [this, apply](double v) { edit([&apply, v](RecommendationInput &in) { apply(in, v); }); });
    form->addRow(label, editor);
    return editor;
}

void RequirementsPage::edit(const std::function<void(RecommendationInput &)> &change)
{
    if (m_updating)
        return;
    RecommendationInput input = m_workbench.input();
    change(input);
    m_workbench.setInput(input);
}

RecommendationInput RequirementsPage::presetInput(Preset preset, const RecommendationInput &current,
                                                  const Catalog &catalog)
{
    RecommendationInput input;
    input.qualityBenchmark = current.qualityBenchmark;
    input.selfHosting = current.selfHosting;
    input.valueMargin = current.valueMargin;
    auto taskIfKnown = [&catalog](const QString &id) { return catalog.findTask(id) ? id : QString(); };
    Requirements &r = input.requirements;
    switch (preset) {
    case Preset::OnDeviceClassification:
        // The article's first example of select_model_tier.
        r.complexity = Complexity::Simple;
        r.maxLatencyMs = 50.0;
        r.requestsPerDay = 1'000'000.0;
        input.task = taskIfKnown(QStringLiteral("text_classification"));
        break;
    case Preset::ComplexReasoning:
        // The article's second example.
        r.complexity = Complexity::High;
        r.multiStepReasoning = true;
        r.minAccuracy = 0.98;
        input.task = taskIfKnown(QStringLiteral("complex_analysis"));
        break;
    case Preset::Defaults:
        break;
    }
    return input;
}

void RequirementsPage::applyPreset(Preset preset)
{
    // Presets replace every field, including ones the user left invalid.
    const RecommendationInput input = presetInput(preset, m_workbench.input(), m_workbench.catalog());
    m_workbench.setInput(input);
    refreshForm(true);
}

void RequirementsPage::onCatalogActivated(int index)
{
    const QString name = m_catalog->itemData(index).toString();
    if (name == m_workbench.catalog().name)
        return;
    const Status status = m_workbench.setCatalog(name);
    m_catalogMessage->setVisible(!status.ok());
    if (!status.ok()) {
        m_catalogMessage->setText(status.error());
        refreshCatalogChoices();
    }
}

void RequirementsPage::refreshCatalogChoices()
{
    const Catalog &catalog = m_workbench.catalog();
    m_candidateView->setProperty("sized", false);
    m_nearMissView->setProperty("sized", false);
    m_updating = true;
    {
        const QSignalBlocker blockCatalog(m_catalog);
        m_catalog->clear();
        QStringList names = m_workbench.registry().names();
        if (!catalog.name.isEmpty() && !names.contains(catalog.name))
            names.append(catalog.name); // a catalog opened from a file
        for (const QString &name : std::as_const(names))
            m_catalog->addItem(name, name);
        m_catalog->setCurrentIndex(int(names.indexOf(catalog.name)));
    }
    m_catalogInfo->setText(
        tr("%1 · prices as of %2 · models: %3")
            .arg(catalog.title.isEmpty() ? catalog.name : catalog.title, catalog.date.toString(Qt::ISODate))
            .arg(catalog.models.size()));
    m_catalogInfo->setToolTip(catalog.attribution);
    {
        const QSignalBlocker blockBenchmark(m_benchmark);
        m_benchmark->clear();
        // Named after what it resolves to in refreshForm().
        m_benchmark->addItem(tr("Automatic"), QString());
        for (const BenchmarkInfo &b : catalog.benchmarks) {
            const QString text = b.kind == ScoreKind::Rating ? tr("%1 (rating)").arg(b.name) : b.name;
            m_benchmark->addItem(text, b.id);
            m_benchmark->setItemData(m_benchmark->count() - 1,
                                     tr("%1, %2 (%3)").arg(b.source, b.date.toString(Qt::ISODate), b.license),
                                     Qt::ToolTipRole);
        }
        m_benchmark->setEnabled(m_benchmark->count() > 1);
    }
    {
        const QSignalBlocker blockTask(m_task);
        m_task->clear();
        m_task->addItem(tr("(none)"), QString());
        for (const TaskProfile &t : catalog.tasks)
            m_task->addItem(t.name, t.id);
    }
    m_updating = false;

    // A task or benchmark the new catalog does not know would silently mean "none": say so by
    // clearing it instead.
    const RecommendationInput &input = m_workbench.input();
    const bool unknownTask = !input.task.isEmpty() && !catalog.findTask(input.task);
    const bool unknownBenchmark = !input.qualityBenchmark.isEmpty() && !catalog.findBenchmark(input.qualityBenchmark);
    if (unknownTask || unknownBenchmark) {
        edit([unknownTask, unknownBenchmark](RecommendationInput &in) {
            if (unknownTask)
                in.task.clear();
            if (unknownBenchmark)
                in.qualityBenchmark.clear();
        });
    } else {
        refreshForm(false);
    }
    sizeColumnsOnce();
}

void RequirementsPage::refreshForm(bool force)
{
    const RecommendationInput &input = m_workbench.input();
    const Requirements &r = input.requirements;
    m_updating = true;
    auto show = [force](NumberEdit *editor, double value) {
        // An invalid entry stays on screen (with its message) until the user fixes it, unless the
        // value behind it changed from elsewhere.
        if (force || editor->hasAcceptableInput() || editor->value() != value)
            editor->setValue(value);
    };
    show(m_maxLatency, r.maxLatencyMs);
    show(m_maxCost, r.maxCostPer1kRequests);
    show(m_minAccuracy, r.minAccuracy);
    show(m_minRating, input.minRating);
    show(m_valueMargin, input.valueMargin * 100.0);
    show(m_contextLength, r.contextLength);
    show(m_requestsPerDay, r.requestsPerDay);
    show(m_inputTokens, input.inputTokens);
    show(m_outputTokens, input.outputTokens);
    {
        const QSignalBlocker block(m_complexity);
        m_complexity->setCurrentIndex(m_complexity->findData(complexityId(r.complexity)));
    }
    {
        const QSignalBlocker block(m_reasoning);
        m_reasoning->setChecked(r.multiStepReasoning);
    }
    {
        const QSignalBlocker block(m_task);
        m_task->setCurrentIndex(std::max(0, m_task->findData(selectedTaskId(input, m_workbench.catalog()))));
    }
    {
        const QSignalBlocker block(m_benchmark);
        const Recommendation &rec = m_workbench.recommendation();
        const BenchmarkInfo *resolved = m_workbench.catalog().findBenchmark(rec.qualityBenchmark);
        if (m_benchmark->count() > 0)
            m_benchmark->setItemText(0, resolved ? tr("Automatic: %1").arg(resolved->name) : tr("Automatic"));
        m_benchmark->setCurrentIndex(std::max(0, m_benchmark->findData(input.qualityBenchmark)));
    }
    {
        // The quality bar follows the benchmark: the minimum accuracy for an accuracy, the
        // minimum rating for a rating, and the note says which. The minimum accuracy still
        // feeds the tier rules (5 and 6), so it stays editable.
        const BenchmarkInfo *b = m_workbench.catalog().findBenchmark(m_workbench.recommendation().qualityBenchmark);
        const bool rating = b && b->kind == ScoreKind::Rating;
        m_minRating->setEnabled(rating);
        m_qualityBarNote->setText(!b ? tr("No benchmark: no quality bar applies.")
                                      : rating
                                      ? tr("%1 is a rating: the minimum accuracy does not apply to it (it still "
                                           "chooses the tier), the minimum rating does (0: none).")
                                            .arg(b->name)
                                      : tr("%1 is an accuracy: the minimum accuracy applies (%2 on its scale).")
                                            .arg(b->name, QLocale().toString(r.minAccuracy * b->scaleMax, 'g', 4)));
    }
    m_updating = false;
}

QWidget *RequirementsPage::buildPanel()
{
    // Two parts one above the other: the reasoning (tier, rules, task, benchmark), which scrolls,
    // and what a reader acts on (the picks and the candidates), which gets most of the height.
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("recommendationPanel"));
    split->setChildrenCollapsible(false);
    split->installEventFilter(this);
    m_panelSplit = split;
    auto *reasoningScroll = new QScrollArea(split);
    m_reasoningScroll = reasoningScroll;
    reasoningScroll->setObjectName(QStringLiteral("reasoningArea"));
    reasoningScroll->setWidgetResizable(true);
    reasoningScroll->setFrameShape(QFrame::NoFrame);
    reasoningScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *panel = new QWidget;
    m_reasoningPanel = panel;
    auto *layout = new QVBoxLayout(panel);

    m_tierLabel = new QLabel(panel);
    m_tierLabel->setObjectName(QStringLiteral("tierLabel"));
    QFont big = m_tierLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_tierLabel->setFont(big);
    layout->addWidget(m_tierLabel);

    m_spectrum = new SpectrumStrip(panel);
    m_spectrum->setObjectName(QStringLiteral("spectrumStrip"));
    layout->addWidget(m_spectrum);

    m_decidingRule = wrappingLabel(QStringLiteral("decidingRuleLabel"), panel);
    layout->addWidget(m_decidingRule);
    m_consequence = wrappingLabel(QStringLiteral("ruleConsequenceLabel"), panel);
    layout->addWidget(m_consequence);
    m_ruleChecks = wrappingLabel(QStringLiteral("ruleChecksLabel"), panel);
    layout->addWidget(m_ruleChecks);
    m_taskPick = wrappingLabel(QStringLiteral("taskPickLabel"), panel);
    layout->addWidget(m_taskPick);
    m_evidence = wrappingLabel(QStringLiteral("evidenceLabel"), panel);
    layout->addWidget(m_evidence);
    layout->addStretch(1);
    reasoningScroll->setWidget(panel);

    auto *results = new QWidget(split);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(layout->contentsMargins());
    // The three picks above the table: what a tech lead takes to a meeting.
    auto *picks = new QGroupBox(tr("Picks"), results);
    picks->setObjectName(QStringLiteral("picksBox"));
    auto *pickLayout = new QVBoxLayout(picks);
    pickLayout->setSpacing(3);
    m_valuePick = wrappingLabel(QStringLiteral("valuePickLabel"), picks);
    m_bestPick = wrappingLabel(QStringLiteral("bestPickLabel"), picks);
    m_cheapestPick = wrappingLabel(QStringLiteral("cheapestPickLabel"), picks);
    m_picksNote = wrappingLabel(QStringLiteral("picksNote"), picks);
    for (QLabel *label : {m_valuePick, m_bestPick, m_cheapestPick, m_picksNote})
        pickLayout->addWidget(label);
    resultsLayout->addWidget(picks);

    m_candidateSummary = wrappingLabel(QStringLiteral("candidateSummary"), results);
    resultsLayout->addWidget(m_candidateSummary);

    m_candidates = new CandidateTableModel(this);
    m_candidates->setObjectName(QStringLiteral("candidateModel"));
    m_nearMisses = new CandidateTableModel(this);
    m_nearMisses->setObjectName(QStringLiteral("nearMissModel"));
    m_nearMisses->setNotesTitle(tr("Why excluded"));
    m_candidateProxy = new QSortFilterProxyModel(this);
    m_candidateProxy->setSourceModel(m_candidates);
    m_candidateProxy->setSortRole(CandidateTableModel::SortRole);
    m_nearMissProxy = new QSortFilterProxyModel(this);
    m_nearMissProxy->setSourceModel(m_nearMisses);
    m_nearMissProxy->setSortRole(CandidateTableModel::SortRole);

    m_tabs = new QTabWidget(results);
    m_tabs->setObjectName(QStringLiteral("candidateTabs"));
    m_candidateView = candidateView(QStringLiteral("candidateTable"), m_candidateProxy, m_tabs);
    m_nearMissView = candidateView(QStringLiteral("nearMissTable"), m_nearMissProxy, m_tabs);
    m_tabs->addTab(m_candidateView, QString());
    m_tabs->addTab(m_nearMissView, QString());
    resultsLayout->addWidget(m_tabs, 1);
    split->addWidget(reasoningScroll);
    split->addWidget(results);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    return split;
}

bool RequirementsPage::eventFilter(QObject *watched, QEvent *event)
{
    // At the first show, once the layouts have settled: before it the page has no final height.
    if (watched == m_panelSplit && event->type() == QEvent::Show && !m_panelSized)
        QTimer::singleShot(0, this, &RequirementsPage::sizePanelOnce);
    return QWidget::eventFilter(watched, event);
}

void RequirementsPage::sizePanelOnce()
{
    // Once, when the page first has a height: the reasoning part shows everything when it fits in
    // 45 % of the height, else at least the tier, the deciding rule and what it does to the list,
    // and it ends at the end of a paragraph rather than in the middle of one.
    if (m_panelSized)
        return;
    const int total = m_panelSplit->height() - m_panelSplit->handleWidth();
    const int width = m_reasoningScroll->viewport()->width();
    if (total <= 0 || width <= 0)
        return;
    auto *layout = qobject_cast<QVBoxLayout *>(m_reasoningPanel->layout());
    const QMargins margins = layout->contentsMargins();
    const int inner = width - margins.left() - margins.right();
    // Where each paragraph ends; the part must end at one of them.
    QList<int> ends;
    int height = margins.top();
    int essential = 0;
    for (int i = 0; i < layout->count(); ++i) {
        QWidget *w = layout->itemAt(i)->widget();
        if (!w || w->isHidden())
            continue;
        height += w->hasHeightForWidth() ? w->heightForWidth(inner) : w->sizeHint().height();
        // Up to where the next paragraph would begin, so that none of it shows.
        ends.append(height + std::min(layout->spacing(), margins.bottom()));
        if (w == m_consequence)
            essential = ends.constLast();
        height += layout->spacing();
    }
    const int budget = std::max(essential, std::min(total * 45 / 100, total - 320));
    int top = essential;
    for (int end : std::as_const(ends)) {
        if (end <= budget)
            top = std::max(top, end);
    }
    m_panelSplit->setSizes({top, total - top});
    m_panelSized = true;
}

void RequirementsPage::refreshPanel()
{
    const Recommendation &rec = m_workbench.recommendation();
    const Catalog &catalog = m_workbench.catalog();

    m_tierLabel->setText(tr("Recommended tier: %1").arg(tierDisplayName(rec.tier.tier)));
    m_tierLabel->setProperty("tier", tierId(rec.tier.tier));
    m_spectrum->setTier(rec.tier.tier);

    if (!rec.tier.checks.isEmpty()) {
        const RuleCheck &deciding = rec.tier.decidingRule();
        m_decidingRule->setText(tr("<b>Decided by rule %1 — %2.</b> %3")
                                    .arg(deciding.rule)
                                    .arg(deciding.title.toHtmlEscaped(), deciding.explanation.toHtmlEscaped()));
    } else {
        m_decidingRule->clear();
    }
    m_decidingRule->setProperty("rule", rec.tier.rule);

    QStringList earlier;
    for (const RuleCheck &check : rec.tier.checks) {
        if (check.fired)
            continue;
        earlier.append(tr("✗ Rule %1 — %2: %3")
                           .arg(check.rule)
                           .arg(check.title.toHtmlEscaped(), check.explanation.toHtmlEscaped()));
    }
    m_ruleChecks->setText(
        earlier.isEmpty() ? tr("Rule 1 is the first rule, so no earlier rule was passed over.")
                          : tr("Earlier rules that did not apply:<br>%1").arg(earlier.join(QStringLiteral("<br>"))));
    m_consequence->setText(tr("<i>What it does to the list:</i> %1").arg(rec.consequence.summary.toHtmlEscaped()));

    if (rec.task) {
        const TaskPick &pick = *rec.task;
        auto inCatalog = [](const QString &name, const ModelSpec *model) {
            if (!model)
                return tr("%1 (not in this catalog)").arg(name.toHtmlEscaped());
            return tr("%1 (in this catalog as %2)").arg(name.toHtmlEscaped(), model->displayName.toHtmlEscaped());
        };
        m_taskPick->setText(tr("<b>%1:</b> the article recommends %2; alternative %3. <i>%4</i>")
                                .arg(pick.taskName.toHtmlEscaped(), inCatalog(pick.recommended, pick.recommendedModel),
                                     inCatalog(pick.alternative, pick.alternativeModel),
                                     pick.reasoning.toHtmlEscaped()));
    } else {
        m_taskPick->setText(tr("No task type chosen: pick one to see the article's task-specific recommendation."));
    }

    const BenchmarkInfo *benchmark = catalog.findBenchmark(rec.qualityBenchmark);
    const QString benchmarkName = benchmark ? benchmark->name : rec.qualityBenchmark;
    m_candidates->setCandidates(rec.candidates, rec.qualityBenchmark, benchmarkName);
    m_candidates->setPicks(rec.picks.value.index, rec.picks.best.index, rec.picks.cheapest.index);
    m_nearMisses->setCandidates(rec.nearMisses, rec.qualityBenchmark, benchmarkName);
    m_tabs->setTabText(0, tr("Candidates (%1)").arg(rec.candidates.size()));
    m_tabs->setTabText(1, tr("Near misses (%1)").arg(rec.nearMisses.size()));

    QString evidence = rec.benchmarkExplanation.toHtmlEscaped();
    if (benchmark)
        evidence += QLatin1Char(' ') +
            tr("(%1, %2)").arg(benchmark->source.toHtmlEscaped(), benchmark->date.toString(Qt::ISODate));
    if (!rec.qualityBar.isEmpty())
        evidence += QLatin1Char(' ') + rec.qualityBar.toHtmlEscaped();
    m_evidence->setText(evidence);

    refreshPicks();

    QStringList summary;
    if (!rec.tierNote.isEmpty())
        summary.append(QStringLiteral("<b>%1</b>").arg(rec.tierNote.toHtmlEscaped()));
    if (rec.candidates.isEmpty())
        summary.append(tr("<b>No model meets every constraint.</b> The near misses show which single limit to relax."));
    else
        summary.append(
            tr("Models meeting every constraint: %1, the recommended tier first.").arg(rec.candidates.size()));
    summary.last() += QLatin1Char(' ') + tr("Models failing two or more constraints: %1.").arg(rec.excludedCount);
    for (const QString &line : rec.summary)
        summary.append(line.toHtmlEscaped());
    m_candidateSummary->setText(summary.join(QStringLiteral("<br>")));
    sizeColumnsOnce();
}

void RequirementsPage::refreshPicks()
{
    const Recommendation &rec = m_workbench.recommendation();
    const Picks &picks = rec.picks;
    const BenchmarkInfo *benchmark = m_workbench.catalog().findBenchmark(rec.qualityBenchmark);
    const auto line = [&](QLabel *label, const Pick &pick, const QString &title) {
        label->setVisible(bool(pick));
        label->setProperty("model", pick ? rec.candidates.at(pick.index).model->id : QString());
        if (!pick) {
            label->clear();
            return;
        }
        const Candidate &c = rec.candidates.at(pick.index);
        const QString name = c.model->displayName.isEmpty() ? c.model->id : c.model->displayName;
        const QString cost = c.cost.selfHosted ? tr("%1 a month, self-hosted").arg(formatUsd(c.cost.monthlyUsd))
                                               : tr("%1 a month").arg(formatUsd(c.cost.monthlyUsd));
        const QString quality = benchmark
            ? tr("%1 on %2").arg(QLocale().toString(*c.quality), benchmark->name.toHtmlEscaped())
            : QLocale().toString(*c.quality);
        label->setText(tr("<b>%1:</b> %2 (%3) — %4, %5.<br>&nbsp;&nbsp;&nbsp;%6")
                           .arg(title, name.toHtmlEscaped(), c.model->provider.toHtmlEscaped(), quality, cost,
                                pick.sentence.toHtmlEscaped()));
    };
    line(m_valuePick, picks.value, tr("Value"));
    line(m_bestPick, picks.best, tr("Best quality"));
    line(m_cheapestPick, picks.cheapest, tr("Cheapest"));
    QStringList notes;
    if (!picks.note.isEmpty())
        notes.append(picks.note.toHtmlEscaped());
    if (!picks.outsideTier.isEmpty())
        notes.append(picks.outsideTier.toHtmlEscaped());
    m_picksNote->setText(notes.join(QStringLiteral("<br>")));
    m_picksNote->setVisible(!notes.isEmpty());
}

void RequirementsPage::sizeColumnsOnce()
{
    // Sized once per catalog, not per edit: columns that jump while typing are hard to read, and
    // measuring the rows' text is most of the cost of a refresh.
    for (QTableView *view : {m_candidateView, m_nearMissView}) {
        if (!view->property("sized").toBool() && view->model()->rowCount() > 0) {
            resizeColumnsToContents(view);
            view->setProperty("sized", true);
        }
    }
}
