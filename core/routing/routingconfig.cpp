// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "routingconfig.h"

#include "catalog/catalog.h"
#include "combinedassessor.h"
#include "judgeassessor.h"
#include "logprobassessor.h"
#include "providers/endpointstore.h"
#include "providers/targetspec.h"
#include "secrets/apikeystore.h"
#include "selfconsistencyassessor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr int kFormatVersion = 1;

const QString kVersion = QStringLiteral("version");
const QString kPolicy = QStringLiteral("policy");
const QString kTiers = QStringLiteral("tiers");
const QString kCascade = QStringLiteral("cascade");
const QString kLevels = QStringLiteral("levels");
const QString kThreshold = QStringLiteral("threshold");
const QString kAssessors = QStringLiteral("assessors");
const QString kJudge = QStringLiteral("judge");
const QString kConsistency = QStringLiteral("consistency");
const QString kSamples = QStringLiteral("samples");
const QString kTemperature = QStringLiteral("temperature");
const QString kValidation = QStringLiteral("validation");
const QString kRegex = QStringLiteral("regex");
const QString kJson = QStringLiteral("json");
const QString kRequiredKeys = QStringLiteral("required_keys");

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

/// Unknown keys of `object` as "prefix.key" errors: a typo must not silently drop a setting.
void checkKnown(const QJsonObject &object, const QStringList &known, const QString &prefix, QStringList &errors)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            errors.append(RoutingConfig::tr("%1: unknown field").arg(prefix + it.key()));
    }
}

/// A list of strings, or an error naming `field`.
std::optional<QStringList> stringList(const QJsonValue &value, const QString &field, QStringList &errors)
{
    if (!value.isArray()) {
        errors.append(RoutingConfig::tr("%1: must be a list of text").arg(field));
        return std::nullopt;
    }
    QStringList list;
    for (const QJsonArray elements = value.toArray(); const QJsonValue &item : elements) {
        if (!item.isString()) {
            errors.append(RoutingConfig::tr("%1: must be a list of text").arg(field));
            return std::nullopt;
        }
        list.append(item.toString());
    }
    return list;
}

std::optional<QString> string(const QJsonValue &value, const QString &field, QStringList &errors)
{
    if (!value.isString()) {
        errors.append(RoutingConfig::tr("%1: must be text").arg(field));
        return std::nullopt;
    }
    return value.toString();
}

} // namespace

QString RoutingConfig::endpointFor(Tier tier) const
{
    switch (tier) {
    case Tier::Medium:
        return mediumEndpoint;
    case Tier::Large:
        return largeEndpoint;
    default:
        return smallEndpoint;
    }
}

void RoutingConfig::setEndpointFor(Tier tier, const QString &nameOrTarget)
{
    switch (tier) {
    case Tier::Medium:
        mediumEndpoint = nameOrTarget;
        break;
    case Tier::Large:
        largeEndpoint = nameOrTarget;
        break;
    default:
        smallEndpoint = nameOrTarget;
        break;
    }
}

ValidationChecks RoutingConfig::validationChecks() const
{
    ValidationChecks checks;
    checks.regex = validationRegex;
    checks.validJson = validationJson;
    checks.requiredKeys = validationRequiredKeys;
    return checks;
}

QStringList RoutingConfig::assessorIds()
{
    return {QStringLiteral("logprob"), QStringLiteral("consistency"), QStringLiteral("validation"),
            QStringLiteral("judge")};
}

QJsonObject RoutingConfig::toJson() const
{
    QJsonObject tiers;
    for (Tier tier : routerTiers)
        tiers.insert(tierId(tier), endpointFor(tier));
    const QJsonObject cascade{
        {kLevels, toArray(cascadeLevels)},
        {kThreshold, cascadeThreshold},
        {kAssessors, toArray(assessors)},
        {kJudge, judgeEndpoint},
        {kConsistency, QJsonObject{{kSamples, consistencySamples}, {kTemperature, consistencyTemperature}}},
        {kValidation,
         QJsonObject{
             {kRegex, validationRegex}, {kJson, validationJson}, {kRequiredKeys, toArray(validationRequiredKeys)}}},
    };
    return QJsonObject{{kVersion, kFormatVersion}, {kPolicy, policy.toJson()}, {kTiers, tiers}, {kCascade, cascade}};
}

