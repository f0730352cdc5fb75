// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "liverunmodel.h"

#include "common/numberformat.h"

#include <QLocale>

namespace {
QString firstLine(const QString &text, int max = 120)
{
    QString line = text.simplified();
    if (line.size() > max)
        line = line.left(max - 1) + QChar(0x2026);
    return line;
}
} // namespace

QString LiveRunModel::costText(const CallCost &cost)
{
    return ::costText(cost);
}

void LiveRunModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void LiveRunModel::startCall(const QString &label, const ::Endpoint &endpoint)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({label, endpoint, {}, {}, {}});
    endInsertRows();
}

void LiveRunModel::finishLevel(const CascadeLevelResult &level)
{
    if (level.level < 0 || level.level >= m_rows.size())
        return;
    Row &row = m_rows[level.level];
    row.answer = level.answer.text;
    row.level = level;
    rowChanged(level.level);
}

void LiveRunModel::finishAttempt(const RouteAttempt &attempt, const QString &answer)
{
    if (m_rows.isEmpty())
        return;
    Row &row = m_rows.last();
    row.answer = answer;
    row.attempt = attempt;
    rowChanged(int(m_rows.size()) - 1);
}

void LiveRunModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int LiveRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LiveRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LiveRunModel::text(const Row &row, int column) const
{
    const bool done = row.level || row.attempt;
    switch (column) {
    case Level:
        return row.label;
    case Endpoint:
        return row.endpoint.name;
    case Answer:
        return firstLine(row.answer);
    case Confidence:
        if (row.level)
            return row.level->assessment.confidence ? NumberFormat::localised(*row.level->assessment.confidence, 2)
                                                    : tr("unavailable");
        return row.attempt ? tr("—") : QString();
    case Cost:
        if (!done)
            return {};
        return costText(row.level ? row.level->cost : row.attempt->cost);
    case Latency:
        if (!done)
            return {};
        return tr("%1 ms").arg(NumberFormat::localised(row.level ? row.level->latencyMs : row.attempt->latencyMs, 0));
    case Outcome:
        if (row.level) {
            const CascadeLevelResult &level = *row.level;
            if (!level.answer.ok())
                return tr("failed: %1").arg(level.answer.error->message);
            if (level.accepted)
                return tr("accepted");
            return level.assessment.confidence ? tr("below the threshold") : tr("no confidence");
        }
        if (row.attempt)
            return row.attempt->ok() ? tr("answered") : tr("failed: %1").arg(row.attempt->error->message);
        return tr("answering…");
    default:
        return {};
    }
}

QString LiveRunModel::toolTip(const Row &row, int column) const
{
    switch (column) {
    case Endpoint:
        return tr("%1 at %2").arg(row.endpoint.model, row.endpoint.baseUrl.toString());
    case Answer:
        return row.answer;
    case Confidence:
        return row.level ? row.level->assessment.reason : QString();
    case Cost:
        return row.level
            ? tr("Answer %1, assessment %2").arg(costText(row.level->answerCost), costText(row.level->assessment.cost))
            : QString();
    case Latency:
        return row.attempt ? tr("%n request(s) sent", nullptr, row.attempt->httpAttempts) : QString();
    case Outcome:
        return row.level || row.attempt ? text(row, Outcome) : QString();
    default:
        return {};
    }
}

QVariant LiveRunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case AnswerTextRole:
        return row.answer;
    default:
        return {};
    }
}

QVariant LiveRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Level:
        return tr("Level");
    case Endpoint:
        return tr("Endpoint");
    case Answer:
        return tr("Answer");
    case Confidence:
        return tr("Confidence");
    case Cost:
        return tr("Cost");
    case Latency:
        return tr("Latency");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}
