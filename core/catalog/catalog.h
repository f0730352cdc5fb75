// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "modelspec.h"

#include <QDate>
#include <QList>
#include <QString>

/// A task type and the article's pick for it. Catalog files can add their own.
struct TaskProfile
{
    QString id;          ///< e.g. "text_classification"
    QString name;        ///< display name, e.g. "Text classification"
    QString recommended; ///< model name as the article gives it, e.g. "phi-3-mini"
    QString alternative;
    QString reasoning;
    /// Benchmark id that judges quality for this task by default (e.g. "aider_polyglot" for
    /// code); empty, or not in the catalog: the catalog's default benchmark.
    QString benchmark;
    QString benchmarkReason; ///< why that benchmark, one clause ("a coding benchmark")

    friend bool operator==(const TaskProfile &, const TaskProfile &) = default;
};

/// A named, dated set of models with the benchmarks their scores refer to.
struct Catalog
{
    QString name;  ///< short id: "article-2025", "current", or a user catalog name
    QString title; ///< human title
    QDate date;    ///< snapshot date of the prices
    QString description;
    QString attribution;      ///< sources and licences, shown with every figure derived from it
    QString defaultBenchmark; ///< benchmark id used for quality by default
    bool bundled = false;     ///< bundled catalogs are read-only
    QList<BenchmarkInfo> benchmarks;
    QList<ModelSpec> models;
    QList<TaskProfile> tasks;

    /// Finds a model by id, or failing that by display name; case-insensitive.
    const ModelSpec *findModel(QStringView idOrName) const;
    const BenchmarkInfo *findBenchmark(QStringView id) const;
    const TaskProfile *findTask(QStringView idOrName) const;

    friend bool operator==(const Catalog &, const Catalog &) = default;
};
