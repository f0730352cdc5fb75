// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// The values of a prompt template's `{{variables}}`: one row per variable the prompt uses, in
/// the order it first uses them. A row the prompt stops using stays while it holds a value (so
/// editing the prompt never loses what was typed) and goes once empty. Names are the prompt's;
/// only values are edited.
class PromptVariablesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Value, ColumnCount };
    Q_ENUM(Column)

    using QAbstractTableModel::QAbstractTableModel;

    /// The variables the prompt uses now.
    void setUsed(const QStringList &used);
    /// Replaces every row by `values` (then setUsed() adds what the prompt needs).
    void setValues(const QMap<QString, QString> &values);
    QMap<QString, QString> values() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString value;
    };
    QList<Row> m_rows;
};
