// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "evalreport.h"

#include "commandline.h"
#include "evalcommand.h"
#include "texttable.h"

#include "common/money.h"
#include "eval/evalexport.h"

#include <QJsonArray>
#include <QLocale>

QString EvalReport::figure(double value, int decimals)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value, 'f', decimals);
}

namespace {
QString percent(double share)
{
    return EvalReport::figure(share * 100.0, 1) + QLatin1Char('%');
}

QString milliseconds(const std::optional<double> &value)
{
    return value ? EvalReport::figure(*value, 0) : QStringLiteral("—");
}

QString cellText(const EvalCell &cell)
{
    QString verdict = cell.isEmpty() ? QStringLiteral("—")
        : cell.passed                ? QStringLiteral("PASS")
        : cell.error                 ? QStringLiteral("ERROR")
                                     : QStringLiteral("FAIL");
    if (cell.runs > 1 && cell.passes > 0 && cell.passes < cell.runs)
        verdict += QStringLiteral(" %1/%2").arg(cell.passes).arg(cell.runs);
    return verdict;
}

} // namespace

QString EvalReport::oneLine(QString text, int width)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > width ? text.left(width - 1) + QChar(0x2026) : text;
}

QString EvalReport::statusText(EvalRunInfo::Status status)
{
    switch (status) {
    case EvalRunInfo::Status::Running:
        return EvalReport::tr("running");
    case EvalRunInfo::Status::Finished:
        return EvalReport::tr("finished");
    case EvalRunInfo::Status::Cancelled:
        return EvalReport::tr("cancelled");
    case EvalRunInfo::Status::Interrupted:
        return EvalReport::tr("interrupted");
    }
    return {};
}

QJsonObject EvalReport::runInfoJson(const EvalRunInfo &info)
{
    QJsonArray endpoints;
    for (const QString &name : info.endpoints)
        endpoints.append(name);
    return QJsonObject{
        {QStringLiteral("run_id"), double(info.id)},
        {QStringLiteral("set"), info.setName},
        {QStringLiteral("status"), EvalRunInfo::statusName(info.status)},
        {QStringLiteral("started_at"), info.startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished_at"),
         info.finishedAt.isValid() ? QJsonValue(info.finishedAt.toString(Qt::ISODateWithMs))
                                   : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("endpoints"), endpoints},
        {QStringLiteral("repeat"), info.repeat},
        {QStringLiteral("total"), info.total},
        {QStringLiteral("done"), info.done},
        {QStringLiteral("passed"), info.passed},
    };
}

void EvalReport::print(const CommandContext &context, const EvalRunInfo &info, const EvalSet &set,
                       const EvalMatrix &matrix)
{
    context.out << EvalReport::tr("Evaluation run %1 · set “%2” · %3 · %4 of %5 results")
                       .arg(info.id)
                       .arg(set.name, statusText(info.status))
                       .arg(info.done)
                       .arg(info.total)
                << "\n\n";
    QStringList header{EvalReport::tr("Case")};
    header << matrix.endpoints;
    TextTable cells(header);
    for (int row = 0; row < matrix.cells.size(); ++row) {
        QStringList line{oneLine(matrix.caseLabels.value(row), 40)};
        for (int column = 0; column < matrix.endpoints.size(); ++column)
            line << cellText(matrix.cell(row, column));
        cells.addRow(line);
    }
    context.out << cells.toString() << '\n';

    TextTable summary({EvalReport::tr("Endpoint"), EvalReport::tr("Pass rate"), EvalReport::tr("95% interval"),
                       EvalReport::tr("Cases"), EvalReport::tr("Cost"), EvalReport::tr("Cost/case"),
                       EvalReport::tr("p50 ms"), EvalReport::tr("p95 ms")},
                      {false, true, true, true, true, true, true, true});
    for (const EvalEndpointSummary &s : matrix.summaries) {
        summary.addRow({s.endpointName, percent(s.passRate) + QStringLiteral(" (%1/%2)").arg(s.passes).arg(s.results),
                        percent(s.interval.low) + QStringLiteral("–") + percent(s.interval.high),
                        QString::number(s.cases),
                        s.pricedResults > 0 ? formatUsdPrecise(s.costUsd) : EvalReport::tr("unpriced"),
                        s.costPerCase ? formatUsdPrecise(*s.costPerCase) : QStringLiteral("—"),
                        milliseconds(s.p50LatencyMs), milliseconds(s.p95LatencyMs)});
    }
    context.out << summary.toString();

    QStringList failures;
    for (int row = 0; row < matrix.cells.size(); ++row) {
        for (int column = 0; column < matrix.endpoints.size(); ++column) {
            const EvalCell &cell = matrix.cell(row, column);
            if (cell.isEmpty() || cell.passed)
                continue;
            failures << QStringLiteral("  %1 · %2: %3")
                            .arg(oneLine(matrix.caseLabels.value(row), 40), matrix.endpoints.at(column),
                                 oneLine(cell.failureReasons.join(QStringLiteral("; ")), 200));
        }
    }
    if (!failures.isEmpty())
        context.out << '\n' << EvalReport::tr("Failures:") << '\n' << failures.join(QLatin1Char('\n')) << '\n';
    context.out.flush();
}

QJsonObject EvalReport::json(const EvalRunInfo &info, const EvalSet &set, const EvalMatrix &matrix)
{
    QJsonObject report = EvalExport::report(set, matrix);
    report.insert(QStringLiteral("run_id"), double(info.id));
    report.insert(QStringLiteral("status"), EvalRunInfo::statusName(info.status));
    report.insert(QStringLiteral("total"), info.total);
    report.insert(QStringLiteral("done"), info.done);
    return report;
}

int EvalReport::exitCode(const EvalRunInfo &info, const EvalMatrix &matrix)
{
    if (info.status != EvalRunInfo::Status::Finished)
        return ExitCode::Failure;
    for (const EvalEndpointSummary &s : matrix.summaries) {
        if (s.passes < s.results)
            return EvalCli::kSomeCasesFailed;
    }
    return ExitCode::Ok;
}
