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

    static QString defaultUserCatalogDir(); ///< <AppDataLocation>/catalogs
    static QStringList bundledNames();      ///< "article-2025", "current"

    QStringList names() const; ///< bundled first, then user catalogs sorted
    /// A catalog by name (with the user's edits applied), or a catalog file by path (either format).
    Result<Catalog> load(const QString &nameOrPath) const;
    /// A catalog by name as bundled or imported, without the user's edits.
    Result<Catalog> loadBase(const QString &name) const;
    /// Validates the file and keeps a copy under `name` (default: the file's base name).
    /// Nothing is written when the file is bad or the name is a bundled catalog's.
    Result<QString> importFile(const QString &path, const QString &name = {}) const;

    QString userCatalogDir() const { return m_userDir; }

    /// Only catalogs known by name can be edited: the edits are stored under that name.
    bool isEditable(const QString &name) const;
    /// <user catalog dir>/overlays/<name>.json: the user's edits of a catalog, applied by load().
    QString overlayPath(const QString &name) const;
    bool hasEdits(const QString &name) const;
    /// Stores `edited` as its difference from the catalog of the same name (see CatalogOverlay);
    /// the catalog file itself is never written. No difference left removes the overlay.
    Status saveEdits(const Catalog &edited) const;
    /// Back to the catalog as bundled or imported.
    Status discardEdits(const QString &name) const;

private:
    QString m_userDir;
};

/// Registers the bundled catalogs' compiled-in resources (":/catalogs/…"). The registry calls it;
/// code reading those resources without a registry calls it first. Safe to call repeatedly.
void initCatalogResources();
