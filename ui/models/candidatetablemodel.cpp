// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "candidatetablemodel.h"

#include "catalog/modelspec.h"
#include "common/money.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace {
QString dash()
{
    return QStringLiteral("—");
}

QLocale groupingLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

QString formatScore(double value)
{
    return groupingLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}
}

CandidateTableModel::CandidateTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_notesTitle(tr("Notes"))
{
}

void CandidateTableModel::setCandidates(const QList<Candidate> &candidates, const QString &benchmarkId,
                                        const QString &benchmarkName)
{
    beginResetModel();
    m_rows = candidates;
    m_benchmarkId = benchmarkId;
    m_benchmarkName = benchmarkName;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, Quality, Quality);
}

void CandidateTableModel::setNotesTitle(const QString &title)
{
    m_notesTitle = title;
    emit headerDataChanged(Qt::Horizontal, Notes, Notes);
}

int CandidateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CandidateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CandidateTableModel::formatPerRequest(double usd)
{
    if (!(usd > 0.0) || usd >= 1.0)
        return formatUsd(usd);
    // Five significant digits, trailing zeros dropped: per-request costs span many decades.
    const int decimals = 4 - int(std::floor(std::log10(usd)));
    QString digits = QString::number(usd, 'f', decimals);
    while (digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    if (digits.endsWith(QLatin1Char('.')))
        digits.chop(1);
    return QLatin1Char('$') + digits;
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate &c = m_rows.at(index.row());
    if (!c.model)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.row(), index.column());
    case SortRole:
        return sortValue(c, index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(c, index.row(), index.column());
    case ModelIdRole:
        return c.model->id;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Rank: case Quality: case Latency: case Context: case MonthlyCost: case CostPerRequest:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        return {};
    }
}

QVariant CandidateTableModel::display(const Candidate &c, int row, int column) const
{
    const ModelSpec &m = *c.model;
    switch (column) {
    case Rank:
        return QString::number(row + 1);
    case Model:
        return m.displayName.isEmpty() ? m.id : m.displayName;
    case Provider:
        return m.provider;
    case TierColumn:
        return tierDisplayName(m.tier);
    case Quality:
        return c.quality ? formatScore(*c.quality) : dash();
    case Latency:
        return m.typicalLatencyMs ? tr("%1 ms").arg(groupingLocale().toString(*m.typicalLatencyMs, 'f', 0)) : dash();
    case Context:
        return m.contextWindow ? groupingLocale().toString(*m.contextWindow) : dash();
    case MonthlyCost:
        return c.cost.selfHosted ? tr("%1 (self-hosted)").arg(formatUsd(c.cost.monthlyUsd)) : formatUsd(c.cost.monthlyUsd);
    case CostPerRequest:
        return formatPerRequest(c.cost.perRequestUsd);
    case Notes: {
        QStringList parts;
        for (const Exclusion &e : c.exclusions)
            parts.append(e.reason);
        parts.append(c.notes);
        return parts.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant CandidateTableModel::sortValue(const Candidate &c, int row, int column) const
{
    // Unknown figures sort below every known one in descending order, above in ascending.
    constexpr double unknown = -std::numeric_limits<double>::infinity();
    const ModelSpec &m = *c.model;
    switch (column) {
    case Rank: return row;
    case TierColumn: return int(m.tier);
    case Quality: return c.quality.value_or(unknown);
    case Latency: return m.typicalLatencyMs.value_or(unknown);
    case Context: return m.contextWindow ? double(*m.contextWindow) : unknown;
    case MonthlyCost: return c.cost.monthlyUsd;
    case CostPerRequest: return c.cost.perRequestUsd;
    default: return display(c, row, column);
    }
}

QString CandidateTableModel::toolTip(const Candidate &c, int row, int column) const
{
    const ModelSpec &m = *c.model;
    switch (column) {
    case Model:
        return tr("%1 (id %2), catalog %3 of %4").arg(m.displayName, m.id, m.provenance.catalog,
                                                       QLocale().toString(m.provenance.date, QLocale::ShortFormat));
    case Quality: {
        const QualityScore *score = m.score(m_benchmarkId);
        if (!score)
            return tr("No %1 score for this model").arg(m_benchmarkName);
        return tr("%1: %2 — source: %3, %4").arg(m_benchmarkName, formatScore(score->value), score->source,
                                                 score->date.toString(Qt::ISODate));
    }
    case MonthlyCost:
        if (c.cost.selfHosted)
            return tr("Self-hosted around the clock — replicas: %1, price per GPU hour: %2")
                .arg(c.cost.replicas).arg(formatUsd(c.cost.hourlyUsdPerReplica));
        return tr("API: %1 per 1M input tokens, %2 per 1M output tokens")
            .arg(formatUsd(m.inputPricePerMTok), formatUsd(m.outputPricePerMTok));
    case Notes:
        return display(c, row, column).toString();
    default:
        return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Quality)
        return m_benchmarkName.isEmpty() ? QVariant() : QVariant(tr("Quality on %1").arg(m_benchmarkName));
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank: return tr("#");
    case Model: return tr("Model");
    case Provider: return tr("Provider");
    case TierColumn: return tr("Tier");
    case Quality: return tr("Quality");
    case Latency: return tr("Latency");
    case Context: return tr("Context");
    case MonthlyCost: return tr("Monthly cost");
    case CostPerRequest: return tr("Per request");
    case Notes: return m_notesTitle;
    default: return {};
    }
}
