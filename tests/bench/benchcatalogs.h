// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalogformat.h"
#include "catalog/catalogregistry.h"
#include "testpaths.h"

#include <QDate>
#include <QFile>
#include <QHash>

#include <optional>

/// The catalogs the benchmarks run on. The "full catalog" is LiteLLM's whole price file (about
/// 2,200 chat models), the largest catalog a user realistically imports; it lives outside the
/// repository, so benchmarks that need it skip with a message when it is absent.
namespace BenchCatalogs {

inline QString liteLlmPath()
{
    return TestPaths::sharedData(QStringLiteral("model_prices_and_context_window.json"));
}

inline const QByteArray &liteLlmBytes()
{
    static const QByteArray bytes = [] {
        QFile file(liteLlmPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return bytes;
}

inline constexpr char kMissing[] = "LiteLLM file ../shared/data/model_prices_and_context_window.json absent";

/// LiteLLM's file imported, or nullopt when the file is absent or does not import.
inline const std::optional<Catalog> &liteLlm()
{
    static const std::optional<Catalog> catalog = []() -> std::optional<Catalog> {
        if (liteLlmBytes().isEmpty())
            return std::nullopt;
        Result<Catalog> c = importLiteLlmCatalog(liteLlmBytes(), QStringLiteral("model_prices_and_context_window.json"),
                                                 QStringLiteral("litellm"), QDate(2026, 3, 1));
        if (!c)
            return std::nullopt;
        return std::move(c).value();
    }();
    return catalog;
}

/// FNV-1a over the UTF-16 text: the same value in every run. (qHash() is seeded per process even
/// with an explicit seed, which gave every run different scores and so different work.)
inline quint32 stableHash(QStringView text)
{
    quint32 hash = 2166136261u;
    for (QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

/// LiteLLM's catalog with a synthetic accuracy score on every model. LiteLLM publishes prices
/// only; without scores the cost/quality chart and the accuracy check would skip almost every
/// model, and the benchmarks would measure an easy case. The score is a deterministic function
/// of the model id (30–95 %), so runs are comparable.
inline const std::optional<Catalog> &liteLlmScored()
{
    static const std::optional<Catalog> catalog = []() -> std::optional<Catalog> {
        if (!liteLlm())
            return std::nullopt;
        Catalog c = *liteLlm();
        BenchmarkInfo b;
        b.id = QStringLiteral("synthetic");
        b.name = QStringLiteral("Synthetic (benchmark only)");
        b.kind = ScoreKind::Accuracy;
        b.scaleMax = 100.0;
        b.source = QStringLiteral("bench");
        b.date = c.date;
        c.benchmarks.append(b);
        c.defaultBenchmark = b.id;
        for (ModelSpec &m : c.models)
            m.quality.append({b.id, 30.0 + double(stableHash(m.id) % 6500u) / 100.0, b.source, b.date, {}, {}});
        return c;
    }();
    return catalog;
}

/// The bundled "current" catalog, as the app loads it.
inline const Catalog &current()
{
    static const Catalog catalog = [] {
        const Result<Catalog> c =
            CatalogRegistry(QStringLiteral("/nonexistent-user-catalogs")).load(QStringLiteral("current"));
        return c ? *c : Catalog();
    }();
    return catalog;
}

} // namespace BenchCatalogs
