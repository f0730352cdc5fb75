// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "routingpolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

namespace {

class RoutingTexts
{
    Q_DECLARE_TR_FUNCTIONS(RoutingPolicy)
public:
    struct Clause
    {
        bool met = false;
        QString text;
    };

    static QString listOf(const QStringList &items) { return items.join(QStringLiteral(", ")); }

    static QString qualityList(const QList<QualityLevel> &levels)
    {
        QStringList names;
        for (QualityLevel level : levels)
            names.append(qualityLevelDisplayName(level));
        return listOf(names);
    }

    static QList<Clause> clauses(const RoutingRule &rule, const RoutingRequest &request)
    {
        QList<Clause> out;
        if (!rule.taskTypes.isEmpty()) {
            const QString task = request.taskType.trimmed();
            if (task.isEmpty()) {
                out.append(
                    {false, tr("no task type was given (the rule wants one of %1)").arg(listOf(rule.taskTypes))});
            } else {
                bool met = false;
                for (const QString &candidate : rule.taskTypes)
                    met = met || candidate.trimmed().compare(task, Qt::CaseInsensitive) == 0;
                out.append({met,
                            met ? tr("task “%1” is one of %2").arg(task, listOf(rule.taskTypes))
                                : tr("task “%1” is not one of %2").arg(task, listOf(rule.taskTypes))});
            }
        }
        if (rule.reasoning) {
            const bool met = request.reasoning == *rule.reasoning;
            out.append({met, request.reasoning ? tr("reasoning was requested") : tr("reasoning was not requested")});
        }
        if (!rule.qualities.isEmpty()) {
            const bool met = rule.qualities.contains(request.quality);
            const QString quality = qualityLevelDisplayName(request.quality);
            out.append({met,
                        met ? tr("quality “%1” is one of %2").arg(quality, qualityList(rule.qualities))
                            : tr("quality “%1” is not one of %2").arg(quality, qualityList(rule.qualities))});
        }
        if (rule.promptLongerThan) {
            const qsizetype length = request.promptLength();
            const bool met = length > *rule.promptLongerThan;
            const QLocale english(QLocale::English);
            const QString have = english.toString(qint64(length));
            const QString limit = english.toString(qint64(*rule.promptLongerThan));
            out.append({met,
                        met ? tr("the prompt has %1 characters, more than %2").arg(have, limit)
                            : tr("the prompt has %1 characters, not more than %2").arg(have, limit)});
        }
        return out;
    }

    static QString ruleLabel(int index, const QString &name)
    {
        return name.isEmpty() ? tr("Rule %1").arg(index + 1) : tr("Rule %1 (%2)").arg(index + 1).arg(name);
    }

    static RuleEvaluation evaluate(int index, const RoutingRule &rule, const RoutingRequest &request)
    {
        RuleEvaluation evaluation{index, rule.name, false, {}};
        const QList<Clause> all = clauses(rule, request);
        const QString label = ruleLabel(index, rule.name);
        const QString target = tierDisplayName(rule.target);
        if (all.isEmpty()) {
            evaluation.fired = true;
            evaluation.explanation = tr("%1 fired: it applies to every request → %2").arg(label, target);
            return evaluation;
        }
        QStringList met, unmet;
        for (const Clause &clause : all)
            (clause.met ? met : unmet).append(clause.text);
        evaluation.fired = rule.match == RoutingRule::Match::Any ? !met.isEmpty() : unmet.isEmpty();
        // Cite what decided: the conditions met when it fired, the ones missing when it did not.
        evaluation.explanation = evaluation.fired ? tr("%1 fired: %2 → %3").arg(label, met.join(tr("; ")), target)
                                                  : tr("%1 did not fire: %2").arg(label, unmet.join(tr("; ")));
        return evaluation;
    }

    static QString fieldError(int index, const QString &name, const QString &field, const QString &problem)
    {
        return tr("%1, field “%2”: %3").arg(ruleLabel(index, name), field, problem);
    }
};

const QString kName = QStringLiteral("name");
const QString kMatch = QStringLiteral("match");
const QString kTaskIn = QStringLiteral("task_in");
const QString kReasoning = QStringLiteral("reasoning");
const QString kQualityIn = QStringLiteral("quality_in");
const QString kPromptLongerThan = QStringLiteral("prompt_longer_than");
const QString kTarget = QStringLiteral("target");
const QString kRules = QStringLiteral("rules");

} // namespace

