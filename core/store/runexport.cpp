// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "runexport.h"

#include "common/csv.h"
#include "common/numberformat.h"
#include "providers/redact.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringList>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(RunExport)
};

template<typename T>
QJsonValue jsonOrNull(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

template<typename T>
QString textOrEmpty(const std::optional<T> &value)
{
    return value ? NumberFormat::machine(double(*value)) : QString();
}

QJsonObject responseToJson(const ResponseRecord &r)
{
    QJsonObject endpoint{
        {QStringLiteral("name"), r.endpoint.name},
        {QStringLiteral("kind"), endpointKindName(r.endpoint.kind)},
        {QStringLiteral("base_url"), redactedUrl(r.endpoint.baseUrl)},
        {QStringLiteral("model"), r.endpoint.model},
        {QStringLiteral("catalog_model"), r.endpoint.catalogModel},
    };
    QJsonObject o{
        {QStringLiteral("id"), double(r.id)},
        {QStringLiteral("position"), r.position},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("status"), ResponseRecord::statusName(r.status)},
        {QStringLiteral("text"), r.result.text},
        {QStringLiteral("finish_reason"), r.result.finishReason},
        {QStringLiteral("input_tokens"), jsonOrNull(r.result.inputTokens)},
        {QStringLiteral("output_tokens"), jsonOrNull(r.result.outputTokens)},
        {QStringLiteral("ttft_ms"), jsonOrNull(r.result.ttftMs)},
        {QStringLiteral("latency_ms"), r.result.latencyMs},
        {QStringLiteral("tokens_per_second"), jsonOrNull(r.tokensPerSecond)},
        {QStringLiteral("attempts"), r.result.attempts},
        {QStringLiteral("cost_usd"), jsonOrNull(r.costUsd)},
    };
    if (r.price) {
        o.insert(QStringLiteral("price"),
                 QJsonObject{
                     {QStringLiteral("catalog_model"), r.price->catalogModel},
                     {QStringLiteral("input_per_mtok"), r.price->inputPerMTok},
                     {QStringLiteral("output_per_mtok"), r.price->outputPerMTok},
                     {QStringLiteral("catalog"), r.price->catalogName},
                     {QStringLiteral("catalog_date"), r.price->catalogDate.toString(Qt::ISODate)},
                 });
    }
    if (r.result.error) {
        o.insert(QStringLiteral("error"),
                 QJsonObject{
                     {QStringLiteral("kind"), ChatError::kindName(r.result.error->kind)},
                     {QStringLiteral("http_status"), r.result.error->httpStatus},
                     {QStringLiteral("message"), redact(r.result.error->message)},
                 });
    }
    return o;
}

const QStringList kCsvColumns{
    QStringLiteral("run_id"),
    QStringLiteral("started_at"),
    QStringLiteral("origin"),
    QStringLiteral("system"),
    QStringLiteral("user"),
    QStringLiteral("position"),
    QStringLiteral("endpoint"),
    QStringLiteral("kind"),
    QStringLiteral("base_url"),
    QStringLiteral("model"),
    QStringLiteral("catalog_model"),
    QStringLiteral("status"),
    QStringLiteral("finish_reason"),
    QStringLiteral("input_tokens"),
    QStringLiteral("output_tokens"),
    QStringLiteral("ttft_ms"),
    QStringLiteral("latency_ms"),
    QStringLiteral("tokens_per_second"),
    QStringLiteral("attempts"),
    QStringLiteral("cost_usd"),
    QStringLiteral("price_input_per_mtok"),
    QStringLiteral("price_output_per_mtok"),
    QStringLiteral("price_catalog"),
    QStringLiteral("price_catalog_date"),
    QStringLiteral("error_kind"),
    QStringLiteral("error_status"),
    QStringLiteral("error_message"),
    QStringLiteral("text"),
};

