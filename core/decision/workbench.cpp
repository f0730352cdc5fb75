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
    recompute();
    emit catalogChanged();
    return success();
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
