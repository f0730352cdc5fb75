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

/// Reads a catalog file of either format (detected from its content: Rightsize files carry a
/// "format" key). A LiteLLM file becomes a catalog named after the file's base name and dated by
/// its modification date. Errors name the file by its file name.
Result<Catalog> loadCatalogFile(const QString &path);

/// The provenance every model of `catalog` gets unless it says otherwise: the catalog's name and
/// date, and its attribution (or, lacking one, its title) as the origin.
Provenance defaultProvenance(const Catalog &catalog);
