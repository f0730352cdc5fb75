// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "testpostgres.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace {

QAtomicInt s_counter;

// Runs one statement on the cluster's maintenance database through its own short connection
// (CREATE/DROP DATABASE cannot run inside a transaction or on the database they name).
QString runOnServer(const QUrl &server, const QString &statement)
{
    const QString connectionName = QStringLiteral("test-postgres-admin-%1").arg(s_counter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(server.host());
        db.setPort(server.port(5432));
        db.setUserName(server.userName());
        db.setDatabaseName(server.path().mid(1));
        const QUrlQuery query(server);
        if (query.hasQueryItem(QStringLiteral("sslmode")))
            db.setConnectOptions(QStringLiteral("sslmode=") + query.queryItemValue(QStringLiteral("sslmode")));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(statement))
                error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return error;
}

} // namespace

QUrl TestPostgresDatabase::serverUrl()
{
    return QUrl(qEnvironmentVariable("RIGHTSIZE_TEST_PG_URL"));
}

bool TestPostgresDatabase::required()
{
    return qEnvironmentVariableIntValue("RIGHTSIZE_REQUIRE_TEST_PG") != 0;
}

const char *TestPostgresDatabase::missingMessage()
{
    return "RIGHTSIZE_TEST_PG_URL is not set: start a test server with "
           "eval \"$(tools/test-postgres.sh start)\"";
}

TestPostgresDatabase::TestPostgresDatabase()
{
    const QUrl server = serverUrl();
    if (server.isEmpty()) {
        m_error = QString::fromLatin1(missingMessage());
        return;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error = QStringLiteral("the Qt PostgreSQL driver QPSQL is missing (Debian package libqt6sql6-psql)");
        return;
    }
    // Unique across parallel test processes: pid, a per-process counter and a random part.
    const QString name = QStringLiteral("rs_test_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(s_counter.fetchAndAddRelaxed(1))
                             .arg(QRandomGenerator::global()->bounded(1000000));
    const QString error = runOnServer(server, QStringLiteral("CREATE DATABASE %1").arg(name));
    if (!error.isEmpty()) {
        m_error = error;
        return;
    }
    m_name = name;
    m_url = server;
    m_url.setPath(QLatin1Char('/') + name);
}

TestPostgresDatabase::~TestPostgresDatabase()
{
    if (m_name.isEmpty())
        return;
    // WITH (FORCE): a connection a failed test left open must not keep the database alive.
    runOnServer(serverUrl(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
}