Result<RoutingConfig> RoutingConfig::fromJson(const QJsonObject &json)
{
    RoutingConfig config;
    QStringList errors;
    checkKnown(json, {kVersion, kPolicy, kTiers, kCascade}, {}, errors);

    if (json.contains(kVersion)) {
        const QJsonValue version = json.value(kVersion);
        if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
            errors.append(tr("%1: must be a whole number from 1").arg(kVersion));
        else if (version.toInt() > kFormatVersion)
            errors.append(tr("%1: %2 is newer than this version of Rightsize understands (%3)")
                              .arg(kVersion)
                              .arg(version.toInt())
                              .arg(kFormatVersion));
    }

    if (json.contains(kPolicy)) {
        if (!json.value(kPolicy).isObject()) {
            errors.append(tr("%1: must be a JSON object").arg(kPolicy));
        } else {
            const Result<RoutingPolicy> policy = RoutingPolicy::fromJson(json.value(kPolicy).toObject());
            if (policy)
                config.policy = policy.value();
            else
                errors.append(tr("%1: %2").arg(kPolicy, policy.error()));
        }
    }

    if (json.contains(kTiers)) {
        if (!json.value(kTiers).isObject()) {
            errors.append(tr("%1: must be a JSON object").arg(kTiers));
        } else {
            const QJsonObject tiers = json.value(kTiers).toObject();
            QStringList known;
            for (Tier tier : routerTiers)
                known.append(tierId(tier));
            checkKnown(tiers, known, kTiers + QLatin1Char('.'), errors);
            for (Tier tier : routerTiers) {
                const QString field = kTiers + QLatin1Char('.') + tierId(tier);
                if (tiers.contains(tierId(tier))) {
                    if (const auto name = string(tiers.value(tierId(tier)), field, errors))
                        config.setEndpointFor(tier, name->trimmed());
                }
            }
        }
    }

    if (json.contains(kCascade)) {
        if (!json.value(kCascade).isObject()) {
            errors.append(tr("%1: must be a JSON object").arg(kCascade));
        } else {
            const QJsonObject cascade = json.value(kCascade).toObject();
            const QString prefix = kCascade + QLatin1Char('.');
            checkKnown(cascade, {kLevels, kThreshold, kAssessors, kJudge, kConsistency, kValidation}, prefix, errors);
            if (cascade.contains(kLevels)) {
                if (const auto levels = stringList(cascade.value(kLevels), prefix + kLevels, errors)) {
                    config.cascadeLevels.clear();
                    for (const QString &level : *levels) {
                        if (level.trimmed().isEmpty())
                            errors.append(tr("%1: a level is empty").arg(prefix + kLevels));
                        else
                            config.cascadeLevels.append(level.trimmed());
                    }
                }
            }
            if (cascade.contains(kThreshold)) {
                const QJsonValue threshold = cascade.value(kThreshold);
                if (!threshold.isDouble() || threshold.toDouble() < 0 || threshold.toDouble() > 1)
                    errors.append(tr("%1: must be a number from 0 to 1").arg(prefix + kThreshold));
                else
                    config.cascadeThreshold = threshold.toDouble();
            }
            if (cascade.contains(kAssessors)) {
                if (const auto ids = stringList(cascade.value(kAssessors), prefix + kAssessors, errors)) {
                    config.assessors.clear();
                    for (const QString &id : *ids) {
                        const QString normalised = id.trimmed().toLower();
                        if (!assessorIds().contains(normalised))
                            errors.append(tr("%1: unknown assessor “%2” (known: %3)")
                                              .arg(prefix + kAssessors, id, assessorIds().join(QStringLiteral(", "))));
                        else if (!config.assessors.contains(normalised))
                            config.assessors.append(normalised);
                    }
                    if (ids->isEmpty())
                        errors.append(tr("%1: name at least one assessor").arg(prefix + kAssessors));
                }
            }
            if (cascade.contains(kJudge)) {
                if (const auto judge = string(cascade.value(kJudge), prefix + kJudge, errors))
                    config.judgeEndpoint = judge->trimmed();
            }
            if (cascade.contains(kConsistency)) {
                const QString field = prefix + kConsistency;
                if (!cascade.value(kConsistency).isObject()) {
                    errors.append(tr("%1: must be a JSON object").arg(field));
                } else {
                    const QJsonObject consistency = cascade.value(kConsistency).toObject();
                    checkKnown(consistency, {kSamples, kTemperature}, field + QLatin1Char('.'), errors);
                    if (consistency.contains(kSamples)) {
                        const QJsonValue samples = consistency.value(kSamples);
                        if (!samples.isDouble() || samples.toDouble() != double(samples.toInt()) ||
                            samples.toInt() < 1 || samples.toInt() > 20)
                            errors.append(
                                tr("%1: must be a whole number from 1 to 20").arg(field + QLatin1Char('.') + kSamples));
                        else
                            config.consistencySamples = samples.toInt();
                    }
                    if (consistency.contains(kTemperature)) {
                        const QJsonValue temperature = consistency.value(kTemperature);
                        if (!temperature.isDouble() || temperature.toDouble() < 0 || temperature.toDouble() > 2)
                            errors.append(
                                tr("%1: must be a number from 0 to 2").arg(field + QLatin1Char('.') + kTemperature));
                        else
                            config.consistencyTemperature = temperature.toDouble();
                    }
                }
            }
            if (cascade.contains(kValidation)) {
                const QString field = prefix + kValidation;
                if (!cascade.value(kValidation).isObject()) {
                    errors.append(tr("%1: must be a JSON object").arg(field));
                } else {
                    const QJsonObject validation = cascade.value(kValidation).toObject();
                    const QString sub = field + QLatin1Char('.');
                    checkKnown(validation, {kRegex, kJson, kRequiredKeys}, sub, errors);
                    if (validation.contains(kRegex)) {
                        if (const auto regex = string(validation.value(kRegex), sub + kRegex, errors)) {
                            const QRegularExpression re(*regex);
                            if (!re.isValid())
                                errors.append(
                                    tr("%1: not a valid regular expression: %2").arg(sub + kRegex, re.errorString()));
                            else
                                config.validationRegex = *regex;
                        }
                    }
                    if (validation.contains(kJson)) {
                        if (!validation.value(kJson).isBool())
                            errors.append(tr("%1: must be true or false").arg(sub + kJson));
                        else
                            config.validationJson = validation.value(kJson).toBool();
                    }
                    if (validation.contains(kRequiredKeys)) {
                        if (const auto keys = stringList(validation.value(kRequiredKeys), sub + kRequiredKeys, errors))
                            config.validationRequiredKeys = *keys;
                    }
                }
            }
        }
    }

    if (!errors.isEmpty())
        return Result<RoutingConfig>::failure(errors.join(QLatin1Char('\n')));
    return config;
}

