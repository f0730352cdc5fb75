// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "promptfooconfig.h"

#include "evalsetformat.h"
#include "providers/endpointstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(PromptfooConfig)
};

const QString kFile = QStringLiteral("file://");

/// promptfoo's "one or a list": the items of a sequence, or the node itself.
QList<YAML::Node> oneOrMany(const YAML::Node &node)
{
    if (!node.IsSequence())
        return {node};
    QList<YAML::Node> items;
    for (const YAML::Node &item : node)
        items.append(item);
    return items;
}

int lineOf(const YAML::Node &node)
{
    return node.Mark().line + 1; // yaml-cpp counts from 0; a node without a mark gives 0
}

QString scalar(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

/// YAML as JSON: plain scalars become numbers, true/false and null as YAML 1.2 reads them;
/// quoted scalars stay text.
QJsonValue toJson(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar: {
        const QString text = scalar(node);
        if (node.Tag() == "!")
            return text;
        if (text == QLatin1String("true") || text == QLatin1String("True") || text == QLatin1String("TRUE"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("False") || text == QLatin1String("FALSE"))
            return false;
        if (text == QLatin1String("~") || text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
            return QJsonValue::Null;
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (ok && std::isfinite(number))
            return number;
        return text;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node)
            array.append(toJson(item));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &pair : node)
            object.insert(scalar(pair.first), toJson(pair.second));
        return object;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue::Null;
}

/// promptfoo's assertion types that Rightsize does not check (without "not-"): they are skipped.
bool isForeignAssertion(const QString &type)
{
    static const QStringList foreign{QStringLiteral("javascript"),
                                     QStringLiteral("python"),
                                     QStringLiteral("webhook"),
                                     QStringLiteral("similar"),
                                     QStringLiteral("classifier"),
                                     QStringLiteral("contains-json"),
                                     QStringLiteral("is-html"),
                                     QStringLiteral("contains-html"),
                                     QStringLiteral("is-sql"),
                                     QStringLiteral("contains-sql"),
                                     QStringLiteral("is-xml"),
                                     QStringLiteral("contains-xml"),
                                     QStringLiteral("is-refusal"),
                                     QStringLiteral("rouge-n"),
                                     QStringLiteral("bleu"),
                                     QStringLiteral("gleu"),
                                     QStringLiteral("meteor"),
                                     QStringLiteral("perplexity"),
                                     QStringLiteral("perplexity-score"),
                                     QStringLiteral("is-valid-function-call"),
                                     QStringLiteral("is-valid-openai-function-call"),
                                     QStringLiteral("is-valid-openai-tools-call"),
                                     QStringLiteral("tool-call-f1"),
                                     QStringLiteral("g-eval"),
                                     QStringLiteral("model-graded-closedqa"),
                                     QStringLiteral("model-graded-factuality"),
                                     QStringLiteral("factuality"),
                                     QStringLiteral("answer-relevance"),
                                     QStringLiteral("context-faithfulness"),
                                     QStringLiteral("context-recall"),
                                     QStringLiteral("context-relevance"),
                                     QStringLiteral("select-best"),
                                     QStringLiteral("max-score"),
                                     QStringLiteral("moderation"),
                                     QStringLiteral("finish-reason"),
                                     QStringLiteral("pi"),
                                     QStringLiteral("word-count"),
                                     QStringLiteral("assert-set"),
                                     QStringLiteral("guardrails"),
                                     QStringLiteral("trace-span-count"),
                                     QStringLiteral("trace-span-duration"),
                                     QStringLiteral("trace-error-spans")};
    return foreign.contains(type);
}

struct PromptEntry
{
    EvalTemplate prompt;
    QString label;
};

/// Reads one configuration; errors and skipped parts name the file they come from.
class Reader
{
public:
    explicit Reader(const QString &path)
        : m_dir(QFileInfo(path).absoluteDir())
    { }

    Result<PromptfooProject> read(const QString &path);

private:
    using Node = YAML::Node;

    Result<Node> load(const QString &path, QString *source);
    QString error(const QString &source, int line, const QString &problem) const
    {
        return Texts::tr("%1 line %2: %3").arg(source, QString::number(line), problem);
    }
    void skip(int line, const QString &what, const QString &why) { m_project.unsupported.append({line, what, why}); }
    QString resolve(const QString &reference) const { return m_dir.absoluteFilePath(reference.mid(kFile.size())); }

    Status readPrompts(const Node &node, const QString &source, QList<PromptEntry> *out);
    Status readPromptText(const QString &value, const QString &label, int line, const QString &source,
                          QList<PromptEntry> *out);
    Status readProviders(const Node &node, const QString &source);
    Result<std::optional<PromptfooProvider>> readProvider(const Node &node, const QString &source);
    Status readTests(const Node &node, const QString &source, QList<EvalCase> *out);
    Result<EvalCase> readCase(const Node &node, const QString &source, bool isDefault);
    Status readEvaluateOptions(const Node &node, const QString &source);

    QDir m_dir;
    PromptfooProject m_project;
};

Result<YAML::Node> Reader::load(const QString &path, QString *source)
{
    *source = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Node>::failure(Texts::tr("Cannot read %1: %2").arg(path, file.errorString()));
    try {
        return YAML::Load(file.readAll().toStdString());
    } catch (const YAML::Exception &e) {
        return Result<Node>::failure(error(*source, e.mark.line + 1, QString::fromStdString(e.msg)));
    }
}

Result<PromptfooProject> Reader::read(const QString &path)
{
    using R = Result<PromptfooProject>;
    QString source;
    const Result<Node> loaded = load(path, &source);
    if (!loaded)
        return R::failure(loaded.error());
    const Node &root = loaded.value();
    if (!root.IsMap())
        return R::failure(error(source, lineOf(root),
                                Texts::tr("expected a promptfoo configuration (prompts, "
                                          "providers, tests…)")));
    QList<PromptEntry> prompts;
    QList<EvalCase> cases;
    EvalCase defaults;
    QString description;
    for (const auto &pair : root) {
        const QString key = scalar(pair.first);
        const Node &value = pair.second;
        Status status = success();
        if (key == QLatin1String("description")) {
            description = scalar(value);
        } else if (key == QLatin1String("prompts")) {
            status = readPrompts(value, source, &prompts);
        } else if (key == QLatin1String("providers") || key == QLatin1String("targets")) {
            status = readProviders(value, source);
        } else if (key == QLatin1String("tests")) {
            status = readTests(value, source, &cases);
        } else if (key == QLatin1String("defaultTest")) {
            Result<EvalCase> read = readCase(value, source, true);
            if (read)
                defaults = std::move(read).value();
            else
                status = Status::failure(read.error());
        } else if (key == QLatin1String("evaluateOptions")) {
            status = readEvaluateOptions(value, source);
        } else {
            skip(lineOf(pair.first), key, Texts::tr("not supported by Rightsize; ignored"));
        }
        if (!status)
            return R::failure(status.error());
    }
    if (prompts.isEmpty())
        return R::failure(Texts::tr("%1: no prompt Rightsize can run (see \"prompts\")").arg(source));
    if (m_project.providers.isEmpty())
        return R::failure(Texts::tr("%1: no provider Rightsize can call (see \"providers\")").arg(source));
    if (cases.isEmpty())
        return R::failure(Texts::tr("%1: no tests (see \"tests\")").arg(source));

    // promptfoo's merge: the default vars, metadata and options unless the test sets them, and
    // the default assertions before the test's own.
    for (EvalCase &evalCase : cases) {
        for (auto it = defaults.variables.cbegin(); it != defaults.variables.cend(); ++it)
            if (!evalCase.variables.contains(it.key()))
                evalCase.variables.insert(it.key(), it.value());
        for (auto it = defaults.metadata.constBegin(); it != defaults.metadata.constEnd(); ++it)
            if (!evalCase.metadata.contains(it.key()))
                evalCase.metadata.insert(it.key(), it.value());
        evalCase.assertions = defaults.assertions + evalCase.assertions;
        if (!evalCase.threshold)
            evalCase.threshold = defaults.threshold;
        if (evalCase.prefix.isEmpty())
            evalCase.prefix = defaults.prefix;
        if (evalCase.suffix.isEmpty())
            evalCase.suffix = defaults.suffix;
    }

    const QString base = QFileInfo(path).completeBaseName();
    const QString name = description.isEmpty() ? base : description;
    for (qsizetype i = 0; i < prompts.size(); ++i) {
        EvalSet set;
        const bool several = prompts.size() > 1;
        set.id = several ? QStringLiteral("%1-%2").arg(base).arg(i + 1) : base;
        set.name = several ? Texts::tr("%1 · %2").arg(name, prompts.at(i).label) : name;
        set.prompt = prompts.at(i).prompt;
        set.cases = cases;
        if (const Status fits = set.checkTemplate(set.prompt); !fits)
            return R::failure(Texts::tr("%1: prompt “%2”: %3").arg(source, prompts.at(i).label, fits.error()));
        m_project.sets.append(set);
    }
    return m_project;
}

Status Reader::readPrompts(const Node &node, const QString &source, QList<PromptEntry> *out)
{
    if (node.IsScalar())
        return readPromptText(scalar(node), {}, lineOf(node), source, out);
    if (!node.IsSequence())
        return Status::failure(error(source, lineOf(node), Texts::tr("prompts: expected a list of prompts")));
    for (const Node &item : node) {
        if (item.IsScalar()) {
            if (const Status read = readPromptText(scalar(item), {}, lineOf(item), source, out); !read)
                return read;
            continue;
        }
        const Node raw = item.IsMap() ? (item["raw"] ? item["raw"] : item["id"]) : Node();
        if (!raw || !raw.IsScalar())
            return Status::failure(
                error(source, lineOf(item), Texts::tr("prompts: expected text, file://PATH or {raw|id, label}")));
        const QString label = item["label"] ? scalar(item["label"]) : QString();
        if (const Status read = readPromptText(scalar(raw), label, lineOf(item), source, out); !read)
            return read;
    }
    return success();
}

/// promptfoo's chat prompt: a JSON array of {role, content}; system and one user message here.
std::optional<EvalTemplate> chatPrompt(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray())
        return std::nullopt;
    EvalTemplate prompt;
    for (const QJsonArray elements = document.array(); const QJsonValue &message : elements) {
        const QString role = message.toObject().value(QStringLiteral("role")).toString();
        const QString content = message.toObject().value(QStringLiteral("content")).toString();
        QString &slot = role == QLatin1String("system") ? prompt.system : prompt.user;
        if ((role != QLatin1String("system") && role != QLatin1String("user")) || !slot.isEmpty())
            return std::nullopt;
        slot = content;
    }
    if (prompt.user.isEmpty())
        return std::nullopt;
    return prompt;
}

Status Reader::readPromptText(const QString &value, const QString &label, int line, const QString &source,
                              QList<PromptEntry> *out)
{
    const QString why = Texts::tr("only text, .txt/.md files and chat arrays of one system and one user message "
                                  "are supported; prompt skipped");
    if (!value.startsWith(kFile)) {
        const QString trimmed = value.trimmed();
        EvalTemplate prompt{{}, value};
        if (trimmed.startsWith(QLatin1Char('['))) {
            const std::optional<EvalTemplate> chat = chatPrompt(trimmed);
            if (!chat) {
                skip(line, Texts::tr("prompt %1").arg(trimmed.left(40)), why);
                return success();
            }
            prompt = *chat;
        }
        out->append({prompt, label.isEmpty() ? trimmed.left(40) : label});
        return success();
    }
    const QString path = resolve(value);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool text = suffix == QLatin1String("txt") || suffix == QLatin1String("md");
    if (value.contains(QLatin1Char('*')) || (!text && suffix != QLatin1String("json"))) {
        skip(line, Texts::tr("prompt %1").arg(value), why);
        return success();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(error(source, line, Texts::tr("cannot read %1: %2").arg(value, file.errorString())));
    const QString content = QString::fromUtf8(file.readAll());
    const QString name = label.isEmpty() ? QFileInfo(path).fileName() : label;
    if (!text) {
        const std::optional<EvalTemplate> chat = chatPrompt(content);
        if (!chat)
            skip(line, Texts::tr("prompt %1").arg(value), why);
        else
            out->append({*chat, name});
        return success();
    }
    // promptfoo splits a text file into several prompts at lines of three dashes.
    static const QRegularExpression separator(QStringLiteral("^---$"), QRegularExpression::MultilineOption);
    QStringList parts = content.split(separator);
    parts.removeIf([](const QString &part) { return part.trimmed().isEmpty(); });
    for (qsizetype i = 0; i < parts.size(); ++i)
        out->append(
            {{{}, parts.at(i).trimmed()}, parts.size() > 1 ? QStringLiteral("%1 #%2").arg(name).arg(i + 1) : name});
    return success();
}

Status Reader::readProviders(const Node &node, const QString &source)
{
    for (const Node &item : oneOrMany(node)) {
        const Result<std::optional<PromptfooProvider>> provider = readProvider(item, source);
        if (!provider)
            return Status::failure(provider.error());
        if (!provider.value())
            continue;
        for (const PromptfooProvider &other : m_project.providers)
            if (other.endpoint.name == provider.value()->endpoint.name)
                return Status::failure(error(
                    source, lineOf(item),
                    Texts::tr("provider “%1” is listed twice; give one a different label").arg(other.endpoint.name)));
        m_project.providers.append(*provider.value());
    }
    return success();
}

Result<std::optional<PromptfooProvider>> Reader::readProvider(const Node &node, const QString &source)
{
    using R = Result<std::optional<PromptfooProvider>>;
    const int line = lineOf(node);
    Node options = node;
    QString id;
    if (node.IsScalar()) {
        id = scalar(node);
    } else if (node.IsMap() && node["id"]) {
        id = scalar(node["id"]);
    } else if (node.IsMap() && node.size() == 1) { // the older form: `- openai:gpt-4o: {config: …}`
        id = scalar(node.begin()->first);
        options = node.begin()->second;
    } else {
        return R::failure(error(source, line, Texts::tr("providers: expected an id or {id, label, config}")));
    }
    const Node config = options.IsMap() ? options["config"] : Node();
    const QString label = options.IsMap() && options["label"] ? scalar(options["label"]) : QString();

    PromptfooProvider provider{id, line, {}};
    Endpoint &endpoint = provider.endpoint;
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    const QString family = id.left(colon);
    QString model = colon < 0 ? QString() : id.mid(colon + 1);
    bool known = true;
    if (family == QLatin1String("openai")) {
        endpoint.kind = EndpointKind::OpenAi;
        endpoint.baseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
        if (model.startsWith(QLatin1String("chat:")))
            model = model.mid(5);
        else if (model.contains(QLatin1Char(':')))
            known = false; // completion, embedding, assistant, realtime, image…
    } else if (family == QLatin1String("anthropic")) {
        endpoint.kind = EndpointKind::Anthropic;
        endpoint.baseUrl = QUrl(QStringLiteral("https://api.anthropic.com"));
        known = model.startsWith(QLatin1String("messages:"));
        model = model.mid(9);
    } else if (family == QLatin1String("ollama")) {
        endpoint.kind = EndpointKind::Ollama;
        endpoint.baseUrl = QUrl(QStringLiteral("http://localhost:11434"));
        if (model.startsWith(QLatin1String("chat:")))
            model = model.mid(5);
        else if (model.startsWith(QLatin1String("completion:")) || model.startsWith(QLatin1String("embeddings:")))
            known = false;
    } else {
        known = false;
    }
    if (!known) {
        skip(line, Texts::tr("provider %1").arg(id),
             Texts::tr("only openai:[chat:]MODEL, anthropic:messages:MODEL and ollama:[chat:]MODEL are supported; "
                       "provider skipped"));
        return std::optional<PromptfooProvider>();
    }
    if (model.isEmpty())
        return R::failure(error(source, line, Texts::tr("provider “%1” names no model").arg(id)));
    endpoint.model = model;
    endpoint.name = label.isEmpty() ? id : label;
    if (config && !config.IsNull() && !config.IsMap())
        return R::failure(error(source, lineOf(config), Texts::tr("provider “%1”: config must be a map").arg(id)));
    for (const auto &pair : config) {
        const QString key = scalar(pair.first);
        const QJsonValue value = toJson(pair.second);
        const int keyLine = lineOf(pair.first);
        if (key == QLatin1String("temperature")) {
            if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 2)
                return R::failure(
                    error(source, keyLine, Texts::tr("config.temperature: expected a number from 0 to 2")));
            endpoint.temperature = value.toDouble();
        } else if (key == QLatin1String("max_tokens")) {
            if (!value.isDouble() || value.toDouble() < 1 || value.toDouble() != std::floor(value.toDouble()))
                return R::failure(
                    error(source, keyLine, Texts::tr("config.max_tokens: expected a whole number above 0")));
            endpoint.maxTokens = int(std::min(value.toDouble(), 1e9));
        } else if (key == QLatin1String("apiBaseUrl")) {
            endpoint.baseUrl = QUrl(value.toString(), QUrl::StrictMode);
        } else if (key == QLatin1String("apiHost")) {
            endpoint.baseUrl = QUrl(QStringLiteral("https://%1/v1").arg(value.toString()), QUrl::StrictMode);
        } else if (key == QLatin1String("apiKeyEnvar")) {
            endpoint.apiKeyRef = value.toString();
        } else if (key == QLatin1String("apiKey")) {
            // A key written into the file is never copied anywhere; the keychain or environment supplies it.
            skip(keyLine, QStringLiteral("config.apiKey"),
                 Texts::tr("keys are not read from configuration files; store it with 'rightsize endpoint key' "
                           "or set the environment variable"));
        } else {
            skip(keyLine, QStringLiteral("config.%1").arg(key), Texts::tr("not supported by Rightsize; ignored"));
        }
    }
    if (const QString problem = EndpointStore::validate(endpoint); !problem.isEmpty())
        return R::failure(error(source, line, Texts::tr("provider “%1”: %2").arg(id, problem)));
    return std::optional<PromptfooProvider>(provider);
}

Status Reader::readTests(const Node &node, const QString &source, QList<EvalCase> *out)
{
    for (const Node &item : oneOrMany(node)) {
        if (item.IsMap()) {
            Result<EvalCase> evalCase = readCase(item, source, false);
            if (!evalCase)
                return Status::failure(evalCase.error());
            out->append(std::move(evalCase).value());
            continue;
        }
        const QString reference = item.IsScalar() ? scalar(item) : QString();
        if (!reference.startsWith(kFile))
            return Status::failure(
                error(source, lineOf(item), Texts::tr("tests: expected a test or a file://PATH of tests")));
        const QString path = resolve(reference);
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (reference.contains(QLatin1Char('*')) || suffix == QLatin1String("js") || suffix == QLatin1String("py") ||
            suffix == QLatin1String("ts")) {
            skip(lineOf(item), Texts::tr("tests %1").arg(reference),
                 Texts::tr("only .csv, .jsonl, .yaml, .yml and .json test files are supported; skipped"));
            continue;
        }
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("jsonl")) {
            const Result<EvalSet> set = EvalSetFormat::importFile(path);
            if (!set)
                return Status::failure(error(source, lineOf(item), set.error()));
            out->append(set->cases);
            continue;
        }
        QString fileSource;
        const Result<Node> tests = load(path, &fileSource);
        if (!tests)
            return Status::failure(error(source, lineOf(item), tests.error()));
        if (!tests->IsSequence())
            return Status::failure(error(fileSource, lineOf(*tests), Texts::tr("expected a list of tests")));
        if (const Status read = readTests(*tests, fileSource, out); !read)
            return read;
    }
    return success();
}

