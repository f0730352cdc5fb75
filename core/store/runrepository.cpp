// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "runrepository.h"

#include "database.h"
#include "providers/redact.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(RunRepository)
};

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QVariant &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

/// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QVariant notNull(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

template<typename T>
QVariant orNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

std::optional<qint64> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

/// Named placeholders ":v0", ":v1", … for the kept insert statements. Qt 6.4 formats a name
/// (QString::arg) for every value bound by position; binding by a ready-made name is a hash
/// lookup. On 100,000 responses that was 40 % of the insert time.
const QString &placeholder(int index)
{
    static const QStringList names = [] {
        QStringList list;
        for (int i = 0; i < 32; ++i)
            list << QStringLiteral(":v%1").arg(i);
        return list;
    }();
    return names.at(index);
}

/// ":v<first>, …" for `count` values.
QString placeholders(int first, int count)
{
    QStringList list;
    for (int i = first; i < first + count; ++i)
        list << placeholder(i);
    return list.join(QStringLiteral(", "));
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseJson(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

/// What of an endpoint is kept: enough to re-run it, never its key nor where the key lives.
QJsonObject endpointParams(const Endpoint &endpoint)
{
    QJsonObject params;
    if (endpoint.temperature)
        params.insert(QStringLiteral("temperature"), *endpoint.temperature);
    if (endpoint.maxTokens)
        params.insert(QStringLiteral("max_tokens"), *endpoint.maxTokens);
    if (!endpoint.systemPrompt.isEmpty())
        params.insert(QStringLiteral("system_prompt"), endpoint.systemPrompt);
    if (endpoint.maxTimeMs)
        params.insert(QStringLiteral("max_time_ms"), *endpoint.maxTimeMs);
    params.insert(QStringLiteral("idle_timeout_ms"), endpoint.idleTimeoutMs);
    return params;
}

std::optional<ChatError::Kind> errorKindFromName(const QString &name)
{
    for (ChatError::Kind kind : {ChatError::Kind::Http, ChatError::Kind::Connection, ChatError::Kind::Timeout,
                                 ChatError::Kind::Truncated, ChatError::Kind::Provider, ChatError::Kind::Cancelled}) {
        if (name == ChatError::kindName(kind))
            return kind;
    }
    return std::nullopt;
}

/// Turns what a person typed into an FTS5 query: every word quoted (so operators and
/// punctuation in the search box are taken literally), all of them required.
QString ftsQuery(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList terms;
    const QStringList words = text.split(space, Qt::SkipEmptyParts);
    for (QString word : words) {
        word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + word + QLatin1Char('"');
    }
    return terms.join(QLatin1Char(' '));
}

QString sortColumn(RunSort sort)
{
    switch (sort) {
    case RunSort::StartedAt:
        return QStringLiteral("r.started_at");
    case RunSort::Id:
        return QStringLiteral("r.id");
    case RunSort::Latency:
        return QStringLiteral("r.max_latency_ms");
    case RunSort::Ttft:
        return QStringLiteral("r.min_ttft_ms");
    case RunSort::OutputTokens:
        return QStringLiteral("r.output_tokens");
    case RunSort::Cost:
        return QStringLiteral("r.total_cost_usd");
    case RunSort::Errors:
        return QStringLiteral("r.error_count");
    case RunSort::Responses:
        return QStringLiteral("r.response_count");
    }
    return QStringLiteral("r.started_at");
}

/// The WHERE clause of a filter and its bound values, in order.
struct Where
{
    QString sql;
    QVariantList values;
};

Where whereClause(const RunFilter &filter)
{
    QStringList conditions;
    Where where;
    if (!filter.endpoint.isEmpty() || !filter.model.isEmpty()) {
        QString sub = QStringLiteral("EXISTS (SELECT 1 FROM responses fe JOIN endpoints e ON e.id = fe.endpoint_id "
                                     "WHERE fe.run_id = r.id");
        if (!filter.endpoint.isEmpty()) {
            sub += QStringLiteral(" AND e.name = ?");
            where.values << filter.endpoint;
        }
        if (!filter.model.isEmpty()) {
            sub += QStringLiteral(" AND e.model = ?");
            where.values << filter.model;
        }
        conditions << sub + QLatin1Char(')');
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("r.started_at >= ?");
        where.values << timestamp(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("r.started_at < ?");
        where.values << timestamp(filter.to);
    }
    if (filter.status) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM responses fs WHERE fs.run_id = r.id AND fs.status = ?)");
        where.values << ResponseRecord::statusName(*filter.status);
    }
    switch (filter.rating) {
    case RunFilter::Rating::Any:
        break;
    case RunFilter::Rating::ThumbsUp:
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM thumbs t WHERE t.run_id = r.id AND t.value > 0)");
        break;
    case RunFilter::Rating::ThumbsDown:
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM thumbs t WHERE t.run_id = r.id AND t.value < 0)");
        break;
    case RunFilter::Rating::Voted:
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM votes v WHERE v.run_id = r.id)");
        break;
    case RunFilter::Rating::Unrated:
        conditions << QStringLiteral("NOT EXISTS (SELECT 1 FROM thumbs t WHERE t.run_id = r.id) "
                                     "AND NOT EXISTS (SELECT 1 FROM votes v WHERE v.run_id = r.id)");
        break;
    }
    const QString match = ftsQuery(filter.search);
    if (!match.isEmpty()) {
        // MATCH alone in each FTS subquery (fast), joined to the runs afterwards. With a limit,
        // FTS5 walks its doclist newest first and stops: the full match set is never built.
        const QString limit = filter.searchLimit > 0
            ? QStringLiteral(" ORDER BY rowid DESC LIMIT %1").arg(filter.searchLimit)
            : QString();
        conditions << QStringLiteral("(r.id IN (SELECT re.run_id FROM responses re WHERE re.id IN "
                                     "(SELECT rowid FROM responses_fts WHERE responses_fts MATCH ?%1)) "
                                     "OR r.prompt_id IN (SELECT rowid FROM prompts_fts WHERE prompts_fts MATCH ?%1))")
                          .arg(limit);
        where.values << match << match;
    }
    if (!filter.runIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : filter.runIds)
            ids << QString::number(id);
        conditions << QStringLiteral("r.id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    if (!conditions.isEmpty())
        where.sql = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return where;
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(value);
}

