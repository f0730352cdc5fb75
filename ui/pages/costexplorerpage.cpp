// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "costexplorerpage.h"

#include "catalog/catalog.h"
#include "charts/costqualitychart.h"
#include "charts/monthlycostchart.h"
#include "charts/replacechart.h"
#include "common/money.h"
#include "common/numberformat.h"
#include "decision/recommendation.h"
#include "decision/workbench.h"
#include "export/chartexportdialog.h"
#include "models/breakeventablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <QtCharts/QChartView>
#include <QtCharts/QScatterSeries>

#include <memory>
#include <optional>

namespace {
enum ModelRole { SelectionKeyRole = Qt::UserRole + 1 };

const QLatin1String kSelfHostedSuffix("#self-hosted");
const QLatin1String kApiSuffix("#api");

/// A volume-chart option as text: the model id when served the default way, else with a suffix.
QString selectionKey(const CostOption &option)
{
    if (option.selfHosted == defaultsToSelfHosted(*option.model))
        return option.model->id;
    return option.model->id + (option.selfHosted ? kSelfHostedSuffix : kApiSuffix);
}

std::optional<CostOption> optionForKey(const Catalog &catalog, const QString &key)
{
    QString id = key;
    std::optional<bool> selfHosted;
    if (key.endsWith(kSelfHostedSuffix)) {
        id.chop(kSelfHostedSuffix.size());
        selfHosted = true;
    } else if (key.endsWith(kApiSuffix)) {
        id.chop(kApiSuffix.size());
        selfHosted = false;
    }
    const ModelSpec *model = catalog.findModel(id);
    if (!model)
        return std::nullopt;
    return CostOption{model, selfHosted.value_or(defaultsToSelfHosted(*model))};
}

} // namespace

