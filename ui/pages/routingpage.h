// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "pages/routing/liveruntab.h"
#include "report/memo.h"
#include "routing/routingconfig.h"

#include <QWidget>

#include <memory>
#include <optional>

class ApiKeyStore;
class CascadeTab;
class ChatClient;
class Database;
class EndpointStore;
class PageServices;
class QChart;
class QLabel;
class QTabWidget;
class QTimer;
class RulesTab;
class SimulatorTab;
class Workbench;

/// The Routing page: the hybrid router's rules with a live decision preview and the tier map,
/// the cascade (levels, threshold, assessors), a live run of either against the configured
/// endpoints, and the cascade simulator over stored runs with its chart, each a tab of its own.
/// The page holds the configuration its tabs edit and saves it to routing.json after a short
/// pause, so the command line (`rightsize route`, `cascade`) uses what the page shows.
class RoutingPage : public QWidget
{
    Q_OBJECT
public:
    /// What the page works with; tests pass their own. Pointers are not owned.
    struct Services
    {
        EndpointStore *endpoints = nullptr;
        ApiKeyStore *keys = nullptr;  ///< null: calls go without keys
        ChatClient *client = nullptr; ///< null: live runs are not possible
        QString configPath;           ///< routing.json; empty: RoutingConfigStore::defaultPath()
    };
    using LiveMode = LiveRunTab::LiveMode;

    /// The application's page, on the window's shared services and the default routing.json.
    RoutingPage(Workbench &workbench, const PageServices &services, QWidget *parent = nullptr);
    RoutingPage(Workbench &workbench, const Services &services, QWidget *parent = nullptr);
    ~RoutingPage() override;

    const RoutingConfig &config() const { return m_config; }
    /// Shows `config` in every tab and saves it (debounced).
    void setConfig(const RoutingConfig &config);
    /// Writes routing.json now (also what the debounce timer does).
    Status saveConfig();
    /// Refreshes the endpoint choices and prices (on EndpointStore::changed() and a new catalog).
    void reloadEndpoints();

    /// The request of the decision preview and what the rules decide for it.
    RoutingRequest previewRequest() const;
    RouteDecision previewDecision() const;

    LiveMode liveMode() const;
    void setLiveMode(LiveMode mode);
    /// Starts the live run of the prompt box; the error is shown on the page and returned otherwise.
    Status runLive();
    void cancelLive();
    bool isRunning() const;

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
    /// A live run ended (answered, failed or cancelled).
    void liveFinished();

private:
    void loadConfig();
    void showConfig();
    void configChanged();

    Workbench &m_workbench;
    Services m_services;
    std::unique_ptr<RoutingConfigStore> m_store;
    RoutingConfig m_config;
    QTimer *m_saveTimer = nullptr;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_configStatus = nullptr;
    RulesTab *m_rules = nullptr;
    CascadeTab *m_cascade = nullptr;
    LiveRunTab *m_live = nullptr;
    SimulatorTab *m_simulator = nullptr;
};
