// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "commandline.h"

#include "cascadecommand.h"
#include "catalogcommand.h"
#include "chartcommand.h"
#include "clisupport.h"
#include "clitexts.h"
#include "comparecommand.h"
#include "costcommand.h"
#include "dbcommand.h"
#include "endpointcommand.h"
#include "evalcommand.h"
#include "historycommand.h"
#include "memocommand.h"
#include "recommendcommand.h"
#include "routecommand.h"
#include "simulatecascadecommand.h"

#include "catalog/catalogregistry.h"

#include <QTextStream>

namespace {

const SubCommand *findSubCommand(const QString &name)
{
    for (const SubCommand &c : subCommands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}
} // namespace

CommandLine::CommandLine(QTextStream &out, QTextStream &err, QString userCatalogDir)
    : m_context{
          out, err, userCatalogDir.isEmpty() ? CatalogRegistry::defaultUserCatalogDir() : std::move(userCatalogDir), {}}
{
    m_context.compareListeners.append(HistoryCli::compareStoring());
}

bool CommandLine::wantsCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return findSubCommand(first) || first == QLatin1String("--version") || first == QLatin1String("-v") ||
        first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help") ||
        !first.startsWith(QLatin1Char('-'));
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    const SubCommand *command = arguments.size() >= 2 ? findSubCommand(arguments.at(1)) : nullptr;
    return command && command->needsGui;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = QStringList{arguments.value(0) + QLatin1Char(' ') + command} + arguments.mid(2);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_context.out << "rightsize " << RIGHTSIZE_VERSION << '\n';
        return ExitCode::Ok;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return printHelp();
    if (const SubCommand *sub = findSubCommand(command))
        return sub->run(m_context, rest);
    return m_context.usageError({}, CliTexts::tr("unknown command \"%1\"; see 'rightsize --help'").arg(command));
}

int CommandLine::printHelp()
{
    QTextStream &out = m_context.out;
    out << CliTexts::tr("Usage: rightsize [COMMAND] [OPTIONS]") << '\n'
        << CliTexts::tr("Without a command, opens the Rightsize workbench window.") << "\n\n"
        << CliTexts::tr("Commands:") << '\n';
    for (const SubCommand &c : subCommands())
        out << "  " << c.name.leftJustified(18) << c.summary << '\n';
    out << '\n'
        << CliTexts::tr("Options:") << '\n'
        << "  --version         " << CliTexts::tr("Print the version") << '\n'
        << "  --help            " << CliTexts::tr("Print this help; 'rightsize COMMAND --help' for a command's options")
        << '\n';
    return ExitCode::Ok;
}

const QList<SubCommand> &subCommands()
{
    static const QList<SubCommand> table{
        {QStringLiteral("recommend"),
         CliTexts::tr("Recommend a model tier and concrete models for a task's requirements"), false,
         &runRecommendCommand},
        {QStringLiteral("cost"), CliTexts::tr("Monthly cost and cost per request of one or more models at a volume"),
         false, &runCostCommand},
        {QStringLiteral("catalog"), CliTexts::tr("List, show and import model catalogs"), false, &runCatalogCommand},
        {QStringLiteral("export-chart"),
         CliTexts::tr("Export the cost-versus-quality or monthly-cost chart (PNG, SVG, PDF)"), true,
         &runExportChartCommand},
        {QStringLiteral("memo"), CliTexts::tr("Write a decision memo (Markdown, HTML, PDF)"), true, &runMemoCommand},
        {QStringLiteral("compare"),
         CliTexts::tr("Run one prompt through several endpoints side by side, with latency, tokens and cost"), false,
         &runCompareCommand},
        {QStringLiteral("endpoint"),
         CliTexts::tr("Add, list, test and remove endpoints; store their keys in the keychain"), false,
         &runEndpointCommand},
        {QStringLiteral("history"), CliTexts::tr("List, show and export the stored comparison runs"), false,
         &runHistoryCommand},
        {QStringLiteral("db"), CliTexts::tr("Check, back up and restore the history database"), false, &runDbCommand},
        {QStringLiteral("route"),
         CliTexts::tr("Decide a prompt's tier with the routing rules and ask it, escalating on failure"), false,
         &runRouteCommand},
        {QStringLiteral("cascade"), CliTexts::tr("Ask endpoints smallest first until an answer is confident enough"),
         false, &runCascadeCommand},
        {QStringLiteral("simulate-cascade"),
         CliTexts::tr("Replay stored runs through a cascade for a sweep of thresholds: cost versus quality"), false,
         &runSimulateCascadeCommand},
        {QStringLiteral("eval"),
         CliTexts::tr("Run evaluation sets across endpoints; list, show and export their results"), false,
         &runEvalCommand},
    };
    return table;
}