const QString kResponseColumns = QStringLiteral(
    "re.id, re.position, re.status, re.text, re.finish_reason, re.input_tokens, re.output_tokens, re.ttft_ms, "
    "re.latency_ms, re.tokens_per_second, re.attempts, re.error_kind, re.error_status, re.error_message, "
    "re.provider_message, re.cost_usd, re.price_catalog_model, re.price_input_per_mtok, re.price_output_per_mtok, "
    "re.price_catalog_name, re.price_catalog_date, e.name, e.kind, e.base_url, e.model, e.catalog_model, e.params, "
    "re.run_id");

ResponseRecord responseFromRow(const QSqlQuery &q)
{
    ResponseRecord r;
    r.id = q.value(0).toLongLong();
    r.position = q.value(1).toInt();
    r.status = ResponseRecord::statusFromName(q.value(2).toString()).value_or(ResponseRecord::Status::Interrupted);
    r.result.text = q.value(3).toString();
    r.result.finishReason = q.value(4).toString();
    r.result.inputTokens = optionalInt(q.value(5));
    r.result.outputTokens = optionalInt(q.value(6));
    r.result.ttftMs = optionalDouble(q.value(7));
    r.result.latencyMs = q.value(8).toDouble();
    r.tokensPerSecond = optionalDouble(q.value(9));
    r.result.attempts = q.value(10).toInt();
    if (!q.value(11).isNull()) {
        ChatError error;
        error.kind = errorKindFromName(q.value(11).toString()).value_or(ChatError::Kind::Connection);
        error.httpStatus = q.value(12).toInt();
        error.message = q.value(13).toString();
        error.providerMessage = q.value(14).toString();
        error.endpointName = q.value(21).toString();
        r.result.error = error;
    }
    r.costUsd = optionalDouble(q.value(15));
    if (!q.value(16).isNull()) {
        PriceSnapshot price;
        price.catalogModel = q.value(16).toString();
        price.inputPerMTok = q.value(17).toDouble();
        price.outputPerMTok = q.value(18).toDouble();
        price.catalogName = q.value(19).toString();
        price.catalogDate = QDate::fromString(q.value(20).toString(), Qt::ISODate);
        r.price = price;
    }
    r.endpoint.name = q.value(21).toString();
    r.endpoint.kind = endpointKindFromName(q.value(22).toString()).value_or(EndpointKind::OpenAi);
    r.endpoint.baseUrl = QUrl(q.value(23).toString());
    r.endpoint.model = q.value(24).toString();
    r.endpoint.catalogModel = q.value(25).toString();
    const QJsonObject params = parseJson(q.value(26));
    if (params.contains(QStringLiteral("temperature")))
        r.endpoint.temperature = params.value(QStringLiteral("temperature")).toDouble();
    if (params.contains(QStringLiteral("max_tokens")))
        r.endpoint.maxTokens = params.value(QStringLiteral("max_tokens")).toInt();
    r.endpoint.systemPrompt = params.value(QStringLiteral("system_prompt")).toString();
    if (params.contains(QStringLiteral("max_time_ms")))
        r.endpoint.maxTimeMs = params.value(QStringLiteral("max_time_ms")).toInt();
    r.endpoint.idleTimeoutMs = params.value(QStringLiteral("idle_timeout_ms")).toInt(r.endpoint.idleTimeoutMs);
    return r;
}

