// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/// What one in-process `rightsize ARGS` printed and returned.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument document() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QJsonObject json() const { return document().object(); }
};

/// Runs the command line in-process in a private HOME: HOME and the XDG folders point into a
/// temporary folder and the keychain is off, so every file a command writes (endpoints, history,
/// catalogs) lands there and no test reads or changes the user's own. Make it before anything
/// resolves a standard path (a member of the test object).
class CliHarness
{
public:
    CliHarness();

    bool isValid() const { return m_home.isValid(); }
    QString home() const { return m_home.path(); }
    QString filePath(const QString &name) const { return m_home.filePath(name); }
    /// Where the commands keep imported catalogs.
    QString catalogDir() const { return m_home.filePath(QStringLiteral("catalogs")); }

    /// `rightsize` followed by `arguments`.
    CliRun run(const QStringList &arguments) const;

private:
    QTemporaryDir m_home;
};
