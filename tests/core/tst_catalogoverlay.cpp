// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalogformat.h"
#include "catalog/catalogoverlay.h"
#include "catalog/catalogregistry.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray sha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QStringList ids(const Catalog &c)
{
    QStringList out;
    for (const ModelSpec &m : c.models)
        out.append(m.id);
    return out;
}

} // namespace

/// The user's edits of a catalog: kept in an overlay file, applied on load, the catalog untouched.
class TestCatalogOverlay : public QObject
{
    Q_OBJECT
private slots:
    void editBundledModel()
    {
        QTemporaryDir dir;
        const CatalogRegistry registry(dir.filePath(QStringLiteral("catalogs")));
        const QByteArray bundledBefore = sha(QStringLiteral(":/catalogs/article-2025.json"));
        Catalog catalog = *registry.load(QStringLiteral("article-2025"));
        const int count = int(catalog.models.size());
        QVERIFY(!registry.hasEdits(QStringLiteral("article-2025")));

        ModelSpec *mini = nullptr;
        for (ModelSpec &m : catalog.models) {
            if (m.id == u"gpt-4o-mini")
                mini = &m;
        }
        QVERIFY(mini);
        mini->inputPricePerMTok = 0.12;
        mini->displayName = QStringLiteral("GPT-4o mini (our contract)");
        QVERIFY2(registry.saveEdits(catalog).ok(), "save");

        // The overlay is a file of its own, next to (not among) the user's catalogs.
        const QString overlay = registry.overlayPath(QStringLiteral("article-2025"));
        QCOMPARE(overlay, dir.filePath(QStringLiteral("catalogs/overlays/article-2025.json")));
        QVERIFY(QFile::exists(overlay));
        QVERIFY(registry.hasEdits(QStringLiteral("article-2025")));
        QCOMPARE(registry.names(), CatalogRegistry::bundledNames());

        const Result<Catalog> reloaded =
            CatalogRegistry(dir.filePath(QStringLiteral("catalogs"))).load(QStringLiteral("article-2025"));
        QVERIFY2(reloaded, qPrintable(reloaded.error()));
        QCOMPARE(reloaded->models.size(), count);
        const ModelSpec *edited = reloaded->findModel(u"gpt-4o-mini");
        QCOMPARE(edited->inputPricePerMTok, 0.12);
        QCOMPARE(edited->displayName, QStringLiteral("GPT-4o mini (our contract)"));
        QCOMPARE(*reloaded, catalog);
        QVERIFY(reloaded->bundled);

        // The bundled catalog itself is untouched, and loadBase() still gives it.
        QCOMPARE(sha(QStringLiteral(":/catalogs/article-2025.json")), bundledBefore);
        QCOMPARE(registry.loadBase(QStringLiteral("article-2025"))->findModel(u"gpt-4o-mini")->inputPricePerMTok, 0.15);

        // The overlay holds the one edited model, not the whole catalog.
        const Result<CatalogOverlay> parsed = [&] {
            QFile f(overlay);
            f.open(QIODevice::ReadOnly);
            return parseCatalogOverlay(f.readAll(), overlay);
        }();
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(parsed->models.size(), 1);
        QCOMPARE(parsed->removed, QStringList());
        QVERIFY(!parsed->date.isValid());

        // Undoing the edit by hand leaves no overlay behind.
        mini->inputPricePerMTok = 0.15;
        mini->displayName = registry.loadBase(QStringLiteral("article-2025"))->findModel(u"gpt-4o-mini")->displayName;
        QVERIFY(registry.saveEdits(catalog).ok());
        QVERIFY(!QFile::exists(overlay));
    }

