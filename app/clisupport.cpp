// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "clisupport.h"

#include "clitexts.h"
#include "commandline.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

int CommandContext::usageError(const QString &command, const QString &message) const
{
    err << "rightsize" << (command.isEmpty() ? QString() : QLatin1Char(' ') + command) << ": " << message << '\n';
    err.flush();
    return ExitCode::BadUsage;
}

int CommandContext::failure(const QString &command, const QString &message) const
{
    usageError(command, message);
    return ExitCode::Failure;
}

void CommandContext::printJson(const QJsonValue &value) const
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << doc.toJson(QJsonDocument::Indented);
    out.flush();
}

namespace Cli {
QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), CliTexts::tr("Print one JSON document instead of text.")};
}

QCommandLineOption catalogOption()
{
    return {QStringLiteral("catalog"),
            CliTexts::tr("Catalog name (see 'catalog names') or catalog file (default: current)."),
            QStringLiteral("NAME|FILE"), QStringLiteral("current")};
}

QList<QCommandLineOption> timeoutOptions()
{
    return {
        {QStringLiteral("timeout-s"),
         CliTexts::tr("Longest silence allowed while waiting for an answer or between its bytes; "
                      "a slow but steady stream is never cut (default: the endpoint's, 60)."),
         QStringLiteral("N")},
        {QStringLiteral("max-time-s"), CliTexts::tr("Longest time per answer, retries included (default: no limit)."),
         QStringLiteral("N")},
    };
}

Result<TimeoutOverrides> readTimeouts(const QCommandLineParser &parser)
{
    TimeoutOverrides timeouts;
    for (const auto &[name, target] : {std::pair{QStringLiteral("timeout-s"), &timeouts.idleTimeoutMs},
                                       std::pair{QStringLiteral("max-time-s"), &timeouts.maxTimeMs}}) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const double seconds = parser.value(name).toDouble(&ok);
        if (!ok || !(seconds > 0))
            return Result<TimeoutOverrides>::failure(
                CliTexts::tr("--%1 expects a positive number of seconds").arg(name));
        // A day at most: beyond it the milliseconds would overflow an int.
        *target = std::max(1, int(std::min(seconds * 1000.0, 24.0 * 3600 * 1000)));
    }
    return timeouts;
}

std::optional<int> parseOrExit(const CommandContext &context, const QString &command, QCommandLineParser &parser,
                               const QStringList &arguments)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  CliTexts::tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments))
        return context.usageError(command, parser.errorText());
    if (parser.isSet(help)) {
        context.out << parser.helpText();
        context.out.flush();
        return ExitCode::Ok;
    }
    return std::nullopt;
}

QList<std::pair<bool, QString>> targetsInOrder(const QStringList &arguments)
{
    QList<std::pair<bool, QString>> targets; // (is ad-hoc target, value)
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        for (const QString &option : {QStringLiteral("endpoint"), QStringLiteral("target")}) {
            const bool target = option == QLatin1String("target");
            for (const QString &dash : {QStringLiteral("--"), QStringLiteral("-")}) {
                const QString name = dash + option;
                if (a == name && i + 1 < arguments.size())
                    targets.append({target, arguments.at(++i)});
                else if (a.startsWith(name + QLatin1Char('=')))
                    targets.append({target, a.mid(name.size() + 1)});
            }
        }
    }
    return targets;
}
} // namespace Cli
