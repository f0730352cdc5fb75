// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "report/memo.h"
#include "routing/cascade.h"
#include "routing/hybridrouter.h"
#include "routing/routingconfig.h"
#include "routing/routingsession.h"
#include "routing/storedrunsimulation.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class ApiKeyStore;
class ChatClient;
class Database;
class EndpointStore;
class PageServices;
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimer;
class Workbench;

/// The Routing page (issue #6): the hybrid router's rules with a live decision preview, the tier
/// map, the cascade (levels, threshold, assessors), a live run of either against the configured
/// endpoints, and the cascade simulator over stored runs with its chart. Every change is saved to
/// routing.json after a short pause, so the command line (`rightsize route`, `cascade`) uses what
/// the page shows.
class RoutingPage : public QWidget
{
    Q_OBJECT
public:
    /// What the page works with; tests pass their own. Pointers are not owned.
    struct Services
    {
        EndpointStore *endpoints = nullptr;
        ApiKeyStore *keys = nullptr;          ///< null: calls go without keys
        ChatClient *client = nullptr;         ///< null: live runs are not possible
        QString configPath;                   ///< routing.json; empty: RoutingConfigStore::defaultPath()
    };
    enum class LiveMode { Cascade, Router };

    /// The application's page, on the window's shared services and the default routing.json.
    RoutingPage(Workbench &workbench, const PageServices &services, QWidget *parent = nullptr);
    RoutingPage(Workbench &workbench, const Services &services, QWidget *parent = nullptr);
    ~RoutingPage() override;

    const RoutingConfig &config() const { return m_config; }
    /// Shows `config` in every section and saves it (debounced).
    void setConfig(const RoutingConfig &config);
    /// Writes routing.json now (also what the debounce timer does).
    Status saveConfig();
    /// Re-reads endpoints.json (when the page owns its store) and refreshes the endpoint choices.
    void reloadEndpoints();

    /// The request of the decision preview and what the rules decide for it.
    RoutingRequest previewRequest() const;
    RouteDecision previewDecision() const;

    LiveMode liveMode() const;
    void setLiveMode(LiveMode mode);
    /// Starts the live run of the prompt box; the error is shown on the page and returned otherwise.
    Status runLive();
    void cancelLive();
    bool isRunning() const { return m_running; }

    /// The run history the simulator reads (not owned; null: none).
    void setDatabase(Database *database);
    /// Replays the stored runs the filter selects; the error is shown and returned otherwise.
    Status simulate();
    /// The last simulation, for the decision memo; none when there is none or the user left it
    /// out of the memo.
    std::optional<MemoCascadeSimulation> memoSimulation() const;
    QChart *simulationChart() const { return m_chart; }
    Status exportSimulationChart(const QString &path);

signals:
    void statusMessage(const QString &message);
    /// A live run ended (answered, failed or cancelled).
    void liveFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void build();
    QWidget *buildRouterTab();
    QWidget *buildCascadeTab();
    QWidget *buildLiveTab();
    QWidget *buildSimulatorTab();
    void loadConfig();
    void configChanged();
    void showConfig();

    // router rules
    void refreshRules();
    void showRule(int row);
    void editRule();
    void addRule();
    void removeRule();
    void moveRule(int delta);
    void resetRules();
    void updateDecision();
    QString ruleSummary(const RoutingRule &rule) const;

    // tiers and cascade
    void fillEndpointCombos();
    void updateTierPrices();
    void tierEdited(int index);
    void refreshLevels();
    void addLevel();
    void removeLevel();
    void moveLevel(int delta);
    void cascadeEdited();
    QString describeResolution(const QString &nameOrTarget, Tier priceTier, const QString &role) const;

    // live
    void startLiveRow(const QString &level, const Endpoint &endpoint);
    void flushLiveText();
    void showLevelFinished(const CascadeLevelResult &level);
    void showAttemptFinished(const RouteAttempt &attempt);
    void finishCascade(const CascadeResult &result);
    void finishRoute(const RoutedResult &result);
    void setRunning(bool running);
    void showLiveError(const QString &message);

    // simulator
    QStringList simulationLevels(const StoredRunSelection &selection) const;
    void showSimulation();
    void exportChartInteractive();

    Workbench &m_workbench;
    Services m_services;
    std::unique_ptr<RoutingConfigStore> m_store;
    RoutingConfig m_config;
    QPointer<Database> m_database;
    bool m_updating = false;          ///< widgets are being filled from m_config: no edits back
    QTimer *m_saveTimer = nullptr;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_configStatus = nullptr;

    // router
    QTableWidget *m_rules = nullptr;
    QLineEdit *m_ruleName = nullptr;
    QComboBox *m_ruleMatch = nullptr;
    QLineEdit *m_ruleTasks = nullptr;
    QComboBox *m_ruleReasoning = nullptr;
    QList<QCheckBox *> m_ruleQualities;
    QSpinBox *m_ruleLonger = nullptr;
    QComboBox *m_ruleTarget = nullptr;
    QGroupBox *m_ruleEditor = nullptr;
    QPushButton *m_removeRule = nullptr;
    QPushButton *m_ruleUp = nullptr;
    QPushButton *m_ruleDown = nullptr;
    QLabel *m_ruleProblems = nullptr;
    QPlainTextEdit *m_previewPrompt = nullptr;
    QSpinBox *m_previewLength = nullptr;
    QComboBox *m_previewTask = nullptr;
    QCheckBox *m_previewReasoning = nullptr;
    QComboBox *m_previewQuality = nullptr;
    QLabel *m_decision = nullptr;
    QLabel *m_decisionDetails = nullptr;
    QList<QComboBox *> m_tierCombos;     ///< small, medium, large
    QList<QLabel *> m_tierPrices;

    // cascade
    QListWidget *m_levels = nullptr;
    QComboBox *m_levelCombo = nullptr;
    QLabel *m_levelsHint = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QList<QCheckBox *> m_assessors;      ///< in RoutingConfig::assessorIds() order
    QComboBox *m_judge = nullptr;
    QLabel *m_judgePrice = nullptr;
    QSpinBox *m_samples = nullptr;
    QDoubleSpinBox *m_sampleTemperature = nullptr;
    QLineEdit *m_validationRegex = nullptr;
    QCheckBox *m_validationJson = nullptr;
    QLineEdit *m_validationKeys = nullptr;
    QLabel *m_cascadeProblems = nullptr;

    // live
    QRadioButton *m_modeCascade = nullptr;
    QRadioButton *m_modeRouter = nullptr;
    QLabel *m_routerInputs = nullptr;
    QPlainTextEdit *m_livePrompt = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTableWidget *m_liveTable = nullptr;
    QPlainTextEdit *m_liveAnswer = nullptr;
    QLabel *m_liveSummary = nullptr;
    QLabel *m_liveError = nullptr;
    QTimer *m_flushTimer = nullptr;
    QString m_pendingText;
    RoutingSession *m_session = nullptr;
    bool m_running = false;

    // simulator
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
    QChart *m_chart = nullptr;
    QTableWidget *m_simTable = nullptr;
    std::optional<MemoCascadeSimulation> m_simulation;
};