RoutingConfigStore::RoutingConfigStore(QString path)
    : m_path(path.isEmpty() ? defaultPath() : std::move(path))
{ }

QString RoutingConfigStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/routing.json");
}

Result<RoutingConfig> RoutingConfigStore::load() const
{
    using R = Result<RoutingConfig>;
    QFile file(m_path);
    if (!file.exists())
        return RoutingConfig{};
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot read the routing configuration %1: %2").arg(m_path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("The routing configuration %1 is not valid JSON (at byte %2): %3")
                              .arg(m_path)
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
    if (!document.isObject())
        return R::failure(tr("The routing configuration %1 is not a JSON object.").arg(m_path));
    const R config = RoutingConfig::fromJson(document.object());
    if (!config)
        return R::failure(tr("The routing configuration %1 has errors:\n%2").arg(m_path, config.error()));
    return config;
}

Status RoutingConfigStore::save(const RoutingConfig &config) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(
            tr("Cannot create the folder %1 for the routing configuration.").arg(info.absolutePath()));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write the routing configuration %1: %2").arg(m_path, file.errorString()));
    file.write(QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Status::failure(tr("Cannot write the routing configuration %1: %2").arg(m_path, file.errorString()));
    return success();
}

Result<PricedEndpoint> resolveEndpoint(const QString &nameOrTarget, Tier priceTier, const QString &role,
                                       const EndpointStore &endpoints, const Catalog &catalog)
{
    using R = Result<PricedEndpoint>;
    const QString wanted = nameOrTarget.trimmed();
    if (wanted.isEmpty())
        return TierMap::articleDefaults().at(priceTier); // the article's own endpoint at its own price

    PricedEndpoint priced;
    if (const Endpoint *named = endpoints.find(wanted)) {
        priced.endpoint = *named;
    } else {
        const Result<Endpoint> target = TargetSpec::parse(wanted);
        if (!target) {
            // Only something that looks like a target gets the parser's detailed complaint;
            // a plain word was meant as an endpoint name.
            const bool looksLikeTarget = wanted.contains(QLatin1Char('@')) || wanted.contains(QLatin1Char(':'));
            if (looksLikeTarget)
                return R::failure(
                    RoutingConfigStore::tr("%1: “%2” is not a valid target: %3").arg(role, wanted, target.error()));
            QStringList known;
            for (const Endpoint &e : endpoints.endpoints())
                known.append(e.name);
            return R::failure(
                known.isEmpty()
                    ? RoutingConfigStore::tr("%1: unknown endpoint “%2”: no endpoint is configured (add one with "
                                             "'rightsize endpoint add' or write a KIND:MODEL@BASE_URL target)")
                          .arg(role, wanted)
                    : RoutingConfigStore::tr("%1: unknown endpoint “%2”; configured: %3")
                          .arg(role, wanted, known.join(QStringLiteral(", "))));
        }
        priced.endpoint = target.value();
    }

    // The catalog's price when it has one. A model the catalog does not know, or lists at $0
    // without being served locally (a placeholder), has no price: its calls cost "unknown".
    // The article's tier price is no stand-in — it would read as a real figure — and neither is
    // the tier's context limit.
    const ModelSpec *model = nullptr;
    if (!priced.endpoint.catalogModel.isEmpty())
        model = catalog.findModel(priced.endpoint.catalogModel);
    if (!model)
        model = catalog.findModel(priced.endpoint.model);
    if (model && (model->inputPricePerMTok > 0 || model->outputPricePerMTok > 0 || model->isLocal())) {
        priced.price = TokenPrice{model->inputPricePerMTok / 1000.0, model->outputPricePerMTok / 1000.0};
        priced.priceSource = catalog.date.isValid()
            ? RoutingConfigStore::tr("catalog %1, %2").arg(catalog.name, catalog.date.toString(Qt::ISODate))
            : RoutingConfigStore::tr("catalog %1").arg(catalog.name);
    }
    priced.maxContextTokens = model && model->contextWindow ? *model->contextWindow : 0;
    return priced;
}