Result<EvalCase> Reader::readCase(const Node &node, const QString &source, bool isDefault)
{
    if (!node.IsMap())
        return Result<EvalCase>::failure(error(source, lineOf(node), Texts::tr("a test must be a map")));
    QJsonObject object;
    for (const auto &pair : node) {
        const QString key = scalar(pair.first);
        const Node &value = pair.second;
        if (key == QLatin1String("assert") && value.IsSequence()) {
            QJsonArray asserts;
            for (const Node &assertion : value) {
                const QString type = assertion.IsMap() && assertion["type"] ? scalar(assertion["type"]) : QString();
                const QString bare = type.startsWith(QLatin1String("not-")) ? type.mid(4) : type;
                const bool fromFile = assertion.IsMap() && assertion["value"] && assertion["value"].IsScalar() &&
                    scalar(assertion["value"]).startsWith(kFile);
                if (isForeignAssertion(bare) || fromFile) {
                    skip(lineOf(assertion), Texts::tr("assert type \"%1\"").arg(type),
                         fromFile ? Texts::tr("values read from files are not supported; assertion skipped")
                                  : Texts::tr("not supported by Rightsize; assertion skipped"));
                    continue;
                }
                asserts.append(toJson(assertion));
            }
            object.insert(key, asserts);
        } else if (key == QLatin1String("options") && value.IsMap()) {
            QJsonObject options;
            for (const auto &option : value) {
                const QString name = scalar(option.first);
                if (name == QLatin1String("prefix") || name == QLatin1String("suffix")) {
                    options.insert(name, toJson(option.second));
                } else if (isDefault && name == QLatin1String("provider")) {
                    const auto judge = readProvider(option.second, source);
                    if (!judge)
                        return Result<EvalCase>::failure(judge.error());
                    m_project.rubricProvider = judge.value();
                } else {
                    skip(lineOf(option.first), QStringLiteral("options.%1").arg(name),
                         Texts::tr("not supported by Rightsize; ignored"));
                }
            }
            object.insert(key, options);
        } else if (key == QLatin1String("provider") || key == QLatin1String("providers") ||
                   key == QLatin1String("providerOutput") || key == QLatin1String("assertScoringFunction") ||
                   key == QLatin1String("prompts")) {
            skip(lineOf(pair.first), key, Texts::tr("not supported by Rightsize; ignored"));
        } else {
            object.insert(key, toJson(value));
        }
    }
    const Result<EvalCase> evalCase = EvalSetFormat::caseFromJson(object);
    if (!evalCase)
        return Result<EvalCase>::failure(error(
            source, lineOf(node), isDefault ? Texts::tr("defaultTest: %1").arg(evalCase.error()) : evalCase.error()));
    return evalCase;
}