    void addAndDeleteModels()
    {
        QTemporaryDir dir;
        const CatalogRegistry registry(dir.filePath(QStringLiteral("catalogs")));
        Catalog catalog = *registry.load(QStringLiteral("article-2025"));
        const QStringList original = ids(catalog);

        ModelSpec mine;
        mine.id = QStringLiteral("our-finetune");
        mine.displayName = QStringLiteral("Our fine-tune");
        mine.provider = QStringLiteral("self-hosted");
        mine.tier = Tier::Small;
        mine.parameterCountB = 3.8;
        mine.selfHostedPerHour = 0.6;
        mine.quality.append({QStringLiteral("article"), 82, QStringLiteral("Our evals"), QDate(2026, 5, 1), {}, {}});
        catalog.models.append(mine);
        // Delete a bundled model too.
        catalog.models.removeIf([](const ModelSpec &m) { return m.id == u"gpt-4o"; });
        catalog.date = QDate(2026, 8, 2);
        QVERIFY(registry.saveEdits(catalog).ok());

        Catalog reloaded = *registry.load(QStringLiteral("article-2025"));
        QCOMPARE(reloaded.date, QDate(2026, 8, 2));
        QVERIFY(!reloaded.findModel(u"gpt-4o"));
        QCOMPARE(reloaded.findModel(u"our-finetune")->quality, mine.quality);
        QCOMPARE(reloaded.findModel(u"our-finetune")->parameterCountB, std::optional<double>(3.8));
        QCOMPARE(ids(reloaded).size(), original.size());
        QCOMPARE(reloaded, catalog);

        // Deleting the user's own model removes it from the overlay.
        reloaded.models.removeIf([](const ModelSpec &m) { return m.id == u"our-finetune"; });
        QVERIFY(registry.saveEdits(reloaded).ok());
        const Catalog again = *registry.load(QStringLiteral("article-2025"));
        QVERIFY(!again.findModel(u"our-finetune"));
        QVERIFY(!again.findModel(u"gpt-4o"));
        QCOMPARE(again.models.size(), original.size() - 1);

        QVERIFY(registry.discardEdits(QStringLiteral("article-2025")).ok());
        QCOMPARE(ids(*registry.load(QStringLiteral("article-2025"))), original);
    }

    void importedCatalogEditsAndReimport()
    {
        QTemporaryDir dir;
        const CatalogRegistry registry(dir.filePath(QStringLiteral("catalogs")));
        const QString source = TestPaths::fixture(QStringLiteral("catalog/good.json"));
        QCOMPARE(*registry.importFile(source, QStringLiteral("team")), QStringLiteral("team"));
        const QString file = dir.filePath(QStringLiteral("catalogs/team.json"));
        const QByteArray before = sha(file);

        Catalog team = *registry.load(QStringLiteral("team"));
        team.models.removeIf([](const ModelSpec &m) { return m.id == u"cheap-api"; });
        QVERIFY(registry.saveEdits(team).ok());
        QCOMPARE(sha(file), before);
        QVERIFY(!registry.load(QStringLiteral("team"))->findModel(u"cheap-api"));

        // A new import under the same name starts clean.
        QVERIFY(registry.importFile(source, QStringLiteral("team")).ok());
        QVERIFY(!registry.hasEdits(QStringLiteral("team")));
        QVERIFY(registry.load(QStringLiteral("team"))->findModel(u"cheap-api"));
    }

    void onlyNamedCatalogsAreEditable()
    {
        QTemporaryDir dir;
        const CatalogRegistry registry(dir.filePath(QStringLiteral("catalogs")));
        Result<Catalog> byPath = registry.load(TestPaths::fixture(QStringLiteral("catalog/good.json")));
        QVERIFY(byPath);
        QVERIFY(!registry.isEditable(byPath->name));
        const Status status = registry.saveEdits(*byPath);
        QVERIFY(!status.ok());
        QCOMPARE(status.error(),
                 QStringLiteral("Cannot save changes to catalog team-picks: only bundled and imported "
                                "catalogs can be edited; import the file first"));
    }

    void brokenOverlayIsReported()
    {
        QTemporaryDir dir;
        const CatalogRegistry registry(dir.filePath(QStringLiteral("catalogs")));
        const QString path = registry.overlayPath(QStringLiteral("current"));
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"something-else\"}");
        f.close();
        const Result<Catalog> loaded = registry.load(QStringLiteral("current"));
        QVERIFY(!loaded);
        QCOMPARE(loaded.error(),
                 QStringLiteral("Cannot read your catalog edits %1: not a Rightsize catalog overlay").arg(path));
    }

    void applyIgnoresVanishedIds()
    {
        Catalog base;
        base.name = QStringLiteral("b");
        ModelSpec a;
        a.id = QStringLiteral("a");
        base.models = {a};
        CatalogOverlay overlay;
        overlay.base = QStringLiteral("b");
        overlay.removed = {QStringLiteral("gone")};
        const Catalog applied = applyCatalogOverlay(base, overlay);
        QCOMPARE(applied, base);
        QCOMPARE(overlayBetween(base, applied).isEmpty(), true);
    }
};

QTEST_GUILESS_MAIN(TestCatalogOverlay)
#include "tst_catalogoverlay.moc"
