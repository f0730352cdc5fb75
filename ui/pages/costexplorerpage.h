// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "analysis/costcurves.h"
#include "analysis/costquality.h"
#include "export/chartexport.h"

#include <QList>
#include <QString>
#include <QWidget>

class QAction;
class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class BreakEvenTableModel;
class QTextBrowser;
class QXYSeries;
class Workbench;

/// The cost explorer: cost versus quality of every catalog model and monthly cost versus volume of
/// a few, both rebuilt from the Workbench whenever its recommendation changes. The page keeps only
/// view state (axis mode, filters, the chosen models); every figure comes from core values.
class CostExplorerPage : public QWidget
{
    Q_OBJECT
public:
    explicit CostExplorerPage(Workbench &workbench, QWidget *parent = nullptr);
    ~CostExplorerPage() override;

    enum class ChartKind { CostQuality, MonthlyCost };

    const CostQualityData &costQualityData() const { return m_qualityData; }
    const CostCurveData &costCurveData() const { return m_curveData; }
    QChart *costQualityChart() const;
    QChart *monthlyCostChart() const;
    ChartKind currentChart() const;
    void setCurrentChart(ChartKind kind);

    CostQualityOptions costQualityOptions() const;
    /// Options of the volume chart, in order: a model id where the model is served its default way
    /// (defaultsToSelfHosted()), else the id with "#self-hosted" or "#api".
    QStringList volumeSelection() const;
    /// Replaces the automatic choice (recommendation's top candidates and task pick) by these
    /// options, written as volumeSelection() returns them.
    void setVolumeSelection(const QStringList &modelIds);
    /// Back to the automatic choice.
    void resetVolumeSelection();
    /// The model shown in the details panel, empty when none.
    QString selectedModel() const { return m_selectedId; }
    void selectModel(const QString &modelId);

    /// Export PNG/SVG/PDF of the current chart (with dialogs), for menus and toolbars.
    QList<QAction *> exportActions() const { return m_exportActions; }
    /// Writes a freshly built copy of the chart, so the view on screen is left alone.
    Status exportChartTo(ChartKind kind, const QString &path, const ChartExportOptions &options = {});

public slots:
    /// Rebuilds both charts from the Workbench now.
    void rebuild();
    void exportCurrentChartInteractive(ChartFormat format);

signals:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildQualityTab();
    QWidget *buildVolumeTab();
    void scheduleRebuild();
    void rebuildQuality();
    void placeLegend();
    void rebuildVolume();
    void refillBenchmarks();
    void refillProviders();
    void refillModelList();
    void syncWhatIfControls();
    void applyWhatIf();
    void showDetails(int index);
    void connectPointSignals(QChart *chart);
    void onPointHovered(QXYSeries *series, const QPointF &point, bool state);
    void onPointClicked(QXYSeries *series, const QPointF &point);
    QList<CostOption> currentVolumeOptions() const;

    Workbench &m_workbench;
    bool m_dirty = true;
    bool m_customSelection = false;
    bool m_updatingList = false;
    QStringList m_customIds;
    QString m_selectedId;
    CostQualityData m_qualityData;
    CostCurveData m_curveData;
    ChartExportOptions m_lastPngOptions;

    QTabWidget *m_tabs = nullptr;
    QChartView *m_qualityView = nullptr;
    QChartView *m_volumeView = nullptr;
    QComboBox *m_axisMode = nullptr;
    QComboBox *m_benchmark = nullptr;
    QComboBox *m_provider = nullptr;
    QList<QCheckBox *> m_tierBoxes;
    QCheckBox *m_openWeightsOnly = nullptr;
    QCheckBox *m_scoredOnly = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_compareButton = nullptr;

    QLineEdit *m_modelFilter = nullptr;
    QListView *m_modelList = nullptr;
    QStandardItemModel *m_models = nullptr;
    QSortFilterProxyModel *m_modelProxy = nullptr;
    QSpinBox *m_inputTokens = nullptr;
    QSpinBox *m_outputTokens = nullptr;
    QDoubleSpinBox *m_gpuHourly = nullptr;
    QSpinBox *m_throughput = nullptr;
    QSpinBox *m_utilisation = nullptr;
    QDoubleSpinBox *m_peakFactor = nullptr;
    QSpinBox *m_gpuWatts = nullptr;
    QDoubleSpinBox *m_kwhPrice = nullptr;
    QDoubleSpinBox *m_pue = nullptr;
    QSpinBox *m_hardwareCost = nullptr;
    QSpinBox *m_amortisation = nullptr;
    BreakEvenTableModel *m_breakEvenModel = nullptr;
    QTableView *m_breakEvens = nullptr;
    QLabel *m_noBreakEven = nullptr;

    QList<QAction *> m_exportActions;
};
