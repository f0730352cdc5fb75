// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "report/memo.h"
#include "routing/routingconfig.h"
#include "routing/storedrunsimulation.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class Database;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class CascadeSimulationTableModel;

/// The Routing page's Simulator tab: replays stored runs as if the cascade had run, for every
/// threshold, and shows the cost/quality curve with its table.
class SimulatorTab : public QWidget
{
    Q_OBJECT
public:
    /// Replays with the levels and validation checks of `config`.
    explicit SimulatorTab(const RoutingConfig &config, QWidget *parent = nullptr);

    /// The run history the simulator reads (not owned; null: none).
    void setDatabase(Database *database);
    /// Replays the stored runs the filter selects; the error is shown and returned otherwise.
    Status simulate();
    /// The last simulation, for the decision memo; none when there is none or the user left it
    /// out of the memo.
    std::optional<MemoCascadeSimulation> memoSimulation() const;
    QChart *simulationChart() const;
    Status exportSimulationChart(const QString &path);

signals:
    void statusMessage(const QString &message);

private:
    QStringList simulationLevels(const StoredRunSelection &selection) const;
    void showSimulation();
    void exportChartInteractive();

    const RoutingConfig &m_config;
    QPointer<Database> m_database;
    QLineEdit *m_simRuns = nullptr;
    QComboBox *m_simLevels = nullptr;
    QComboBox *m_simConfidence = nullptr;
    QDoubleSpinBox *m_simTarget = nullptr;
    QDoubleSpinBox *m_simStep = nullptr;
    QCheckBox *m_simInMemo = nullptr;
    QPushButton *m_simulateButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_simStatus = nullptr;
    QChartView *m_chartView = nullptr;
    QTableView *m_simTable = nullptr;
    CascadeSimulationTableModel *m_simModel = nullptr;
    std::optional<MemoCascadeSimulation> m_simulation;
};
