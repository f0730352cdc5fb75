// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "evalrunarguments.h"

#include "catalog/catalogregistry.h"
#include "clisupport.h"
#include "eval/evalsession.h"
#include "eval/evalsetformat.h"
#include "providers/endpointstore.h"
#include "providers/targetspec.h"
#include "store/evalrepository.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <optional>

namespace {
/// Finds endpoints by configured name or `KIND:MODEL@BASE_URL` spec; the store is read once.
class EndpointResolver
{
public:
    /// Every configured endpoint; an error when the store cannot be read.
    Result<QList<Endpoint>> all()
    {
        if (!m_store) {
            m_store.emplace();
            if (const Status loaded = m_store->load(); !loaded)
                return Result<QList<Endpoint>>::failure(loaded.error());
        }
        return m_store->endpoints();
    }
    Result<Endpoint> configured(const QString &name)
    {
        if (const Result<QList<Endpoint>> loaded = all(); !loaded)
            return Result<Endpoint>::failure(loaded.error());
        if (const Endpoint *endpoint = m_store->find(name))
            return *endpoint;
        QStringList known;
        for (const Endpoint &e : m_store->endpoints())
            known << e.name;
        return Result<Endpoint>::failure(
            known.isEmpty()
                ? EvalRunArguments::tr("unknown endpoint “%1”: none is configured (see 'rightsize endpoint add')")
                      .arg(name)
                : EvalRunArguments::tr("unknown endpoint “%1”; configured: %2")
                      .arg(name, known.join(QStringLiteral(", "))));
    }
    /// A configured name, else a spec.
    Result<Endpoint> any(const QString &value)
    {
        const Result<Endpoint> byName = configured(value);
        if (byName || !value.contains(QLatin1Char('@')))
            return byName;
        return TargetSpec::parse(value);
    }
    /// A stored endpoint (without its key reference) made live again: the configured endpoint of
    /// that name, or the ad-hoc target its name spells, or the stored one as it is.
    Endpoint revive(const Endpoint &stored)
    {
        if (const Result<Endpoint> byName = configured(stored.name))
            return byName.value();
        if (const Result<Endpoint> spec = TargetSpec::parse(stored.name))
            return spec.value();
        return stored;
    }

private:
    std::optional<EndpointStore> m_store;
};

Result<int> positiveInt(const QCommandLineParser &parser, const QString &option, int fallback, int max)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < 1 || n > max)
        return Result<int>::failure(EvalRunArguments::tr("--%1 expects a whole number from 1 to %2, not “%3”")
                                        .arg(option)
                                        .arg(max)
                                        .arg(parser.value(option)));
    return n;
}

/// --repeat, --concurrency, --temperature and --max-tokens into `options` (whose values are the defaults).
Status readRunOptions(const QCommandLineParser &parser, EvalRunOptions *options)
{
    const Result<int> repeat = positiveInt(parser, QStringLiteral("repeat"), options->repeat, 100);
    if (!repeat)
        return Status::failure(repeat.error());
    options->repeat = *repeat;
    const Result<int> concurrency = positiveInt(parser, QStringLiteral("concurrency"), options->concurrency, 64);
    if (!concurrency)
        return Status::failure(concurrency.error());
    options->concurrency = *concurrency;
    bool ok = true;
    if (parser.isSet(QStringLiteral("temperature"))) {
        const double t = parser.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok || t < 0 || t > 2)
            return Status::failure(EvalRunArguments::tr("--temperature expects a number from 0 to 2"));
        options->temperature = t;
    }
    if (parser.isSet(QStringLiteral("max-tokens"))) {
        const Result<int> n = positiveInt(parser, QStringLiteral("max-tokens"), 0, 1000000);
        if (!n)
            return Status::failure(n.error());
        options->maxTokens = *n;
    }
    return success();
}

Result<EvalSet> resolveSet(const QString &value, const EvalTemplate &prompt, EvalRepository &repository, bool *imported)
{
    *imported = false;
    if (QFileInfo(value).isFile()) {
        Result<EvalSet> set = EvalSetFormat::importFile(value, prompt);
        if (!set)
            return set;
        // Saved with its template, so that a later run by name needs no --prompt.
        if (set->prompt.isEmpty())
            set->prompt = prompt;
        *imported = true;
        return set;
    }
    Result<EvalSet> stored = repository.loadSet(value);
    if (stored)
        return stored;
    const Result<QStringList> names = repository.setNames();
    const QString known = names && !names->isEmpty() ? names->join(QStringLiteral(", ")) : EvalRunArguments::tr("none");
    return Result<EvalSet>::failure(
        EvalRunArguments::tr("--set “%1” is neither a file nor a saved set (saved sets: %2)").arg(value, known));
}

