// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalogdiffcommand.h"

#include "clitexts.h"
#include "commandline.h"
#include "texttable.h"

#include "catalog/catalogdiff.h"
#include "catalog/catalogregistry.h"
#include "common/money.h"
#include "common/numberformat.h"
#include "report/recommendationjson.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace {

const QString kCommand = QStringLiteral("catalog diff");

/// A figure for machine output: NumberFormat::machine()'s digits, so that a price read as
/// 1.5e-07 per token shows as 0.15, not 0.15000000000000002.
QJsonValue machineNumber(double value)
{
    return std::isfinite(value) ? QJsonValue(NumberFormat::machine(value).toDouble()) : QJsonValue(QJsonValue::Null);
}

QJsonObject sideJson(const QString &id, bool known, double input, double output, const Provenance &source)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("price_known"), known},
        {QStringLiteral("input_per_1m_usd"), known ? machineNumber(input) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("output_per_1m_usd"), known ? machineNumber(output) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("catalog"), source.catalog},
        {QStringLiteral("date"),
         source.date.isValid() ? QJsonValue(source.date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("origin"), source.origin}};
}

QJsonObject rowJson(const PriceDisagreement &d)
{
    return QJsonObject{{QStringLiteral("name"), d.displayName},
                       {QStringLiteral("a"), sideJson(d.idA, d.knownA, d.inputA, d.outputA, d.sourceA)},
                       {QStringLiteral("b"), sideJson(d.idB, d.knownB, d.inputB, d.outputB, d.sourceB)},
                       // null: unknown (a price missing), or infinite (one side's $0 against a price).
                       {QStringLiteral("difference_percent"),
                        d.knownA && d.knownB ? machineNumber(d.differencePercent) : QJsonValue(QJsonValue::Null)}};
}

QString price(bool known, double value)
{
    return known ? formatUsdPrecise(value) : CliTexts::tr("unknown");
}

QString source(const Provenance &p)
{
    return p.date.isValid() ? CliTexts::tr("%1, %2").arg(p.catalog, p.date.toString(Qt::ISODate)) : p.catalog;
}

QString difference(const PriceDisagreement &d)
{
    if (!d.knownA || !d.knownB)
        return CliTexts::tr("unknown");
    if (!std::isfinite(d.differencePercent))
        return CliTexts::tr("$0 in one");
    return NumberFormat::fixed(d.differencePercent, 1) + QStringLiteral(" %");
}

} // namespace

int runCatalogDiffCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTexts::tr("The models two catalogs price differently: matched by id, else by name without provider, "
                     "date and variant (gpt-4o-mini = openai/gpt-4o-mini). A and B are catalog names or files in "
                     "the Rightsize, LiteLLM, models.dev or OpenRouter format."));
    parser.addPositionalArgument(QStringLiteral("A"), CliTexts::tr("the first catalog (name or file)"));
    parser.addPositionalArgument(QStringLiteral("B"), CliTexts::tr("the second catalog (name or file)"));
    const QCommandLineOption threshold(
        QStringLiteral("threshold"),
        CliTexts::tr("List models whose input or output price differs by more than PCT % of the lower figure "
                     "(default: %1).")
            .arg(NumberFormat::upTo(kDefaultCrossCheckThresholdPercent, 2)),
        QStringLiteral("PCT"));
    const QCommandLineOption json = Cli::jsonOption();
    parser.addOptions({threshold, json});
    if (const auto exit = Cli::parseOrExit(context, kCommand, parser, arguments))
        return *exit;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usageError(kCommand, CliTexts::tr("expects two catalogs, A and B"));
    double thresholdPercent = kDefaultCrossCheckThresholdPercent;
    if (parser.isSet(threshold)) {
        bool ok = false;
        thresholdPercent = parser.value(threshold).toDouble(&ok);
        if (!ok || !std::isfinite(thresholdPercent) || thresholdPercent < 0)
            return context.usageError(
                kCommand,
                CliTexts::tr("--threshold expects a percentage of 0 or more, not “%1”").arg(parser.value(threshold)));
    }

    const CatalogRegistry registry(context.userCatalogDir);
    const Result<Catalog> a = registry.load(args.at(0));
    if (!a)
        return context.usageError(kCommand, a.error());
    const Result<Catalog> b = registry.load(args.at(1));
    if (!b)
        return context.usageError(kCommand, b.error());
    const PriceCrossCheck check = crossCheckPrices(*a, *b, thresholdPercent);

    if (parser.isSet(json)) {
        QJsonArray disagreements;
        for (const PriceDisagreement &d : check.disagreements)
            disagreements.append(rowJson(d));
        QJsonArray unpriced;
        for (const PriceDisagreement &d : check.unpriced)
            unpriced.append(rowJson(d));
        context.printJson(QJsonObject{{QStringLiteral("a"), RecommendationJson::catalogSummary(*a)},
                                      {QStringLiteral("b"), RecommendationJson::catalogSummary(*b)},
                                      {QStringLiteral("threshold_percent"), machineNumber(thresholdPercent)},
                                      {QStringLiteral("counts"),
                                       QJsonObject{{QStringLiteral("matched"), check.matched()},
                                                   {QStringLiteral("compared"), check.compared},
                                                   {QStringLiteral("differ"), int(check.disagreements.size())},
                                                   {QStringLiteral("unpriced"), int(check.unpriced.size())},
                                                   {QStringLiteral("only_in_a"), int(check.onlyInA.size())},
                                                   {QStringLiteral("only_in_b"), int(check.onlyInB.size())}}},
                                      {QStringLiteral("disagreements"), disagreements},
                                      {QStringLiteral("unpriced"), unpriced},
                                      {QStringLiteral("only_in_a"), QJsonArray::fromStringList(check.onlyInA)},
                                      {QStringLiteral("only_in_b"), QJsonArray::fromStringList(check.onlyInB)}});
        return ExitCode::Ok;
    }

    QTextStream &out = context.out;
    for (const auto &[label, c] : {std::pair{QStringLiteral("A"), &*a}, std::pair{QStringLiteral("B"), &*b}})
        out << CliTexts::tr("%1: %2 (%3, %4 models)")
                   .arg(label, c->name, c->date.toString(Qt::ISODate), QString::number(c->models.size()))
            << '\n';
    const QList<PriceDisagreement> rows = check.disagreements + check.unpriced;
    if (rows.isEmpty()) {
        out << CliTexts::tr("No model is priced more than %1 % apart.").arg(NumberFormat::upTo(thresholdPercent, 2))
            << '\n';
    } else {
        TextTable table({CliTexts::tr("model"), CliTexts::tr("A in $/1M"), CliTexts::tr("A out $/1M"),
                         CliTexts::tr("B in $/1M"), CliTexts::tr("B out $/1M"), CliTexts::tr("difference"),
                         CliTexts::tr("A source"), CliTexts::tr("B source")},
                        {false, true, true, true, true, true, false, false});
        for (const PriceDisagreement &d : rows) {
            const QString model = d.idA == d.idB ? d.idA : CliTexts::tr("%1 (B: %2)").arg(d.idA, d.idB);
            table.addRow({model, price(d.knownA, d.inputA), price(d.knownA, d.outputA), price(d.knownB, d.inputB),
                          price(d.knownB, d.outputB), difference(d), source(d.sourceA), source(d.sourceB)});
        }
        out << table.toString();
    }
    out << check.summary() << '\n';
    out.flush();
    return ExitCode::Ok;
}
