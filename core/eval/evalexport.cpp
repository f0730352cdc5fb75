// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "evalexport.h"

#include "common/csv.h"
#include "common/numberformat.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringList>

namespace {
QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString optionalText(const std::optional<double> &value)
{
    return value ? NumberFormat::machine(*value) : QString();
}

QString optionalText(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

const QStringList kCsvColumns{
    QStringLiteral("set"),          QStringLiteral("case"),          QStringLiteral("description"),
    QStringLiteral("endpoint"),     QStringLiteral("catalog_model"), QStringLiteral("repeat"),
    QStringLiteral("passed"),       QStringLiteral("score"),         QStringLiteral("latency_ms"),
    QStringLiteral("ttft_ms"),      QStringLiteral("cost_usd"),      QStringLiteral("judge_cost_usd"),
    QStringLiteral("input_tokens"), QStringLiteral("output_tokens"), QStringLiteral("error"),
    QStringLiteral("failures"),     QStringLiteral("prompt"),        QStringLiteral("answer"),
    QStringLiteral("finished_at"),
};
} // namespace

namespace {
struct FormatName
{
    const char16_t *name;
    EvalExport::Format format;
};
// The one list of export format names; the first name of each format is the one shown.
constexpr FormatName kFormatNames[] = {
    {u"csv", EvalExport::Format::Csv},
    {u"json", EvalExport::Format::Json},
    {u"jsonl", EvalExport::Format::Jsonl},
    {u"ndjson", EvalExport::Format::Jsonl},
    {u"promptfoo", EvalExport::Format::Promptfoo},
};
} // namespace

std::optional<EvalExport::Format> EvalExport::formatFromName(QStringView name)
{
    for (const FormatName &entry : kFormatNames)
        if (name.compare(QStringView(entry.name), Qt::CaseInsensitive) == 0)
            return entry.format;
    return std::nullopt;
}

QStringList EvalExport::formatNames()
{
    QStringList names;
    QList<Format> seen;
    for (const FormatName &entry : kFormatNames) {
        if (seen.contains(entry.format))
            continue;
        seen.append(entry.format);
        names.append(QString::fromUtf16(entry.name));
    }
    return names;
}

std::optional<EvalExport::Format> EvalExport::formatForPath(const QString &path)
{
    return formatFromName(QFileInfo(path).suffix());
}

QString EvalExport::cellStatus(const EvalCell &cell)
{
    if (cell.isEmpty())
        return QStringLiteral("not_run");
    if (cell.error)
        return QStringLiteral("error");
    return cell.passed ? QStringLiteral("pass") : QStringLiteral("fail");
}

QJsonObject EvalExport::report(const EvalSet &set, const EvalMatrix &matrix)
{
    QJsonArray endpoints;
    for (const EvalEndpointSummary &s : matrix.summaries) {
        endpoints.append(QJsonObject{
            {QStringLiteral("name"), s.endpointName},
            {QStringLiteral("catalog_model"),
             s.catalogModel.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.catalogModel)},
            {QStringLiteral("pass_rate"), s.passRate},
            {QStringLiteral("weighted_pass_rate"), s.weightedPassRate},
            {QStringLiteral("ci_low"), s.interval.low},
            {QStringLiteral("ci_high"), s.interval.high},
            {QStringLiteral("cases"), s.cases},
            {QStringLiteral("results"), s.results},
            {QStringLiteral("passes"), s.passes},
            {QStringLiteral("errors"), s.errors},
            {QStringLiteral("cost_usd"), s.pricedResults > 0 ? QJsonValue(s.costUsd) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("cost_per_case"), orNull(s.costPerCase)},
            {QStringLiteral("judge_cost_usd"), orNull(s.judgeCostUsd)},
            {QStringLiteral("p50_latency_ms"), orNull(s.p50LatencyMs)},
            {QStringLiteral("p95_latency_ms"), orNull(s.p95LatencyMs)},
        });
    }
    QJsonArray cases;
    for (int row = 0; row < matrix.cells.size(); ++row) {
        QJsonArray results;
        for (int column = 0; column < matrix.endpoints.size(); ++column) {
            const EvalCell &cell = matrix.cell(row, column);
            QJsonArray failures;
            for (const QString &reason : cell.failureReasons)
                failures.append(reason);
            results.append(QJsonObject{
                {QStringLiteral("endpoint"), matrix.endpoints.at(column)},
                {QStringLiteral("status"), cellStatus(cell)},
                {QStringLiteral("runs"), cell.runs},
                {QStringLiteral("passes"), cell.passes},
                {QStringLiteral("score"), cell.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cell.score)},
                {QStringLiteral("latency_ms"),
                 cell.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cell.latencyMs)},
                {QStringLiteral("cost_usd"), orNull(cell.costUsd)},
                {QStringLiteral("answer"), cell.answer},
                {QStringLiteral("failures"), failures},
            });
        }
        cases.append(QJsonObject{
            {QStringLiteral("index"), row},
            {QStringLiteral("description"), row < set.cases.size() ? set.cases.at(row).description : QString()},
            {QStringLiteral("label"), matrix.caseLabels.value(row)},
            {QStringLiteral("results"), results},
        });
    }
    return QJsonObject{
        {QStringLiteral("set"), set.name}, {QStringLiteral("endpoints"), endpoints}, {QStringLiteral("cases"), cases}};
}

QByteArray EvalExport::exportResults(const EvalSet &set, const QList<EvalResult> &results, Format format,
                                     const PromptfooRunInfo &run)
{
    switch (format) {
    case Format::Csv: {
        QString out = Csv::row(kCsvColumns);
        for (const EvalResult &r : results) {
            const QStringList fields{
                set.name,
                QString::number(r.caseIndex + 1),
                r.caseIndex >= 0 && r.caseIndex < set.cases.size() ? set.cases.at(r.caseIndex).description : QString(),
                r.endpointName,
                r.catalogModel,
                QString::number(r.repeat + 1),
                r.passed ? QStringLiteral("true") : QStringLiteral("false"),
                NumberFormat::machine(r.score),
                NumberFormat::machine(r.latencyMs),
                optionalText(r.ttftMs),
                optionalText(r.costUsd),
                optionalText(r.judgeCostUsd),
                optionalText(r.inputTokens),
                optionalText(r.outputTokens),
                r.error,
                r.failureReasons().join(QStringLiteral("; ")),
                r.prompt,
                r.answer,
                r.finishedAt.toUTC().toString(Qt::ISODateWithMs),
            };
            out += Csv::row(fields);
        }
        return out.toUtf8();
    }
    case Format::Json: {
        QJsonArray list;
        for (const EvalResult &r : results)
            list.append(r.toJson());
        return QJsonDocument(QJsonObject{{QStringLiteral("set"), set.name}, {QStringLiteral("results"), list}})
            .toJson(QJsonDocument::Indented);
    }
    case Format::Jsonl: {
        QByteArray out;
        for (const EvalResult &r : results)
            out += QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n';
        return out;
    }
    case Format::Promptfoo:
        return QJsonDocument(PromptfooExport::outputFile(set, results, run)).toJson(QJsonDocument::Indented);
    }
    return {};
}

Status EvalExport::write(const QString &path, const EvalSet &set, const QList<EvalResult> &results, Format format,
                         const PromptfooRunInfo &run)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.write(exportResults(set, results, format, run));
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return success();
}