bool isRouterTier(Tier tier)
{
    return tier == Tier::Small || tier == Tier::Medium || tier == Tier::Large;
}

bool RoutingRule::hasConditions() const
{
    return !taskTypes.isEmpty() || reasoning.has_value() || !qualities.isEmpty() || promptLongerThan.has_value();
}

QString RouteDecision::explanation() const
{
    QStringList lines;
    for (const RuleEvaluation &check : checks)
        lines.append(check.explanation);
    if (ruleIndex < 0)
        lines.append(QCoreApplication::translate("RoutingPolicy", "No rule fired: the smallest tier, %1, is used.")
                         .arg(tierDisplayName(tier)));
    return lines.join(QLatin1Char('\n'));
}

RoutingPolicy RoutingPolicy::articleDefault()
{
    RoutingPolicy policy;
    RoutingRule simple;
    simple.name = QStringLiteral("simple-task");
    simple.taskTypes = {QStringLiteral("classification"), QStringLiteral("extraction"), QStringLiteral("embedding")};
    simple.target = Tier::Small;

    RoutingRule hard;
    hard.name = QStringLiteral("reasoning-or-high-quality");
    hard.reasoning = true;
    hard.qualities = {QualityLevel::High};
    hard.target = Tier::Large;

    RoutingRule longer;
    longer.name = QStringLiteral("long-prompt-or-medium-quality");
    longer.promptLongerThan = 10000;
    longer.qualities = {QualityLevel::Medium};
    longer.target = Tier::Medium;

    RoutingRule otherwise;
    otherwise.name = QStringLiteral("otherwise");
    otherwise.target = Tier::Small;

    policy.rules = {simple, hard, longer, otherwise};
    return policy;
}

RouteDecision RoutingPolicy::decide(const RoutingRequest &request) const
{
    RouteDecision decision;
    for (int i = 0; i < rules.size(); ++i) {
        RuleEvaluation evaluation = RoutingTexts::evaluate(i, rules.at(i), request);
        const bool fired = evaluation.fired;
        decision.checks.append(std::move(evaluation));
        if (fired) {
            decision.tier = rules.at(i).target;
            decision.ruleIndex = i;
            decision.ruleName = rules.at(i).name;
            return decision;
        }
    }
    decision.tier = Tier::Small;
    return decision;
}

QStringList RoutingPolicy::validate() const
{
    QStringList errors;
    if (rules.isEmpty())
        errors.append(RoutingTexts::tr("The routing policy has no rules."));
    for (int i = 0; i < rules.size(); ++i) {
        const RoutingRule &rule = rules.at(i);
        if (!isRouterTier(rule.target))
            errors.append(RoutingTexts::fieldError(
                i, rule.name, kTarget,
                RoutingTexts::tr("the tier must be small, medium or large, not %1").arg(tierId(rule.target))));
        for (const QString &task : rule.taskTypes) {
            if (task.trimmed().isEmpty()) {
                errors.append(
                    RoutingTexts::fieldError(i, rule.name, kTaskIn, RoutingTexts::tr("a task type is empty")));
                break;
            }
        }
        if (rule.promptLongerThan && *rule.promptLongerThan < 0)
            errors.append(RoutingTexts::fieldError(
                i, rule.name, kPromptLongerThan,
                RoutingTexts::tr("the length must not be negative, but is %1").arg(qint64(*rule.promptLongerThan))));
    }
    return errors;
}

QJsonObject RoutingPolicy::toJson() const
{
    QJsonArray array;
    for (const RoutingRule &rule : rules) {
        QJsonObject object;
        if (!rule.name.isEmpty())
            object.insert(kName, rule.name);
        object.insert(kMatch, rule.match == RoutingRule::Match::Any ? QStringLiteral("any") : QStringLiteral("all"));
        if (!rule.taskTypes.isEmpty())
            object.insert(kTaskIn, QJsonArray::fromStringList(rule.taskTypes));
        if (rule.reasoning)
            object.insert(kReasoning, *rule.reasoning);
        if (!rule.qualities.isEmpty()) {
            QJsonArray qualities;
            for (QualityLevel level : rule.qualities)
                qualities.append(qualityLevelId(level));
            object.insert(kQualityIn, qualities);
        }
        if (rule.promptLongerThan)
            object.insert(kPromptLongerThan, qint64(*rule.promptLongerThan));
        object.insert(kTarget, tierId(rule.target));
        array.append(object);
    }
    return QJsonObject{{kRules, array}};
}

