// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalog.h"
#include "common/result.h"
#include "eval/measuredquality.h"
#include "recommendation.h"

#include <QList>
#include <QObject>

class CatalogRegistry;

/// The what-if session behind the workbench pages: the chosen catalog, the current inputs and the
/// recommendation computed from them. Every page reads it; a change anywhere recomputes once and
/// notifies all, so no page keeps its own copy of the figures.
class Workbench : public QObject
{
    Q_OBJECT
public:
    explicit Workbench(const CatalogRegistry &registry, QObject *parent = nullptr);

    const CatalogRegistry &registry() const { return m_registry; }
    const Catalog &catalog() const { return m_catalog; }
    /// Loads a catalog by name or path; on failure the current catalog stays and the error is returned.
    Status setCatalog(const QString &nameOrPath);

    /// Adds the user's own measurement (an evaluation's pass rates, pairwise ratings) to the
    /// catalog as a benchmark, replacing an earlier one with the same id, and recomputes. It is
    /// applied again to every catalog loaded later, so switching catalogs keeps it.
    void addMeasuredQuality(const MeasuredQuality &measured);
    const QList<MeasuredQuality> &measuredQuality() const { return m_measured; }
    /// Takes a measurement out of the catalog again (scores and benchmark); when the inputs
    /// chose it as the quality benchmark, they fall back to the catalog's default. False when
    /// no measurement has that id.
    bool removeMeasuredQuality(const QString &benchmarkId);
    /// Removes every measurement.
    void clearMeasuredQuality();

    const RecommendationInput &input() const { return m_input; }
    void setInput(const RecommendationInput &input);

    /// Recomputed on every change of catalog or input; its pointers refer to catalog().
    const Recommendation &recommendation() const { return m_recommendation; }

signals:
    void catalogChanged();
    void recommendationChanged();
    /// A measurement was added or removed (to keep them between sessions).
    void measuredQualityChanged();

private:
    void recompute();
    void rebuildCatalog(const QStringList &removedIds);

    const CatalogRegistry &m_registry;
    Catalog m_baseCatalog; ///< as loaded, without measured quality
    Catalog m_catalog;
    RecommendationInput m_input;
    QList<MeasuredQuality> m_measured;
    Recommendation m_recommendation;
};
