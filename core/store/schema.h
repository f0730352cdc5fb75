// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// One step of the history database's schema: applied in one transaction that also sets
/// `PRAGMA user_version` to `version`. Steps are never edited once released — a database made by
/// an older Rightsize is brought forward by replaying the steps it lacks, so the old DDL stays here.
struct SchemaMigration
{
    int version = 0;
    QString description;
    QStringList statements;
};

/// Every schema step in order: version 1 (prompts, endpoints, runs, responses), 2 (full-text
/// search), 3 (prices, votes, thumbs, evaluation results), 4 (evaluation runs),
/// 5 (batched full-text indexing, run owners), 6 (evaluation case details).
const QList<SchemaMigration> &schemaMigrations();

/// The version this build creates and understands: the last step's.
int currentSchemaVersion();
