// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "compare/runrecord.h"
#include "compare/vote.h"

#include <QList>
#include <QWidget>

#include <memory>

class ApiKeyStore;
class PageServices;
class ComparisonRunner;
class EndpointStore;
class LocalServerDetector;
class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QHBoxLayout;
class QLabel;
class QListView;
class EndpointCheckListModel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class PromptVariablesModel;
class StreamingTextScheduler;
class Workbench;

/// The Compare page: a prompt (system, user, {{variables}}), a choice of endpoints (configured,
/// detected on this machine, saved sets), and one column per endpoint streaming its answer with
/// its metrics. Text arrives in deltas buffered per column and flushed at most every 16 ms, each
/// flush inserting only the new text at the end, so the window keeps up with any endpoint speed.
/// Blind mode hides the names and shuffles the columns until the user has voted.
class ComparePage : public QWidget
{
    Q_OBJECT
public:
    /// What the page works with; tests pass their own. Pointers are not owned.
    struct Services
    {
        EndpointStore *endpoints = nullptr;
        ApiKeyStore *keys = nullptr;
        ComparisonRunner *runner = nullptr;
        LocalServerDetector *detector = nullptr; ///< null: no detection of local servers
    };

    /// The application's page, on the window's shared services (with local server detection).
    ComparePage(Workbench &workbench, const PageServices &services, QWidget *parent = nullptr);
    ComparePage(Workbench &workbench, const Services &services, QWidget *parent = nullptr);
    ~ComparePage() override;

    /// The runner behind the page, for listeners such as the history recorder.
    ComparisonRunner *runner() const { return m_services.runner; }
    /// Opens the endpoint manager; the main window puts it in a menu.
    QAction *endpointsAction() const { return m_endpointsAction; }

    PromptTemplate prompt() const;
    void setPrompt(const PromptTemplate &prompt);
    /// Configured endpoints first, then those detected on this machine.
    QList<Endpoint> availableEndpoints() const;
    QStringList checkedEndpoints() const;
    void setCheckedEndpoints(const QStringList &names);
    /// Adds servers found on this machine to the picker (unchecked).
    void addDetectedEndpoints(const QList<Endpoint> &endpoints);

    bool isBlind() const;
    void setBlind(bool blind);
    /// Seeds the blind shuffle (tests); random otherwise.
    void setShuffleSeed(quint32 seed);

    /// Starts the prompt on the checked endpoints; the error shown on the page otherwise.
    Status run();
    void rerun();
    void cancelAll();

    int columnCount() const { return int(m_columns.size()); }
    /// The run position shown in display column `displayIndex` (differs in blind mode).
    int positionAt(int displayIndex) const;
    QString columnText(int position) const;
    QString columnTitle(int position) const;
    QString columnMetrics(int position) const;
    QString columnStatus(int position) const;
    /// Records a blind vote between the answers shown as letters `a` and `b` (0 = A, 1 = B, …).
    void vote(int a, int b, Vote::Outcome outcome);

signals:
    void voteCast(const Vote &vote);
    void thumbCast(const Thumb &thumb);
    void statusMessage(const QString &message);

private:
    struct Column;
    void build();
    void connectRunner();
    void syncVariables();
    void rebuildColumns(const RunRecord &run);
    /// Shows every column's pending text now.
    void flushPending();
    /// The hint shown when no endpoint is configured, and the saved sets' menu.
    void showSavedSets();
    /// The running character count and time under a streaming column, a few times a second.
    void showStreamingMetrics(int position);
    void finishColumn(int position, const ResponseRecord &response);
    void updateRunState();
    /// Titles, statuses and figures of every column, hidden while a blind comparison awaits its vote.
    void updateLabels();
    void showFigures(Column &column);
    bool hidingIdentities() const;
    /// Fails once, with a message, when a new run would drop a blind comparison nobody voted on.
    Status checkUnvotedPair();
    void applySet(int index);
    void saveSet();
    void openEndpointsDialog();
    void showError(const QString &message);
    Column *column(int position) const;

    Workbench &m_workbench;
    Services m_services;
    QList<Endpoint> m_detected;

    QPlainTextEdit *m_system = nullptr;
    QPlainTextEdit *m_user = nullptr;
    PromptVariablesModel *m_variableModel = nullptr;
    QTableView *m_variables = nullptr;
    EndpointCheckListModel *m_endpointModel = nullptr;
    QListView *m_endpointList = nullptr;
    QLabel *m_noEndpoints = nullptr;
    QComboBox *m_sets = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QCheckBox *m_blind = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_rerunButton = nullptr;
    QPushButton *m_cancelAllButton = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_keyStatus = nullptr;
    QWidget *m_voteBar = nullptr;
    QComboBox *m_voteA = nullptr;
    QComboBox *m_voteB = nullptr;
    QWidget *m_columnsHost = nullptr;
    QHBoxLayout *m_columnsLayout = nullptr;
    QAction *m_endpointsAction = nullptr;
    StreamingTextScheduler *m_textScheduler = nullptr;

    QList<Column *> m_columns; ///< by run position
    QList<int> m_displayOrder; ///< display index → run position
    quint32 m_seed = 0;
    bool m_seeded = false;
    bool m_revealed = true;
    bool m_skipUnvoted = false; ///< the user was told of an unvoted pair; the next run goes ahead
    qint64 m_runId = 0;
};
