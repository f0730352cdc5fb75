// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "routingcli.h"

#include "clisupport.h"

#include "catalog/catalogregistry.h"
#include "providers/chatresult.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLocale>

QCommandLineOption RoutingCli::configOption()
{
    return {QStringLiteral("config"),
            tr("The routing configuration file (default: %1).")
                .arg(QDir::toNativeSeparators(RoutingConfigStore::defaultPath())),
            QStringLiteral("FILE")};
}

Result<RoutingSetup> RoutingCli::load(const QCommandLineParser &parser, const CommandContext &context,
                                      bool needsCatalog)
{
    using R = Result<RoutingSetup>;
    RoutingSetup setup;
    const RoutingConfigStore store(parser.value(QStringLiteral("config")));
    Result<RoutingConfig> config = store.load();
    if (!config)
        return R::failure(config.error());
    setup.config = std::move(config).value();
    if (const Status loaded = setup.endpoints->load(); !loaded)
        return R::failure(loaded.error());
    if (needsCatalog) {
        const CatalogRegistry registry(context.userCatalogDir);
        Result<Catalog> catalog = registry.load(parser.value(QStringLiteral("catalog")));
        if (!catalog)
            return R::failure(catalog.error());
        setup.catalog = std::move(catalog).value();
    }
    return setup;
}

QStringList RoutingCli::listValues(const QCommandLineParser &parser, const QString &option)
{
    QStringList list;
    for (const QString &value : parser.values(option)) {
        for (const QString &item : value.split(QLatin1Char(','))) {
            if (!item.trimmed().isEmpty())
                list.append(item.trimmed());
        }
    }
    return list;
}

Result<double> RoutingCli::number(const QCommandLineParser &parser, const QString &option, double min, double max)
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value < min || value > max)
        return Result<double>::failure(
            tr("--%1 expects a number from %2 to %3, not “%4”")
                .arg(option, QString::number(min), QString::number(max), parser.value(option)));
    return value;
}

QJsonValue RoutingCli::errorJson(const std::optional<ChatError> &error)
{
    if (!error)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("kind"), ChatError::kindName(error->kind)},
                       {QStringLiteral("http_status"),
                        error->httpStatus ? QJsonValue(error->httpStatus) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("message"), error->message}};
}

QJsonValue RoutingCli::optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

void RoutingCli::insertCost(QJsonObject &object, const CallCost &cost, const QString &prefix)
{
    object.insert(prefix + QStringLiteral("cost_usd"), optionalNumber(cost.knownUsd()));
    object.insert(prefix + QStringLiteral("cost_known"), cost.known());
    object.insert(prefix + QStringLiteral("unpriced_calls"), cost.unpricedCalls);
    object.insert(prefix + QStringLiteral("cost_estimated"), cost.estimated);
}

QString RoutingCli::figure(double value, int decimals)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value, 'f', decimals);
}