Result<TierMap> resolveTierMap(const RoutingConfig &config, const EndpointStore &endpoints, const Catalog &catalog)
{
    TierMap map = TierMap::articleDefaults();
    QStringList errors;
    for (Tier tier : routerTiers) {
        const Result<PricedEndpoint> resolved =
            resolveEndpoint(config.endpointFor(tier), tier,
                            RoutingConfigStore::tr("%1 tier").arg(tierDisplayName(tier)), endpoints, catalog);
        if (resolved)
            map.at(tier) = resolved.value();
        else
            errors.append(resolved.error());
    }
    if (!errors.isEmpty())
        return Result<TierMap>::failure(errors.join(QLatin1Char('\n')));
    return map;
}

Status requireConfiguredTiers(const RoutingConfig &config, const QList<Tier> &path)
{
    QStringList missing;
    for (Tier tier : path) {
        if (config.endpointFor(tier).trimmed().isEmpty())
            missing.append(tierDisplayName(tier));
    }
    if (missing.isEmpty())
        return success();
    return Status::failure(
        RoutingConfigStore::tr("No endpoint is configured for the %1 tier(s), which this prompt may be sent "
                               "to: choose one on the Routing page, or pass --tier TIER=ENDPOINT. Nothing "
                               "was sent.")
            .arg(missing.join(QStringLiteral(", "))));
}

Tier cascadeLevelPriceTier(int level, int levelCount)
{
    if (level <= 0 || levelCount <= 1)
        return Tier::Small;
    return level >= levelCount - 1 ? Tier::Large : Tier::Medium;
}

