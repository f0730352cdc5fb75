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
    m_catalog = std::move(loaded).value();
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
