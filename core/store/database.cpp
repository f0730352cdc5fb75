// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "database.h"

#include "runrepository.h"
#include "schema.h"

#include "common/logging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

constexpr auto kConnectOptions = "QSQLITE_BUSY_TIMEOUT=5000";

QAtomicInteger<int> s_instances;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Opens a short-lived connection of its own (read-only when asked), runs `work`, and removes it.
template<typename Work>
auto withProbe(const QString &path, bool readOnly, Work work)
{
    static QAtomicInteger<int> probes;
    const QString name = QStringLiteral("rightsize-probe-%1").arg(probes.fetchAndAddRelaxed(1));
    auto result = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QString options = QString::fromLatin1(kConnectOptions);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        return work(db);
    }();
    QSqlDatabase::removeDatabase(name);
    return result;
}

Result<int> readUserVersion(QSqlDatabase &db, const QString &path)
{
    if (!db.open())
        return Result<int>::failure(
            Texts::tr("Cannot open the history database %1: %2").arg(nativePath(path), db.lastError().text()));
    QSqlQuery query(db);
    // user_version alone does not read the schema; sqlite_master does, and fails on a non-database.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) ||
        !query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        const QString error = query.lastError().text();
        db.close();
        return Result<int>::failure(
            Texts::tr("The history database %1 is damaged or not a Rightsize database: %2. It was left unchanged.")
                .arg(nativePath(path), error));
    }
    const int version = query.value(0).toInt();
    query.finish();
    db.close();
    return version;
}
} // namespace

Database::Database(QObject *parent)
    : QObject(parent)
    , m_prefix(QStringLiteral("rightsize-db%1").arg(s_instances.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("rightsize.sqlite"));
}

Result<int> Database::fileSchemaVersion(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Result<int>::failure(tr("The history database %1 does not exist.").arg(nativePath(path)));
    return withProbe(path, true, [&](QSqlDatabase &db) { return readUserVersion(db, path); });
}

Status Database::open(const QString &path)
{
    close();
    m_lastError.clear();
    m_recovered = 0;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // Kept on failure too: the problem shown to the user names the file, and "start fresh" goes beside it.
    m_path = absolute;
    auto fail = [this](const QString &message) {
        m_lastError = message;
        return Status::failure(message);
    };

    // Look before touching: a newer or damaged file must stay byte for byte as it is, so it is
    // probed read-only before anything (even journal_mode) writes to it.
    if (QFileInfo(absolute).isDir())
        return fail(tr("The history database %1 is a folder, not a file.").arg(nativePath(absolute)));
    if (QFileInfo::exists(absolute)) {
        const Result<int> version = fileSchemaVersion(absolute);
        if (!version.ok())
            return fail(version.error());
        if (*version > currentSchemaVersion())
            return fail(tr("The history database %1 has schema version %2, made by a newer Rightsize; this version "
                           "understands up to %3. It was left unchanged: open it with a newer Rightsize or choose "
                           "another file.")
                            .arg(nativePath(absolute))
                            .arg(*version)
                            .arg(currentSchemaVersion()));
    } else if (!QDir().mkpath(QFileInfo(absolute).absolutePath())) {
        return fail(tr("Cannot create the folder for the history database %1.").arg(nativePath(absolute)));
    }

    m_open = true;
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        const QString error = db.lastError().text();
        close();
        return fail(tr("Cannot open the history database %1: %2").arg(nativePath(absolute), error));
    }
    if (const Status migrated = migrate(db); !migrated.ok()) {
        close();
        return fail(migrated.error());
    }
    // The session's lock is taken before recovery looks at anyone else's: two processes opening
    // at once each see the other as alive.
    m_ownerToken = QStringLiteral("%1-%2")
                       .arg(QCoreApplication::applicationPid())
                       .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    m_ownerLock = std::make_unique<QLockFile>(ownerLockPath(absolute, m_ownerToken));
    // Staleness is judged by whoever checks the lock (by pid and process name), never by age.
    m_ownerLock->setStaleLockTime(0);
    if (!m_ownerLock->tryLock(0))
        qCWarning(lcStore,
                  "Cannot create the lock file %s; another Rightsize opening this history may mark this one's "
                  "streaming answers interrupted.",
                  qPrintable(nativePath(m_ownerLock->fileName())));
    m_recovered = recover(db);
    emit opened();
    return success();
}

