// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalog.h"
#include "catalog/modelspec.h"
#include "common/result.h"
#include "evalresult.h"
#include "evalset.h"
#include "pairwiseratings.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

/// The user's own measurements as a catalog benchmark: an evaluation's pass rates (an
/// accuracy on a 0–1 scale, so the recommendation's minimum-accuracy check can use it) or
/// pairwise ratings (a rating: ranks models, never checked against a minimum accuracy).
/// Each score says where it came from: "your evaluation NAME, DATE, n cases".
struct MeasuredQuality
{
    BenchmarkInfo benchmark;
    QList<std::pair<QString, QualityScore>> scores; ///< catalog model id → score
    QStringList unmappedEndpoints;                  ///< endpoints with results but no catalog model (not scored)

    /// Pass rate per catalog model (results of endpoints sharing a model are pooled).
    /// Benchmark id "eval:<set id>".
    static MeasuredQuality fromEvaluation(const EvalSet &set, const QList<EvalResult> &results, const QDate &date);
    /// Bradley–Terry or Elo ratings keyed by catalog model id (ModelRating::model).
    /// Benchmark id "rating:<name>".
    static MeasuredQuality fromRatings(const QString &name, const QList<ModelRating> &ratings, const QDate &date);

    /// `catalog` with the benchmark added (replacing one with the same id) and each score set on
    /// its model (replacing a score on the same benchmark). Models not in the catalog are skipped.
    Catalog applyTo(Catalog catalog) const;

    /// For keeping it between sessions: {"benchmark": {...}, "scores": [{"model", "value",
    /// "source", "date"}], "unmapped": [...]}, dates in ISO format.
    QJsonObject toJson() const;
    /// Reads what toJson() wrote; an object without a benchmark id or with an unreadable score
    /// is rejected with the field named.
    static Result<MeasuredQuality> fromJson(const QJsonObject &object);

    friend bool operator==(const MeasuredQuality &, const MeasuredQuality &) = default;
};