Result<RoutingPolicy> RoutingPolicy::fromJson(const QJsonObject &json)
{
    using T = RoutingTexts;
    QStringList errors;
    const QJsonValue rulesValue = json.value(kRules);
    if (!rulesValue.isArray())
        return Result<RoutingPolicy>::failure(RoutingTexts::tr("The routing policy needs a “rules” array."));

    RoutingPolicy policy;
    const QJsonArray array = rulesValue.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            errors.append(RoutingTexts::tr("%1 is not a JSON object.").arg(T::ruleLabel(i, {})));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        RoutingRule rule;
        rule.name = object.value(kName).toString();
        auto error = [&](const QString &field, const QString &problem) {
            errors.append(T::fieldError(i, rule.name, field, problem));
        };
        for (auto it = object.begin(); it != object.end(); ++it) {
            static const QStringList known{kName, kMatch, kTaskIn, kReasoning, kQualityIn, kPromptLongerThan, kTarget};
            if (!known.contains(it.key()))
                error(it.key(), RoutingTexts::tr("unknown field"));
        }
        if (object.contains(kName) && !object.value(kName).isString())
            error(kName, RoutingTexts::tr("must be text"));

        if (object.contains(kMatch)) {
            const QString match = object.value(kMatch).toString();
            if (match == QLatin1String("any"))
                rule.match = RoutingRule::Match::Any;
            else if (match == QLatin1String("all"))
                rule.match = RoutingRule::Match::All;
            else
                error(kMatch, RoutingTexts::tr("must be “any” or “all”"));
        }
        if (object.contains(kTaskIn)) {
            const QJsonValue value = object.value(kTaskIn);
            bool good = value.isArray();
            for (const QJsonArray elements = value.toArray(); const QJsonValue &task : elements) {
                good = good && task.isString();
                rule.taskTypes.append(task.toString());
            }
            if (!good)
                error(kTaskIn, RoutingTexts::tr("must be a list of task names"));
        }
        if (object.contains(kReasoning)) {
            if (object.value(kReasoning).isBool())
                rule.reasoning = object.value(kReasoning).toBool();
            else
                error(kReasoning, RoutingTexts::tr("must be true or false"));
        }
        if (object.contains(kQualityIn)) {
            const QJsonValue value = object.value(kQualityIn);
            if (!value.isArray())
                error(kQualityIn, RoutingTexts::tr("must be a list of quality levels"));
            for (const QJsonArray elements = value.toArray(); const QJsonValue &quality : elements) {
                const auto level = qualityLevelFromId(quality.toString());
                if (level)
                    rule.qualities.append(*level);
                else
                    error(kQualityIn,
                          RoutingTexts::tr("“%1” is not standard, medium or high").arg(quality.toVariant().toString()));
            }
        }
        if (object.contains(kPromptLongerThan)) {
            const QJsonValue value = object.value(kPromptLongerThan);
            const double length = value.toDouble(-1);
            if (!value.isDouble() || length != double(qint64(length)))
                error(kPromptLongerThan, RoutingTexts::tr("must be a whole number of characters"));
            else
                rule.promptLongerThan = qsizetype(length);
        }
        if (!object.contains(kTarget)) {
            error(kTarget, RoutingTexts::tr("is missing"));
        } else {
            const QString target = object.value(kTarget).toString();
            const auto tier = tierFromId(target);
            if (tier && isRouterTier(*tier))
                rule.target = *tier;
            else
                error(kTarget,
                      RoutingTexts::tr("must be small, medium or large, not “%1”")
                          .arg(object.value(kTarget).toVariant().toString()));
        }
        policy.rules.append(rule);
    }
    errors.append(policy.validate());
    errors.removeDuplicates();
    if (!errors.isEmpty())
        return Result<RoutingPolicy>::failure(errors.join(QLatin1Char('\n')));
    return policy;
}

Result<RoutingPolicy> RoutingPolicy::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Result<RoutingPolicy>::failure(
            RoutingTexts::tr("The routing policy is not a JSON object: %1").arg(parseError.errorString()));
    return fromJson(document.object());
}
