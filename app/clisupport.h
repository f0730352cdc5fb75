// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "providers/endpoint.h"

#include <QCommandLineOption>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class ComparisonRunner;
class QCommandLineParser;
class QTextStream;
struct CommandContext;

/// Something that follows a `compare` run (the history recorder): it adds its own options to the
/// command, and attaches to the runner once it is built and before it starts.
struct CompareListener
{
    std::function<void(QCommandLineParser &parser)> addOptions;
    std::function<void(ComparisonRunner &runner, const QCommandLineParser &parser, const CommandContext &context)>
        attach;
};

/// What every subcommand gets: where to print, where the user's files are, and the listeners
/// that whoever builds the context hands to the commands (nothing installs itself).
struct CommandContext
{
    QTextStream &out;
    QTextStream &err;
    QString userCatalogDir;
    QList<CompareListener> compareListeners;

    /// Prints "rightsize COMMAND: message" on stderr; returns ExitCode::BadUsage.
    int usageError(const QString &command, const QString &message) const;
    /// Same line; returns ExitCode::Failure (the command ran and failed).
    int failure(const QString &command, const QString &message) const;
    void printJson(const QJsonValue &value) const;
};

/// A subcommand implemented in its own file (app/<name>command.cpp), listed in commandline.cpp.
struct SubCommand
{
    QString name;
    QString summary;       ///< one line for 'rightsize --help'
    bool needsGui = false; ///< draws charts: run under a QApplication
    int (*run)(CommandContext &context, const QStringList &arguments) = nullptr;
};
const QList<SubCommand> &subCommands();

namespace Cli {
QCommandLineOption jsonOption();
QCommandLineOption catalogOption();
/// --timeout-s (the longest silence while waiting for the answer or between its bytes, as the
/// SDKs mean their timeout) and --max-time-s (a cap on the whole answer, retries included): the
/// same on every command that calls endpoints.
QList<QCommandLineOption> timeoutOptions();
/// The timeouts given on the command line; an error naming the option when one is not a
/// positive number of seconds.
Result<TimeoutOverrides> readTimeouts(const QCommandLineParser &parser);
/// --endpoint and --target values in the order they were written (results follow that order):
/// (true for an ad-hoc --target, the value).
QList<std::pair<bool, QString>> targetsInOrder(const QStringList &arguments);
/// Adds --help, parses, and handles --help and parse errors itself: returns the exit code when the
/// command should stop there, nothing when it should run.
std::optional<int> parseOrExit(const CommandContext &context, const QString &command, QCommandLineParser &parser,
                               const QStringList &arguments);
} // namespace Cli
