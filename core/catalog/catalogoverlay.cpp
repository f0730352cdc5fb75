// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalogoverlay.h"

#include "catalogformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CatalogOverlay)
};

const QString kOverlayFormat = QStringLiteral("rightsize-catalog-overlay");
constexpr int kOverlayVersion = 1;

QString loadError(const QString &sourceName, const QString &detail)
{
    return Texts::tr("Cannot read your catalog edits %1: %2").arg(sourceName, detail);
}

} // namespace

CatalogOverlay overlayBetween(const Catalog &base, const Catalog &edited)
{
    CatalogOverlay overlay;
    overlay.base = base.name;
    if (edited.date != base.date)
        overlay.date = edited.date;
    QHash<QString, const ModelSpec *> old;
    for (const ModelSpec &m : base.models)
        old.insert(m.id, &m);
    QSet<QString> kept;
    for (const ModelSpec &m : edited.models) {
        kept.insert(m.id);
        const ModelSpec *was = old.value(m.id);
        if (!was || !(*was == m))
            overlay.models.append(m);
    }
    for (const ModelSpec &m : base.models) {
        if (!kept.contains(m.id))
            overlay.removed.append(m.id);
    }
    for (const BenchmarkInfo &b : edited.benchmarks) {
        if (!base.findBenchmark(b.id))
            overlay.benchmarks.append(b);
    }
    return overlay;
}

Catalog applyCatalogOverlay(Catalog base, const CatalogOverlay &overlay)
{
    if (overlay.date.isValid())
        base.date = overlay.date;
    for (const BenchmarkInfo &b : overlay.benchmarks) {
        if (!base.findBenchmark(b.id))
            base.benchmarks.append(b);
    }
    const QSet<QString> removed(overlay.removed.begin(), overlay.removed.end());
    QHash<QString, const ModelSpec *> edits;
    for (const ModelSpec &m : overlay.models)
        edits.insert(m.id, &m);

    QList<ModelSpec> models;
    models.reserve(base.models.size() + overlay.models.size());
    QSet<QString> placed;
    for (const ModelSpec &m : std::as_const(base.models)) {
        if (removed.contains(m.id))
            continue;
        const ModelSpec *edit = edits.value(m.id);
        models.append(edit ? *edit : m);
        placed.insert(m.id);
    }
    for (const ModelSpec &m : overlay.models) {
        if (!placed.contains(m.id))
            models.append(m);
    }
    base.models = std::move(models);
    return base;
}

QByteArray serializeCatalogOverlay(const CatalogOverlay &overlay, const Catalog &base)
{
    // The carrier is the base's header with the overlay's models: their default provenance is the
    // base's, so it is not repeated on every line.
    Catalog carrier = base;
    carrier.models = overlay.models;
    carrier.tasks.clear();
    for (const BenchmarkInfo &b : overlay.benchmarks) {
        if (!carrier.findBenchmark(b.id))
            carrier.benchmarks.append(b);
    }
    QJsonObject header{
        {QStringLiteral("format"), kOverlayFormat},
        {QStringLiteral("version"), kOverlayVersion},
        {QStringLiteral("base"), overlay.base},
        {QStringLiteral("date"),
         overlay.date.isValid() ? QJsonValue(overlay.date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("removed"), QJsonArray::fromStringList(overlay.removed)}};
    QByteArray out = QJsonDocument(header).toJson(QJsonDocument::Indented);
    // Append the carrier as the last member, keeping its one-line-per-model layout.
    out.truncate(out.lastIndexOf('}'));
    while (out.endsWith('\n') || out.endsWith(' '))
        out.chop(1);
    QByteArray catalog = serializeRightsizeCatalog(carrier).trimmed();
    catalog.replace("\n", "\n    ");
    return out + ",\n    \"catalog\": " + catalog + "\n}\n";
}

Result<CatalogOverlay> parseCatalogOverlay(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<CatalogOverlay>::failure(loadError(
            sourceName,
            Texts::tr("not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != kOverlayFormat)
        return Result<CatalogOverlay>::failure(loadError(sourceName, Texts::tr("not a Rightsize catalog overlay")));
    if (root.value(QStringLiteral("version")).toInt() != kOverlayVersion)
        return Result<CatalogOverlay>::failure(
            loadError(sourceName,
                      Texts::tr("version %1 is not supported; this Rightsize reads version %2")
                          .arg(root.value(QStringLiteral("version")).toInt())
                          .arg(kOverlayVersion)));

    CatalogOverlay overlay;
    overlay.base = root.value(QStringLiteral("base")).toString();
    const QJsonValue date = root.value(QStringLiteral("date"));
    if (date.isString()) {
        overlay.date = QDate::fromString(date.toString(), Qt::ISODate);
        if (!overlay.date.isValid())
            return Result<CatalogOverlay>::failure(
                loadError(sourceName, Texts::tr("field \"date\": expected a date like 2026-07-24")));
    }
    const QJsonArray removed = root.value(QStringLiteral("removed")).toArray();
    for (const QJsonValue &id : removed)
        overlay.removed.append(id.toString());
    if (!root.value(QStringLiteral("catalog")).isObject())
        return Result<CatalogOverlay>::failure(
            loadError(sourceName, Texts::tr("field \"catalog\": expected an object")));
    const Result<Catalog> carrier = parseRightsizeCatalog(
        QJsonDocument(root.value(QStringLiteral("catalog")).toObject()).toJson(QJsonDocument::Compact), sourceName);
    if (!carrier)
        return Result<CatalogOverlay>::failure(carrier.error());
    overlay.models = carrier->models;
    overlay.benchmarks = carrier->benchmarks;
    return overlay;
}
