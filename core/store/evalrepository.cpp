// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "evalrepository.h"

#include "database.h"
#include "eval/evalsetformat.h"
#include "providers/endpointstore.h"
#include "providers/redact.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {
QString timestamp(const QDateTime &at)
{
    return (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonObject objectFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QJsonArray arrayFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

/// An endpoint as stored: never the key, nor where the key lives.
QJsonObject endpointJson(Endpoint endpoint)
{
    endpoint.apiKeyRef.clear();
    // A key pasted into the URL (user:key@host, ?key=…) is a secret too.
    endpoint.baseUrl = QUrl(redactedUrl(endpoint.baseUrl));
    return EndpointStore::toJson(endpoint);
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QJsonObject optionsJson(const EvalRunOptions &options)
{
    QJsonObject o{{QStringLiteral("concurrency"), options.concurrency}, {QStringLiteral("repeat"), options.repeat}};
    if (!options.prompt.isEmpty())
        o.insert(QStringLiteral("prompt"),
                 QJsonObject{{QStringLiteral("system"), options.prompt.system},
                             {QStringLiteral("user"), options.prompt.user}});
    if (options.temperature)
        o.insert(QStringLiteral("temperature"), *options.temperature);
    if (options.maxTokens)
        o.insert(QStringLiteral("max_tokens"), *options.maxTokens);
    return o;
}

EvalRunOptions optionsFrom(const QJsonObject &o)
{
    EvalRunOptions options;
    options.concurrency = o.value(QStringLiteral("concurrency")).toInt(options.concurrency);
    options.repeat = o.value(QStringLiteral("repeat")).toInt(options.repeat);
    const QJsonObject prompt = o.value(QStringLiteral("prompt")).toObject();
    options.prompt.system = prompt.value(QStringLiteral("system")).toString();
    options.prompt.user = prompt.value(QStringLiteral("user")).toString();
    if (o.contains(QStringLiteral("temperature")))
        options.temperature = o.value(QStringLiteral("temperature")).toDouble();
    if (o.contains(QStringLiteral("max_tokens")))
        options.maxTokens = o.value(QStringLiteral("max_tokens")).toInt();
    return options;
}

constexpr EvalRunInfo::Status kStatuses[] = {EvalRunInfo::Status::Running, EvalRunInfo::Status::Finished,
                                             EvalRunInfo::Status::Cancelled, EvalRunInfo::Status::Interrupted};

/// The columns runInfoFrom() reads, with the counts of stored and passed results.
const char *const kRunInfoSelect =
    "SELECT r.id, r.set_name, r.started_at, r.finished_at, r.endpoints, r.options, r.total, r.status,"
    " (SELECT COUNT(*) FROM eval_results x WHERE x.eval_run_id = r.id),"
    " (SELECT COUNT(*) FROM eval_results x WHERE x.eval_run_id = r.id AND x.passed = 1)"
    " FROM eval_runs r";

EvalRunInfo runInfoFrom(const QSqlQuery &q)
{
    EvalRunInfo info;
    info.id = q.value(0).toLongLong();
    info.setName = q.value(1).toString();
    info.startedAt = fromTimestamp(q.value(2));
    info.finishedAt = fromTimestamp(q.value(3));
    for (const QJsonArray elements = arrayFrom(q.value(4)); const QJsonValue &endpoint : elements)
        info.endpoints << endpoint.toObject().value(QStringLiteral("name")).toString();
    info.repeat = objectFrom(q.value(5)).value(QStringLiteral("repeat")).toInt(1);
    info.total = q.value(6).toInt();
    info.status = EvalRunInfo::statusFromName(q.value(7).toString()).value_or(EvalRunInfo::Status::Interrupted);
    info.done = q.value(8).toInt();
    info.passed = q.value(9).toInt();
    return info;
}
} // namespace

QString EvalRunInfo::statusName(Status status)
{
    switch (status) {
    case Status::Running:
        return QStringLiteral("running");
    case Status::Finished:
        return QStringLiteral("finished");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

std::optional<EvalRunInfo::Status> EvalRunInfo::statusFromName(QStringView name)
{
    for (Status status : kStatuses) {
        if (name == statusName(status))
            return status;
    }
    return std::nullopt;
}

EvalRepository::EvalRepository(Database &database)
    : m_database(database)
    , m_db(database.connection())
{ }

Result<qint64> EvalRepository::saveSet(const EvalSet &set)
{
    const QString path = QDir::toNativeSeparators(m_database.path());
    auto fail = [&](const QString &cause) {
        return Result<qint64>::failure(tr("Cannot save the evaluation set “%1” in %2: %3").arg(set.name, path, cause));
    };
    if (set.name.trimmed().isEmpty())
        return fail(tr("the set has no name"));
    if (!m_db.transaction())
        return fail(m_db.lastError().text());
    auto rollback = [&](const QString &cause) {
        m_db.rollback();
        return fail(cause);
    };
    const QString now = timestamp({});
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO eval_sets (name, uid, prompt_system, prompt_user, created_at, updated_at)"
                             " VALUES (?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?) ON CONFLICT (name) "
                             "DO UPDATE SET uid = excluded.uid,"
                             " prompt_system = excluded.prompt_system, prompt_user = excluded.prompt_user,"
                             " updated_at = excluded.updated_at"));
    q.addBindValue(set.name);
    q.addBindValue(set.id);
    q.addBindValue(set.prompt.system);
    q.addBindValue(set.prompt.user);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return rollback(q.lastError().text());
    // lastInsertId is unreliable after the update branch of an upsert: look the row up.
    q.prepare(QStringLiteral("SELECT id FROM eval_sets WHERE name = ?"));
    q.addBindValue(set.name);
    if (!q.exec() || !q.next())
        return rollback(q.lastError().text());
    const qint64 setId = q.value(0).toLongLong();
    q.finish();

    q.prepare(QStringLiteral("DELETE FROM eval_cases WHERE set_id = ?"));
    q.addBindValue(setId);
    if (!q.exec())
        return rollback(q.lastError().text());
    q.prepare(
        QStringLiteral("INSERT INTO eval_cases (set_id, position, description, variables, assertions, expected, weight,"
                       " details) VALUES (?, ?, COALESCE(?, ''), ?, ?, COALESCE(?, ''), ?, ?)"));
    for (qsizetype i = 0; i < set.cases.size(); ++i) {
        const EvalCase &c = set.cases.at(i);
        QJsonObject variables;
        for (auto it = c.variables.cbegin(); it != c.variables.cend(); ++it)
            variables.insert(it.key(), it.value());
        QJsonArray assertions;
        for (const EvalAssertion &a : c.assertions)
            assertions.append(a.toJson());
        q.addBindValue(setId);
        q.addBindValue(int(i));
        q.addBindValue(c.description);
        q.addBindValue(compact(variables));
        q.addBindValue(compact(assertions));
        q.addBindValue(c.expected);
        q.addBindValue(c.weight);
        q.addBindValue(compact(EvalSetFormat::caseDetailsToJson(c)));
        if (!q.exec())
            return rollback(q.lastError().text());
    }
    if (!m_db.commit())
        return rollback(m_db.lastError().text());
    return setId;
}

Result<EvalSet> EvalRepository::setFromRow(qint64 setRowId, const QString &name) const
{
    const QString path = QDir::toNativeSeparators(m_database.path());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT uid, prompt_system, prompt_user FROM eval_sets WHERE id = ?"));
    q.addBindValue(setRowId);
    if (!q.exec() || !q.next())
        return Result<EvalSet>::failure(
            tr("Cannot read the evaluation set “%1” from %2: %3").arg(name, path, q.lastError().text()));
    EvalSet set;
    set.name = name;
    set.id = q.value(0).toString();
    set.prompt.system = q.value(1).toString();
    set.prompt.user = q.value(2).toString();
    q.finish();
    q.prepare(
        QStringLiteral("SELECT description, variables, assertions, expected, weight, position, details FROM eval_cases"
                       " WHERE set_id = ? ORDER BY position"));
    q.addBindValue(setRowId);
    if (!q.exec())
        return Result<EvalSet>::failure(
            tr("Cannot read the evaluation set “%1” from %2: %3").arg(name, path, q.lastError().text()));
    while (q.next()) {
        EvalCase c;
        c.description = q.value(0).toString();
        const QJsonObject variables = objectFrom(q.value(1));
        for (auto it = variables.begin(); it != variables.end(); ++it)
            c.variables.insert(it.key(), it.value().toString());
        for (const QJsonArray elements = arrayFrom(q.value(2)); const QJsonValue &value : elements) {
            const Result<EvalAssertion> assertion = EvalAssertion::fromJson(value.toObject());
            // A stored assertion was valid when saved; one this build no longer reads is named.
            if (!assertion)
                return Result<EvalSet>::failure(tr("The evaluation set “%1” in %2, case %3: %4")
                                                    .arg(name, path)
                                                    .arg(q.value(5).toInt() + 1)
                                                    .arg(assertion.error()));
            c.assertions.append(assertion.value());
        }
        c.expected = q.value(3).toString();
        c.weight = q.value(4).toDouble();
        if (const Status details = EvalSetFormat::readCaseDetails(objectFrom(q.value(6)), &c); !details)
            return Result<EvalSet>::failure(tr("The evaluation set “%1” in %2, case %3: %4")
                                                .arg(name, path)
                                                .arg(q.value(5).toInt() + 1)
                                                .arg(details.error()));
        set.cases.append(c);
    }
    return set;
}

Result<EvalSet> EvalRepository::loadSet(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM eval_sets WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Result<EvalSet>::failure(
            tr("Cannot read the evaluation set “%1” from %2: %3")
                .arg(name, QDir::toNativeSeparators(m_database.path()), q.lastError().text()));
    if (!q.next())
        return Result<EvalSet>::failure(tr("There is no saved evaluation set named “%1”.").arg(name));
    return setFromRow(q.value(0).toLongLong(), name);
}

Result<QStringList> EvalRepository::setNames() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name FROM eval_sets")))
        return Result<QStringList>::failure(
            tr("Cannot read the evaluation sets from %1: %2")
                .arg(QDir::toNativeSeparators(m_database.path()), q.lastError().text()));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    names.sort(Qt::CaseInsensitive);
    return names;
}

Status EvalRepository::deleteSet(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM eval_sets WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Status::failure(tr("Cannot delete the evaluation set “%1” from %2: %3")
                                   .arg(name, QDir::toNativeSeparators(m_database.path()), q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no saved evaluation set named “%1”.").arg(name));
    return success();
}

Result<qint64> EvalRepository::startRun(const EvalSet &set, const QList<Endpoint> &endpoints,
                                        const EvalRunOptions &options, const std::optional<Endpoint> &judge)
{
    QJsonArray endpointList;
    for (const Endpoint &endpoint : endpoints)
        endpointList.append(endpointJson(endpoint));
    QJsonObject optionObject = optionsJson(options);
    if (judge)
        optionObject.insert(QStringLiteral("judge"), endpointJson(*judge));

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO eval_runs (set_id, set_name, set_snapshot, endpoints, options, total, started_at, status, owner)"
        " VALUES ((SELECT id FROM eval_sets WHERE name = ?), ?, ?, ?, ?, ?, ?, 'running', ?)"));
    q.addBindValue(set.name);
    q.addBindValue(set.name);
    q.addBindValue(QString::fromUtf8(EvalSetFormat::toJson(set)));
    q.addBindValue(compact(endpointList));
    q.addBindValue(compact(optionObject));
    q.addBindValue(int(set.cases.size() * endpoints.size() * std::max(1, options.repeat)));
    q.addBindValue(timestamp({}));
    q.addBindValue(m_database.ownerToken());
    if (!q.exec())
        return Result<qint64>::failure(
            tr("Cannot record the evaluation run of “%1” in %2: %3")
                .arg(set.name, QDir::toNativeSeparators(m_database.path()), q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

Status EvalRepository::appendResult(qint64 runId, const EvalResult &result)
{
    auto fail = [&](const QString &cause) {
        return Status::failure(tr("Cannot store a result of evaluation run %1 in %2: %3")
                                   .arg(runId)
                                   .arg(QDir::toNativeSeparators(m_database.path()), cause));
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO eval_results (eval_run_id, case_index, endpoint_name, repeat, passed, score, "
                             "latency_ms, cost_usd, details, at)"
                             " VALUES (?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (eval_run_id, "
                             "case_index, endpoint_name, repeat) DO UPDATE SET"
                             " passed = excluded.passed, score = excluded.score, latency_ms = excluded.latency_ms,"
                             " cost_usd = excluded.cost_usd, details = excluded.details, at = excluded.at"));
    q.addBindValue(runId);
    q.addBindValue(result.caseIndex);
    q.addBindValue(result.endpointName);
    q.addBindValue(result.repeat);
    q.addBindValue(result.passed ? 1 : 0);
    q.addBindValue(result.score);
    q.addBindValue(result.latencyMs);
    q.addBindValue(optionalValue(result.costUsd));
    q.addBindValue(compact(result.toJson()));
    q.addBindValue(timestamp(result.finishedAt));
    if (!q.exec())
        return fail(q.lastError().text());
    // A run marked interrupted while this session still worked on it (an older Rightsize opening
    // the file does not look at owners) is alive after all.
    q.prepare(
        QStringLiteral("UPDATE eval_runs SET status = 'running', owner = ? WHERE id = ? AND status = 'interrupted'"));
    q.addBindValue(m_database.ownerToken());
    q.addBindValue(runId);
    if (!q.exec())
        return fail(q.lastError().text());
    return success();
}

Status EvalRepository::finishRun(qint64 runId, bool cancelled)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE eval_runs SET status = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(EvalRunInfo::statusName(cancelled ? EvalRunInfo::Status::Cancelled : EvalRunInfo::Status::Finished));
    q.addBindValue(timestamp({}));
    q.addBindValue(runId);
    if (!q.exec())
        return Status::failure(tr("Cannot mark evaluation run %1 as ended in %2: %3")
                                   .arg(runId)
                                   .arg(QDir::toNativeSeparators(m_database.path()), q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no evaluation run %1.").arg(runId));
    return success();
}

Status EvalRepository::resumeRun(qint64 runId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE eval_runs SET status = 'running', finished_at = NULL, owner = ? WHERE id = ?"));
    q.addBindValue(m_database.ownerToken());
    q.addBindValue(runId);
    if (!q.exec())
        return Status::failure(tr("Cannot resume evaluation run %1 in %2: %3")
                                   .arg(runId)
                                   .arg(QDir::toNativeSeparators(m_database.path()), q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no evaluation run %1.").arg(runId));
    return success();
}

Status EvalRepository::deleteRun(qint64 runId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM eval_runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return Status::failure(tr("Cannot delete evaluation run %1 from %2: %3")
                                   .arg(runId)
                                   .arg(QDir::toNativeSeparators(m_database.path()), q.lastError().text()));
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("There is no evaluation run %1.").arg(runId));
    return success();
}

Result<QSet<EvalKey>> EvalRepository::finishedKeys(qint64 runId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT case_index, endpoint_name, repeat FROM eval_results WHERE eval_run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return Result<QSet<EvalKey>>::failure(
            tr("Cannot read the results of evaluation run %1 from %2: %3")
                .arg(runId)
                .arg(QDir::toNativeSeparators(m_database.path()), q.lastError().text()));
    QSet<EvalKey> keys;
    while (q.next())
        keys.insert({q.value(0).toInt(), q.value(1).toString(), q.value(2).toInt()});
    return keys;
}

Result<QList<EvalRunInfo>> EvalRepository::runs(const QString &setName) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql = QString::fromLatin1(kRunInfoSelect);
    if (!setName.isEmpty())
        sql += QStringLiteral(" WHERE r.set_name = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY r.started_at DESC, r.id DESC"));
    if (!setName.isEmpty())
        q.addBindValue(setName);
    if (!q.exec())
        return Result<QList<EvalRunInfo>>::failure(
            tr("Cannot read the evaluation runs from %1: %2")
                .arg(QDir::toNativeSeparators(m_database.path()), q.lastError().text()));
    QList<EvalRunInfo> list;
    while (q.next())
        list.append(runInfoFrom(q));
    return list;
}

Result<EvalRunInfo> EvalRepository::runInfo(qint64 runId) const
{
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kRunInfoSelect) + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return Result<EvalRunInfo>::failure(
            tr("Cannot read evaluation run %1 from %2: %3")
                .arg(runId)
                .arg(QDir::toNativeSeparators(m_database.path()), q.lastError().text()));
    if (!q.next())
        return Result<EvalRunInfo>::failure(tr("There is no evaluation run %1.").arg(runId));
    return runInfoFrom(q);
}

Result<EvalRunRecord> EvalRepository::run(qint64 runId) const
{
    Result<EvalRunInfo> info = runInfo(runId);
    if (!info)
        return Result<EvalRunRecord>::failure(info.error());
    const QString path = QDir::toNativeSeparators(m_database.path());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT set_snapshot, endpoints, options FROM eval_runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return Result<EvalRunRecord>::failure(
            tr("Cannot read evaluation run %1 from %2: %3").arg(runId).arg(path, q.lastError().text()));
    EvalRunRecord record;
    record.info = info.value();
    const QString source = tr("evaluation run %1").arg(runId);
    Result<EvalSet> set = EvalSetFormat::fromJson(q.value(0).toString().toUtf8(), source);
    if (!set)
        return Result<EvalRunRecord>::failure(set.error());
    record.set = std::move(set).value();
    for (const QJsonArray elements = arrayFrom(q.value(1)); const QJsonValue &value : elements) {
        const Result<Endpoint> endpoint = EndpointStore::fromJson(value.toObject());
        if (!endpoint)
            return Result<EvalRunRecord>::failure(
                tr("Cannot read evaluation run %1 from %2: %3").arg(runId).arg(path, endpoint.error()));
        record.endpoints.append(endpoint.value());
    }
    const QJsonObject options = objectFrom(q.value(2));
    record.options = optionsFrom(options);
    if (options.contains(QStringLiteral("judge"))) {
        const Result<Endpoint> judge = EndpointStore::fromJson(options.value(QStringLiteral("judge")).toObject());
        if (judge)
            record.judge = judge.value();
    }
    return record;
}

Result<QList<EvalResult>> EvalRepository::results(qint64 runId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT details FROM eval_results WHERE eval_run_id = ? ORDER BY id"));
    q.addBindValue(runId);
    if (!q.exec())
        return Result<QList<EvalResult>>::failure(
            tr("Cannot read the results of evaluation run %1 from %2: %3")
                .arg(runId)
                .arg(QDir::toNativeSeparators(m_database.path()), q.lastError().text()));
    QList<EvalResult> list;
    while (q.next())
        list.append(EvalResult::fromJson(objectFrom(q.value(0))));
    return list;
}