/// Binds the response's values in kResponseValueColumns order: appended (first < 0) or from
/// position `first` of a kept prepared statement.
void bindResponse(QSqlQuery &q, const ResponseRecord &r, int first = -1)
{
    int next = first;
    auto bind = [&q, &next](const QVariant &value) {
        if (next < 0)
            q.addBindValue(value);
        else
            q.bindValue(placeholder(next++), value);
    };
    bind(ResponseRecord::statusName(r.status));
    bind(notNull(r.result.text));
    bind(notNull(r.result.finishReason));
    bind(orNull(r.result.inputTokens));
    bind(orNull(r.result.outputTokens));
    bind(orNull(r.result.ttftMs));
    bind(r.result.latencyMs);
    bind(orNull(r.tokensPerSecond));
    bind(r.result.attempts);
    if (r.result.error) {
        const ChatError &e = *r.result.error;
        bind(ChatError::kindName(e.kind));
        bind(e.httpStatus);
        // Provider code already redacts; doing it again here keeps the file safe whoever wrote the message.
        bind(redact(e.message));
        bind(redact(e.providerMessage));
    } else {
        for (int i = 0; i < 4; ++i)
            bind(QVariant());
    }
    bind(orNull(r.costUsd));
    if (r.price) {
        bind(r.price->catalogModel);
        bind(r.price->inputPerMTok);
        bind(r.price->outputPerMTok);
        bind(r.price->catalogName);
        bind(r.price->catalogDate.toString(Qt::ISODate));
    } else {
        for (int i = 0; i < 5; ++i)
            bind(QVariant());
    }
}

const QString kResponseValueColumns = QStringLiteral(
    "status, text, finish_reason, input_tokens, output_tokens, ttft_ms, latency_ms, tokens_per_second, attempts, "
    "error_kind, error_status, error_message, provider_message, cost_usd, price_catalog_model, price_input_per_mtok, "
    "price_output_per_mtok, price_catalog_name, price_catalog_date");
} // namespace

RunRepository::RunRepository(Database &database)
    : m_database(database)
    , m_db(database.connection())
{ }

Status RunRepository::fail(const QString &what, const QString &error) const
{
    return Status::failure(Texts::tr("%1 in the history database %2: %3").arg(what, m_database.path(), error));
}

Status RunRepository::beginTransaction()
{
    if (!m_db.isOpen())
        return Status::failure(Texts::tr("No history database is open."));
    if (!m_db.transaction())
        return fail(Texts::tr("Cannot start a transaction"), m_db.lastError().text());
    return success();
}