void Database::close()
{
    if (!m_open)
        return;
    {
        // Lets SQLite refresh its planner statistics for the queries this session ran.
        QSqlDatabase db = connection();
        if (db.isOpen())
            QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
    }
    QSet<QString> names;
    {
        QMutexLocker lock(&m_mutex);
        names.swap(m_connections);
    }
    const QString own = connectionName();
    for (const QString &name : std::as_const(names)) {
        // Another thread's connection can only be dropped here; its owner should have released it.
        if (name == own) {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_open = false;
    m_ownerLock.reset(); // unlocks and removes the lock file
    m_ownerToken.clear();
    emit closed();
}

QString Database::connectionName() const
{
    return QStringLiteral("%1-%2").arg(m_prefix).arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    if (!m_open)
        return {};
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QString::fromLatin1(kConnectOptions));
    {
        QMutexLocker lock(&m_mutex);
        m_connections.insert(name);
    }
    if (db.open())
        configure(db);
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connections.remove(name))
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status Database::configure(QSqlDatabase &db) const
{
    // Per connection and outside any transaction: SQLite ignores journal_mode inside one.
    QSqlQuery query(db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return Status::failure(
                tr("Cannot configure the history database %1: %2").arg(nativePath(m_path), query.lastError().text()));
    }
    return success();
}

Status Database::migrate(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Status::failure(
            tr("Cannot read the schema version of %1: %2").arg(nativePath(m_path), query.lastError().text()));
    const int from = query.value(0).toInt();
    query.finish();
    for (const SchemaMigration &migration : schemaMigrations()) {
        if (migration.version <= from)
            continue;
        // One transaction per step: a failing step leaves the file at the previous version.
        if (!db.transaction())
            return Status::failure(
                tr("Cannot update the history database %1: %2").arg(nativePath(m_path), db.lastError().text()));
        QStringList statements = migration.statements;
        statements << QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement)) {
                const QString error = query.lastError().text();
                db.rollback();
                return Status::failure(tr("Cannot update the history database %1 to schema version %2 (%3): %4")
                                           .arg(nativePath(m_path))
                                           .arg(migration.version)
                                           .arg(migration.description, error));
            }
        }
        if (!db.commit())
            return Status::failure(
                tr("Cannot update the history database %1: %2").arg(nativePath(m_path), db.lastError().text()));
    }
    return success();
}

QString Database::ownerLockPath(const QString &databasePath, const QString &ownerToken)
{
    return databasePath + QStringLiteral(".lock-") + ownerToken;
}

bool Database::ownerIsGone(const QString &owner) const
{
    // Runs stored before owners existed have none: no process can still be streaming them.
    if (owner.isEmpty())
        return true;
    if (owner == m_ownerToken)
        return false;
    const QString path = ownerLockPath(m_path, owner);
    if (!QFileInfo::exists(path))
        return true;
    QLockFile lock(path);
    lock.setStaleLockTime(0);
    // Succeeds only when the holder is dead (QLockFile removes a stale file: its pid is not
    // running, or runs another program); the lock file goes with `lock` at the end of this scope.
    return lock.tryLock(0);
}

