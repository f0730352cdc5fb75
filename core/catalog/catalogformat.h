// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog.h"
#include "common/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

/// Rightsize's own catalog format: versioned JSON ("format": "rightsize-catalog", "version": 1).
/// A bad file is rejected whole, with a message naming the file, the entry and the field.
Result<Catalog> parseRightsizeCatalog(const QByteArray &json, const QString &sourceName);
QByteArray serializeRightsizeCatalog(const Catalog &catalog);

/// LiteLLM's model_prices_and_context_window.json: chat models only; prices per token.
Result<Catalog> importLiteLlmCatalog(const QByteArray &json, const QString &sourceName, const QString &catalogName,
                                     const QDate &date);

/// models.dev's api.json (providers → models, costs per 1M tokens, limits, modalities, open
/// weights, release and last-updated dates): text models only, ids "<provider>/<model>"; each
/// model's provenance is dated by its "last_updated" (else "release_date", else `date`).
Result<Catalog> importModelsDevCatalog(const QByteArray &json, const QString &sourceName, const QString &catalogName,
                                       const QDate &date);

/// OpenRouter's GET /api/v1/models answer ("data": [...], prices per token as strings): text
/// models only; a variable price (-1, the routers) is unknown.
Result<Catalog> importOpenRouterCatalog(const QByteArray &json, const QString &sourceName, const QString &catalogName,
                                        const QDate &date);

/// Any of the four formats, detected from the content: Rightsize files carry a "format" key,
/// OpenRouter's a "data" list, models.dev's are provider objects holding "models"; anything else
/// object-shaped is taken for LiteLLM's catalog.
Result<Catalog> importCatalogJson(const QByteArray &json, const QString &sourceName, const QString &catalogName,
                                  const QDate &date);

/// Reads a catalog file of any format importCatalogJson() knows. An imported file becomes a
/// catalog named after the file's base name and dated by its modification date. Errors name the
/// file by its file name.
Result<Catalog> loadCatalogFile(const QString &path);

/// The provenance every model of `catalog` gets unless it says otherwise: the catalog's name and
/// date, and its attribution (or, lacking one, its title) as the origin.
Provenance defaultProvenance(const Catalog &catalog);