Status RunRepository::endTransaction(const Status &status)
{
    if (!status.ok()) {
        m_db.rollback();
        return status;
    }
    if (!m_db.commit()) {
        const QString error = m_db.lastError().text();
        m_db.rollback();
        return fail(Texts::tr("Cannot commit"), error);
    }
    return success();
}

Result<qint64> RunRepository::endpointId(const Endpoint &endpoint)
{
    // A run has a handful of endpoints, the same ones run after run: comparing them field by
    // field is cheaper than formatting a key for each response of a bulk insert.
    for (const auto &[known, id] : std::as_const(m_recentEndpoints)) {
        if (known == endpoint)
            return id;
    }
    // The cache key is built from the raw fields (cheap); redaction and JSON only on a miss.
    const QString key = QStringList{endpoint.name,
                                    endpointKindName(endpoint.kind),
                                    endpoint.baseUrl.toString(),
                                    endpoint.model,
                                    endpoint.catalogModel,
                                    QString::number(endpoint.temperature.value_or(-1.0)),
                                    QString::number(endpoint.maxTokens.value_or(-1)),
                                    endpoint.systemPrompt,
                                    QString::number(endpoint.maxTimeMs.value_or(-1)),
                                    QString::number(endpoint.idleTimeoutMs)}
                            .join(QChar(0x1f));
    if (const auto it = m_endpointIds.constFind(key); it != m_endpointIds.constEnd()) {
        if (m_recentEndpoints.size() < 32)
            m_recentEndpoints.append({endpoint, *it});
        return *it;
    }
    const QString url = redactedUrl(endpoint.baseUrl);
    const QString params = compactJson(endpointParams(endpoint));
    const QString kind = endpointKindName(endpoint.kind);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO endpoints (name, kind, base_url, model, catalog_model, params) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT DO NOTHING"));
    const QVariantList values{notNull(endpoint.name),         kind,  notNull(url), notNull(endpoint.model),
                              notNull(endpoint.catalogModel), params};
    bindAll(q, values);
    if (!q.exec())
        return Result<qint64>::failure(
            fail(Texts::tr("Cannot store endpoint %1").arg(endpoint.name), q.lastError().text()).error());
    q.prepare(QStringLiteral(
        "SELECT id FROM endpoints WHERE name = ? AND kind = ? AND base_url = ? AND model = ? AND catalog_model = ? "
        "AND params = ?"));
    bindAll(q, values);
    if (!q.exec() || !q.next())
        return Result<qint64>::failure(
            fail(Texts::tr("Cannot find endpoint %1").arg(endpoint.name), q.lastError().text()).error());
    const qint64 id = q.value(0).toLongLong();
    m_endpointIds.insert(key, id);
    if (m_recentEndpoints.size() < 32)
        m_recentEndpoints.append({endpoint, id});
    return id;
}

namespace {
/// A statement prepared on first use and kept; values are bound by position on each use.
QSqlQuery *prepared(std::unique_ptr<QSqlQuery> &query, const QSqlDatabase &db, const QString &sql)
{
    if (!query) {
        // A failed prepare shows up as the exec() error, with SQLite's message.
        query = std::make_unique<QSqlQuery>(db);
        query->prepare(sql);
    }
    return query.get();
}

void bindAt(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(placeholder(i), values.at(i));
}

/// The run's summary columns, computed as refreshRunSummary() computes them in SQL.
QVariantList runSummary(const RunRecord &run)
{
    using S = ResponseRecord::Status;
    int errors = 0;
    QStringList models;
    std::optional<double> maxLatency;
    std::optional<double> minTtft;
    std::optional<qint64> outputTokens;
    std::optional<double> cost;
    for (const ResponseRecord &r : run.responses) {
        if (r.status == S::Failed || r.status == S::Interrupted)
            ++errors;
        models << r.endpoint.model;
        if (r.status == S::Complete) {
            maxLatency = std::max(maxLatency.value_or(r.result.latencyMs), r.result.latencyMs);
            if (r.result.ttftMs)
                minTtft = std::min(minTtft.value_or(*r.result.ttftMs), *r.result.ttftMs);
        }
        if (r.result.outputTokens)
            outputTokens = outputTokens.value_or(0) + *r.result.outputTokens;
        if (r.costUsd)
            cost = cost.value_or(0) + *r.costUsd;
    }
    return {int(run.responses.size()),
            errors,
            notNull(models.join(QStringLiteral(", "))),
            orNull(maxLatency),
            orNull(minTtft),
            orNull(outputTokens),
            orNull(cost)};
}
} // namespace

