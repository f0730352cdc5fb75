// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "workbench.h"

#include "catalog/catalogregistry.h"

Workbench::Workbench(const CatalogRegistry &registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
{
    recompute();
}

Status Workbench::setCatalog(const QString &nameOrPath)
{
    Result<Catalog> loaded = m_registry.load(nameOrPath);
    if (!loaded)
        return Status::failure(loaded.error());
    m_baseCatalog = std::move(loaded).value();
    m_catalog = m_baseCatalog;
    for (const MeasuredQuality &measured : std::as_const(m_measured))
        m_catalog = measured.applyTo(std::move(m_catalog));
    recompute();
    emit catalogChanged();
    return success();
}

void Workbench::addMeasuredQuality(const MeasuredQuality &measured)
{
    m_measured.removeIf([&measured](const MeasuredQuality &m) { return m.benchmark.id == measured.benchmark.id; });
    m_measured.append(measured);
    m_catalog = measured.applyTo(std::move(m_catalog));
    recompute();
    emit catalogChanged();
    emit measuredQualityChanged();
}

bool Workbench::removeMeasuredQuality(const QString &benchmarkId)
{
    if (m_measured.removeIf([&benchmarkId](const MeasuredQuality &m) { return m.benchmark.id == benchmarkId; }) == 0)
        return false;
    rebuildCatalog({benchmarkId});
    return true;
}

void Workbench::clearMeasuredQuality()
{
    if (m_measured.isEmpty())
        return;
    QStringList ids;
    for (const MeasuredQuality &m : std::as_const(m_measured))
        ids.append(m.benchmark.id);
    m_measured.clear();
    rebuildCatalog(ids);
}

void Workbench::rebuildCatalog(const QStringList &removedIds)
{
    // From the catalog as loaded: a measurement may have replaced a score of the same id.
    m_catalog = m_baseCatalog;
    for (const MeasuredQuality &measured : std::as_const(m_measured))
        m_catalog = measured.applyTo(std::move(m_catalog));
    if (removedIds.contains(m_input.qualityBenchmark))
        m_input.qualityBenchmark.clear();
    recompute();
    emit catalogChanged();
    emit measuredQualityChanged();
}

void Workbench::setInput(const RecommendationInput &input)
{
    m_input = input;
    recompute();
}

void Workbench::recompute()
{
    m_recommendation = recommend(m_catalog, m_input);
    emit recommendationChanged();
}
