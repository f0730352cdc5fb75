// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"

#include <QWidget>

class EvalCasesTab;
class EvalRepository;
class EvalSetListModel;
class QLabel;
class QListView;
class QPushButton;

/// The Evaluations page's set browser: the saved sets, Import (a CSV, JSONL or JSON file), New
/// and Delete. The chosen set is edited in the Cases tab it is given; leaving a set with unsaved
/// edits asks first.
class EvalSetsTab : public QWidget
{
    Q_OBJECT
public:
    EvalSetsTab(EvalCasesTab &cases, QWidget *parent = nullptr);

    /// Where sets are stored (not owned); null with `whyNone` saying why there is no store.
    void setRepository(EvalRepository *repository, const QString &whyNone);
    /// Lists the sets again and selects `select`, else the current set, else the first.
    void reload(const QString &select = {});
    QStringList setNames() const;
    QString currentSetName() const;
    Status importFile(const QString &path);
    void importInteractive();
    Status saveCurrentSet();
    Status deleteSet(const QString &name);
    void newSet();
    /// While a run is on, the set cannot change.
    void setRunning(bool running);

signals:
    /// Another set (or none) is shown in the Cases tab.
    void setChanged(const QString &name);
    void editRequested();
    void statusMessage(const QString &message);
    void problem(const QString &message);
    void problemsCleared();

private:
    void load(const QString &name);
    void chosen(const QString &name);
    void deleteInteractive();
    void updateControls();

    EvalCasesTab &m_cases;
    EvalRepository *m_repository = nullptr;
    QString m_whyNone;
    EvalSetListModel *m_model = nullptr;
    bool m_running = false;
    QListView *m_list = nullptr;
    QLabel *m_noSets = nullptr;
    QLabel *m_importNotes = nullptr; ///< what the last imported promptfoo configuration skipped
    QPushButton *m_import = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
};
