// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>
#include <QUrl>

/// A fresh PostgreSQL database on the throw-away test cluster (tools/test-postgres.sh), created
/// in the constructor and dropped in the destructor, so each test owns its data and tests can
/// run in parallel. The cluster's URL comes from RIGHTSIZE_TEST_PG_URL.
class TestPostgresDatabase
{
public:
    TestPostgresDatabase();
    ~TestPostgresDatabase();
    TestPostgresDatabase(const TestPostgresDatabase &) = delete;
    TestPostgresDatabase &operator=(const TestPostgresDatabase &) = delete;

    /// Empty when the database could not be created (error() says why).
    bool isValid() const { return !m_name.isEmpty(); }
    QString error() const { return m_error; }
    /// postgresql://USER@HOST:PORT/<fresh name>?sslmode=... of the new database.
    QUrl url() const { return m_url; }
    QString name() const { return m_name; }

    /// RIGHTSIZE_TEST_PG_URL, or an empty URL when it is not set.
    static QUrl serverUrl();
    /// True where the server must be there (CI sets RIGHTSIZE_REQUIRE_TEST_PG=1): a missing URL
    /// is then a failure, not a skip.
    static bool required();
    /// The message a test skips (or fails) with when serverUrl() is empty.
    static const char *missingMessage();

private:
    QUrl m_url;
    QString m_name;
    QString m_error;
};

/// At the start of a PostgreSQL test: skip with a message naming the script when no test server
/// is configured, fail instead where one is required.
#define RIGHTSIZE_REQUIRE_TEST_POSTGRES()                      \
    do {                                                       \
        if (TestPostgresDatabase::serverUrl().isEmpty()) {     \
            if (TestPostgresDatabase::required())              \
                QFAIL(TestPostgresDatabase::missingMessage()); \
            QSKIP(TestPostgresDatabase::missingMessage());     \
        }                                                      \
    } while (false)