RunRepository::~RunRepository() = default;

Result<qint64> RunRepository::insertRunRow(RunRecord &run)
{
    auto failure = [this](const QString &what, const QSqlQuery &q) {
        return Result<qint64>::failure(fail(what, q.lastError().text()).error());
    };
    QSqlQuery *q = prepared(m_insertPrompt, m_db,
                            QStringLiteral("INSERT INTO prompts (system, user, variables, fts_pending) VALUES (%1, 1)")
                                .arg(placeholders(0, 3)));
    QJsonObject variables;
    for (auto it = run.prompt.variables.cbegin(); it != run.prompt.variables.cend(); ++it)
        variables.insert(it.key(), it.value());
    bindAt(*q,
           {notNull(run.prompt.system), notNull(run.prompt.user),
            variables.isEmpty() ? QStringLiteral("{}") : compactJson(variables)});
    if (!q->exec())
        return failure(Texts::tr("Cannot store the prompt"), *q);
    const qint64 promptId = q->lastInsertId().toLongLong();

    QJsonObject params;
    if (run.temperature)
        params.insert(QStringLiteral("temperature"), *run.temperature);
    if (run.maxTokens)
        params.insert(QStringLiteral("max_tokens"), *run.maxTokens);
    if (!run.startedAt.isValid())
        run.startedAt = QDateTime::currentDateTimeUtc();
    q = prepared(
        m_insertRun, m_db,
        QStringLiteral("INSERT INTO runs (started_at, origin, prompt_id, params, response_count, error_count, models, "
                       "max_latency_ms, min_ttft_ms, output_tokens, total_cost_usd, owner) VALUES (%1)")
            .arg(placeholders(0, 12)));
    bindAt(*q,
           QVariantList{timestamp(run.startedAt), run.origin.isEmpty() ? QStringLiteral("compare") : run.origin,
                        promptId, params.isEmpty() ? QStringLiteral("{}") : compactJson(params)} +
               runSummary(run) + QVariantList{m_database.ownerToken()});
    if (!q->exec())
        return failure(Texts::tr("Cannot store the run"), *q);
    run.id = q->lastInsertId().toLongLong();

    q = prepared(m_insertResponse, m_db,
                 QStringLiteral("INSERT INTO responses (fts_pending, run_id, position, endpoint_id, %1) VALUES (1, %2)")
                     .arg(kResponseValueColumns, placeholders(0, 22)));
    for (ResponseRecord &response : run.responses) {
        const Result<qint64> endpoint = endpointId(response.endpoint);
        if (!endpoint.ok())
            return Result<qint64>::failure(endpoint.error());
        q->bindValue(placeholder(0), run.id);
        q->bindValue(placeholder(1), response.position);
        q->bindValue(placeholder(2), *endpoint);
        bindResponse(*q, response, 3);
        if (!q->exec())
            return failure(Texts::tr("Cannot store response %1").arg(response.position + 1), *q);
        response.id = q->lastInsertId().toLongLong();
    }
    return run.id;
}

Result<qint64> RunRepository::insertRun(RunRecord &run)
{
    qint64 id = 0;
    const Status status = inTransaction([&]() -> Status {
        const Result<qint64> inserted = insertRunRow(run);
        if (!inserted.ok())
            return Status::failure(inserted.error());
        id = *inserted;
        return indexPendingText();
    });
    if (!status.ok())
        return Result<qint64>::failure(status.error());
    return id;
}