Status Reader::readEvaluateOptions(const Node &node, const QString &source)
{
    if (!node.IsMap())
        return Status::failure(error(source, lineOf(node), Texts::tr("evaluateOptions: expected a map")));
    for (const auto &pair : node) {
        const QString key = scalar(pair.first);
        const QJsonValue value = toJson(pair.second);
        const int max = key == QLatin1String("repeat") ? 100 : 64;
        if (key != QLatin1String("repeat") && key != QLatin1String("maxConcurrency")) {
            skip(lineOf(pair.first), QStringLiteral("evaluateOptions.%1").arg(key),
                 Texts::tr("not supported by Rightsize; ignored"));
            continue;
        }
        const double n = value.toDouble(-1);
        if (!value.isDouble() || n < 1 || n > max || n != std::floor(n))
            return Status::failure(
                error(source, lineOf(pair.second),
                      Texts::tr("evaluateOptions.%1: expected a whole number from 1 to %2").arg(key).arg(max)));
        if (key == QLatin1String("repeat"))
            m_project.repeat = int(n);
        else
            m_project.maxConcurrency = int(n);
    }
    return success();
}

} // namespace

namespace PromptfooConfig {

Result<PromptfooProject> read(const QString &path)
{
    return Reader(path).read(path);
}

bool isConfigPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("yaml") || suffix == QLatin1String("yml");
}

