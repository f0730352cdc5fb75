// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "eval/evalset.h"

#include <QWidget>

class EvalCaseTableModel;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

/// The Evaluations page's Cases tab: the selected set's name, prompt template and cases, edited
/// in place; the set is saved by the Sets panel when saveRequested() is emitted.
class EvalCasesTab : public QWidget
{
    Q_OBJECT
public:
    explicit EvalCasesTab(QWidget *parent = nullptr);

    /// Shows `set` unedited (empty: no set is selected).
    void showSet(const EvalSet &set);
    /// The set as edited (its name as stored; see editedName()).
    const EvalSet &set() const;
    QString editedName() const;
    bool isDirty() const { return m_dirty; }
    /// After a save: `saved` is what is stored now.
    void markSaved(const EvalSet &saved);
    void setCanSave(bool canSave);
    void focusName();
    EvalCaseTableModel *model() const { return m_model; }

signals:
    void saveRequested();
    void dirtyChanged(bool dirty);

private:
    void setDirty(bool dirty);
    void templateEdited();
    void addCase();
    void duplicateCase();
    void removeCases();
    void fitColumns();

    EvalCaseTableModel *m_model = nullptr;
    bool m_dirty = false;
    bool m_canSave = false;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_system = nullptr;
    QPlainTextEdit *m_user = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_error = nullptr;
};
