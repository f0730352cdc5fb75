// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "evalset.h"
#include "providers/endpoint.h"

#include <QList>
#include <QString>

#include <optional>

/// A part of a promptfoo configuration that Rightsize does not run, with the line it is on.
struct PromptfooUnsupported
{
    int line = 0;
    QString what; ///< e.g. `assert type "javascript"`, `provider "bedrock:…"`
    QString why;  ///< translated

    friend bool operator==(const PromptfooUnsupported &, const PromptfooUnsupported &) = default;
};

/// One of the configuration's `providers`, as the endpoint it describes.
struct PromptfooProvider
{
    QString id; ///< as written, e.g. "openai:chat:gpt-4o-mini"
    int line = 0;
    Endpoint endpoint; ///< named after the provider's label, else its id; no key

    friend bool operator==(const PromptfooProvider &, const PromptfooProvider &) = default;
};

/// What a promptfooconfig.yaml asks for, in Rightsize's terms.
struct PromptfooProject
{
    /// One set per prompt (promptfoo runs every prompt on every test): the same cases, with
    /// defaultTest merged into each, under the prompt's template.
    QList<EvalSet> sets;
    QList<PromptfooProvider> providers;
    std::optional<PromptfooProvider> rubricProvider; ///< defaultTest.options.provider
    int repeat = 1;                                  ///< evaluateOptions.repeat
    std::optional<int> maxConcurrency;               ///< evaluateOptions.maxConcurrency
    QList<PromptfooUnsupported> unsupported;         ///< skipped; everything else runs
};

/// Reads promptfoo configuration files (https://www.promptfoo.dev/docs/configuration/reference/)
/// with yaml-cpp:
/// - `prompts`: inline text (or a JSON chat array of system/user messages), `{raw, label}`,
///   `{id: file://…, label}`, and `file://` .txt/.md (`---` lines separate several prompts) or .json
///   (chat array) files;
/// - `providers` (or `targets`): `openai:MODEL`, `openai:chat:MODEL`, `anthropic:messages:MODEL`,
///   `ollama:MODEL`, `ollama:chat:MODEL`, with `label` and `config` temperature, max_tokens,
///   apiBaseUrl, apiHost (OpenAI-compatible servers) and apiKeyEnvar;
/// - `tests`: inline tests (the JSONL case shape, see EvalSetFormat) and `file://` .csv, .jsonl,
///   .yaml/.yml/.json test files;
/// - `defaultTest`: vars, assert, metadata, threshold, options.prefix/suffix merged into every
///   test as promptfoo merges them (its assertions first), and options.provider, the rubric judge;
/// - `evaluateOptions`: repeat and maxConcurrency.
/// Known promptfoo features Rightsize does not run (JavaScript/Python and other assertion types,
/// other providers, scenarios, …) are skipped and listed with their line. Anything malformed
/// rejects the whole file with an error naming the file and line. Relative `file://` paths are
/// read from the configuration's folder.
namespace PromptfooConfig {

Result<PromptfooProject> read(const QString &path);
/// True for .yaml and .yml files, which are read as promptfoo configurations.
bool isConfigPath(const QString &path);

/// The endpoints a run calls: each provider as the user's configured endpoint of the same kind,
/// model and base URL when there is one (so its stored key and timeouts apply; the config's
/// temperature and max_tokens still do), else as the config describes it. Names stay unique, and a
/// provider never takes a configured endpoint's name (whose stored key would go to another server).
/// `isConfigured`, when given, gets one flag per provider: true where a configured endpoint is used.
QList<Endpoint> endpoints(const QList<PromptfooProvider> &providers, const QList<Endpoint> &configured,
                          QList<bool> *isConfigured = nullptr);
std::optional<Endpoint> matchConfigured(const Endpoint &wanted, const QList<Endpoint> &configured);

/// "config.yaml line 12: assert type "javascript": …", for lists of what was skipped.
QString describe(const QString &source, const PromptfooUnsupported &item);

} // namespace PromptfooConfig
