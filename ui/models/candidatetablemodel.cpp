// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "candidatetablemodel.h"

#include "catalog/modelspec.h"
#include "common/money.h"

#include <QBrush>
#include <QColor>
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
} // namespace

CandidateTableModel::CandidateTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_notesTitle(tr("Notes"))
{ }

void CandidateTableModel::setCandidates(const QList<Candidate> &candidates, const QString &benchmarkId,
                                        const QString &benchmarkName)
{
    beginResetModel();
    m_rows = candidates;
    m_value = m_best = m_cheapest = -1;
    m_benchmarkId = benchmarkId;
    m_benchmarkName = benchmarkName;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, Quality, Quality);
}

void CandidateTableModel::setPicks(int value, int best, int cheapest)
{
    m_value = value;
    m_best = best;
    m_cheapest = cheapest;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::BackgroundRole, Qt::ToolTipRole, PickRole});
}

QStringList CandidateTableModel::picksOf(int row) const
{
    QStringList picks;
    if (row == m_value)
        picks.append(QStringLiteral("value"));
    if (row == m_best)
        picks.append(QStringLiteral("best"));
    if (row == m_cheapest)
        picks.append(QStringLiteral("cheapest"));
    return picks;
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
    case PickRole:
        return picksOf(index.row()).join(QLatin1Char(' '));
    case Qt::BackgroundRole:
        // A background rather than bold type: the columns are sized from the plain text.
        if (!picksOf(index.row()).isEmpty())
            return QBrush(QColor(255, 243, 196));
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Rank:
        case Quality:
        case Latency:
        case Context:
        case MonthlyCost:
        case CostPerRequest:
        case Size:
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
        if (m.tierBasis == TierBasis::Unknown)
            return tr("Unknown");
        // "~": a guess from the price band; the tooltip and the header say so.
        return m.tierBasis == TierBasis::PriceBand ? tr("~%1").arg(tierDisplayName(m.tier)) : tierDisplayName(m.tier);
    case Size:
        if (!m.parameterCountB)
            return dash();
        return m.activeParameterCountB
            ? tr("%1B (%2B active)").arg(formatScore(*m.parameterCountB), formatScore(*m.activeParameterCountB))
            : tr("%1B").arg(formatScore(*m.parameterCountB));
    case Quality: {
        if (!c.quality)
            return tr("no evidence");
        const QualityScore *score = m.score(m_benchmarkId);
        if (score && score->low && score->high)
            return tr("%1 (%2–%3)").arg(formatScore(*c.quality), formatScore(*score->low), formatScore(*score->high));
        return formatScore(*c.quality);
    }
    case Latency:
        return m.typicalLatencyMs ? tr("%1 ms").arg(groupingLocale().toString(*m.typicalLatencyMs, 'f', 0)) : dash();
    case Context:
        return m.contextWindow ? groupingLocale().toString(*m.contextWindow) : dash();
    case MonthlyCost:
        // Never "$0.00" for a price the catalog does not have: that reads as free.
        if (!c.cost.priceKnown)
            return c.cost.selfHosted ? tr("unknown (self-hosted)") : tr("unknown");
        return c.cost.selfHosted ? tr("%1 (self-hosted)").arg(formatUsd(c.cost.monthlyUsd))
                                 : formatUsd(c.cost.monthlyUsd);
    case CostPerRequest:
        return c.cost.priceKnown ? formatPerRequest(c.cost.perRequestUsd) : tr("unknown");
    case Notes: {
        QStringList parts;
        for (const Exclusion &e : c.exclusions)
            parts.append(e.reason);
        if (c.apiEquivalent) {
            const ModelSpec &api = *c.apiEquivalent->model;
            parts.append(
                tr("API-equivalent: %1 a month on %2")
                    .arg(formatUsd(c.apiEquivalent->monthlyUsd), api.displayName.isEmpty() ? api.id : api.displayName));
        }
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
    case Rank:
        return row;
    case TierColumn:
        return m.tierBasis == TierBasis::Unknown ? -1 : int(m.tier);
    case Size:
        return m.parameterCountB.value_or(unknown);
    case Quality:
        return c.quality.value_or(unknown);
    case Latency:
        return m.typicalLatencyMs.value_or(unknown);
    case Context:
        return m.contextWindow ? double(*m.contextWindow) : unknown;
    // An unknown price sorts after every known one, cheapest first.
    case MonthlyCost:
        return c.cost.priceKnown ? c.cost.monthlyUsd : std::numeric_limits<double>::infinity();
    case CostPerRequest:
        return c.cost.priceKnown ? c.cost.perRequestUsd : std::numeric_limits<double>::infinity();
    default:
        return display(c, row, column);
    }
}