std::optional<Endpoint> matchConfigured(const Endpoint &wanted, const QList<Endpoint> &configured)
{
    const auto same = [](const QUrl &a, const QUrl &b) {
        return a.adjusted(QUrl::StripTrailingSlash) == b.adjusted(QUrl::StripTrailingSlash);
    };
    for (const Endpoint &endpoint : configured)
        if (endpoint.kind == wanted.kind && endpoint.model == wanted.model && same(endpoint.baseUrl, wanted.baseUrl))
            return endpoint;
    return std::nullopt;
}

QList<Endpoint> endpoints(const QList<PromptfooProvider> &providers, const QList<Endpoint> &configured,
                          QList<bool> *isConfigured)
{
    QList<Endpoint> result;
    QStringList names;
    QStringList taken; // a stored key is filed under the endpoint's name: never borrow another's
    for (const Endpoint &endpoint : configured)
        taken.append(endpoint.name);
    for (const PromptfooProvider &provider : providers) {
        Endpoint endpoint = provider.endpoint;
        if (std::optional<Endpoint> mine = matchConfigured(endpoint, configured); mine && !names.contains(mine->name)) {
            if (endpoint.temperature)
                mine->temperature = endpoint.temperature;
            if (endpoint.maxTokens)
                mine->maxTokens = endpoint.maxTokens;
            endpoint = *mine;
            if (isConfigured)
                isConfigured->append(true);
        } else {
            if (isConfigured)
                isConfigured->append(false);
            const QString name = endpoint.name;
            for (int n = 1; taken.contains(endpoint.name) || names.contains(endpoint.name); ++n)
                endpoint.name =
                    n == 1 ? Texts::tr("%1 (promptfoo)").arg(name) : Texts::tr("%1 (promptfoo %2)").arg(name).arg(n);
        }
        names.append(endpoint.name);
        result.append(endpoint);
    }
    return result;
}

QString describe(const QString &source, const PromptfooUnsupported &item)
{
    return Texts::tr("%1 line %2: %3: %4").arg(source, QString::number(item.line), item.what, item.why);
}

} // namespace PromptfooConfig
