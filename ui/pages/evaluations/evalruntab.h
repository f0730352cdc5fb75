// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "eval/evalresult.h"
#include "eval/evalrunner.h"

#include <QWidget>

class ApiKeyStore;
class ChatClient;
class EndpointStore;
class EvalCasesTab;
class EvalRepository;
class EvalSession;
class EvalSetsTab;
class QComboBox;
class QLabel;
class EndpointCheckListModel;
class QListView;
class QProgressBar;
class QPushButton;
class QSpinBox;
class Workbench;
struct Endpoint;

/// The Evaluations page's Run panel: the endpoints to run the selected set on, the judge, repeat
/// and concurrency, Run / Pause / Cancel and the progress. It drives the page's EvalSession.
class EvalRunTab : public QWidget
{
    Q_OBJECT
public:
    struct Collaborators
    {
        EvalSession &session;
        EvalSetsTab &sets;
        EvalCasesTab &cases;
        Workbench &workbench;
        EndpointStore *endpoints = nullptr;
        ApiKeyStore *keys = nullptr;
        ChatClient *client = nullptr;
    };
    explicit EvalRunTab(const Collaborators &collaborators, QWidget *parent = nullptr);

    /// Where stored runs are read from to resume them (not owned); null without a database.
    void setRepository(EvalRepository *repository) { m_repository = repository; }
    /// The judge choices and the empty-list hint, after the endpoints changed.
    void reloadEndpoints();
    QStringList checkedEndpoints() const;
    void setCheckedEndpoints(const QStringList &names);

    /// Starts the current set on the checked endpoints; the error is returned when it cannot start.
    Status run();
    /// Continues a cancelled or interrupted run: the cases already stored are not sent again.
    Status resumeRun(qint64 runId);
    /// The results the run in progress continues from (empty for a new run).
    const QList<EvalResult> &resumedResults() const { return m_resumed; }
    QString progressText() const;
    void togglePause();
    void cancel();
    /// Shows how the run ended.
    void showOutcome(const QString &text);
    void updateControls();

signals:
    void runRequested();

private:
    void showProgress(const EvalProgress &progress);
    Endpoint endpointForRun(const Endpoint &stored) const;

    EvalSession &m_session;
    EvalSetsTab &m_sets;
    EvalCasesTab &m_cases;
    Workbench &m_workbench;
    EndpointStore *m_endpoints = nullptr;
    ApiKeyStore *m_keys = nullptr;
    ChatClient *m_client = nullptr;
    EvalRepository *m_repository = nullptr;
    QList<EvalResult> m_resumed;

    EndpointCheckListModel *m_endpointModel = nullptr;
    QListView *m_endpointList = nullptr;
    QLabel *m_noEndpoints = nullptr;
    QComboBox *m_judge = nullptr;
    QSpinBox *m_repeat = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
};
