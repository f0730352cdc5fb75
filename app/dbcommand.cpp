// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "dbcommand.h"

#include "commandline.h"
#include "historycommand.h"

#include "store/database.h"
#include "store/runrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(DbCommand)
};

const QString kCommand = QStringLiteral("db");
} // namespace

int runDbCommand(CommandContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Texts::tr("The history database.\n"
                  "  db check            PRAGMA integrity_check; exit 1 when it finds problems\n"
                  "  db backup FILE      a consistent copy (VACUUM INTO); never overwrites FILE\n"
                  "  db restore FILE     replace the database with a checked backup (the old file is kept aside)"));
    parser.addPositionalArgument(QStringLiteral("action"), Texts::tr("check, backup or restore"));
    parser.addOptions({HistoryCli::databaseOption(), Cli::jsonOption()});
    if (const auto exit = Cli::parseOrExit(context, kCommand, parser, arguments))
        return *exit;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (action == QLatin1String("check")) {
        if (args.size() != 1)
            return context.usageError(kCommand, Texts::tr("check takes no FILE; use --db PATH"));
    } else if (action == QLatin1String("backup") || action == QLatin1String("restore")) {
        if (args.size() != 2)
            return context.usageError(kCommand, Texts::tr("%1 expects one FILE").arg(action));
    } else {
        return context.usageError(kCommand,
                                  Texts::tr("expects check, backup FILE or restore FILE; see 'rightsize db --help'"));
    }

    Database db;
    if (const Status opened = HistoryCli::openDatabase(db, parser); !opened)
        return context.failure(kCommand, opened.error());
    const QString path = QDir::toNativeSeparators(db.path());

    if (action == QLatin1String("check")) {
        const Result<QStringList> check = db.integrityCheck();
        if (!check)
            return context.failure(kCommand, check.error());
        const bool ok = *check == QStringList{QStringLiteral("ok")};
        const int runs = RunRepository(db).countRuns({}).ok() ? RunRepository(db).countRuns({}).value() : 0;
        if (json) {
            context.printJson(
                QJsonObject{{QStringLiteral("database"), path},
                            {QStringLiteral("ok"), ok},
                            {QStringLiteral("schema_version"), db.schemaVersion()},
                            {QStringLiteral("runs"), runs},
                            {QStringLiteral("problems"), ok ? QJsonArray() : QJsonArray::fromStringList(*check)}});
        } else if (ok) {
            context.out << Texts::tr("%1: ok (schema version %2, %3 runs)")
                               .arg(path, QString::number(db.schemaVersion()), QString::number(runs))
                        << '\n';
        } else {
            context.out << Texts::tr("%1: integrity check found problems:").arg(path) << '\n';
            for (const QString &line : *check)
                context.out << "  " << line << '\n';
        }
        context.out.flush();
        return ok ? ExitCode::Ok : ExitCode::Failure;
    }

    const QString file = args.at(1);
    const Status done = action == QLatin1String("backup") ? db.backup(file) : db.restore(file);
    if (!done)
        return context.failure(kCommand, done.error());
    const QString message = action == QLatin1String("backup")
        ? Texts::tr("Backed up %1 to %2").arg(path, QDir::toNativeSeparators(file))
        : Texts::tr("Restored %1 from %2").arg(path, QDir::toNativeSeparators(file));
    if (json)
        context.printJson(QJsonObject{
            {QStringLiteral("database"), path},
            {action == QLatin1String("backup") ? QStringLiteral("backup") : QStringLiteral("restored_from"), file}});
    else
        context.out << message << '\n';
    context.out.flush();
    return ExitCode::Ok;
}
