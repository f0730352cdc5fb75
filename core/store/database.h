// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QLockFile;

/// The run-history database: one SQLite file, one named connection per thread (SQLite handles
/// must not cross threads), WAL with synchronous=NORMAL (an application crash never corrupts it),
/// foreign keys on, a busy timeout, and the schema migrated forward by `PRAGMA user_version`.
///
/// Opening never damages a file it cannot use: a file from a newer Rightsize or one that is not
/// a database is reported with its path and left as it is. Opening also finishes what a killed
/// process left: responses still marked pending or streaming become `interrupted`.
///
/// Several processes may use one file (SQLite's WAL lets them). Each open() is a session with an
/// owner token written into the runs it stores, and holds a lock file `<path>.lock-<token>` (a
/// QLockFile: pid, host and application inside, and a native lock on Unix) until close(). The
/// recovery at open() only marks the unfinished responses of sessions whose lock file is gone or
/// stale, so a second Rightsize never interrupts the first one's answers while they stream.
class Database : public QObject
{
    Q_OBJECT
public:
    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    /// <AppDataLocation>/rightsize.sqlite
    static QString defaultPath();

    /// Opens (creating if missing) and migrates `path`; closes any database open before.
    Status open(const QString &path);
    /// Runs `PRAGMA optimize` and closes every thread's connection.
    void close();
    bool isOpen() const { return m_open; }
    /// The file open, or the one the last open() tried.
    QString path() const { return m_path; }
    /// The problem of the last failed open(), empty after a successful one.
    QString lastError() const { return m_lastError; }
    /// How many responses the last open() found unfinished and marked interrupted.
    int recoveredResponses() const { return m_recovered; }
    /// The session's owner token, written into every run stored through this object.
    QString ownerToken() const { return m_ownerToken; }
    /// The lock file a session with `ownerToken` holds while it has `databasePath` open.
    static QString ownerLockPath(const QString &databasePath, const QString &ownerToken);

    /// The calling thread's connection, opened on first use. Invalid when the database is closed.
    QSqlDatabase connection() const;
    /// Closes the calling thread's connection; worker threads call it before they end.
    void releaseThreadConnection() const;

    /// The schema version of the open file.
    int schemaVersion() const;

    /// `PRAGMA integrity_check`: "ok", or the problems SQLite lists.
    Result<QStringList> integrityCheck() const;
    /// A consistent copy through `VACUUM INTO` (never a file copy of a live database). Refuses
    /// to overwrite an existing file.
    Status backup(const QString &targetPath) const;
    /// Replaces the open database with a backup after checking the backup (integrity and schema
    /// version), then reopens it. The current file is kept as "<path>.before-restore".
    Status restore(const QString &backupPath);

    /// Reads the schema version of any file without changing it; fails for a non-database.
    static Result<int> fileSchemaVersion(const QString &path);

signals:
    void opened();
    void closed();

private:
    QString connectionName() const;
    Status configure(QSqlDatabase &db) const;
    Status migrate(QSqlDatabase &db);
    int recover(QSqlDatabase &db);
    bool ownerIsGone(const QString &owner) const;

    QString m_path;
    QString m_lastError;
    QString m_prefix;
    bool m_open = false;
    int m_recovered = 0;
    QString m_ownerToken;
    std::unique_ptr<QLockFile> m_ownerLock;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections;
};
