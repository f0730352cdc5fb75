// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "cascade.h"
#include "catalog/tier.h"
#include "common/result.h"
#include "confidenceassessor.h"
#include "pricedendpoint.h"
#include "routingpolicy.h"
#include "tiermap.h"
#include "validationassessor.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

struct Catalog;
class EndpointStore;
struct Endpoint;

/// What the user configured for routing, kept in <AppConfigLocation>/routing.json (no secrets:
/// endpoints are referred to by name or by a `KIND:MODEL@BASE_URL` target, keys stay in the
/// keychain or the environment).
///
/// JSON (every part optional; unknown fields are errors so a typo cannot silently drop a setting):
/// `{"version": 1, "policy": {RoutingPolicy JSON}, "tiers": {"small": "…", "medium": "…", "large": "…"},
///   "cascade": {"levels": ["…"], "threshold": 0.8, "assessors": ["logprob"], "judge": "…",
///               "consistency": {"samples": 4, "temperature": 0.7},
///               "validation": {"regex": "…", "json": false, "required_keys": ["…"]}}}`
struct RoutingConfig
{
    Q_DECLARE_TR_FUNCTIONS(RoutingConfig)
public:
    RoutingPolicy policy = RoutingPolicy::articleDefault();
    /// Tier → endpoint name (from EndpointStore) or a `KIND:MODEL@BASE_URL` target; a tier left
    /// empty uses the article's default for that tier (TierMap::articleDefaults()).
    QString smallEndpoint, mediumEndpoint, largeEndpoint;
    QStringList cascadeLevels; ///< endpoint names or targets, smallest first
    double cascadeThreshold = 0.8;
    QStringList assessors{QStringLiteral("logprob")}; ///< ids: logprob, consistency, validation, judge
    QString judgeEndpoint;                            ///< for the judge assessor (name or target)
    int consistencySamples = 4;                       ///< extra samples for the consistency assessor (≥ 1)
    double consistencyTemperature = 0.7;              ///< their temperature (0–2)
    QString validationRegex;            ///< validation assessor: the answer must contain a match; empty: no check
    bool validationJson = false;        ///< validation assessor: the answer must be a JSON object or array
    QStringList validationRequiredKeys; ///< validation assessor: top-level keys the JSON object must have

    /// What the validation assessor (and the simulator's validation confidence) checks.
    ValidationChecks validationChecks() const;

    /// The configured name/target for small, medium or large (empty: the article's default).
    QString endpointFor(Tier tier) const;
    void setEndpointFor(Tier tier, const QString &nameOrTarget);

    QJsonObject toJson() const;
    /// Parses and validates; the error names every wrong field (e.g. "cascade.threshold").
    static Result<RoutingConfig> fromJson(const QJsonObject &json);

    /// The assessor ids the configuration understands, in display order.
    static QStringList assessorIds();

    bool operator==(const RoutingConfig &) const = default;
};

/// Reads and writes routing.json.
class RoutingConfigStore
{
    Q_DECLARE_TR_FUNCTIONS(RoutingConfigStore)
public:
    /// `path` empty: defaultPath().
    explicit RoutingConfigStore(QString path = {});
    /// <AppConfigLocation>/routing.json
    static QString defaultPath();
    QString path() const { return m_path; }

    /// A missing file gives the defaults; an unreadable or invalid one an error naming the file
    /// and the field.
    Result<RoutingConfig> load() const;
    /// Writes atomically (QSaveFile), creating the folder; an error names the file.
    Status save(const RoutingConfig &config) const;

private:
    QString m_path;
};

/// Turns one name or target into a priced endpoint: an EndpointStore name first, else a
/// `KIND:MODEL@BASE_URL` target. The price (per 1k, from the catalog's per-1M) and the context
/// limit come from the catalog model the endpoint names (Endpoint::catalogModel, else its model
/// name) when the catalog has a price for it (an API price, or $0 for a locally served model);
/// otherwise the endpoint has no price (its calls cost "unknown") and context 0 (unknown) — the
/// article's tier figures are never a stand-in. An empty `nameOrTarget` is the article's default
/// endpoint of `priceTier` (TierMap::articleDefaults()), at the article's price. `role` names the
/// setting in errors (e.g. "Small tier", "Cascade level 2").
Result<PricedEndpoint> resolveEndpoint(const QString &nameOrTarget, Tier priceTier, const QString &role,
                                       const EndpointStore &endpoints, const Catalog &catalog);

/// The three router tiers of `config`: each configured name/target resolved (resolveEndpoint),
/// empty ones the article's defaults. Errors name the tier and the unknown name.
Result<TierMap> resolveTierMap(const RoutingConfig &config, const EndpointStore &endpoints, const Catalog &catalog);

/// Fails, naming them, when a tier on `path` has no endpoint configured in `config`. The article's
/// endpoints stand in for unconfigured tiers in decisions and prices, but one of them is a hosted
/// API: nothing may be sent to an endpoint the user did not choose.
Status requireConfiguredTiers(const RoutingConfig &config, const QList<Tier> &path);

/// The cascade of `config` (levels and threshold). Level i's fallback price is that of tier
/// small (first level), large (last level, when there are several) or medium (in between).
/// No configured level is an error (the article's tiers are not sent to unasked). Errors name the
/// level and the unknown name.
Result<CascadeConfig> resolveCascade(const RoutingConfig &config, const EndpointStore &endpoints,
                                     const Catalog &catalog);

/// The tier whose article price a cascade level falls back to (see resolveCascade()).
Tier cascadeLevelPriceTier(int level, int levelCount);

/// The judge endpoint of `config` (priced as a large-tier model), or none when not configured.
Result<std::optional<PricedEndpoint>> resolveJudge(const RoutingConfig &config, const EndpointStore &endpoints,
                                                   const Catalog &catalog);

/// How the configurable assessors are set up.
struct AssessorOptions
{
    std::optional<PricedEndpoint> judge; ///< required by "judge"
    int consistencySamples = 4;
    double consistencyTemperature = 0.7;
    ValidationChecks validation;

    /// The options `config` describes, with its resolved judge.
    static AssessorOptions fromConfig(const RoutingConfig &config, std::optional<PricedEndpoint> judge);
};

/// Builds the assessor `ids` name (case-insensitive; a CombinedAssessor taking the mean when
/// several), or an error naming an unknown id, an empty list, or "judge" without a judge endpoint.
/// Shared because Cascade::setAssessor takes shared ownership.
Result<std::shared_ptr<ConfidenceAssessor>> makeAssessor(const QStringList &ids, const AssessorOptions &options);
