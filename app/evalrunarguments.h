// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "eval/evalsession.h"
#include "eval/promptfooconfig.h"

#include <QCoreApplication>
#include <QStringList>

class EvalRepository;
class QCommandLineParser;

/// `eval run`'s options read into the plan of a run, checked before anything is sent: a new run
/// (--set, --prompt, --endpoint and --target in the order written, --judge, --repeat…; a set
/// file is saved under its name) or the stored run --resume names, with its endpoints made live
/// again by name.
class EvalRunArguments
{
    Q_DECLARE_TR_FUNCTIONS(EvalRunArguments)
public:
    static Result<EvalRunPlan> read(const QCommandLineParser &parser, const QStringList &arguments,
                                    EvalRepository &repository, const QString &userCatalogDir);
    /// A promptfoo configuration with its providers as the endpoints to call (a configured endpoint
    /// of the same kind, model and base URL where there is one) and its rubric provider as judge.
    struct Config
    {
        PromptfooProject project;
        QList<Endpoint> endpoints; ///< in the order of project.providers
        QList<bool> isConfigured;  ///< per endpoint: one the user configured
        std::optional<Endpoint> judge;
    };
    static Result<Config> loadConfig(const QString &path);
    /// `eval run --config FILE`: one plan per prompt of the configuration (each set saved under its
    /// name), with the config's repeat and maxConcurrency unless --repeat or --concurrency is given.
    static Result<QList<EvalRunPlan>> readConfigRuns(const QCommandLineParser &parser, const Config &config,
                                                     EvalRepository &repository, const QString &userCatalogDir);
    /// A RUN_ID argument: a positive number.
    static Result<qint64> runId(const QString &text);
};