Result<EvalRunPlan> readNewRun(const QCommandLineParser &parser, const QStringList &arguments,
                               EvalRepository &repository, EndpointResolver &resolver, const QString &userCatalogDir)
{
    using R = Result<EvalRunPlan>;
    EvalRunPlan setup;
    if (!parser.isSet(QStringLiteral("set")))
        return R::failure(
            EvalRunArguments::tr("run needs --set FILE|NAME (a .csv, .jsonl or .json file, or a saved set)"));
    EvalTemplate prompt{parser.value(QStringLiteral("system")), parser.value(QStringLiteral("prompt"))};
    if (!prompt.system.isEmpty() && prompt.user.isEmpty())
        return R::failure(EvalRunArguments::tr("--system needs --prompt too"));
    bool imported = false;
    Result<EvalSet> set = resolveSet(parser.value(QStringLiteral("set")), prompt, repository, &imported);
    if (!set)
        return R::failure(set.error());
    setup.set = std::move(set).value();
    if (setup.set.cases.isEmpty())
        return R::failure(EvalRunArguments::tr("the set “%1” has no cases").arg(setup.set.name));
    setup.options.prompt = prompt;
    const EvalTemplate &used = prompt.isEmpty() ? setup.set.prompt : prompt;
    if (used.isEmpty())
        return R::failure(
            EvalRunArguments::tr(
                "the set “%1” has no prompt template; give one with --prompt, e.g. --prompt \"Answer: {{question}}\"")
                .arg(setup.set.name));
    if (const Status fits = setup.set.checkTemplate(used); !fits)
        return R::failure(fits.error());

    if (const Status read = readRunOptions(parser, &setup.options); !read)
        return R::failure(read.error());

    const QList<std::pair<bool, QString>> targets = Cli::targetsInOrder(arguments);
    if (targets.isEmpty())
        return R::failure(EvalRunArguments::tr("name at least one --endpoint NAME or --target KIND:MODEL@BASE_URL"));
    QStringList names;
    for (const auto &[adHoc, value] : targets) {
        const Result<Endpoint> endpoint = adHoc ? TargetSpec::parse(value) : resolver.configured(value);
        if (!endpoint)
            return R::failure(endpoint.error());
        if (names.contains(endpoint->name))
            return R::failure(EvalRunArguments::tr("“%1” is named twice").arg(endpoint->name));
        names << endpoint->name;
        setup.endpoints.append(endpoint.value());
    }
    if (parser.isSet(QStringLiteral("judge"))) {
        const Result<Endpoint> judge = resolver.any(parser.value(QStringLiteral("judge")));
        if (!judge)
            return R::failure(EvalRunArguments::tr("--judge: %1").arg(judge.error()));
        setup.judge = judge.value();
    } else if (const int rubric = EvalSession::firstCaseNeedingJudge(setup.set); rubric >= 0) {
        return R::failure(
            EvalRunArguments::tr("%1 has an llm-rubric assertion: name the endpoint that grades it with --judge NAME")
                .arg(setup.set.caseLabel(rubric)));
    }
    const CatalogRegistry registry(userCatalogDir);
    Result<Catalog> catalog = registry.load(parser.value(QStringLiteral("catalog")));
    if (!catalog)
        return R::failure(catalog.error());
    setup.catalog = std::move(catalog).value();
    if (imported) {
        if (const Result<qint64> saved = repository.saveSet(setup.set); !saved)
            return R::failure(saved.error());
    }
    return setup;
}

Result<EvalRunPlan> readResumedRun(const QCommandLineParser &parser, EvalRepository &repository,
                                   EndpointResolver &resolver, const QString &userCatalogDir)
{
    using R = Result<EvalRunPlan>;
    for (const QString &option :
         {QStringLiteral("set"), QStringLiteral("prompt"), QStringLiteral("system"), QStringLiteral("endpoint"),
          QStringLiteral("target"), QStringLiteral("repeat"), QStringLiteral("judge"), QStringLiteral("temperature"),
          QStringLiteral("max-tokens")}) {
        if (parser.isSet(option))
            return R::failure(
                EvalRunArguments::tr("--resume continues a run as it was started: --%1 cannot change it").arg(option));
    }
    const Result<qint64> id = EvalRunArguments::runId(parser.value(QStringLiteral("resume")));
    if (!id)
        return R::failure(EvalRunArguments::tr("--resume %1").arg(id.error()));
    const Result<EvalRunRecord> record = repository.run(*id);
    if (!record)
        return R::failure(record.error());
    if (!record->info.canResume())
        return R::failure(
            record->info.status == EvalRunInfo::Status::Finished
                ? EvalRunArguments::tr("evaluation run %1 has finished; there is nothing to resume").arg(*id)
                : EvalRunArguments::tr("evaluation run %1 is still running in another Rightsize").arg(*id));
    Result<QSet<EvalKey>> finished = repository.finishedKeys(*id);
    if (!finished)
        return R::failure(finished.error());
    const CatalogRegistry registry(userCatalogDir);
    Result<Catalog> catalog = registry.load(parser.value(QStringLiteral("catalog")));
    if (!catalog)
        return R::failure(catalog.error());
    EvalRunPlan setup = EvalRunPlan::resuming(record.value(), std::move(finished).value(), catalog.value(),
                                              [&resolver](const Endpoint &stored) { return resolver.revive(stored); });
    const Result<int> concurrency = positiveInt(parser, QStringLiteral("concurrency"), setup.options.concurrency, 64);
    if (!concurrency)
        return R::failure(concurrency.error());
    setup.options.concurrency = *concurrency;
    return setup;
}

} // namespace