Status RunRepository::insertRuns(QList<RunRecord> &runs)
{
    return inTransaction([&]() -> Status {
        for (RunRecord &run : runs) {
            const Result<qint64> inserted = insertRunRow(run);
            if (!inserted.ok())
                return Status::failure(inserted.error());
        }
        return indexPendingText();
    });
}

Status RunRepository::refreshRunSummary(qint64 runId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE runs SET "
        " response_count = (SELECT count(*) FROM responses WHERE run_id = runs.id),"
        " error_count = (SELECT count(*) FROM responses WHERE run_id = runs.id AND status IN ('failed', "
        "'interrupted')),"
        " models = coalesce((SELECT group_concat(model, ', ') FROM (SELECT e.model AS model FROM responses re"
        "   JOIN endpoints e ON e.id = re.endpoint_id WHERE re.run_id = runs.id ORDER BY re.position)), ''),"
        " max_latency_ms = (SELECT max(latency_ms) FROM responses WHERE run_id = runs.id AND status = 'complete'),"
        " min_ttft_ms = (SELECT min(ttft_ms) FROM responses WHERE run_id = runs.id AND status = 'complete'),"
        " output_tokens = (SELECT sum(output_tokens) FROM responses WHERE run_id = runs.id),"
        " total_cost_usd = (SELECT sum(cost_usd) FROM responses WHERE run_id = runs.id)"
        " WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return fail(Texts::tr("Cannot update run %1").arg(runId), q.lastError().text());
    return success();
}

Status RunRepository::indexPendingText()
{
    if (const Status status = indexPendingText(m_db); !status.ok())
        return fail(Texts::tr("Cannot update the search index"), status.error());
    return success();
}

Status RunRepository::indexPendingText(const QSqlDatabase &db)
{
    // Only finished answers: a streaming one would have to be taken out of the index and put back
    // on every batch of deltas. The partial indexes on fts_pending keep both lookups tiny.
    static const char *const statements[] = {
        "INSERT INTO responses_fts(rowid, text) SELECT id, text FROM responses "
        "WHERE fts_pending = 1 AND status NOT IN ('pending', 'streaming')",
        "UPDATE responses SET fts_pending = 0 WHERE fts_pending = 1 AND status NOT IN ('pending', 'streaming')",
        "INSERT INTO prompts_fts(rowid, system, user) SELECT id, system, user FROM prompts WHERE fts_pending = 1",
        "UPDATE prompts SET fts_pending = 0 WHERE fts_pending = 1",
    };
    QSqlQuery q(db);
    for (const char *statement : statements) {
        if (!q.exec(QString::fromLatin1(statement)))
            return Status::failure(q.lastError().text());
    }
    return success();
}

Status RunRepository::appendText(qint64 responseId, const QString &delta)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE responses SET text = text || ?, status = 'streaming' WHERE id = ?"));
    q.addBindValue(notNull(delta));
    q.addBindValue(responseId);
    if (!q.exec())
        return fail(Texts::tr("Cannot store streamed text"), q.lastError().text());
    return success();
}

Status RunRepository::setStatus(qint64 responseId, ResponseRecord::Status status)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE responses SET status = ? WHERE id = ?"));
    q.addBindValue(ResponseRecord::statusName(status));
    q.addBindValue(responseId);
    if (!q.exec())
        return fail(Texts::tr("Cannot store a response status"), q.lastError().text());
    return success();
}

Status RunRepository::writeResponse(qint64 responseId, const ResponseRecord &response)
{
    QString assignments = kResponseValueColumns;
    assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    assignments += QStringLiteral(" = ?");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE responses SET %1 WHERE id = ?").arg(assignments));
    bindResponse(q, response);
    q.addBindValue(responseId);
    if (!q.exec())
        return fail(Texts::tr("Cannot store response %1").arg(response.position + 1), q.lastError().text());
    return success();
}

