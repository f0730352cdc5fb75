// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "routing/routingsession.h"

#include <QWidget>

class ApiKeyStore;
class ChatClient;
class EndpointStore;
class LiveRunModel;
class QLabel;
class QPlainTextEdit;
class StreamingTextScheduler;
class StreamingTextView;
class QPushButton;
class QRadioButton;
class QTableView;
class RulesTab;
class Workbench;

/// The Routing page's live-run tab: sends a prompt through the cascade or the router as
/// configured, showing each call as it completes and the answer as it streams.
class LiveRunTab : public QWidget
{
    Q_OBJECT
public:
    /// What a live run needs. Pointers are not owned; `client` null: live runs are not possible.
    struct Services
    {
        Workbench *workbench = nullptr;
        const EndpointStore *endpoints = nullptr;
        ChatClient *client = nullptr;
        ApiKeyStore *keys = nullptr;
    };
    enum class LiveMode { Cascade, Router };

    /// Runs what `config` describes; the router takes its request's task, reasoning and quality
    /// from `rules`' preview.
    LiveRunTab(const RoutingConfig &config, const RulesTab &rules, const Services &services, QWidget *parent = nullptr);

    LiveMode liveMode() const;
    void setLiveMode(LiveMode mode);
    /// Starts the live run of the prompt box; the error is shown on the tab and returned otherwise.
    Status runLive();
    void cancelLive();
    bool isRunning() const { return m_running; }

signals:
    /// A run is about to read the configuration: pending edits should be saved now.
    void aboutToRun();
    /// A live run ended (answered, failed or cancelled).
    void liveFinished();

private:
    void startLiveRow(const QString &level, const Endpoint &endpoint);
    void flushLiveText();
    void finishCascade(const CascadeResult &result);
    void finishRoute(const RoutedResult &result);
    void setRunning(bool running);
    void showLiveError(const QString &message);
    void showRouterInputs();

    const RoutingConfig &m_config;
    const RulesTab &m_rules;
    Services m_services;
    RoutingSession *m_session = nullptr;
    LiveRunModel *m_model = nullptr;
    bool m_running = false;

    QRadioButton *m_modeCascade = nullptr;
    QRadioButton *m_modeRouter = nullptr;
    QLabel *m_routerInputs = nullptr;
    QPlainTextEdit *m_livePrompt = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTableView *m_liveTable = nullptr;
    StreamingTextView *m_liveAnswer = nullptr;
    QLabel *m_liveSummary = nullptr;
    QLabel *m_liveError = nullptr;
    StreamingTextScheduler *m_textScheduler = nullptr;
};