Result<CascadeConfig> resolveCascade(const RoutingConfig &config, const EndpointStore &endpoints,
                                     const Catalog &catalog)
{
    CascadeConfig cascade;
    cascade.threshold = config.cascadeThreshold;
    if (config.cascadeLevels.isEmpty()) {
        return Result<CascadeConfig>::failure(RoutingConfigStore::tr(
            "No cascade level is configured: add endpoints as levels, smallest first (Routing page, "
            "or --levels). Nothing is sent to an endpoint you did not choose."));
    }
    QStringList errors;
    const int count = int(config.cascadeLevels.size());
    for (int i = 0; i < count; ++i) {
        const Result<PricedEndpoint> resolved =
            resolveEndpoint(config.cascadeLevels.at(i), cascadeLevelPriceTier(i, count),
                            RoutingConfigStore::tr("Cascade level %1").arg(i + 1), endpoints, catalog);
        if (resolved)
            cascade.levels.append(resolved.value());
        else
            errors.append(resolved.error());
    }
    if (!errors.isEmpty())
        return Result<CascadeConfig>::failure(errors.join(QLatin1Char('\n')));
    return cascade;
}

Result<std::optional<PricedEndpoint>> resolveJudge(const RoutingConfig &config, const EndpointStore &endpoints,
                                                   const Catalog &catalog)
{
    using R = Result<std::optional<PricedEndpoint>>;
    if (config.judgeEndpoint.trimmed().isEmpty())
        return R(std::optional<PricedEndpoint>());
    const Result<PricedEndpoint> judge =
        resolveEndpoint(config.judgeEndpoint, Tier::Large, RoutingConfigStore::tr("Judge"), endpoints, catalog);
    if (!judge)
        return R::failure(judge.error());
    return R(std::optional<PricedEndpoint>(judge.value()));
}

AssessorOptions AssessorOptions::fromConfig(const RoutingConfig &config, std::optional<PricedEndpoint> judge)
{
    AssessorOptions options;
    options.judge = std::move(judge);
    options.consistencySamples = config.consistencySamples;
    options.consistencyTemperature = config.consistencyTemperature;
    options.validation = config.validationChecks();
    return options;
}

Result<std::shared_ptr<ConfidenceAssessor>> makeAssessor(const QStringList &ids, const AssessorOptions &options)
{
    using R = Result<std::shared_ptr<ConfidenceAssessor>>;
    QList<std::shared_ptr<ConfidenceAssessor>> parts;
    QStringList seen;
    for (const QString &raw : ids) {
        const QString id = raw.trimmed().toLower();
        if (seen.contains(id))
            continue; // the same signal twice would only weigh it double in the mean
        seen.append(id);
        if (id == QLatin1String("logprob")) {
            parts.append(std::make_shared<LogprobAssessor>());
        } else if (id == QLatin1String("consistency")) {
            parts.append(
                std::make_shared<SelfConsistencyAssessor>(options.consistencySamples, options.consistencyTemperature));
        } else if (id == QLatin1String("validation")) {
            parts.append(std::make_shared<ValidationAssessor>(options.validation));
        } else if (id == QLatin1String("judge")) {
            if (!options.judge)
                return R::failure(
                    RoutingConfig::tr("The judge assessor needs a judge endpoint (a configured endpoint name "
                                      "or a KIND:MODEL@BASE_URL target)."));
            parts.append(std::make_shared<JudgeAssessor>(*options.judge));
        } else {
            return R::failure(RoutingConfig::tr("Unknown assessor “%1”; known: %2")
                                  .arg(raw, RoutingConfig::assessorIds().join(QStringLiteral(", "))));
        }
    }
    if (parts.isEmpty())
        return R::failure(RoutingConfig::tr("Name at least one assessor (known: %1).")
                              .arg(RoutingConfig::assessorIds().join(QStringLiteral(", "))));
    if (parts.size() == 1)
        return R(parts.constFirst());
    return R(std::shared_ptr<ConfidenceAssessor>(
        std::make_shared<CombinedAssessor>(parts, CombinedAssessor::Combine::Mean)));
}
