// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalog.h"
#include "common/result.h"
#include "providers/endpointstore.h"
#include "routing/pricedendpoint.h"
#include "routing/routingconfig.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>
#include <optional>

class QCommandLineParser;
struct CommandContext;
struct ChatError;

/// What the routing commands (route, cascade, simulate-cascade) share: routing.json, the
/// configured endpoints and the catalog their prices come from.
struct RoutingSetup
{
    RoutingConfig config;
    std::unique_ptr<EndpointStore> endpoints = std::make_unique<EndpointStore>();
    Catalog catalog;
};

class RoutingCli
{
    Q_DECLARE_TR_FUNCTIONS(RoutingCli)
public:
    /// --config FILE (default: routing.json in the app's configuration folder).
    static QCommandLineOption configOption();
    /// Loads --config (or the default file), the endpoints and --catalog; the error names the file.
    static Result<RoutingSetup> load(const QCommandLineParser &parser, const CommandContext &context,
                                     bool needsCatalog = true);

    /// A comma-separated option given once or several times, as one list without empty items.
    static QStringList listValues(const QCommandLineParser &parser, const QString &option);
    /// A number from `min` to `max`, or an error naming the option.
    static Result<double> number(const QCommandLineParser &parser, const QString &option, double min, double max);

    static QJsonValue errorJson(const std::optional<ChatError> &error);
    static QJsonValue optionalNumber(const std::optional<double> &value);
    /// Adds `<prefix>cost_usd` (the priced calls' sum, a lower bound when some call had no
    /// price, null when none had one), `<prefix>cost_known` (every call priced),
    /// `<prefix>unpriced_calls` and `<prefix>cost_estimated` (tokens counted from the text).
    static void insertCost(QJsonObject &object, const CallCost &cost, const QString &prefix = {});
    /// Figures in English notation for tables ("1,234.5").
    static QString figure(double value, int decimals);
};