QString CandidateTableModel::toolTip(const Candidate &c, int row, int column) const
{
    const ModelSpec &m = *c.model;
    switch (column) {
    case Rank: {
        QStringList names;
        for (const QString &pick : picksOf(row)) {
            names.append(pick == QLatin1String("value")      ? tr("value pick")
                             : pick == QLatin1String("best") ? tr("best quality")
                                                             : tr("cheapest"));
        }
        return names.isEmpty() ? QString() : tr("Pick: %1").arg(names.join(QStringLiteral(", ")));
    }
    case Model:
        return tr("%1 (id %2), catalog %3 of %4")
            .arg(m.displayName, m.id, m.provenance.catalog,
                 QLocale().toString(m.provenance.date, QLocale::ShortFormat));
    case TierColumn: {
        if (m.tierBasis == TierBasis::Unknown)
            return tierBasisDescription(m.tierBasis);
        const QString basis = tierBasisDescription(m.tierBasis);
        return basis.isEmpty() ? tierDisplayName(m.tier) : tr("%1: %2").arg(tierDisplayName(m.tier), basis);
    }
    case Size:
        if (m.activeParameterCountB && m.parameterCountB)
            return tr("Mixture of experts: %1B parameters in all, %2B active per token; the tier goes by the total, "
                      "which is what has to be held in memory")
                .arg(formatScore(*m.parameterCountB), formatScore(*m.activeParameterCountB));
        return m.parameterCountB ? QString() : tr("Size not published");
    case Quality: {
        const QualityScore *score = m.score(m_benchmarkId);
        if (!score)
            return tr("No %1 score for this model: no evidence").arg(m_benchmarkName);
        if (score->low && score->high)
            return tr("%1: %2, 95 % interval %3–%4 — source: %5, %6")
                .arg(m_benchmarkName, formatScore(score->value), formatScore(*score->low), formatScore(*score->high),
                     score->source, score->date.toString(Qt::ISODate));
        return tr("%1: %2 — source: %3, %4")
            .arg(m_benchmarkName, formatScore(score->value), score->source, score->date.toString(Qt::ISODate));
    }
    case MonthlyCost: {
        QString text;
        if (c.cost.selfHosted && !c.cost.priceKnown)
            text = tr("Self-hosted, but no GPU price is known: give one in the Cost explorer");
        else if (c.cost.selfHosted)
            text = tr("Self-hosted around the clock — replicas: %1, price per GPU hour: %2")
                       .arg(c.cost.replicas)
                       .arg(formatUsd(c.cost.hourlyUsdPerReplica));
        else if (!c.cost.priceKnown)
            text = tr("The catalog lists $0 for input and output: a placeholder, so the price is unknown");
        else
            text = tr("API: %1 per 1M input tokens, %2 per 1M output tokens")
                       .arg(formatUsd(m.inputPricePerMTok), formatUsd(m.outputPricePerMTok));
        if (c.cost.selfHosted && c.cost.priceKnown && (c.cost.powerUsd > 0.0 || c.cost.hardwareUsd > 0.0))
            text =
                tr("%1 (a month: GPU rental %2, power %3, hardware %4)")
                    .arg(text, formatUsd(c.cost.rentalUsd), formatUsd(c.cost.powerUsd), formatUsd(c.cost.hardwareUsd));
        if (c.apiEquivalent)
            text = tr("%1. The same traffic on %2, the cheapest comparable API: %3 a month")
                       .arg(text,
                            c.apiEquivalent->model->displayName.isEmpty() ? c.apiEquivalent->model->id
                                                                          : c.apiEquivalent->model->displayName,
                            formatUsd(c.apiEquivalent->monthlyUsd));
        return text;
    }
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
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == TierColumn)
        return tr("By parameter count where it is published (mixtures of experts by their total); "
                  "~: guessed from the price band");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("#");
    case Model:
        return tr("Model");
    case Provider:
        return tr("Provider");
    case TierColumn:
        return tr("Tier");
    case Size:
        return tr("Size");
    case Quality:
        return tr("Quality");
    case Latency:
        return tr("Latency");
    case Context:
        return tr("Context");
    case MonthlyCost:
        return tr("Monthly cost");
    case CostPerRequest:
        return tr("Per request");
    case Notes:
        return m_notesTitle;
    default:
        return {};
    }
}