int Database::recover(QSqlDatabase &db)
{
    // Whatever was pending or streaming when its process stopped will never finish: the partial
    // text stays, the status says why it is incomplete. Answers of a session still alive (another
    // Rightsize on the same file) are left alone.
    QSqlQuery query(db);
    QStringList owners;
    if (!query.exec(
            QStringLiteral("SELECT DISTINCT coalesce(ru.owner, '') FROM responses re JOIN runs ru ON ru.id = re.run_id "
                           "WHERE re.status IN ('pending', 'streaming')")))
        return 0;
    while (query.next())
        owners << query.value(0).toString();
    query.finish();
    int responses = 0;
    for (const QString &owner : std::as_const(owners)) {
        if (!ownerIsGone(owner))
            continue;
        query.prepare(
            QStringLiteral("UPDATE responses SET status = 'interrupted' WHERE status IN ('pending', 'streaming') "
                           "AND run_id IN (SELECT id FROM runs WHERE coalesce(owner, '') = ?)"));
        query.addBindValue(owner);
        if (query.exec())
            responses += query.numRowsAffected();
    }
    // Interrupted answers are finished as far as search is concerned: their partial text is
    // indexed (and so is anything a session left unindexed).
    RunRepository::indexPendingText(db);
    // The same for evaluation runs of sessions that are gone: their stored results stay and the
    // run can be resumed without repeating them.
    owners.clear();
    if (query.exec(QStringLiteral("SELECT DISTINCT coalesce(owner, '') FROM eval_runs WHERE status = 'running'"))) {
        while (query.next())
            owners << query.value(0).toString();
    }
    query.finish();
    for (const QString &owner : std::as_const(owners)) {
        if (!ownerIsGone(owner))
            continue;
        query.prepare(QStringLiteral(
            "UPDATE eval_runs SET status = 'interrupted' WHERE status = 'running' AND coalesce(owner, '') = ?"));
        query.addBindValue(owner);
        query.exec();
    }
    return responses;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<QStringList> Database::integrityCheck() const
{
    if (!m_open)
        return Result<QStringList>::failure(tr("No history database is open."));
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return Result<QStringList>::failure(
            tr("Cannot check the history database %1: %2").arg(nativePath(m_path), query.lastError().text()));
    QStringList lines;
    while (query.next())
        lines << query.value(0).toString();
    return lines;
}

Status Database::backup(const QString &targetPath) const
{
    if (!m_open)
        return Status::failure(tr("No history database is open."));
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (QFileInfo::exists(target))
        return Status::failure(tr("The backup file %1 already exists; choose a new name.").arg(nativePath(target)));
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        return Status::failure(
            tr("Cannot back up the history database to %1: %2").arg(nativePath(target), query.lastError().text()));
    return success();
}

Status Database::restore(const QString &backupPath)
{
    if (m_path.isEmpty())
        return Status::failure(tr("No history database is open."));
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    const Result<int> version = fileSchemaVersion(source);
    if (!version.ok())
        return Status::failure(version.error());
    if (*version < 1 || *version > currentSchemaVersion())
        return Status::failure(tr("%1 is not a Rightsize history backup this version can read (schema version %2).")
                                   .arg(nativePath(source))
                                   .arg(*version));
    const Result<QStringList> check = withProbe(source, true, [&](QSqlDatabase &db) -> Result<QStringList> {
        if (!db.open())
            return Result<QStringList>::failure(db.lastError().text());
        QSqlQuery query(db);
        QStringList lines;
        if (query.exec(QStringLiteral("PRAGMA integrity_check"))) {
            while (query.next())
                lines << query.value(0).toString();
        }
        query.finish();
        db.close();
        return lines;
    });
    if (!check.ok() || *check != QStringList{QStringLiteral("ok")})
        return Status::failure(
            tr("The backup %1 failed its integrity check: %2")
                .arg(nativePath(source), check.ok() ? check->join(QStringLiteral("; ")) : check.error()));

    const QString target = m_path;
    close();
    // With every connection closed SQLite has folded the WAL back in; the old file is kept aside.
    const QString aside = target + QStringLiteral(".before-restore");
    QFile::remove(aside);
    if (QFileInfo::exists(target) && !QFile::rename(target, aside)) {
        open(target);
        return Status::failure(tr("Cannot move %1 aside to restore the backup.").arg(nativePath(target)));
    }
    QFile::remove(target + QStringLiteral("-wal"));
    QFile::remove(target + QStringLiteral("-shm"));
    if (!QFile::copy(source, target)) {
        QFile::rename(aside, target);
        open(target);
        return Status::failure(tr("Cannot copy the backup %1 to %2.").arg(nativePath(source), nativePath(target)));
    }
    QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return open(target);
}