Result<RunRecord> RunRepository::loadRun(qint64 runId) const
{
    const Result<QList<RunRecord>> runs = loadRuns({runId});
    if (!runs.ok())
        return Result<RunRecord>::failure(runs.error());
    if (runs->isEmpty())
        return Result<RunRecord>::failure(
            Texts::tr("There is no run %1 in the history database %2.").arg(runId).arg(m_database.path()));
    return runs->constFirst();
}

Result<QList<RunRecord>> RunRepository::loadRuns(const QList<qint64> &runIds, bool withText) const
{
    QList<RunRecord> runs;
    if (runIds.isEmpty())
        return runs;
    QStringList ids;
    for (qint64 id : runIds)
        ids << QString::number(id);
    const QString idList = ids.join(QLatin1Char(','));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT r.id, r.started_at, r.origin, r.params, p.system, p.user, p.variables FROM runs r "
                           "JOIN prompts p ON p.id = r.prompt_id WHERE r.id IN (%1)")
                .arg(idList)))
        return Result<QList<RunRecord>>::failure(fail(Texts::tr("Cannot read runs"), q.lastError().text()).error());
    QHash<qint64, RunRecord> byId;
    while (q.next()) {
        RunRecord run;
        run.id = q.value(0).toLongLong();
        run.startedAt = fromTimestamp(q.value(1));
        run.origin = q.value(2).toString();
        const QJsonObject params = parseJson(q.value(3));
        if (params.contains(QStringLiteral("temperature")))
            run.temperature = params.value(QStringLiteral("temperature")).toDouble();
        if (params.contains(QStringLiteral("max_tokens")))
            run.maxTokens = params.value(QStringLiteral("max_tokens")).toInt();
        run.prompt.system = q.value(4).toString();
        run.prompt.user = q.value(5).toString();
        const QJsonObject variables = parseJson(q.value(6));
        for (auto it = variables.begin(); it != variables.end(); ++it)
            run.prompt.variables.insert(it.key(), it.value().toString());
        byId.insert(run.id, run);
    }
    if (!q.exec(QStringLiteral("SELECT %1 FROM responses re JOIN endpoints e ON e.id = re.endpoint_id "
                               "WHERE re.run_id IN (%2) ORDER BY re.run_id, re.position")
                    .arg(withText ? kResponseColumns
                                  : QString(kResponseColumns).replace(QStringLiteral("re.text"), QStringLiteral("''")),
                         idList)))
        return Result<QList<RunRecord>>::failure(
            fail(Texts::tr("Cannot read responses"), q.lastError().text()).error());
    while (q.next()) {
        auto it = byId.find(q.value(27).toLongLong());
        if (it != byId.end())
            it->responses.append(responseFromRow(q));
    }
    for (qint64 id : runIds) {
        if (byId.contains(id))
            runs.append(byId.value(id));
    }
    return runs;
}

Result<QList<RunSummary>> RunRepository::listRuns(const RunFilter &filter, RunSort sort, Qt::SortOrder order, int limit,
                                                  int offset) const
{
    const Where where = whereClause(filter);
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT r.id, r.started_at, r.origin, substr(p.user, 1, 300), r.models, r.response_count, "
                       "r.error_count, r.max_latency_ms, r.min_ttft_ms, r.output_tokens, r.total_cost_usd, "
                       "(SELECT coalesce(sum(value), 0) FROM thumbs t WHERE t.run_id = r.id), "
                       "(SELECT count(*) FROM votes v WHERE v.run_id = r.id), "
                       "(SELECT count(*) FROM responses re WHERE re.run_id = r.id AND re.status = 'cancelled') "
                       "FROM runs r JOIN prompts p ON p.id = r.prompt_id%1 ORDER BY %2 %3, r.id %3 LIMIT ? OFFSET ?")
            .arg(where.sql, sortColumn(sort), direction));
    bindAll(q, where.values);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return Result<QList<RunSummary>>::failure(fail(Texts::tr("Cannot list runs"), q.lastError().text()).error());
    QList<RunSummary> rows;
    while (q.next()) {
        RunSummary s;
        s.id = q.value(0).toLongLong();
        s.startedAt = fromTimestamp(q.value(1));
        s.origin = q.value(2).toString();
        s.prompt = q.value(3).toString();
        s.models = q.value(4).toString();
        s.responses = q.value(5).toInt();
        s.errors = q.value(6).toInt();
        s.maxLatencyMs = optionalDouble(q.value(7));
        s.minTtftMs = optionalDouble(q.value(8));
        s.outputTokens = optionalInt(q.value(9));
        s.costUsd = optionalDouble(q.value(10));
        s.thumbs = q.value(11).toInt();
        s.votes = q.value(12).toInt();
        s.cancelled = q.value(13).toInt();
        rows.append(s);
    }
    return rows;
}