CostExplorerPage::CostExplorerPage(Workbench &workbench, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
{
    setObjectName(QStringLiteral("costExplorerPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("costExplorerTabs"));
    m_tabs->addTab(buildQualityTab(), tr("Cost versus &quality"));
    m_tabs->addTab(buildVolumeTab(), tr("Monthly cost versus &volume"));

    // Export actions: shortcuts are live while the page is visible (a hidden page's actions are not).
    struct ExportSpec
    {
        ChartFormat format;
        QString text;
        QKeySequence key;
        const char *name;
    };
    const ExportSpec specs[] = {
        {ChartFormat::Png, tr("Export chart as &PNG…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), "exportPng"},
        {ChartFormat::Svg, tr("Export chart as &SVG…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), "exportSvg"},
        {ChartFormat::Pdf, tr("Export chart as P&DF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), "exportPdf"},
    };
    auto *exportBar = new QHBoxLayout;
    exportBar->addStretch(1);
    for (const ExportSpec &spec : specs) {
        auto *action = new QAction(spec.text, this);
        action->setObjectName(QString::fromLatin1(spec.name));
        action->setShortcut(spec.key);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(spec.text).remove(QLatin1Char('&')),
                                                         spec.key.toString(QKeySequence::NativeText)));
        const ChartFormat format = spec.format;
        connect(action, &QAction::triggered, this, [this, format] { exportCurrentChartInteractive(format); });
        addAction(action);
        m_exportActions.append(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        exportBar->addWidget(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(exportBar);

    connect(&m_workbench, &Workbench::catalogChanged, this, [this] {
        refillBenchmarks();
        refillProviders();
        refillModelList();
    });
    connect(&m_workbench, &Workbench::recommendationChanged, this, &CostExplorerPage::scheduleRebuild);
    refillBenchmarks();
    refillProviders();
    refillModelList();
    syncWhatIfControls();
    rebuild();
}

CostExplorerPage::~CostExplorerPage() = default;

QWidget *CostExplorerPage::buildQualityTab()
{
    auto *tab = new QWidget;
    auto *controls = new QWidget(tab);
    auto *form = new QFormLayout(controls);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_axisMode = new QComboBox(controls);
    m_axisMode->setObjectName(QStringLiteral("costAxisMode"));
    m_axisMode->addItem(tr("Monthly cost at your volume"), int(CostAxis::MonthlyCost));
    m_axisMode->addItem(tr("Cost per 1M tokens"), int(CostAxis::CostPerMillionTokens));
    form->addRow(tr("&Cost axis:"), m_axisMode);

    m_benchmark = new QComboBox(controls);
    m_benchmark->setObjectName(QStringLiteral("benchmark"));
    form->addRow(tr("&Quality:"), m_benchmark);

    m_provider = new QComboBox(controls);
    m_provider->setObjectName(QStringLiteral("providerFilter"));
    m_provider->setMaxVisibleItems(20);
    form->addRow(tr("&Provider:"), m_provider);

    auto *tiers = new QGroupBox(tr("Tiers"), controls);
    auto *tierLayout = new QVBoxLayout(tiers);
    tierLayout->setSpacing(2);
    for (Tier tier : allTiers) {
        auto *box = new QCheckBox(tierDisplayName(tier), tiers);
        box->setObjectName(QStringLiteral("tier_") + tierId(tier));
        box->setChecked(true);
        QPixmap swatch(12, 12);
        swatch.fill(tierColor(tier));
        box->setIcon(QIcon(swatch));
        tierLayout->addWidget(box);
        m_tierBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, &CostExplorerPage::rebuildQuality);
    }
    form->addRow(tiers);

    m_openWeightsOnly = new QCheckBox(tr("&Open weights only"), controls);
    m_openWeightsOnly->setObjectName(QStringLiteral("openWeightsOnly"));
    form->addRow(m_openWeightsOnly);
    m_scoredOnly = new QCheckBox(tr("&Scored models only"), controls);
    m_scoredOnly->setObjectName(QStringLiteral("scoredOnly"));
    m_scoredOnly->setToolTip(tr("Off: models without a score on this benchmark are drawn along the bottom."));
    m_scoredOnly->setChecked(true);
    form->addRow(m_scoredOnly);

    connect(m_axisMode, &QComboBox::currentIndexChanged, this, &CostExplorerPage::rebuildQuality);
    connect(m_benchmark, &QComboBox::currentIndexChanged, this, &CostExplorerPage::rebuildQuality);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &CostExplorerPage::rebuildQuality);
    connect(m_openWeightsOnly, &QCheckBox::toggled, this, &CostExplorerPage::rebuildQuality);
    connect(m_scoredOnly, &QCheckBox::toggled, this, &CostExplorerPage::rebuildQuality);

    m_qualityView = new QChartView(tab);
    m_qualityView->setObjectName(QStringLiteral("costQualityView"));
    m_qualityView->installEventFilter(this);
    m_qualityView->setRenderHint(QPainter::Antialiasing);
    m_qualityView->setMinimumWidth(420);

    auto *side = new QWidget(tab);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *sideTitle = new QLabel(tr("<b>Selected model</b>"), side);
    m_details = new QTextBrowser(side);
    m_details->setObjectName(QStringLiteral("modelDetails"));
    m_details->setOpenLinks(false);
    m_compareButton = new QPushButton(tr("Add to &volume chart"), side);
    m_compareButton->setObjectName(QStringLiteral("addToVolumeChart"));
    m_compareButton->setEnabled(false);
    connect(m_compareButton, &QPushButton::clicked, this, [this] {
        QStringList ids = volumeSelection();
        if (!m_selectedId.isEmpty() && !ids.contains(m_selectedId)) {
            ids.append(m_selectedId);
            setVolumeSelection(ids);
        }
        m_tabs->setCurrentIndex(1);
    });
    sideLayout->addWidget(sideTitle);
    sideLayout->addWidget(m_details, 1);
    sideLayout->addWidget(m_compareButton);

    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->addWidget(controls);
    splitter->addWidget(m_qualityView);
    splitter->addWidget(side);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 700, 200});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    return tab;
}

QWidget *CostExplorerPage::buildVolumeTab()
{
    auto *tab = new QWidget;
    auto *controls = new QWidget(tab);
    auto *column = new QVBoxLayout(controls);
    column->setContentsMargins(0, 0, 0, 0);

    auto *modelsBox = new QGroupBox(tr("Models"), controls);
    auto *modelsLayout = new QVBoxLayout(modelsBox);
    m_modelFilter = new QLineEdit(modelsBox);
    m_modelFilter->setObjectName(QStringLiteral("modelFilter"));
    m_modelFilter->setPlaceholderText(tr("Filter models…"));
    m_modelFilter->setClearButtonEnabled(true);
    m_models = new QStandardItemModel(this);
    m_modelProxy = new QSortFilterProxyModel(this);
    m_modelProxy->setSourceModel(m_models);
    m_modelProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_modelList = new QListView(modelsBox);
    m_modelList->setObjectName(QStringLiteral("volumeModels"));
    m_modelList->setModel(m_modelProxy);
    m_modelList->setUniformItemSizes(true);
    connect(m_modelFilter, &QLineEdit::textChanged, m_modelProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_models, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (m_updatingList)
            return;
        const QString id = item->data(SelectionKeyRole).toString();
        QStringList ids = volumeSelection();
        if (item->checkState() == Qt::Checked && !ids.contains(id))
            ids.append(id);
        else if (item->checkState() != Qt::Checked)
            ids.removeAll(id);
        setVolumeSelection(ids);
    });
    auto *reset = new QPushButton(tr("&Recommended models"), modelsBox);
    reset->setObjectName(QStringLiteral("resetVolumeSelection"));
    reset->setToolTip(tr("The top candidates of the recommendation and the task pick"));
    connect(reset, &QPushButton::clicked, this, &CostExplorerPage::resetVolumeSelection);
    modelsLayout->addWidget(m_modelFilter);
    modelsLayout->addWidget(m_modelList, 1);
    modelsLayout->addWidget(reset);
    column->addWidget(modelsBox, 1);

    auto *whatIf = new QGroupBox(tr("What if"), controls);
    auto *form = new QFormLayout(whatIf);
    auto spin = [whatIf](const QString &name, int min, int max, const QString &suffix) {
        auto *s = new QSpinBox(whatIf);
        s->setObjectName(name);
        s->setRange(min, max);
        s->setSuffix(suffix);
        s->setGroupSeparatorShown(true);
        s->setKeyboardTracking(false);
        return s;
    };
    m_inputTokens = spin(QStringLiteral("whatIfInputTokens"), 1, 10000000, tr(" tokens"));
    m_outputTokens = spin(QStringLiteral("whatIfOutputTokens"), 0, 10000000, tr(" tokens"));
    m_throughput = spin(QStringLiteral("whatIfThroughput"), 1, 100000000, tr(" tokens/s"));
    m_utilisation = spin(QStringLiteral("whatIfUtilisation"), 1, 100, tr(" %"));
    m_gpuHourly = new QDoubleSpinBox(whatIf);
    m_gpuHourly->setObjectName(QStringLiteral("whatIfGpuHourly"));
    m_gpuHourly->setRange(0.0, 1000.0);
    m_gpuHourly->setDecimals(2);
    m_gpuHourly->setSingleStep(0.1);
    m_gpuHourly->setPrefix(QStringLiteral("$"));
    m_gpuHourly->setSuffix(tr(" /h"));
    m_gpuHourly->setSpecialValueText(tr("from catalog"));
    m_gpuHourly->setKeyboardTracking(false);
    m_peakFactor = new QDoubleSpinBox(whatIf);
    m_peakFactor->setObjectName(QStringLiteral("whatIfPeakFactor"));
    m_peakFactor->setRange(1.0, 100.0);
    m_peakFactor->setDecimals(1);
    m_peakFactor->setSingleStep(0.5);
    m_peakFactor->setPrefix(QStringLiteral("×"));
    m_peakFactor->setKeyboardTracking(false);
    // Self-hosting counted whole: power and hardware you own, besides GPU rental. Zero: not counted.
    m_gpuWatts = spin(QStringLiteral("whatIfGpuWatts"), 0, 10000, tr(" W"));
    m_gpuWatts->setSpecialValueText(tr("not counted"));
    m_gpuWatts->setToolTip(tr("Power per GPU at load; counted with the electricity price"));
    m_kwhPrice = new QDoubleSpinBox(whatIf);
    m_kwhPrice->setObjectName(QStringLiteral("whatIfKwhPrice"));
    m_kwhPrice->setRange(0.0, 10.0);
    m_kwhPrice->setDecimals(3);
    m_kwhPrice->setSingleStep(0.01);
    m_kwhPrice->setPrefix(QStringLiteral("$"));
    m_kwhPrice->setSuffix(tr(" /kWh"));
    m_kwhPrice->setKeyboardTracking(false);
    m_pue = new QDoubleSpinBox(whatIf);
    m_pue->setObjectName(QStringLiteral("whatIfPue"));
    m_pue->setRange(1.0, 3.0);
    m_pue->setDecimals(2);
    m_pue->setSingleStep(0.05);
    m_pue->setKeyboardTracking(false);
    m_pue->setToolTip(tr("Power usage effectiveness: the facility's power over the GPUs' own"));
    m_hardwareCost = spin(QStringLiteral("whatIfHardwareCost"), 0, 10000000, QString());
    m_hardwareCost->setPrefix(QStringLiteral("$"));
    m_hardwareCost->setSpecialValueText(tr("none"));
    m_hardwareCost->setToolTip(tr("Price of hardware you own, per GPU; set the GPU price to $0 if you rent nothing"));
    m_amortisation = spin(QStringLiteral("whatIfAmortisation"), 1, 240, tr(" months"));
    form->addRow(tr("&Input:"), m_inputTokens);
    form->addRow(tr("O&utput:"), m_outputTokens);
    form->addRow(tr("&GPU price:"), m_gpuHourly);
    form->addRow(tr("&Throughput:"), m_throughput);
    form->addRow(tr("U&tilisation:"), m_utilisation);
    form->addRow(tr("P&eak factor:"), m_peakFactor);
    form->addRow(tr("Po&wer:"), m_gpuWatts);
    form->addRow(tr("Electri&city:"), m_kwhPrice);
    form->addRow(tr("P&UE:"), m_pue);
    form->addRow(tr("Own &hardware:"), m_hardwareCost);
    form->addRow(tr("Written off &over:"), m_amortisation);
    column->addWidget(whatIf);
    for (QSpinBox *s :
         {m_inputTokens, m_outputTokens, m_throughput, m_utilisation, m_gpuWatts, m_hardwareCost, m_amortisation})
        connect(s, &QSpinBox::valueChanged, this, &CostExplorerPage::applyWhatIf);
    for (QDoubleSpinBox *s : {m_gpuHourly, m_peakFactor, m_kwhPrice, m_pue})
        connect(s, &QDoubleSpinBox::valueChanged, this, &CostExplorerPage::applyWhatIf);

    m_volumeView = new QChartView(tab);
    m_volumeView->setObjectName(QStringLiteral("monthlyCostView"));
    m_volumeView->setRenderHint(QPainter::Antialiasing);
    m_volumeView->setMinimumWidth(420);

    auto *side = new QWidget(tab);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("<b>Break-even volumes</b>"), side));
    m_breakEvenModel = new BreakEvenTableModel(this);
    m_breakEvens = new QTableView(side);
    m_breakEvens->setObjectName(QStringLiteral("breakEvenTable"));
    m_breakEvens->setModel(m_breakEvenModel);
    m_breakEvens->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_breakEvens->verticalHeader()->hide();
    m_breakEvens->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_breakEvens->setWordWrap(true);
    m_noBreakEven = new QLabel(side);
    m_noBreakEven->setObjectName(QStringLiteral("noBreakEven"));
    m_noBreakEven->setWordWrap(true);
    sideLayout->addWidget(m_breakEvens, 1);
    sideLayout->addWidget(m_noBreakEven);

    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->addWidget(controls);
    splitter->addWidget(m_volumeView);
    splitter->addWidget(side);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 700, 240});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(splitter);
    return tab;
}

QChart *CostExplorerPage::costQualityChart() const
{
    return m_qualityView->chart();
}

QChart *CostExplorerPage::monthlyCostChart() const
{
    return m_volumeView->chart();
}

CostExplorerPage::ChartKind CostExplorerPage::currentChart() const
{
    return m_tabs->currentIndex() == 1 ? ChartKind::MonthlyCost : ChartKind::CostQuality;
}

void CostExplorerPage::setCurrentChart(ChartKind kind)
{
    m_tabs->setCurrentIndex(kind == ChartKind::MonthlyCost ? 1 : 0);
}

CostQualityOptions CostExplorerPage::costQualityOptions() const
{
    CostQualityOptions options;
    options.axis = CostAxis(m_axisMode->currentData().toInt());
    options.benchmark = m_benchmark->currentData().toString();
    const QString provider = m_provider->currentData().toString();
    if (!provider.isEmpty())
        options.filter.providers = {provider};
    bool allTiersChecked = true;
    for (int i = 0; i < m_tierBoxes.size(); ++i) {
        if (m_tierBoxes.at(i)->isChecked())
            options.filter.tiers.append(allTiers.at(i));
        else
            allTiersChecked = false;
    }
    if (allTiersChecked)
        options.filter.tiers.clear();
    else if (options.filter.tiers.isEmpty())
        options.filter.tiers = {Tier(-1)}; // nothing checked: nothing shown, not everything
    options.filter.openWeightsOnly = m_openWeightsOnly->isChecked();
    options.filter.scoredOnly = m_scoredOnly->isChecked();
    return options;
}

QStringList CostExplorerPage::volumeSelection() const
{
    QStringList ids;
    for (const CostOption &o : currentVolumeOptions())
        ids.append(selectionKey(o));
    return ids;
}

void CostExplorerPage::setVolumeSelection(const QStringList &modelIds)
{
    m_customSelection = true;
    m_customIds = modelIds;
    rebuildVolume();
}

void CostExplorerPage::resetVolumeSelection()
{
    m_customSelection = false;
    m_customIds.clear();
    rebuildVolume();
}

QList<CostOption> CostExplorerPage::currentVolumeOptions() const
{
    if (!m_customSelection)
        return defaultVolumeSelection(m_workbench.recommendation());
    QList<CostOption> options;
    for (const QString &key : m_customIds) {
        if (const std::optional<CostOption> option = optionForKey(m_workbench.catalog(), key))
            options.append(*option);
    }
    return options;
}

void CostExplorerPage::scheduleRebuild()
{
    // A hidden page only notes that it is stale: typing in the requirements form should not pay for
    // charts nobody sees.
    syncWhatIfControls();
    if (isVisible())
        rebuild();
    else
        m_dirty = true;
}

bool CostExplorerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_qualityView && event->type() == QEvent::Resize)
        placeLegend();
    return QWidget::eventFilter(watched, event);
}

