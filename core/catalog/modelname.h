// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog.h"

#include <QHash>
#include <QString>

/// The one rule for telling that two catalogs list the same model under different ids, e.g.
/// LiteLLM's "claude-3-5-sonnet-20241022", models.dev's "anthropic/claude-3-5-sonnet-20241022"
/// and OpenRouter's "anthropic/claude-3.5-sonnet". The canonical name is the id
///   1. in lower case,
///   2. without its provider path (everything up to the last '/'),
///   3. without an OpenRouter variant (":free", ":beta", ":thinking", … after a ':'),
///   4. without a trailing date or "latest" tag ("-2024-08-06", "-20241022", "@20241022",
///      "-0613", "-latest"),
///   5. with '.' and '_' read as '-'.
/// Different models may share a canonical name (dated snapshots of one model): an exact id match
/// always wins over a canonical one.
QString canonicalModelName(const QString &id);

/// Looks models of one catalog up by id, else by canonical name (the first in catalog order).
class ModelNameIndex
{
public:
    explicit ModelNameIndex(const Catalog &catalog);
    const ModelSpec *find(const QString &id) const;

private:
    QHash<QString, const ModelSpec *> m_byId;
    QHash<QString, const ModelSpec *> m_byCanonical;
};