QByteArray csv(const QList<RunRecord> &runs)
{
    QString out = Csv::row(kCsvColumns);
    for (const RunRecord &run : runs) {
        for (const ResponseRecord &r : run.responses) {
            const QStringList fields{
                QString::number(run.id),
                run.startedAt.toUTC().toString(Qt::ISODateWithMs),
                run.origin,
                run.prompt.system,
                run.prompt.user,
                QString::number(r.position),
                r.endpoint.name,
                endpointKindName(r.endpoint.kind),
                redactedUrl(r.endpoint.baseUrl),
                r.endpoint.model,
                r.endpoint.catalogModel,
                ResponseRecord::statusName(r.status),
                r.result.finishReason,
                textOrEmpty(r.result.inputTokens),
                textOrEmpty(r.result.outputTokens),
                textOrEmpty(r.result.ttftMs),
                NumberFormat::machine(r.result.latencyMs),
                textOrEmpty(r.tokensPerSecond),
                QString::number(r.result.attempts),
                textOrEmpty(r.costUsd),
                r.price ? NumberFormat::machine(r.price->inputPerMTok) : QString(),
                r.price ? NumberFormat::machine(r.price->outputPerMTok) : QString(),
                r.price ? r.price->catalogName : QString(),
                r.price ? r.price->catalogDate.toString(Qt::ISODate) : QString(),
                r.result.error ? ChatError::kindName(r.result.error->kind) : QString(),
                r.result.error ? QString::number(r.result.error->httpStatus) : QString(),
                r.result.error ? redact(r.result.error->message) : QString(),
                r.result.text,
            };
            out += Csv::row(fields);
        }
    }
    return out.toUtf8();
}
} // namespace

std::optional<RunExportFormat> runExportFormatFromName(QStringView name)
{
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return RunExportFormat::Csv;
    if (name.compare(u"json", Qt::CaseInsensitive) == 0)
        return RunExportFormat::Json;
    if (name.compare(u"jsonl", Qt::CaseInsensitive) == 0 || name.compare(u"ndjson", Qt::CaseInsensitive) == 0)
        return RunExportFormat::Jsonl;
    return std::nullopt;
}

std::optional<RunExportFormat> runExportFormatForPath(const QString &path)
{
    return runExportFormatFromName(QFileInfo(path).suffix());
}

QJsonObject runToJson(const RunRecord &run)
{
    QJsonObject variables;
    for (auto it = run.prompt.variables.cbegin(); it != run.prompt.variables.cend(); ++it)
        variables.insert(it.key(), it.value());
    QJsonArray responses;
    for (const ResponseRecord &r : run.responses)
        responses.append(responseToJson(r));
    return QJsonObject{
        {QStringLiteral("run_id"), double(run.id)},
        {QStringLiteral("started_at"), run.startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("origin"), run.origin},
        {QStringLiteral("prompt"),
         QJsonObject{{QStringLiteral("system"), run.prompt.system},
                     {QStringLiteral("user"), run.prompt.user},
                     {QStringLiteral("variables"), variables}}},
        {QStringLiteral("temperature"), jsonOrNull(run.temperature)},
        {QStringLiteral("max_tokens"), jsonOrNull(run.maxTokens)},
        {QStringLiteral("responses"), responses},
    };
}

QByteArray exportRuns(const QList<RunRecord> &runs, RunExportFormat format)
{
    switch (format) {
    case RunExportFormat::Csv:
        return csv(runs);
    case RunExportFormat::Json: {
        QJsonArray array;
        for (const RunRecord &run : runs)
            array.append(runToJson(run));
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    case RunExportFormat::Jsonl: {
        QByteArray out;
        for (const RunRecord &run : runs)
            out += QJsonDocument(runToJson(run)).toJson(QJsonDocument::Compact) + '\n';
        return out;
    }
    }
    return {};
}

Status writeRunsExport(const QString &path, const QList<RunRecord> &runs, RunExportFormat format)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            Texts::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(exportRuns(runs, format));
    if (!file.commit())
        return Status::failure(
            Texts::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return success();
}