void CostExplorerPage::placeLegend()
{
    QChart *chart = m_qualityView->chart();
    if (!chart)
        return;
    // A narrow view gives the legend less room (its names are elided, and whole in the tooltips
    // and the details), so that the cost axis and its title stay whole.
    chart->legend()->setMaximumWidth(m_qualityView->width() < 900 ? 150 : 230);
}

void CostExplorerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        rebuild();
}

void CostExplorerPage::rebuild()
{
    m_dirty = false;
    rebuildQuality();
    rebuildVolume();
}

void CostExplorerPage::rebuildQuality()
{
    m_qualityData = buildCostQualityData(m_workbench.catalog(), m_workbench.input(), m_workbench.recommendation(),
                                         costQualityOptions());
    QChart *chart = replaceChart(*m_qualityView, buildCostQualityChart(m_qualityData));
    placeLegend();
    connectPointSignals(chart);
    int selected = -1;
    for (int i = 0; i < m_qualityData.points.size() && !m_selectedId.isEmpty(); ++i) {
        if (m_qualityData.points.at(i).modelId == m_selectedId)
            selected = i;
    }
    setCostQualitySelection(chart, m_qualityData, selected);
    showDetails(selected);
}

void CostExplorerPage::rebuildVolume()
{
    const QList<CostOption> options = currentVolumeOptions();
    m_curveData = buildCostCurveData(m_workbench.catalog(), options, m_workbench.input());
    replaceChart(*m_volumeView, buildMonthlyCostChart(m_curveData));

    m_breakEvenModel->setCurveData(m_curveData);
    m_noBreakEven->setText(m_breakEvenModel->emptyMessage());
    m_noBreakEven->setVisible(m_breakEvenModel->rowCount() == 0);
    m_breakEvens->resizeColumnToContents(1);
    m_breakEvens->resizeColumnToContents(2);

    // Reflect the selection in the check boxes without re-entering setVolumeSelection().
    // (A QSignalBlocker on the model would also hide the changes from the view.)
    m_updatingList = true;
    QSet<QString> chosen;
    for (const CostOption &o : options)
        chosen.insert(selectionKey(o));
    for (int row = 0; row < m_models->rowCount(); ++row) {
        QStandardItem *item = m_models->item(row);
        const Qt::CheckState state =
            chosen.contains(item->data(SelectionKeyRole).toString()) ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
    m_updatingList = false;
}

void CostExplorerPage::refillBenchmarks()
{
    const QSignalBlocker blocker(m_benchmark);
    const QString previous = m_benchmark->currentData().toString();
    m_benchmark->clear();
    m_benchmark->addItem(tr("As in the requirements"), QString());
    for (const BenchmarkInfo &b : m_workbench.catalog().benchmarks)
        m_benchmark->addItem(b.name, b.id);
    const int index = m_benchmark->findData(previous);
    m_benchmark->setCurrentIndex(index >= 0 ? index : 0);
}

void CostExplorerPage::refillProviders()
{
    const QSignalBlocker blocker(m_provider);
    const QString previous = m_provider->currentData().toString();
    m_provider->clear();
    m_provider->addItem(tr("All providers"), QString());
    QStringList providers;
    for (const ModelSpec &m : m_workbench.catalog().models) {
        if (!providers.contains(m.provider))
            providers.append(m.provider);
    }
    providers.sort(Qt::CaseInsensitive);
    for (const QString &p : std::as_const(providers))
        m_provider->addItem(p, p);
    const int index = m_provider->findData(previous);
    m_provider->setCurrentIndex(index >= 0 ? index : 0);
}

void CostExplorerPage::refillModelList()
{
    m_updatingList = true;
    m_models->clear();
    // One row per way of serving a model: API where it has an API price, self-hosted where it has an
    // hourly price, so "API versus self-hosted" of one model is two check boxes.
    for (const ModelSpec &m : m_workbench.catalog().models) {
        const QString name = m.displayName.isEmpty() ? m.id : m.displayName;
        QList<CostOption> ways;
        if (!defaultsToSelfHosted(m))
            ways.append({&m, false});
        if (m.isSelfHosted())
            ways.append({&m, true});
        for (const CostOption &way : std::as_const(ways)) {
            auto *item = new QStandardItem(way.selfHosted ? tr("%1 (self-hosted)").arg(name)
                                                          : tr("%1 · %2").arg(name, m.provider));
            item->setData(selectionKey(way), SelectionKeyRole);
            item->setCheckable(true);
            item->setCheckState(Qt::Unchecked);
            item->setEditable(false);
            m_models->appendRow(item);
        }
    }
    m_updatingList = false;
    if (m_customSelection) {
        // Models of another catalog do not carry over.
        QStringList kept;
        for (const QString &key : std::as_const(m_customIds)) {
            if (optionForKey(m_workbench.catalog(), key))
                kept.append(key);
        }
        m_customIds = kept;
    }
}

void CostExplorerPage::syncWhatIfControls()
{
    const RecommendationInput &input = m_workbench.input();
    const QSignalBlocker b1(m_inputTokens), b2(m_outputTokens), b3(m_gpuHourly), b4(m_throughput), b5(m_utilisation),
        b6(m_peakFactor), b7(m_gpuWatts), b8(m_kwhPrice), b9(m_pue), b10(m_hardwareCost), b11(m_amortisation);
    m_inputTokens->setValue(qRound(input.inputTokens));
    m_outputTokens->setValue(qRound(input.outputTokens));
    m_gpuHourly->setValue(input.selfHosting.gpuHourlyUsd.value_or(0.0));
    m_throughput->setValue(qRound(input.selfHosting.tokensPerSecondPerReplica));
    m_utilisation->setValue(qRound(input.selfHosting.utilisation * 100.0));
    m_peakFactor->setValue(input.selfHosting.peakFactor);
    m_gpuWatts->setValue(qRound(input.selfHosting.gpuWatts));
    m_kwhPrice->setValue(input.selfHosting.electricityUsdPerKwh);
    m_pue->setValue(input.selfHosting.pue);
    m_hardwareCost->setValue(qRound(input.selfHosting.hardwareUsdPerGpu));
    m_amortisation->setValue(qRound(input.selfHosting.amortisationMonths));
}

void CostExplorerPage::applyWhatIf()
{
    // The what-if figures are part of the shared input: the requirements page and the memo see them too.
    RecommendationInput input = m_workbench.input();
    input.inputTokens = m_inputTokens->value();
    input.outputTokens = m_outputTokens->value();
    input.selfHosting.gpuHourlyUsd =
        m_gpuHourly->value() > 0.0 ? std::optional<double>(m_gpuHourly->value()) : std::nullopt;
    input.selfHosting.tokensPerSecondPerReplica = m_throughput->value();
    input.selfHosting.utilisation = m_utilisation->value() / 100.0;
    input.selfHosting.peakFactor = m_peakFactor->value();
    input.selfHosting.gpuWatts = m_gpuWatts->value();
    input.selfHosting.electricityUsdPerKwh = m_kwhPrice->value();
    input.selfHosting.pue = m_pue->value();
    input.selfHosting.hardwareUsdPerGpu = m_hardwareCost->value();
    input.selfHosting.amortisationMonths = m_amortisation->value();
    m_workbench.setInput(input);
}

void CostExplorerPage::selectModel(const QString &modelId)
{
    m_selectedId = modelId;
    int index = -1;
    for (int i = 0; i < m_qualityData.points.size(); ++i) {
        if (m_qualityData.points.at(i).modelId == modelId)
            index = i;
    }
    setCostQualitySelection(costQualityChart(), m_qualityData, index);
    showDetails(index);
}

void CostExplorerPage::showDetails(int index)
{
    m_compareButton->setEnabled(index >= 0);
    if (index < 0) {
        const Recommendation &rec = m_workbench.recommendation();
        QString note;
        const Candidate *value = rec.pick(rec.picks.value);
        if (m_qualityData.recommendedIndex >= 0)
            note = tr("The ringed point is the value pick, %1: %2")
                       .arg(m_qualityData.points.at(m_qualityData.recommendedIndex).name.toHtmlEscaped(),
                            rec.picks.value.sentence.toHtmlEscaped());
        else if (value)
            note = tr("The value pick, %1, is hidden by the filters.").arg(value->model->displayName.toHtmlEscaped());
        else if (!rec.picks.note.isEmpty())
            note = tr("Nothing is ringed: %1").arg(rec.picks.note.toHtmlEscaped());
        else
            note = tr("No model satisfies every requirement, so none is ringed.");
        m_details->setHtml(tr("<p>Click a point to see the model's figures.</p><p>%1</p>").arg(note));
        return;
    }
    const CostQualityPoint &p = m_qualityData.points.at(index);
    const ModelSpec *model = m_workbench.catalog().findModel(p.modelId);
    QStringList rows;
    auto row = [&rows](const QString &label, const QString &value) {
        rows.append(
            QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped()));
    };
    // The recommendation's figures for this model, when it is a candidate: the API-equivalent and
    // the cost split.
    const Candidate *candidate = nullptr;
    for (const Candidate &c : m_workbench.recommendation().candidates) {
        if (c.model && c.model->id == p.modelId)
            candidate = &c;
    }
    row(tr("Provider"), p.provider);
    if (model && model->tierBasis != TierBasis::Catalog)
        row(tr("Tier"), tr("%1, %2").arg(tierDisplayName(p.tier), tierBasisDescription(model->tierBasis)));
    else
        row(tr("Tier"), tierDisplayName(p.tier));
    row(tr("Serving"), p.selfHosted ? tr("self-hosted, %n replica(s)", nullptr, p.replicas) : tr("API"));
    row(tr("Monthly cost"), formatUsd(p.monthlyUsd));
    if (candidate && candidate->cost.selfHosted &&
        (candidate->cost.powerUsd > 0.0 || candidate->cost.hardwareUsd > 0.0))
        row(tr("Of which"),
            tr("GPU rental %1, power %2, hardware %3")
                .arg(formatUsd(candidate->cost.rentalUsd), formatUsd(candidate->cost.powerUsd),
                     formatUsd(candidate->cost.hardwareUsd)));
    if (candidate && candidate->apiEquivalent)
        row(tr("API-equivalent"),
            tr("%1 a month on %2")
                .arg(formatUsd(candidate->apiEquivalent->monthlyUsd), candidate->apiEquivalent->model->displayName));
    row(tr("Per 1M tokens"), formatUsd(p.perMillionTokensUsd));
    if (model) {
        if (!p.selfHosted) {
            row(tr("Input price"), tr("%1 per 1M").arg(formatUsd(model->inputPricePerMTok)));
            row(tr("Output price"), tr("%1 per 1M").arg(formatUsd(model->outputPricePerMTok)));
        }
        if (model->contextWindow)
            row(tr("Context"), tr("%1 tokens").arg(NumberFormat::localised(*model->contextWindow)));
        if (model->typicalLatencyMs)
            row(tr("Latency"), tr("%1 ms").arg(NumberFormat::localised(*model->typicalLatencyMs)));
        if (model->parameterCountB && model->activeParameterCountB)
            row(tr("Parameters"),
                tr("%1 B in all, %2 B active (mixture of experts)")
                    .arg(QLocale().toString(*model->parameterCountB),
                         QLocale().toString(*model->activeParameterCountB)));
        else if (model->parameterCountB)
            row(tr("Parameters"), tr("%1 B").arg(QLocale().toString(*model->parameterCountB)));
        row(tr("Open weights"), model->openWeights ? tr("yes") : tr("no"));
    }
    if (p.quality) {
        row(m_qualityData.benchmark.name, QLocale().toString(*p.quality));
        row(tr("Score source"), tr("%1, %2").arg(p.qualitySource, p.qualityDate.toString(Qt::ISODate)));
    } else {
        row(m_qualityData.benchmark.name, tr("no score"));
    }
    QString notes;
    if (p.recommended)
        notes += tr("<p>This is the value pick.</p>");
    if (model) {
        for (const QString &n : model->notes)
            notes += QStringLiteral("<p>%1</p>").arg(n.toHtmlEscaped());
    }
    if (p.onFrontier)
        notes += tr("<p>On the cost/quality frontier: no other model is both cheaper and better.</p>");
    m_details->setHtml(QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"2\">%2</table>%3")
                           .arg(p.name.toHtmlEscaped(), rows.join(QString()), notes));
}