Result<EvalRunArguments::Config> EvalRunArguments::loadConfig(const QString &path)
{
    Result<PromptfooProject> project = PromptfooConfig::read(path);
    if (!project)
        return Result<Config>::failure(project.error());
    EndpointResolver resolver;
    const Result<QList<Endpoint>> configured = resolver.all();
    if (!configured)
        return Result<Config>::failure(configured.error());
    Config config{std::move(project).value(), {}, {}, {}};
    config.endpoints = PromptfooConfig::endpoints(config.project.providers, *configured, &config.isConfigured);
    if (config.project.rubricProvider)
        config.judge = PromptfooConfig::endpoints({*config.project.rubricProvider}, *configured).constFirst();
    return config;
}

Result<QList<EvalRunPlan>> EvalRunArguments::readConfigRuns(const QCommandLineParser &parser, const Config &config,
                                                            EvalRepository &repository, const QString &userCatalogDir)
{
    using R = Result<QList<EvalRunPlan>>;
    for (const QString &option : {QStringLiteral("set"), QStringLiteral("prompt"), QStringLiteral("system"),
                                  QStringLiteral("endpoint"), QStringLiteral("target"), QStringLiteral("resume")})
        if (parser.isSet(option))
            return R::failure(tr("--config runs the configuration's prompts, tests and providers: --%1 cannot be "
                                 "added to it")
                                  .arg(option));
    EvalRunPlan common;
    common.endpoints = config.endpoints;
    common.options.repeat = config.project.repeat;
    if (config.project.maxConcurrency)
        common.options.concurrency = *config.project.maxConcurrency;
    if (const Status read = readRunOptions(parser, &common.options); !read)
        return R::failure(read.error());
    common.judge = config.judge;
    if (parser.isSet(QStringLiteral("judge"))) {
        EndpointResolver resolver;
        const Result<Endpoint> judge = resolver.any(parser.value(QStringLiteral("judge")));
        if (!judge)
            return R::failure(tr("--judge: %1").arg(judge.error()));
        common.judge = judge.value();
    }
    const CatalogRegistry registry(userCatalogDir);
    Result<Catalog> catalog = registry.load(parser.value(QStringLiteral("catalog")));
    if (!catalog)
        return R::failure(catalog.error());
    common.catalog = std::move(catalog).value();
    QList<EvalRunPlan> plans;
    for (const EvalSet &set : config.project.sets) {
        if (const int rubric = EvalSession::firstCaseNeedingJudge(set); rubric >= 0 && !common.judge)
            return R::failure(tr("%1 has an llm-rubric assertion: set defaultTest.options.provider in the "
                                 "configuration or name the endpoint that grades it with --judge NAME")
                                  .arg(set.caseLabel(rubric)));
        EvalRunPlan plan = common;
        plan.set = set;
        plans.append(plan);
    }
    for (const EvalRunPlan &plan : plans)
        if (const Result<qint64> saved = repository.saveSet(plan.set); !saved)
            return R::failure(saved.error());
    return plans;
}

Result<qint64> EvalRunArguments::runId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Result<qint64>::failure(tr("expects a RUN_ID number, not “%1”").arg(text));
    return id;
}

Result<EvalRunPlan> EvalRunArguments::read(const QCommandLineParser &parser, const QStringList &arguments,
                                           EvalRepository &repository, const QString &userCatalogDir)
{
    EndpointResolver resolver;
    return parser.isSet(QStringLiteral("resume")) ? readResumedRun(parser, repository, resolver, userCatalogDir)
                                                  : readNewRun(parser, arguments, repository, resolver, userCatalogDir);
}
