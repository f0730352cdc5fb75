// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog.h"
#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

/// The user's edits of one catalog, kept apart from it: bundled catalogs are read-only and an
/// imported file stays as imported, so edits live in a small file of their own that is applied
/// whenever the catalog is loaded. Removing that file restores the catalog as shipped.
struct CatalogOverlay
{
    QString base;                    ///< name of the catalog this overlay edits
    QDate date;                      ///< replaces the catalog's date (a price update); invalid: keep it
    QList<ModelSpec> models;         ///< added models and edited copies of the base's, by id
    QStringList removed;             ///< ids of the base's models the user deleted
    QList<BenchmarkInfo> benchmarks; ///< benchmarks the models' scores refer to; added where the base lacks them

    bool isEmpty() const { return !date.isValid() && models.isEmpty() && removed.isEmpty(); }

    friend bool operator==(const CatalogOverlay &, const CatalogOverlay &) = default;
};

/// The overlay that turns `base` into `edited` (both the same catalog by name): models that are
/// new or differ, ids that are gone, and the date when it moved.
CatalogOverlay overlayBetween(const Catalog &base, const Catalog &edited);

/// `base` with the overlay applied: edited models replace the base's in place, added ones follow,
/// removed ones go. Ids the base no longer has are ignored, so an overlay survives an update of
/// the bundled catalog.
Catalog applyCatalogOverlay(Catalog base, const CatalogOverlay &overlay);

/// The overlay file: {"format": "rightsize-catalog-overlay", "version": 1, "base", "date",
/// "removed": [ids], "catalog": a Rightsize catalog holding the edited models}. The models are
/// stored in the catalog format so that they are validated by the same reader.
QByteArray serializeCatalogOverlay(const CatalogOverlay &overlay, const Catalog &base);
Result<CatalogOverlay> parseCatalogOverlay(const QByteArray &json, const QString &sourceName);
