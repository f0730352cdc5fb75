// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalogtablemodel.h"

#include "scoretext.h"

#include "common/money.h"
#include "common/numberformat.h"

#include <QFont>
#include <QLocale>

namespace {

QString dash()
{
    return QStringLiteral("—");
}

QString count(int value)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(value);
}

/// Unknown values sort before every known one in ascending order.
constexpr double kUnknown = -1.0;

} // namespace

CatalogTableModel::CatalogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CatalogTableModel::setCatalog(const Catalog &catalog, const QSet<QString> &editedIds)
{
    beginResetModel();
    m_catalog = catalog;
    m_edited = editedIds;
    endResetModel();
}

int CatalogTableModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_catalog.models.size(); ++row) {
        if (m_catalog.models.at(row).id == id)
            return row;
    }
    return -1;
}

int CatalogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalog.models.size());
}

int CatalogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstBenchmark + int(m_catalog.benchmarks.size());
}

QVariant CatalogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelSpec &m = m_catalog.models.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(m, column);
    case SortRole:
        return sortValue(m, column);
    case Qt::ToolTipRole:
        return toolTip(m, column);
    case Qt::TextAlignmentRole:
        if (column >= Parameters && column <= MaxOutput)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (column >= FirstBenchmark)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (m_edited.contains(m.id) && column == Name) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ModelIdRole:
        return m.id;
    case ProviderRole:
        return m.provider;
    case TierRole:
        return tierId(m.tier);
    case SearchTextRole:
        return QStringList{m.id, m.displayName, m.provider, m.capabilities.join(QLatin1Char(' '))}.join(
            QLatin1Char(' '));
    case EditedRole:
        return m_edited.contains(m.id);
    default:
        return {};
    }
}

QVariant CatalogTableModel::display(const ModelSpec &m, int column) const
{
    switch (column) {
    case Id:
        return m.id;
    case Name:
        return m.displayName;
    case Provider:
        return m.provider.isEmpty() ? dash() : m.provider;
    case TierColumn:
        return tierDisplayName(m.tier);
    case Parameters:
        return m.parameterCountB ? tr("%1 B").arg(NumberFormat::localisedShortest(*m.parameterCountB)) : dash();
    case InputPrice:
        return formatUsd(m.inputPricePerMTok);
    case OutputPrice:
        return formatUsd(m.outputPricePerMTok);
    case SelfHosted:
        return m.selfHostedPerHour ? tr("%1/h").arg(formatUsd(*m.selfHostedPerHour)) : dash();
    case Latency:
        return m.typicalLatencyMs ? tr("%1 ms").arg(NumberFormat::localisedShortest(*m.typicalLatencyMs)) : dash();
    case Context:
        return m.contextWindow ? count(*m.contextWindow) : dash();
    case MaxOutput:
        return m.maxOutputTokens ? count(*m.maxOutputTokens) : dash();
    case Capabilities:
        return m.capabilities.join(QStringLiteral(", "));
    case OpenWeights:
        return m.openWeights ? tr("open") : tr("closed");
    case Source:
        return m.provenance.date.isValid()
            ? tr("%1, %2").arg(m.provenance.catalog, m.provenance.date.toString(Qt::ISODate))
            : m.provenance.catalog;
    default:
        break;
    }
    const int b = column - FirstBenchmark;
    if (b >= 0 && b < m_catalog.benchmarks.size()) {
        const BenchmarkInfo &info = m_catalog.benchmarks.at(b);
        const QualityScore *s = m.score(info.id);
        return s ? scoreText(info, s->value) : QString();
    }
    return {};
}