void CostExplorerPage::connectPointSignals(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        auto *series = qobject_cast<QScatterSeries *>(s);
        if (!series || series->objectName() == QLatin1String(CostQualitySeries::selected))
            continue;
        connect(series, &QXYSeries::hovered, this,
                [this, series](const QPointF &point, bool state) { onPointHovered(series, point, state); });
        connect(series, &QXYSeries::clicked, this,
                [this, series](const QPointF &point) { onPointClicked(series, point); });
    }
}

void CostExplorerPage::onPointHovered(QXYSeries *series, const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const int index = costQualityPointIndex(series, point);
    if (index >= 0)
        QToolTip::showText(QCursor::pos(), costQualityTooltip(m_qualityData, index), m_qualityView);
}

void CostExplorerPage::onPointClicked(QXYSeries *series, const QPointF &point)
{
    const int index = costQualityPointIndex(series, point);
    if (index >= 0)
        selectModel(m_qualityData.points.at(index).modelId);
}

Status CostExplorerPage::exportChartTo(ChartKind kind, const QString &path, const ChartExportOptions &options)
{
    std::unique_ptr<QChart> chart(kind == ChartKind::CostQuality ? buildCostQualityChart(m_qualityData)
                                                                 : buildMonthlyCostChart(m_curveData));
    if (kind == ChartKind::CostQuality) {
        int selected = -1;
        for (int i = 0; i < m_qualityData.points.size() && !m_selectedId.isEmpty(); ++i) {
            if (m_qualityData.points.at(i).modelId == m_selectedId)
                selected = i;
        }
        setCostQualitySelection(chart.get(), m_qualityData, selected);
    }
    return exportChart(chart.get(), path, options);
}

void CostExplorerPage::exportCurrentChartInteractive(ChartFormat format)
{
    ChartExportOptions options = m_lastPngOptions;
    if (format == ChartFormat::Png) {
        ChartExportDialog dialog(m_lastPngOptions, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        options = m_lastPngOptions = dialog.options();
    }
    const ChartKind kind = currentChart();
    const QString base =
        kind == ChartKind::CostQuality ? QStringLiteral("cost-quality") : QStringLiteral("monthly-cost");
    QString filter;
    QString suffix;
    switch (format) {
    case ChartFormat::Png:
        filter = tr("PNG images (*.png)");
        suffix = QStringLiteral(".png");
        break;
    case ChartFormat::Svg:
        filter = tr("SVG images (*.svg)");
        suffix = QStringLiteral(".svg");
        break;
    case ChartFormat::Pdf:
        filter = tr("PDF documents (*.pdf)");
        suffix = QStringLiteral(".pdf");
        break;
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), base + suffix, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const Status status = exportChartTo(kind, path, options);
    emit statusMessage(status ? tr("Chart exported to %1").arg(path) : status.error());
}
