// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "models/evalcasetablemodel.h"

#include <QLocale>

#include <algorithm>

QString EvalCaseTableModel::assertionText(const EvalAssertion &assertion)
{
    QString type = assertion.typeName();
    if (assertion.threshold && assertion.kind == EvalAssertion::Kind::LlmRubric)
        type += QStringLiteral("(%1)").arg(QString::number(*assertion.threshold));
    const QString value = assertion.valueText();
    return value.isEmpty() ? type : type + QStringLiteral(": ") + value;
}

QStringList EvalCaseTableModel::variablesOf(const EvalSet &set) const
{
    QStringList names = set.prompt.variables();
    for (const EvalCase &c : set.cases) {
        for (auto it = c.variables.cbegin(); it != c.variables.cend(); ++it) {
            if (!names.contains(it.key()))
                names.append(it.key());
        }
    }
    return names;
}

void EvalCaseTableModel::setSet(const EvalSet &set)
{
    beginResetModel();
    m_set = set;
    m_variables = variablesOf(m_set);
    m_refused = QPersistentModelIndex();
    m_problem.clear();
    endResetModel();
}

void EvalCaseTableModel::setTemplate(const EvalTemplate &prompt)
{
    m_set.prompt = prompt;
    const QStringList used = prompt.variables();
    if (std::all_of(used.cbegin(), used.cend(), [this](const QString &name) { return m_variables.contains(name); }))
        return;
    // A new variable's column goes where the template uses it, among the template's own.
    beginResetModel();
    m_variables = variablesOf(m_set);
    endResetModel();
}

int EvalCaseTableModel::addCase()
{
    EvalCase c;
    for (const QString &name : m_set.prompt.variables())
        c.variables.insert(name, QString());
    const int row = int(m_set.cases.size());
    beginInsertRows({}, row, row);
    m_set.cases.append(c);
    endInsertRows();
    emit edited();
    return row;
}

int EvalCaseTableModel::duplicateCase(int row)
{
    if (row < 0 || row >= m_set.cases.size())
        return -1;
    EvalCase copy = m_set.cases.at(row);
    if (!copy.description.isEmpty())
        copy.description = tr("%1 (copy)").arg(copy.description);
    beginInsertRows({}, row + 1, row + 1);
    m_set.cases.insert(row + 1, copy);
    endInsertRows();
    emit edited();
    return row + 1;
}

void EvalCaseTableModel::removeCases(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.resize(std::unique(rows.begin(), rows.end()) - rows.begin());
    bool removed = false;
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_set.cases.size())
            continue;
        beginRemoveRows({}, row, row);
        m_set.cases.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed)
        emit edited();
}

EvalCaseTableModel::Field EvalCaseTableModel::fieldOf(int column) const
{
    const int firstAfter = 1 + int(m_variables.size());
    if (column == DescriptionColumn)
        return Field::Description;
    if (column < firstAfter)
        return Field::Variable;
    if (column == firstAfter)
        return Field::Assertions;
    if (column == firstAfter + 1)
        return Field::Expected;
    return Field::Weight;
}

int EvalCaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_set.cases.size());
}

int EvalCaseTableModel::columnCount(const QModelIndex &parent) const
{
    // Description, the variables, assertions, reference answer, weight.
    return parent.isValid() ? 0 : 4 + int(m_variables.size());
}

QString EvalCaseTableModel::cellText(const EvalCase &evalCase, int column) const
{
    switch (fieldOf(column)) {
    case Field::Description:
        return evalCase.description;
    case Field::Variable:
        return evalCase.variables.value(m_variables.at(column - 1));
    case Field::Assertions: {
        QStringList lines;
        for (const EvalAssertion &a : evalCase.assertions)
            lines << assertionText(a);
        return lines.join(QLatin1Char('\n'));
    }
    case Field::Expected:
        return evalCase.expected;
    case Field::Weight:
        return QLocale().toString(evalCase.weight);
    }
    return {};
}

QVariant EvalCaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EvalCase &evalCase = m_set.cases.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellText(evalCase, index.column());
    case Qt::ToolTipRole:
    case ProblemRole:
        return index == m_refused ? m_problem : QString();
    case Qt::TextAlignmentRole:
        return fieldOf(index.column()) == Field::Weight ? QVariant(int(Qt::AlignRight | Qt::AlignTop))
                                                        : QVariant(int(Qt::AlignLeft | Qt::AlignTop));
    default:
        return {};
    }
}

QString EvalCaseTableModel::applyEdit(EvalCase &c, int row, int column, const QString &text) const
{
    switch (fieldOf(column)) {
    case Field::Description:
        c.description = text.trimmed();
        break;
    case Field::Variable:
        if (text.isEmpty())
            c.variables.remove(m_variables.at(column - 1));
        else
            c.variables.insert(m_variables.at(column - 1), text);
        break;
    case Field::Assertions: {
        QList<EvalAssertion> assertions;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).trimmed().isEmpty())
                continue;
            const Result<EvalAssertion> parsed = EvalAssertion::fromCsvText(lines.at(i));
            if (!parsed)
                return tr("%1, assertion line %2: %3")
                    .arg(m_set.caseLabel(row), QString::number(i + 1), parsed.error());
            assertions.append(parsed.value());
        }
        c.assertions = assertions;
        break;
    }
    case Field::Expected:
        c.expected = text;
        break;
    case Field::Weight: {
        bool ok = false;
        double weight = QLocale().toDouble(text, &ok);
        if (!ok)
            weight = text.toDouble(&ok);
        if (!ok || !(weight > 0))
            return tr("%1: the weight must be a number above 0, not “%2”.").arg(m_set.caseLabel(row), text);
        c.weight = weight;
        break;
    }
    }
    return {};
}

bool EvalCaseTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    EvalCase changed = m_set.cases.at(index.row());
    const QString problem = applyEdit(changed, index.row(), index.column(), value.toString());
    const QModelIndex previous = m_refused;
    if (!problem.isEmpty()) {
        m_refused = index;
        m_problem = problem;
        emit dataChanged(index, index, {Qt::ToolTipRole, ProblemRole});
        if (previous.isValid() && previous != index)
            emit dataChanged(previous, previous, {Qt::ToolTipRole, ProblemRole});
        emit editRefused(index, problem);
        return false;
    }
    m_refused = QPersistentModelIndex();
    m_problem.clear();
    if (previous.isValid() && previous != index)
        emit dataChanged(previous, previous, {Qt::ToolTipRole, ProblemRole});
    if (changed == m_set.cases.at(index.row()))
        return true;
    m_set.cases[index.row()] = changed;
    emit dataChanged(index, index);
    emit edited();
    return true;
}

QVariant EvalCaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= columnCount())
        return {};
    switch (fieldOf(section)) {
    case Field::Description:
        return tr("Description");
    case Field::Variable:
        return QStringLiteral("{{%1}}").arg(m_variables.at(section - 1));
    case Field::Assertions:
        return tr("Assertions (one per line)");
    case Field::Expected:
        return tr("Reference answer");
    case Field::Weight:
        return tr("Weight");
    }
    return {};
}

Qt::ItemFlags EvalCaseTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}