QVariant CatalogTableModel::sortValue(const ModelSpec &m, int column) const
{
    switch (column) {
    case TierColumn:
        return int(m.tier);
    case Parameters:
        return m.parameterCountB.value_or(kUnknown);
    case InputPrice:
        return m.inputPricePerMTok;
    case OutputPrice:
        return m.outputPricePerMTok;
    case SelfHosted:
        return m.selfHostedPerHour.value_or(kUnknown);
    case Latency:
        return m.typicalLatencyMs.value_or(kUnknown);
    case Context:
        return m.contextWindow ? double(*m.contextWindow) : kUnknown;
    case MaxOutput:
        return m.maxOutputTokens ? double(*m.maxOutputTokens) : kUnknown;
    case OpenWeights:
        return m.openWeights ? 1 : 0;
    default:
        break;
    }
    const int b = column - FirstBenchmark;
    if (b >= 0 && b < m_catalog.benchmarks.size()) {
        const QualityScore *s = m.score(m_catalog.benchmarks.at(b).id);
        // Ratings and accuracies are never negative, so "no score" sorts first.
        return s ? s->value : -1e9;
    }
    return display(m, column).toString().toLower();
}

QString CatalogTableModel::toolTip(const ModelSpec &m, int column) const
{
    if (column == Name && m_edited.contains(m.id))
        return tr("%1 — added or changed by you; your edits are kept apart from the catalog").arg(m.displayName);
    if (column == Source) {
        return tr("Catalog: %1\nDate: %2\nOrigin: %3")
            .arg(m.provenance.catalog, m.provenance.date.isValid() ? m.provenance.date.toString(Qt::ISODate) : dash(),
                 m.provenance.origin.isEmpty() ? dash() : m.provenance.origin);
    }
    const int b = column - FirstBenchmark;
    if (b >= 0 && b < m_catalog.benchmarks.size()) {
        const BenchmarkInfo &info = m_catalog.benchmarks.at(b);
        const QualityScore *s = m.score(info.id);
        if (!s)
            return tr("%1: no published score for %2").arg(info.name, m.displayName);
        return tr("%1 of %2: %3\nSource: %4\nDate: %5")
            .arg(info.name, m.displayName, scoreText(info, s->value), s->source.isEmpty() ? dash() : s->source,
                 s->date.isValid() ? s->date.toString(Qt::ISODate) : dash());
    }
    return {};
}

QVariant CatalogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Id:
            return tr("Id");
        case Name:
            return tr("Name");
        case Provider:
            return tr("Provider");
        case TierColumn:
            return tr("Tier");
        case Parameters:
            return tr("Params");
        case InputPrice:
            return tr("In $/1M");
        case OutputPrice:
            return tr("Out $/1M");
        case SelfHosted:
            return tr("Self-hosted");
        case Latency:
            return tr("Latency");
        case Context:
            return tr("Context");
        case MaxOutput:
            return tr("Max out");
        case Capabilities:
            return tr("Capabilities");
        case OpenWeights:
            return tr("Weights");
        case Source:
            return tr("Source");
        default:
            return m_catalog.benchmarks.at(section - FirstBenchmark).name;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Parameters:
            return tr("Parameters, billions; — when not published");
        case InputPrice:
            return tr("API price per million input tokens, USD");
        case OutputPrice:
            return tr("API price per million output tokens, USD");
        case SelfHosted:
            return tr("Rental price per GPU hour when self-hosted, USD");
        case Latency:
            return tr("Typical latency of one request");
        case Context:
            return tr("Maximum input tokens");
        case MaxOutput:
            return tr("Maximum output tokens");
        case Source:
            return tr("Catalog and date each model's figures come from");
        default:
            break;
        }
        if (section >= FirstBenchmark) {
            const BenchmarkInfo &b = m_catalog.benchmarks.at(section - FirstBenchmark);
            return tr("%1 (%2)\nSource: %3\nLicence: %4\nDate: %5")
                .arg(b.name, b.kind == ScoreKind::Rating ? tr("rating") : tr("accuracy"),
                     b.source.isEmpty() ? dash() : b.source, b.license.isEmpty() ? dash() : b.license,
                     b.date.isValid() ? b.date.toString(Qt::ISODate) : dash());
        }
    }
    return {};
}
