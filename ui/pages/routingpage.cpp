// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "pages/routingpage.h"

#include "decision/workbench.h"
#include "pages/routing/cascadetab.h"
#include "pages/routing/rulestab.h"
#include "pages/routing/simulatortab.h"
#include "pageservices.h"
#include "providers/endpointstore.h"

#include <QDir>
#include <QLabel>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kSaveDelayMs = 400; // one write after a burst of edits, not one per keystroke
} // namespace

RoutingPage::RoutingPage(Workbench &workbench, const PageServices &services, QWidget *parent)
    : RoutingPage(workbench, Services{services.endpoints(), services.keys(), services.client(), {}}, parent)
{ }

RoutingPage::RoutingPage(Workbench &workbench, const Services &services, QWidget *parent)
    : QWidget(parent)
    , m_workbench(workbench)
    , m_services(services)
    , m_store(std::make_unique<RoutingConfigStore>(services.configPath))
{
    m_saveTimer = new QTimer(this);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveConfig(); });

    m_rules = new RulesTab(m_config, m_workbench, m_services.endpoints);
    m_cascade = new CascadeTab(m_config, m_workbench, m_services.endpoints);
    m_live =
        new LiveRunTab(m_config, *m_rules, {&m_workbench, m_services.endpoints, m_services.client, m_services.keys});
    m_simulator = new SimulatorTab(m_config);

    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("routingTabs"));
    m_tabs->addTab(m_rules, tr("&Router"));
    m_tabs->addTab(m_cascade, tr("Ca&scade"));
    m_tabs->addTab(m_live, tr("&Try it live"));
    m_tabs->addTab(m_simulator, tr("Si&mulator"));
    layout->addWidget(m_tabs, 1);
    m_configStatus = new QLabel(this);
    m_configStatus->setObjectName(QStringLiteral("configStatus"));
    m_configStatus->setWordWrap(true);
    m_configStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_configStatus);

    connect(m_rules, &RulesTab::edited, this, &RoutingPage::configChanged);
    connect(m_cascade, &CascadeTab::edited, this, &RoutingPage::configChanged);
    connect(m_live, &LiveRunTab::aboutToRun, this, [this] {
        if (m_saveTimer->isActive())
            saveConfig();
    });
    connect(m_live, &LiveRunTab::liveFinished, this, &RoutingPage::liveFinished);
    connect(m_rules, &RulesTab::statusMessage, this, &RoutingPage::statusMessage);
    connect(m_cascade, &CascadeTab::statusMessage, this, &RoutingPage::statusMessage);
    connect(m_simulator, &SimulatorTab::statusMessage, this, &RoutingPage::statusMessage);
    connect(&m_workbench, &Workbench::catalogChanged, this, &RoutingPage::reloadEndpoints);
    if (m_services.endpoints)
        connect(m_services.endpoints, &EndpointStore::changed, this, &RoutingPage::reloadEndpoints);
    loadConfig();
}

RoutingPage::~RoutingPage()
{
    // A pending edit is not lost when the window closes within the debounce pause.
    if (m_saveTimer->isActive())
        saveConfig();
}

void RoutingPage::loadConfig()
{
    const Result<RoutingConfig> loaded = m_store->load();
    if (loaded) {
        m_config = *loaded;
        m_configStatus->setText(tr("Settings are saved to %1 as you edit; the command line uses them too.")
                                    .arg(QDir::toNativeSeparators(m_store->path())));
    } else {
        m_config = RoutingConfig();
        m_configStatus->setText(
            tr("%1 The defaults are shown; your next change replaces the file.").arg(loaded.error()));
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
    m_rules->showConfig();
    m_cascade->showConfig();
}

void RoutingPage::configChanged()
{
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

void RoutingPage::reloadEndpoints()
{
    m_rules->refreshEndpoints();
    m_cascade->refreshEndpoints();
}

RoutingRequest RoutingPage::previewRequest() const
{
    return m_rules->previewRequest();
}

RouteDecision RoutingPage::previewDecision() const
{
    return m_rules->previewDecision();
}

RoutingPage::LiveMode RoutingPage::liveMode() const
{
    return m_live->liveMode();
}

void RoutingPage::setLiveMode(LiveMode mode)
{
    m_live->setLiveMode(mode);
}

Status RoutingPage::runLive()
{
    return m_live->runLive();
}

void RoutingPage::cancelLive()
{
    m_live->cancelLive();
}

bool RoutingPage::isRunning() const
{
    return m_live->isRunning();
}

void RoutingPage::setDatabase(Database *database)
{
    m_simulator->setDatabase(database);
}

Status RoutingPage::simulate()
{
    return m_simulator->simulate();
}

std::optional<MemoCascadeSimulation> RoutingPage::memoSimulation() const
{
    return m_simulator->memoSimulation();
}

QChart *RoutingPage::simulationChart() const
{
    return m_simulator->simulationChart();
}

Status RoutingPage::exportSimulationChart(const QString &path)
{
    return m_simulator->exportSimulationChart(path);
}
