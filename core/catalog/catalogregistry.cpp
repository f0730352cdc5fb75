// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalogregistry.h"

#include "catalogformat.h"
#include "catalogoverlay.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CatalogRegistry)
};
} // namespace

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
    if (isEditable(nameOrPath)) {
        Result<Catalog> base = loadBase(nameOrPath);
        if (!base)
            return base;
        QFile file(overlayPath(nameOrPath));
        if (!file.exists())
            return base;
        if (!file.open(QIODevice::ReadOnly))
            return Result<Catalog>::failure(
                Texts::tr("Cannot read your catalog edits %1: %2").arg(file.fileName(), file.errorString()));
        const Result<CatalogOverlay> overlay = parseCatalogOverlay(file.readAll(), file.fileName());
        if (!overlay)
            return Result<Catalog>::failure(overlay.error());
        return applyCatalogOverlay(std::move(base).value(), *overlay);
    }
    if (QFileInfo(nameOrPath).isFile())
        return loadCatalogFile(nameOrPath);
    return Result<Catalog>::failure(
        Texts::tr("No catalog named %1: it is neither a bundled catalog, nor an imported one, nor a file")
            .arg(nameOrPath));
}

Result<Catalog> CatalogRegistry::loadBase(const QString &name) const
{
    if (isBundledName(name)) {
        const QString lower = name.toLower();
        QFile file(QStringLiteral(":/catalogs/") + lower + kSuffix);
        if (!file.open(QIODevice::ReadOnly))
            return Result<Catalog>::failure(
                Texts::tr("Cannot read catalog %1: %2").arg(file.fileName(), file.errorString()));
        Result<Catalog> catalog = parseRightsizeCatalog(file.readAll(), lower + kSuffix);
        if (catalog)
            catalog->bundled = true;
        return catalog;
    }
    if (isValidName(name)) {
        const QString path = QDir(m_userDir).filePath(name + kSuffix);
        if (QFileInfo::exists(path))
            return loadCatalogFile(path);
    }
    return Result<Catalog>::failure(
        Texts::tr("No catalog named %1: it is neither a bundled catalog nor an imported one").arg(name));
}

bool CatalogRegistry::isEditable(const QString &name) const
{
    if (isBundledName(name))
        return true;
    return isValidName(name) && QFileInfo::exists(QDir(m_userDir).filePath(name + kSuffix));
}

QString CatalogRegistry::overlayPath(const QString &name) const
{
    // Bundled names are matched case-insensitively; their overlay must be found the same way.
    const QString key = isBundledName(name) ? name.toLower() : name;
    return QDir(m_userDir).filePath(QStringLiteral("overlays/") + key + kSuffix);
}

bool CatalogRegistry::hasEdits(const QString &name) const
{
    return isEditable(name) && QFileInfo::exists(overlayPath(name));
}

Status CatalogRegistry::saveEdits(const Catalog &edited) const
{
    if (!isEditable(edited.name))
        return Status::failure(
            Texts::tr("Cannot save changes to catalog %1: only bundled and imported catalogs can be edited; "
                      "import the file first")
                .arg(edited.name));
    const Result<Catalog> base = loadBase(edited.name);
    if (!base)
        return Status::failure(base.error());
    const CatalogOverlay overlay = overlayBetween(*base, edited);
    if (overlay.isEmpty())
        return discardEdits(edited.name);

    const QString path = overlayPath(edited.name);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return Status::failure(Texts::tr("Cannot save changes to catalog %1: cannot create folder %2")
                                   .arg(edited.name, QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(Texts::tr("Cannot save changes to catalog %1: cannot write %2: %3")
                                   .arg(edited.name, path, out.errorString()));
    out.write(serializeCatalogOverlay(overlay, *base));
    if (!out.commit())
        return Status::failure(Texts::tr("Cannot save changes to catalog %1: cannot write %2: %3")
                                   .arg(edited.name, path, out.errorString()));
    return success();
}

Status CatalogRegistry::discardEdits(const QString &name) const
{
    const QString path = overlayPath(name);
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Status::failure(Texts::tr("Cannot remove your edits of catalog %1: cannot delete %2")
                                   .arg(name, QDir::toNativeSeparators(path)));
    return success();
}

Result<QString> CatalogRegistry::importFile(const QString &path, const QString &name) const
{
    const QString target = name.isEmpty() ? QFileInfo(path).completeBaseName() : name;
    if (!isValidName(target)) {
        return Result<QString>::failure(
            Texts::tr("Cannot import catalog %1: \"%2\" cannot be used as a catalog name").arg(path, target));
    }
    if (isBundledName(target)) {
        return Result<QString>::failure(
            Texts::tr("Cannot import catalog %1: \"%2\" is the name of a bundled catalog; choose another name")
                .arg(path, target));
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
        return Result<QString>::failure(Texts::tr("Cannot import catalog %1: cannot create folder %2")
                                            .arg(path, QDir::toNativeSeparators(m_userDir)));
    }
    // QSaveFile writes a temporary file and renames it: a crash never leaves half a catalog.
    QSaveFile out(QDir(m_userDir).filePath(target + kSuffix));
    if (!out.open(QIODevice::WriteOnly)) {
        return Result<QString>::failure(
            Texts::tr("Cannot import catalog %1: cannot write %2: %3").arg(path, out.fileName(), out.errorString()));
    }
    out.write(serializeRightsizeCatalog(catalog));
    if (!out.commit()) {
        return Result<QString>::failure(
            Texts::tr("Cannot import catalog %1: cannot write %2: %3").arg(path, out.fileName(), out.errorString()));
    }
    // The edits of a catalog this import replaces were made to other data; they do not carry over.
    QFile::remove(overlayPath(target));
    return target;
}
