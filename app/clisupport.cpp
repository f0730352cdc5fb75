// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "clisupport.h"

#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
}

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
    return {QStringLiteral("json"), Texts::tr("Print one JSON document instead of text.")};
}

QCommandLineOption catalogOption()
{
    return {QStringLiteral("catalog"), Texts::tr("Catalog name (see 'catalog names') or catalog file (default: current)."),
            QStringLiteral("NAME|FILE"), QStringLiteral("current")};
}

std::optional<int> parseOrExit(const CommandContext &context, const QString &command, QCommandLineParser &parser,
                               const QStringList &arguments)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, Texts::tr("Show this help."));
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
}