Result<int> RunRepository::countRuns(const RunFilter &filter) const
{
    const Where where = whereClause(filter);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM runs r%1").arg(where.sql));
    bindAll(q, where.values);
    if (!q.exec() || !q.next())
        return Result<int>::failure(fail(Texts::tr("Cannot count runs"), q.lastError().text()).error());
    return q.value(0).toInt();
}

Result<bool> RunRepository::searchTruncated(const RunFilter &filter) const
{
    const QString match = ftsQuery(filter.search);
    if (match.isEmpty() || filter.searchLimit <= 0)
        return false;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM (SELECT rowid FROM responses_fts WHERE responses_fts MATCH ? "
                       "ORDER BY rowid DESC LIMIT %1)), (SELECT count(*) FROM (SELECT rowid FROM prompts_fts "
                       "WHERE prompts_fts MATCH ? ORDER BY rowid DESC LIMIT %1))")
            .arg(filter.searchLimit + 1));
    q.addBindValue(match);
    q.addBindValue(match);
    if (!q.exec() || !q.next())
        return Result<bool>::failure(
            fail(QCoreApplication::translate("RunRepository", "Cannot search runs"), q.lastError().text()).error());
    return q.value(0).toInt() > filter.searchLimit || q.value(1).toInt() > filter.searchLimit;
}

Result<QList<qint64>> RunRepository::runIds(const RunFilter &filter) const
{
    const Where where = whereClause(filter);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id FROM runs r%1 ORDER BY r.started_at DESC, r.id DESC").arg(where.sql));
    bindAll(q, where.values);
    if (!q.exec())
        return Result<QList<qint64>>::failure(fail(Texts::tr("Cannot list runs"), q.lastError().text()).error());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Status RunRepository::deleteRuns(const QList<qint64> &runIds)
{
    if (runIds.isEmpty())
        return success();
    QStringList ids;
    for (qint64 id : runIds)
        ids << QString::number(id);
    const QString idList = ids.join(QLatin1Char(','));
    return inTransaction([&]() -> Status {
        QSqlQuery q(m_db);
        // Prompts belong to one run each: collect them before the runs go, delete them after.
        const QString statements[] = {
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS doomed_prompts (id INTEGER PRIMARY KEY)"),
            QStringLiteral("DELETE FROM doomed_prompts"),
            QStringLiteral("INSERT OR IGNORE INTO doomed_prompts SELECT prompt_id FROM runs WHERE id IN (%1)")
                .arg(idList),
            QStringLiteral("DELETE FROM runs WHERE id IN (%1)").arg(idList),
            QStringLiteral("DELETE FROM prompts WHERE id IN (SELECT id FROM doomed_prompts) "
                           "AND id NOT IN (SELECT prompt_id FROM runs)"),
        };
        for (const QString &statement : statements) {
            if (!q.exec(statement))
                return fail(Texts::tr("Cannot delete runs"), q.lastError().text());
        }
        return success();
    });
}

QStringList RunRepository::endpointNames() const
{
    QSqlQuery q(m_db);
    QStringList names;
    if (q.exec(QStringLiteral("SELECT DISTINCT name FROM endpoints ORDER BY name COLLATE NOCASE"))) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

QStringList RunRepository::models() const
{
    QSqlQuery q(m_db);
    QStringList names;
    if (q.exec(QStringLiteral("SELECT DISTINCT model FROM endpoints ORDER BY model COLLATE NOCASE"))) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}
