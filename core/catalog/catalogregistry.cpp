// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalogregistry.h"

#include "catalogformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

// Q_INIT_RESOURCE must expand at global scope.
static void initCatalogResourcesImpl()
{
    Q_INIT_RESOURCE(rightsize_catalogs);
}

void initCatalogResources()
{
    // A static library's resource initialiser is only linked in when something references it;
    // this reference makes ":/catalogs/..." available in every program that uses the registry.
    static const bool done = (initCatalogResourcesImpl(), true);
    Q_UNUSED(done);
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CatalogRegistry", text);
}

const QString kSuffix = QStringLiteral(".json");

/// A user catalog's name becomes a file name in the user folder: no separators, no hidden files.
bool isValidName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.startsWith(QLatin1Char('.')))
        return false;
    for (const QChar ch : name) {
        if (ch == u'/' || ch == u'\\' || ch == u':' || ch.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

bool isBundledName(const QString &name)
{
    const QStringList bundled = CatalogRegistry::bundledNames();
    return std::any_of(bundled.begin(), bundled.end(),
                       [&](const QString &b) { return b.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace

CatalogRegistry::CatalogRegistry(QString userCatalogDir)
    : m_userDir(std::move(userCatalogDir))
{
    initCatalogResources();
}

QString CatalogRegistry::defaultUserCatalogDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/catalogs");
}

QStringList CatalogRegistry::bundledNames()
{
    return {QStringLiteral("article-2025"), QStringLiteral("current")};
}

QStringList CatalogRegistry::names() const
{
    QStringList user;
    const QFileInfoList files =
        QDir(m_userDir).entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &info : files) {
        const QString name = info.completeBaseName();
        // A stray file named like a bundled catalog cannot shadow it.
        if (isValidName(name) && !isBundledName(name))
            user.append(name);
    }
    user.sort(Qt::CaseInsensitive);
    return bundledNames() + user;
}

Result<Catalog> CatalogRegistry::load(const QString &nameOrPath) const
{
    if (isBundledName(nameOrPath)) {
        const QString name = nameOrPath.toLower();
        QFile file(QStringLiteral(":/catalogs/") + name + kSuffix);
        if (!file.open(QIODevice::ReadOnly))
            return Result<Catalog>::failure(tr("Cannot read catalog %1: %2").arg(file.fileName(), file.errorString()));
        Result<Catalog> catalog = parseRightsizeCatalog(file.readAll(), name + kSuffix);
        if (catalog)
            catalog->bundled = true;
        return catalog;
    }
    if (isValidName(nameOrPath)) {
        const QString path = QDir(m_userDir).filePath(nameOrPath + kSuffix);
        if (QFileInfo::exists(path))
            return loadCatalogFile(path);
    }
    if (QFileInfo(nameOrPath).isFile())
        return loadCatalogFile(nameOrPath);
    return Result<Catalog>::failure(
        tr("No catalog named %1: it is neither a bundled catalog, nor an imported one, nor a file").arg(nameOrPath));
}

Result<QString> CatalogRegistry::importFile(const QString &path, const QString &name) const
{
    const QString target = name.isEmpty() ? QFileInfo(path).completeBaseName() : name;
    if (!isValidName(target)) {
        return Result<QString>::failure(
            tr("Cannot import catalog %1: \"%2\" cannot be used as a catalog name").arg(path, target));
    }
    if (isBundledName(target)) {
        return Result<QString>::failure(
            tr("Cannot import catalog %1: \"%2\" is the name of a bundled catalog; choose another name").arg(path, target));
    }
    // Validate everything before touching the folder: a bad file must leave it as it was.
    Result<Catalog> loaded = loadCatalogFile(path);
    if (!loaded)
        return Result<QString>::failure(loaded.error());
    Catalog catalog = std::move(loaded).value();

    // The copy is known by its new name; models that only inherited the old name follow it.
    const Provenance oldDefault = defaultProvenance(catalog);
    catalog.name = target;
    catalog.bundled = false;
    const Provenance newDefault = defaultProvenance(catalog);
    for (ModelSpec &m : catalog.models) {
        if (m.provenance == oldDefault)
            m.provenance = newDefault;
    }

    if (!QDir().mkpath(m_userDir)) {
        return Result<QString>::failure(
            tr("Cannot import catalog %1: cannot create folder %2").arg(path, QDir::toNativeSeparators(m_userDir)));
    }
    // QSaveFile writes a temporary file and renames it: a crash never leaves half a catalog.
    QSaveFile out(QDir(m_userDir).filePath(target + kSuffix));
    if (!out.open(QIODevice::WriteOnly)) {
        return Result<QString>::failure(
            tr("Cannot import catalog %1: cannot write %2: %3").arg(path, out.fileName(), out.errorString()));
    }
    out.write(serializeRightsizeCatalog(catalog));
    if (!out.commit()) {
        return Result<QString>::failure(
            tr("Cannot import catalog %1: cannot write %2: %3").arg(path, out.fileName(), out.errorString()));
    }
    return target;
}
