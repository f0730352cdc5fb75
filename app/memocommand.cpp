// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "memocommand.h"

#include "clitexts.h"
#include "commandline.h"
#include "inputoptions.h"
#include "scenario.h"

#include "decision/recommendation.h"
#include "export/memoexport.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

int runMemoCommand(CommandContext &context, const QStringList &arguments)
{
    const QString name = QStringLiteral("memo");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTexts::tr("Writes a decision memo (Markdown, HTML or PDF, from the file name): requirements, "
                     "recommendation and its reasoning, candidates, both charts, assumptions and sources."));
    const InputOptions inputs(InputOptions::All);
    inputs.addTo(parser);
    const QCommandLineOption out(QStringLiteral("out"), CliTexts::tr("Output file: .md, .html or .pdf."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption catalogName = Cli::catalogOption();
    parser.addOptions({out, catalogName});
    if (const auto exit = Cli::parseOrExit(context, name, parser, arguments))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(
            name, CliTexts::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(out))
        return context.usageError(name, CliTexts::tr("--out FILE is required"));
    const QString suffix = QFileInfo(parser.value(out)).suffix().toLower();
    if (suffix != QLatin1String("md") && suffix != QLatin1String("html") && suffix != QLatin1String("pdf"))
        return context.usageError(
            name, CliTexts::tr("cannot tell the format of \"%1\": use .md, .html or .pdf").arg(parser.value(out)));
    const Result<Scenario> scenario = Scenario::load(parser, inputs, catalogName, context.userCatalogDir);
    if (!scenario)
        return context.usageError(name, scenario.error());
    const Recommendation r = recommend(scenario->catalog, scenario->input);
    if (const Status written = exportMemo(scenario->catalog, scenario->input, r, parser.value(out)); !written) {
        return context.failure(name, written.error());
    }
    context.out << CliTexts::tr("Wrote %1").arg(parser.value(out)) << '\n';
    return ExitCode::Ok;
}
