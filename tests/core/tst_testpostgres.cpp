// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
// The throw-away PostgreSQL cluster the store tests run against: the QPSQL driver reaches it,
// every TestPostgresDatabase is a fresh database of its own, and it is gone afterwards.
#include "testpostgres.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

namespace {

QSqlDatabase connectTo(const QUrl &url, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.setConnectOptions(QStringLiteral("sslmode=disable"));
    return db;
}

bool databaseExists(const QString &name)
{
    bool exists = false;
    {
        QSqlDatabase db = connectTo(TestPostgresDatabase::serverUrl(), QStringLiteral("exists"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
            q.addBindValue(name);
            exists = q.exec() && q.next();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("exists"));
    return exists;
}

} // namespace

class TestTestPostgres : public QObject
{
    Q_OBJECT
private slots:
    void init() { RIGHTSIZE_REQUIRE_TEST_POSTGRES(); }

    void driverIsInstalled() { QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))); }

    void eachTestGetsItsOwnFreshDatabase()
    {
        QString firstName;
        {
            TestPostgresDatabase first;
            TestPostgresDatabase second;
            QVERIFY2(first.isValid(), qPrintable(first.error()));
            QVERIFY2(second.isValid(), qPrintable(second.error()));
            QVERIFY(first.name() != second.name());
            firstName = first.name();
            {
                QSqlDatabase db = connectTo(first.url(), QStringLiteral("first"));
                QVERIFY2(db.open(), qPrintable(db.lastError().text()));
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("SELECT server_version_num::int FROM (SELECT current_setting("
                                              "'server_version_num') AS server_version_num) v")));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toInt() / 10000, 15);
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE only_here (x int)")));
                // A fresh database holds no user tables, so what the first test made is not there.
                QSqlDatabase other = connectTo(second.url(), QStringLiteral("second"));
                QVERIFY2(other.open(), qPrintable(other.lastError().text()));
                QSqlQuery count(other);
                QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")));
                QVERIFY(count.next());
                QCOMPARE(count.value(0).toInt(), 0);
            }
            QSqlDatabase::removeDatabase(QStringLiteral("first"));
            QSqlDatabase::removeDatabase(QStringLiteral("second"));
            QVERIFY(databaseExists(firstName));
        }
        QVERIFY(!databaseExists(firstName));
    }
};

QTEST_GUILESS_MAIN(TestTestPostgres)
#include "tst_testpostgres.moc"
