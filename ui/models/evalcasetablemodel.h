// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "eval/evalset.h"

#include <QAbstractTableModel>
#include <QPersistentModelIndex>
#include <QStringList>

/// The cases of one evaluation set as an editable table: the description, one column per
/// variable (the template's first, in order of use, then any other a case has), the assertions
/// (one per line, in the CSV syntax), the reference answer and the weight. An edit that does not
/// parse (an unknown assertion type, a weight that is not a number above 0) is refused: the case
/// keeps what it had and editRefused() says why, naming the case and the line.
class EvalCaseTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The first column; the others depend on the set's variables (see fieldOf()).
    enum Column { DescriptionColumn = 0 };
    Q_ENUM(Column)
    enum class Field { Description, Variable, Assertions, Expected, Weight };
    enum Role {
        /// Why the cell's last edit was refused; empty when it was taken (shown as its tooltip too).
        ProblemRole = Qt::UserRole + 1,
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// Shows `set` (its cases and template); problems of earlier edits are forgotten.
    void setSet(const EvalSet &set);
    const EvalSet &set() const { return m_set; }
    void setName(const QString &name) { m_set.name = name; }
    /// Takes a new template; a variable it introduces gets its column.
    void setTemplate(const EvalTemplate &prompt);

    /// A case with every template variable empty, at the end; returns its row.
    int addCase();
    /// A copy of the case at `row` right after it; returns the copy's row, -1 when `row` is not a case.
    int duplicateCase(int row);
    void removeCases(QList<int> rows);

    Field fieldOf(int column) const;
    QStringList variableColumns() const { return m_variables; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// An assertion as the editor shows it, in the CSV syntax that reads it back.
    static QString assertionText(const EvalAssertion &assertion);

signals:
    /// A case changed (edited, added, duplicated or removed).
    void edited();
    /// An edit was refused; `problem` is translated and names the case.
    void editRefused(const QModelIndex &index, const QString &problem);

private:
    QStringList variablesOf(const EvalSet &set) const;
    QString cellText(const EvalCase &evalCase, int column) const;
    QString applyEdit(EvalCase &evalCase, int row, int column, const QString &text) const;

    EvalSet m_set;
    QStringList m_variables;
    QPersistentModelIndex m_refused; ///< the cell whose last edit was refused
    QString m_problem;
};
