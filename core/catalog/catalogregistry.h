// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog.h"
#include "common/result.h"

#include <QString>
#include <QStringList>

/// The catalogs a user can choose from: the bundled ones (read-only, compiled in) and the ones the
/// user imported, kept as Rightsize-format files in a folder of their own.
class CatalogRegistry
{
public:
    explicit CatalogRegistry(QString userCatalogDir = defaultUserCatalogDir());

    static QString defaultUserCatalogDir();          ///< <AppDataLocation>/catalogs
    static QStringList bundledNames();               ///< "article-2025", "current"

    QStringList names() const;                       ///< bundled first, then user catalogs sorted
    /// A catalog by name, or a catalog file by path (either format).
    Result<Catalog> load(const QString &nameOrPath) const;
    /// Validates the file and keeps a copy under `name` (default: the file's base name).
    /// Nothing is written when the file is bad or the name is a bundled catalog's.
    Result<QString> importFile(const QString &path, const QString &name = {}) const;

    QString userCatalogDir() const { return m_userDir; }

private:
    QString m_userDir;
};

/// Registers the bundled catalogs' compiled-in resources (":/catalogs/…"). The registry calls it;
/// code reading those resources without a registry calls it first. Safe to call repeatedly.
void initCatalogResources();
