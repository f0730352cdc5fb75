// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalogformat.h"

#include "modelsize.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <utility>

#include <climits>
#include <cmath>
#include <utility>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CatalogFormat)
};

const QString kFormatId = QStringLiteral("rightsize-catalog");
constexpr int kFormatVersion = 1;

QString loadError(const QString &sourceName, const QString &detail)
{
    return Texts::tr("Cannot load catalog %1: %2").arg(sourceName, detail);
}

/// Walks one JSON object and remembers the first problem, phrased as
/// `<entry> field "<name>": <problem>` so that the user can find it in the file.
/// Every getter returns false once an error is recorded, so callers can chain them and stop early.
class FieldReader
{
public:
    /// `prefix` locates a nested object within the entry, e.g. "quality[0]." .
    FieldReader(const QJsonObject &object, QString entry, QString *error, QString prefix = {})
        : m_object(object)
        , m_entry(std::move(entry))
        , m_prefix(std::move(prefix))
        , m_error(error)
    { }

    bool fail(const QString &field, const QString &problem) const
    {
        if (m_error->isEmpty()) {
            const QString where = m_prefix + field;
            *m_error = m_entry.isEmpty() ? Texts::tr("field \"%1\": %2").arg(where, problem)
                                         : Texts::tr("%1 field \"%2\": %3").arg(m_entry, where, problem);
        }
        return false;
    }

    /// Null counts as absent: LiteLLM and hand-written files use both for "unknown".
    bool has(const QString &key) const
    {
        const QJsonValue v = m_object.value(key);
        return !v.isUndefined() && !v.isNull();
    }
    QJsonValue value(const QString &key) const { return m_object.value(key); }

    bool requiredString(const QString &key, QString *out, bool nonEmpty = true) const
    {
        if (!has(key))
            return fail(key, Texts::tr("required but missing"));
        const QJsonValue v = value(key);
        if (!v.isString() || (nonEmpty && v.toString().isEmpty()))
            return fail(key, nonEmpty ? Texts::tr("expected a non-empty string") : Texts::tr("expected a string"));
        *out = v.toString();
        return true;
    }

    bool optionalString(const QString &key, QString *out) const
    {
        if (!has(key))
            return true;
        const QJsonValue v = value(key);
        if (!v.isString())
            return fail(key, Texts::tr("expected a string"));
        *out = v.toString();
        return true;
    }

    bool optionalDate(const QString &key, QDate *out) const
    {
        if (!has(key))
            return true;
        const QJsonValue v = value(key);
        const QDate d = v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
        if (!d.isValid())
            return fail(key, Texts::tr("expected a date in the form YYYY-MM-DD"));
        *out = d;
        return true;
    }

    bool number(const QString &key, double *out, bool required) const
    {
        if (!has(key))
            return required ? fail(key, Texts::tr("required but missing")) : true;
        const QJsonValue v = value(key);
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return fail(key, Texts::tr("expected a number"));
        *out = v.toDouble();
        return true;
    }

    bool nonNegative(const QString &key, double *out) const
    {
        if (!has(key))
            return true;
        const QJsonValue v = value(key);
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0.0)
            return fail(key, Texts::tr("expected a number ≥ 0"));
        *out = v.toDouble();
        return true;
    }

    bool optionalNonNegative(const QString &key, std::optional<double> *out) const
    {
        double d = 0.0;
        if (!has(key))
            return true;
        if (!nonNegative(key, &d))
            return false;
        *out = d;
        return true;
    }

    /// Token limits: whole and positive. LiteLLM writes some as floats (2000000.0), which is fine,
    /// and some as 0 for "not published" (`zeroIsUnknown`).
    bool optionalCount(const QString &key, std::optional<int> *out, bool zeroIsUnknown = false) const
    {
        if (!has(key))
            return true;
        const QJsonValue v = value(key);
        const double d = v.toDouble(-1.0);
        if (zeroIsUnknown && v.isDouble() && d == 0.0)
            return true;
        if (!v.isDouble() || !std::isfinite(d) || d <= 0.0 || d > double(INT_MAX) || std::floor(d) != d)
            return fail(key, Texts::tr("expected a whole number greater than 0"));
        *out = int(d);
        return true;
    }

    bool optionalBool(const QString &key, bool *out) const
    {
        if (!has(key))
            return true;
        const QJsonValue v = value(key);
        if (!v.isBool())
            return fail(key, Texts::tr("expected true or false"));
        *out = v.toBool();
        return true;
    }

    bool optionalStringList(const QString &key, QStringList *out) const
    {
        if (!has(key))
            return true;
        const QJsonValue v = value(key);
        if (!v.isArray())
            return fail(key, Texts::tr("expected a list of strings"));
        QStringList list;
        for (const QJsonArray elements = v.toArray(); const QJsonValue &item : elements) {
            if (!item.isString())
                return fail(key, Texts::tr("expected a list of strings"));
            list.append(item.toString());
        }
        *out = list;
        return true;
    }

    /// An optional list of objects; absent gives an empty list.
    bool optionalObjectList(const QString &key, QJsonArray *out) const
    {
        if (!has(key))
            return true;
        const QJsonValue v = value(key);
        if (!v.isArray())
            return fail(key, Texts::tr("expected a list"));
        *out = v.toArray();
        return true;
    }

private:
    QJsonObject m_object;
    QString m_entry;
    QString m_prefix;
    QString *m_error;
};

QString entryLabel(const char *kindWithId, const char *kindWithIndex, const QJsonValue &entry, qsizetype index)
{
    const QJsonValue id = entry.toObject().value(QStringLiteral("id"));
    if (id.isString() && !id.toString().isEmpty())
        return Texts::tr(kindWithId).arg(id.toString());
    return Texts::tr(kindWithIndex).arg(index + 1);
}

bool readBenchmark(const QJsonValue &entry, qsizetype index, BenchmarkInfo *out, QString *error)
{
    const QString label = entryLabel(QT_TRANSLATE_NOOP("CatalogFormat", "benchmark \"%1\""),
                                     QT_TRANSLATE_NOOP("CatalogFormat", "benchmark #%1"), entry, index);
    if (!entry.isObject()) {
        *error = Texts::tr("%1: expected an object").arg(label);
        return false;
    }
    FieldReader r(entry.toObject(), label, error);
    BenchmarkInfo b;
    if (!r.requiredString(QStringLiteral("id"), &b.id))
        return false;
    b.name = b.id;
    QString kind;
    if (!r.optionalString(QStringLiteral("name"), &b.name) || !r.requiredString(QStringLiteral("kind"), &kind))
        return false;
    if (kind == u"accuracy")
        b.kind = ScoreKind::Accuracy;
    else if (kind == u"rating")
        b.kind = ScoreKind::Rating;
    else
        return r.fail(QStringLiteral("kind"), Texts::tr("expected \"accuracy\" or \"rating\""));
    if (r.has(QStringLiteral("scale_max"))) {
        const QJsonValue v = r.value(QStringLiteral("scale_max"));
        if (!v.isDouble() || !(v.toDouble() > 0.0) || !std::isfinite(v.toDouble()))
            return r.fail(QStringLiteral("scale_max"), Texts::tr("expected a number greater than 0"));
        b.scaleMax = v.toDouble();
    }
    if (!r.optionalString(QStringLiteral("source"), &b.source) ||
        !r.optionalString(QStringLiteral("license"), &b.license) || !r.optionalDate(QStringLiteral("date"), &b.date))
        return false;
    *out = b;
    return true;
}

bool readTask(const QJsonValue &entry, qsizetype index, const Catalog &catalog, TaskProfile *out, QString *error)
{
    const QString label = entryLabel(QT_TRANSLATE_NOOP("CatalogFormat", "task \"%1\""),
                                     QT_TRANSLATE_NOOP("CatalogFormat", "task #%1"), entry, index);
    if (!entry.isObject()) {
        *error = Texts::tr("%1: expected an object").arg(label);
        return false;
    }
    FieldReader r(entry.toObject(), label, error);
    TaskProfile t;
    if (!r.requiredString(QStringLiteral("id"), &t.id))
        return false;
    t.name = t.id;
    if (!r.optionalString(QStringLiteral("name"), &t.name) ||
        !r.optionalString(QStringLiteral("recommended"), &t.recommended) ||
        !r.optionalString(QStringLiteral("alternative"), &t.alternative) ||
        !r.optionalString(QStringLiteral("reasoning"), &t.reasoning) ||
        !r.optionalString(QStringLiteral("benchmark"), &t.benchmark) ||
        !r.optionalString(QStringLiteral("benchmark_reason"), &t.benchmarkReason))
        return false;
    if (!t.benchmark.isEmpty() && !catalog.findBenchmark(t.benchmark))
        return r.fail(QStringLiteral("benchmark"),
                      Texts::tr("benchmark \"%1\" is not declared in \"benchmarks\"").arg(t.benchmark));
    *out = t;
    return true;
}

bool readModel(const QJsonValue &entry, qsizetype index, const Catalog &catalog, ModelSpec *out, QString *error)
{
    const QString label = entryLabel(QT_TRANSLATE_NOOP("CatalogFormat", "model \"%1\""),
                                     QT_TRANSLATE_NOOP("CatalogFormat", "model #%1"), entry, index);
    if (!entry.isObject()) {
        *error = Texts::tr("%1: expected an object").arg(label);
        return false;
    }
    FieldReader r(entry.toObject(), label, error);
    ModelSpec m;
    if (!r.requiredString(QStringLiteral("id"), &m.id))
        return false;
    m.displayName = m.id;
    QString tier;
    double params = 0.0;
    if (!r.optionalString(QStringLiteral("name"), &m.displayName) ||
        !r.optionalString(QStringLiteral("provider"), &m.provider) || !r.optionalString(QStringLiteral("tier"), &tier))
        return false;
    if (r.has(QStringLiteral("parameters_b"))) {
        const QJsonValue v = r.value(QStringLiteral("parameters_b"));
        if (!v.isDouble() || !(v.toDouble() > 0.0) || !std::isfinite(v.toDouble()))
            return r.fail(QStringLiteral("parameters_b"), Texts::tr("expected a number greater than 0"));
        params = v.toDouble();
        m.parameterCountB = params;
    }
    if (r.has(QStringLiteral("active_parameters_b"))) {
        const QJsonValue v = r.value(QStringLiteral("active_parameters_b"));
        if (!v.isDouble() || !(v.toDouble() > 0.0) || !std::isfinite(v.toDouble()))
            return r.fail(QStringLiteral("active_parameters_b"), Texts::tr("expected a number greater than 0"));
        if (m.parameterCountB && v.toDouble() > *m.parameterCountB)
            return r.fail(QStringLiteral("active_parameters_b"),
                          Texts::tr("more active parameters than parameters in all (\"parameters_b\")"));
        m.activeParameterCountB = v.toDouble();
    }
    QString basis;
    if (!r.optionalString(QStringLiteral("tier_basis"), &basis) ||
        !r.optionalStringList(QStringLiteral("notes"), &m.notes))
        return false;
    if (!r.nonNegative(QStringLiteral("input_per_1m"), &m.inputPricePerMTok) ||
        !r.nonNegative(QStringLiteral("output_per_1m"), &m.outputPricePerMTok) ||
        !r.optionalNonNegative(QStringLiteral("self_hosted_per_hour"), &m.selfHostedPerHour) ||
        !r.optionalNonNegative(QStringLiteral("latency_ms"), &m.typicalLatencyMs) ||
        !r.optionalCount(QStringLiteral("context_window"), &m.contextWindow) ||
        !r.optionalCount(QStringLiteral("max_output_tokens"), &m.maxOutputTokens) ||
        !r.optionalStringList(QStringLiteral("capabilities"), &m.capabilities) ||
        !r.optionalBool(QStringLiteral("open_weights"), &m.openWeights))
        return false;

    if (r.has(QStringLiteral("tier"))) {
        const std::optional<Tier> t = tierFromId(tier);
        if (!t)
            return r.fail(QStringLiteral("tier"), Texts::tr("expected one of tiny, small, medium, large, frontier"));
        m.tier = *t;
    } else if (m.parameterCountB) {
        m.tier = tierForParameterCount(params);
        m.tierBasis = TierBasis::Parameters;
    } else if (m.inputPricePerMTok > 0.0 || m.outputPricePerMTok > 0.0) {
        m.tier = tierForPriceBand(m.inputPricePerMTok, m.outputPricePerMTok);
        m.tierBasis = TierBasis::PriceBand;
    } else {
        m.tierBasis = TierBasis::Unknown;
    }
    if (r.has(QStringLiteral("tier_basis"))) {
        const std::optional<TierBasis> b = tierBasisFromId(basis);
        if (!b)
            return r.fail(QStringLiteral("tier_basis"),
                          Texts::tr("expected one of parameters, price_band, score, unknown"));
        m.tierBasis = *b;
    }

    QJsonArray quality;
    if (!r.optionalObjectList(QStringLiteral("quality"), &quality))
        return false;
    for (qsizetype i = 0; i < quality.size(); ++i) {
        const QString prefix = QStringLiteral("quality[%1].").arg(i);
        if (!quality.at(i).isObject())
            return r.fail(QStringLiteral("quality[%1]").arg(i), Texts::tr("expected an object"));
        FieldReader q(quality.at(i).toObject(), label, error, prefix);
        QualityScore s;
        double low = 0.0;
        double high = 0.0;
        if (!q.requiredString(QStringLiteral("benchmark"), &s.benchmark) ||
            !q.number(QStringLiteral("value"), &s.value, true) ||
            !q.optionalString(QStringLiteral("source"), &s.source) ||
            !q.optionalDate(QStringLiteral("date"), &s.date) || !q.number(QStringLiteral("low"), &low, false) ||
            !q.number(QStringLiteral("high"), &high, false))
            return false;
        if (q.has(QStringLiteral("low")) != q.has(QStringLiteral("high")))
            return q.fail(q.has(QStringLiteral("low")) ? QStringLiteral("high") : QStringLiteral("low"),
                          Texts::tr("an interval needs both \"low\" and \"high\""));
        if (q.has(QStringLiteral("low"))) {
            if (!(low <= s.value && s.value <= high))
                return q.fail(QStringLiteral("low"),
                              Texts::tr("the interval must contain the value (low ≤ value ≤ high)"));
            s.low = low;
            s.high = high;
        }
        const BenchmarkInfo *b = catalog.findBenchmark(s.benchmark);
        if (!b)
            return r.fail(prefix + QStringLiteral("benchmark"),
                          Texts::tr("benchmark \"%1\" is not declared in \"benchmarks\"").arg(s.benchmark));
        // Only an absent key inherits: an explicit null date means "undated" and must stay so.
        if (q.value(QStringLiteral("source")).isUndefined())
            s.source = b->source;
        if (q.value(QStringLiteral("date")).isUndefined())
            s.date = b->date;
        m.quality.append(s);
    }

    if (r.has(QStringLiteral("provenance"))) {
        const QJsonValue pv = r.value(QStringLiteral("provenance"));
        if (!pv.isObject())
            return r.fail(QStringLiteral("provenance"), Texts::tr("expected an object"));
        FieldReader p(pv.toObject(), label, error, QStringLiteral("provenance."));
        Provenance prov;
        if (!p.optionalString(QStringLiteral("catalog"), &prov.catalog) ||
            !p.optionalDate(QStringLiteral("date"), &prov.date) ||
            !p.optionalString(QStringLiteral("origin"), &prov.origin))
            return false;
        m.provenance = prov;
    } else {
        m.provenance = defaultProvenance(catalog);
    }
    *out = m;
    return true;
}

Result<Catalog> parseRightsizeObject(const QJsonObject &root, const QString &sourceName)
{
    QString error;
    FieldReader r(root, QString(), &error);
    auto failed = [&]() { return Result<Catalog>::failure(loadError(sourceName, error)); };

    QString format;
    if (!r.requiredString(QStringLiteral("format"), &format))
        return failed();
    if (format != kFormatId) {
        r.fail(QStringLiteral("format"), Texts::tr("unknown format \"%1\" (expected \"%2\")").arg(format, kFormatId));
        return failed();
    }
    if (!r.has(QStringLiteral("version"))) {
        r.fail(QStringLiteral("version"), Texts::tr("required but missing"));
        return failed();
    }
    const QJsonValue version = r.value(QStringLiteral("version"));
    const double v = version.toDouble(-1.0);
    if (!version.isDouble() || v < 1.0 || std::floor(v) != v || v > 1e9) {
        r.fail(QStringLiteral("version"), Texts::tr("expected a whole number greater than 0"));
        return failed();
    }
    if (v > kFormatVersion) {
        r.fail(QStringLiteral("version"),
               Texts::tr("version %1 is newer than this Rightsize can read (up to %2); update Rightsize")
                   .arg(qint64(v))
                   .arg(kFormatVersion));
        return failed();
    }

    Catalog c;
    if (!r.requiredString(QStringLiteral("name"), &c.name))
        return failed();
    c.title = c.name;
    if (!r.optionalString(QStringLiteral("title"), &c.title) || !r.optionalDate(QStringLiteral("date"), &c.date) ||
        !r.optionalString(QStringLiteral("description"), &c.description) ||
        !r.optionalString(QStringLiteral("attribution"), &c.attribution) ||
        !r.optionalString(QStringLiteral("default_benchmark"), &c.defaultBenchmark))
        return failed();

    QJsonArray benchmarks;
    QJsonArray models;
    QJsonArray tasks;
    if (!r.optionalObjectList(QStringLiteral("benchmarks"), &benchmarks))
        return failed();
    if (!r.has(QStringLiteral("models"))) {
        r.fail(QStringLiteral("models"), Texts::tr("required but missing"));
        return failed();
    }
    if (!r.optionalObjectList(QStringLiteral("models"), &models) ||
        !r.optionalObjectList(QStringLiteral("tasks"), &tasks))
        return failed();

    QSet<QString> seen;
    for (qsizetype i = 0; i < benchmarks.size(); ++i) {
        BenchmarkInfo b;
        if (!readBenchmark(benchmarks.at(i), i, &b, &error))
            return failed();
        if (seen.contains(b.id)) {
            error = Texts::tr("benchmark #%1 field \"id\": duplicate id \"%2\"").arg(QString::number(i + 1), b.id);
            return failed();
        }
        seen.insert(b.id);
        c.benchmarks.append(b);
    }
    if (!c.defaultBenchmark.isEmpty() && !c.findBenchmark(c.defaultBenchmark)) {
        r.fail(QStringLiteral("default_benchmark"),
               Texts::tr("benchmark \"%1\" is not declared in \"benchmarks\"").arg(c.defaultBenchmark));
        return failed();
    }

    seen.clear();
    for (qsizetype i = 0; i < models.size(); ++i) {
        ModelSpec m;
        if (!readModel(models.at(i), i, c, &m, &error))
            return failed();
        if (seen.contains(m.id)) {
            error = Texts::tr("model #%1 field \"id\": duplicate id \"%2\"").arg(QString::number(i + 1), m.id);
            return failed();
        }
        seen.insert(m.id);
        c.models.append(m);
    }

    seen.clear();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        TaskProfile t;
        if (!readTask(tasks.at(i), i, c, &t, &error))
            return failed();
        if (seen.contains(t.id)) {
            error = Texts::tr("task #%1 field \"id\": duplicate id \"%2\"").arg(QString::number(i + 1), t.id);
            return failed();
        }
        seen.insert(t.id);
        c.tasks.append(t);
    }
    return c;
}

/// LiteLLM prices are USD per token; a clean per-1M figure (0.15, not 0.15000000000000002) keeps
/// exported files and comparisons tidy. Nano-dollar resolution is far below any listed price.
constexpr double kMaxPricePerToken = 1.0;

double perTokenToPerMillion(double perToken)
{
    return std::round(perToken * 1e6 * 1e9) / 1e9;
}

/// The tier of an imported model with no tier of its own: from the size its name states, else
/// from the blended price band. $0 in and out outside local servers is a placeholder (previews,
/// entries nobody priced): the price is unknown, and the price band would call it small.
/// `unknownNote` says so with the model.
void assignImportedTier(ModelSpec *m, const QString &name, const QString &unknownNote)
{
    const bool placeholder = m->inputPricePerMTok == 0.0 && m->outputPricePerMTok == 0.0;
    if (placeholder && !m->isLocal())
        m->notes.append(unknownNote);
    if (const std::optional<ModelSize> size = modelSizeFromName(name)) {
        m->parameterCountB = size->totalB;
        m->activeParameterCountB = size->activeB;
        m->tier = tierForParameterCount(size->totalB);
        m->tierBasis = TierBasis::Parameters;
    } else if (placeholder) {
        m->tier = Tier::Medium;
        m->tierBasis = TierBasis::Unknown;
    } else {
        m->tier = tierForPriceBand(m->inputPricePerMTok, m->outputPricePerMTok);
        m->tierBasis = TierBasis::PriceBand;
    }
}

/// A price per 1M tokens must fit a catalog file; a million dollars per 1M tokens is a typo.
constexpr double kMaxPricePerMTok = 1.0e6;

bool priceInRange(double perMTok, const QString &label, const QString &field, QString *error)
{
    if (perMTok <= kMaxPricePerMTok)
        return true;
    *error = Texts::tr("%1 field \"%2\": %3 USD per 1M tokens is out of range (at most %4)")
                 .arg(label, field, QString::number(perMTok, 'g', 6), QString::number(kMaxPricePerMTok, 'g', 6));
    return false;
}

/// models.dev's api.json: {"<provider>": {"id", "name", "models": {"<model>": {...}}}}, costs in
/// USD per 1M tokens, limits in tokens, dates as YYYY-MM-DD (or YYYY-MM).
QDate modelsDevDate(const QJsonValue &v)
{
    // Four-digit years only: QDate also reads "-2025-06" (a year before Christ), which no catalog
    // means and which Rightsize's own format could not write back.
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}(-\\d{2})?$"));
    const QString text = v.toString();
    if (!shape.match(text).hasMatch())
        return {};
    QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("yyyy-MM"));
    return d;
}

Result<Catalog> importModelsDevObject(const QJsonObject &root, const QString &sourceName, const QString &catalogName,
                                      const QDate &date)
{
    Catalog c;
    c.name = catalogName;
    c.title = Texts::tr("models.dev prices: %1").arg(sourceName);
    c.date = date;
    c.description = Texts::tr("Text models imported from a models.dev api.json file, one entry per provider and "
                              "model; each model is dated by its last update on models.dev; tiers come from the "
                              "size the name states, else from the blended price band rule; a model without a "
                              "cost, or with $0 outside local servers, has an unknown price.");
    c.attribution = Texts::tr("models.dev api.json (sst/models.dev, MIT)");
    const Provenance provenance = defaultProvenance(c);
    QString error;
    const auto fail = [&](const QString &detail) { return Result<Catalog>::failure(loadError(sourceName, detail)); };
    // A provider's "id" may differ from its key, so two entries can make one id: refuse it, as
    // Rightsize's own format does, instead of keeping a catalog that cannot be read back.
    QSet<QString> ids;
    for (auto p = root.begin(); p != root.end(); ++p) {
        const QString providerLabel = Texts::tr("provider \"%1\"").arg(p.key());
        if (!p.value().isObject())
            return fail(Texts::tr("%1: expected an object").arg(providerLabel));
        const QJsonObject provider = p.value().toObject();
        const QJsonValue models = provider.value(QStringLiteral("models"));
        if (!models.isObject())
            return fail(Texts::tr("%1 field \"models\": expected an object of models").arg(providerLabel));
        QString providerId = p.key();
        FieldReader pr(provider, providerLabel, &error);
        if (!pr.optionalString(QStringLiteral("id"), &providerId))
            return fail(error);
        const QJsonObject modelObject = models.toObject();
        for (auto it = modelObject.begin(); it != modelObject.end(); ++it) {
            if (it.key().trimmed().isEmpty())
                return fail(Texts::tr("%1: a model has an empty name").arg(providerLabel));
            const QString label = Texts::tr("model \"%1/%2\"").arg(p.key(), it.key());
            if (!it.value().isObject())
                return fail(Texts::tr("%1: expected an object").arg(label));
            const QJsonObject entry = it.value().toObject();
            FieldReader r(entry, label, &error);
            ModelSpec m;
            m.provider = providerId;
            m.id = providerId + u'/' + it.key();
            m.displayName = it.key();
            QStringList inputs;
            QStringList outputs{QStringLiteral("text")};
            if (!r.optionalString(QStringLiteral("name"), &m.displayName) ||
                !r.optionalBool(QStringLiteral("open_weights"), &m.openWeights))
                return fail(error);
            const QJsonValue modalities = entry.value(QStringLiteral("modalities"));
            if (!modalities.isUndefined() && !modalities.isNull()) {
                if (!modalities.isObject())
                    return fail(Texts::tr("%1 field \"modalities\": expected an object").arg(label));
                FieldReader mr(modalities.toObject(), label, &error, QStringLiteral("modalities."));
                if (!mr.optionalStringList(QStringLiteral("input"), &inputs) ||
                    !mr.optionalStringList(QStringLiteral("output"), &outputs))
                    return fail(error);
            }
            // Embedding, image and speech models answer no chat prompt.
            if (!outputs.contains(QStringLiteral("text")))
                continue;
            const QJsonValue limit = entry.value(QStringLiteral("limit"));
            if (limit.isObject()) {
                FieldReader lr(limit.toObject(), label, &error, QStringLiteral("limit."));
                if (!lr.optionalCount(QStringLiteral("context"), &m.contextWindow, true) ||
                    !lr.optionalCount(QStringLiteral("output"), &m.maxOutputTokens, true))
                    return fail(error);
            } else if (!limit.isUndefined() && !limit.isNull()) {
                return fail(Texts::tr("%1 field \"limit\": expected an object").arg(label));
            }
            const QJsonValue cost = entry.value(QStringLiteral("cost"));
            if (cost.isObject()) {
                FieldReader cr(cost.toObject(), label, &error, QStringLiteral("cost."));
                if (!cr.nonNegative(QStringLiteral("input"), &m.inputPricePerMTok) ||
                    !cr.nonNegative(QStringLiteral("output"), &m.outputPricePerMTok))
                    return fail(error);
                if (!priceInRange(m.inputPricePerMTok, label, QStringLiteral("cost.input"), &error) ||
                    !priceInRange(m.outputPricePerMTok, label, QStringLiteral("cost.output"), &error))
                    return fail(error);
                double cacheRead = 0.0;
                if (!cr.nonNegative(QStringLiteral("cache_read"), &cacheRead))
                    return fail(error);
                if (cr.has(QStringLiteral("cache_read")))
                    m.notes.append(Texts::tr("models.dev: cached input costs $%1 per 1M tokens")
                                       .arg(QLocale(QLocale::English).toString(cacheRead, 'g', 6)));
            } else if (!cost.isUndefined() && !cost.isNull()) {
                return fail(Texts::tr("%1 field \"cost\": expected an object").arg(label));
            }
            QDate updated;
            for (const QString &key : {QStringLiteral("last_updated"), QStringLiteral("release_date")}) {
                const QJsonValue v = entry.value(key);
                if (v.isUndefined() || v.isNull())
                    continue;
                const QDate d = modelsDevDate(v);
                if (!d.isValid())
                    return fail(Texts::tr("%1 field \"%2\": expected a date in the form YYYY-MM-DD").arg(label, key));
                if (!updated.isValid())
                    updated = d;
            }
            if (inputs.contains(QStringLiteral("image")))
                m.capabilities.append(QStringLiteral("vision"));
            if (entry.value(QStringLiteral("tool_call")).toBool(false))
                m.capabilities.append(QStringLiteral("function_calling"));
            if (entry.value(QStringLiteral("reasoning")).toBool(false))
                m.capabilities.append(QStringLiteral("reasoning"));
            assignImportedTier(&m, it.key(),
                               cost.isObject() ? Texts::tr("models.dev lists $0 for input and output: a placeholder, "
                                                           "so the price is unknown")
                                               : Texts::tr("models.dev lists no cost: the price is unknown"));
            m.provenance = provenance;
            if (updated.isValid())
                m.provenance.date = updated;
            if (ids.contains(m.id))
                return fail(Texts::tr("model #%1 field \"id\": duplicate id \"%2\"")
                                .arg(QString::number(c.models.size() + 1), m.id));
            ids.insert(m.id);
            c.models.append(m);
        }
    }
    return c;
}

/// OpenRouter's GET /api/v1/models: {"data": [{"id", "name", "created", "context_length",
/// "architecture": {"input_modalities", "output_modalities"}, "pricing": {"prompt", "completion"},
/// "top_provider": {"max_completion_tokens"}}]}; prices are USD per token, written as strings.
Result<Catalog> importOpenRouterObject(const QJsonObject &root, const QString &sourceName, const QString &catalogName,
                                       const QDate &date)
{
    Catalog c;
    c.name = catalogName;
    c.title = Texts::tr("OpenRouter prices: %1").arg(sourceName);
    c.date = date;
    c.description = Texts::tr("Text models imported from OpenRouter's model list (/api/v1/models), priced as "
                              "OpenRouter charges; tiers come from the size the name states, else from the blended "
                              "price band rule; a variable price (-1) or $0 counts as unknown.");
    c.attribution = Texts::tr("OpenRouter /api/v1/models (openrouter.ai)");
    const Provenance provenance = defaultProvenance(c);
    QString error;
    const auto fail = [&](const QString &detail) { return Result<Catalog>::failure(loadError(sourceName, detail)); };
    const QJsonArray data = root.value(QStringLiteral("data")).toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QString id = data.at(i).toObject().value(QStringLiteral("id")).toString();
        const QString label = id.isEmpty() ? Texts::tr("model %1").arg(i + 1) : Texts::tr("model \"%1\"").arg(id);
        if (!data.at(i).isObject())
            return fail(Texts::tr("%1: expected an object").arg(label));
        const QJsonObject entry = data.at(i).toObject();
        FieldReader r(entry, label, &error);
        ModelSpec m;
        if (!r.requiredString(QStringLiteral("id"), &m.id) || !r.optionalString(QStringLiteral("name"), &m.displayName))
            return fail(error);
        if (seen.contains(m.id))
            return fail(Texts::tr("%1: listed twice").arg(label));
        seen.insert(m.id);
        if (m.displayName.isEmpty())
            m.displayName = m.id;
        m.provider = m.id.section(u'/', 0, 0);
        QStringList inputs;
        QStringList outputs{QStringLiteral("text")};
        const QJsonValue arch = entry.value(QStringLiteral("architecture"));
        if (arch.isObject()) {
            FieldReader ar(arch.toObject(), label, &error, QStringLiteral("architecture."));
            if (!ar.optionalStringList(QStringLiteral("input_modalities"), &inputs) ||
                !ar.optionalStringList(QStringLiteral("output_modalities"), &outputs))
                return fail(error);
        } else if (!arch.isUndefined() && !arch.isNull()) {
            return fail(Texts::tr("%1 field \"architecture\": expected an object").arg(label));
        }
        if (!outputs.contains(QStringLiteral("text")))
            continue;
        if (!r.optionalCount(QStringLiteral("context_length"), &m.contextWindow, true))
            return fail(error);
        const QJsonValue top = entry.value(QStringLiteral("top_provider"));
        if (top.isObject()) {
            FieldReader tp(top.toObject(), label, &error, QStringLiteral("top_provider."));
            if (!tp.optionalCount(QStringLiteral("max_completion_tokens"), &m.maxOutputTokens, true))
                return fail(error);
        }
        const QJsonValue pricing = entry.value(QStringLiteral("pricing"));
        if (!pricing.isObject())
            return fail(Texts::tr("%1 field \"pricing\": required but missing").arg(label));
        bool variable = false;
        for (const auto &[key, out] : {std::pair{QStringLiteral("prompt"), &m.inputPricePerMTok},
                                       std::pair{QStringLiteral("completion"), &m.outputPricePerMTok}}) {
            const QJsonValue v = pricing.toObject().value(key);
            const QString field = QStringLiteral("pricing.") + key;
            bool ok = false;
            const double perToken = v.isString() ? v.toString().toDouble(&ok) : v.toDouble();
            ok = ok || v.isDouble();
            if (!ok || !std::isfinite(perToken))
                return fail(
                    Texts::tr("%1 field \"%2\": expected a price per token such as \"0.000002\"").arg(label, field));
            // OpenRouter's routers ("openrouter/auto") say -1: the price depends on the model chosen.
            if (perToken < 0.0) {
                variable = true;
                continue;
            }
            if (perToken > kMaxPricePerToken)
                return fail(
                    Texts::tr("%1 field \"%2\": %3 USD per token is out of range (at most %4)")
                        .arg(label, field, QString::number(perToken, 'g', 6), QString::number(kMaxPricePerToken)));
            *out = perTokenToPerMillion(perToken);
        }
        if (variable) {
            m.inputPricePerMTok = 0.0;
            m.outputPricePerMTok = 0.0;
        }
        if (inputs.contains(QStringLiteral("image")))
            m.capabilities.append(QStringLiteral("vision"));
        const QStringList parameters = entry.value(QStringLiteral("supported_parameters")).toVariant().toStringList();
        if (parameters.contains(QStringLiteral("tools")))
            m.capabilities.append(QStringLiteral("function_calling"));
        if (parameters.contains(QStringLiteral("reasoning")))
            m.capabilities.append(QStringLiteral("reasoning"));
        assignImportedTier(
            &m, m.id,
            variable ? Texts::tr("OpenRouter prices this router by the model it picks: the price is unknown")
                     : Texts::tr("OpenRouter lists $0 for input and output: a placeholder, so the price is unknown"));
        m.provenance = provenance;
        c.models.append(m);
    }
    return c;
}

/// Which catalog a JSON object is, from its content alone.
enum class CatalogKind { Rightsize, LiteLlm, ModelsDev, OpenRouter };

CatalogKind detectCatalogKind(const QJsonObject &root)
{
    if (root.contains(QStringLiteral("format")))
        return CatalogKind::Rightsize;
    if (root.value(QStringLiteral("data")).isArray())
        return CatalogKind::OpenRouter;
    // models.dev: every value a provider object holding a "models" object. LiteLLM's entries
    // never carry "models".
    bool anyProvider = false;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it.value().isObject() || !it.value().toObject().contains(QStringLiteral("models")))
            return CatalogKind::LiteLlm;
        anyProvider = true;
    }
    return anyProvider ? CatalogKind::ModelsDev : CatalogKind::LiteLlm;
}

Result<Catalog> importLiteLlmObject(const QJsonObject &root, const QString &sourceName, const QString &catalogName,
                                    const QDate &date)
{
    Catalog c;
    c.name = catalogName;
    c.title = Texts::tr("LiteLLM prices: %1").arg(sourceName);
    c.date = date;
    c.description = Texts::tr("Chat models imported from a LiteLLM model_prices_and_context_window.json file; "
                              "tiers come from the size the name states (mixture-of-experts models by their "
                              "total size), else from the blended price band rule; a $0 price outside local "
                              "servers is a placeholder and counts as unknown.");
    c.attribution = Texts::tr("LiteLLM model_prices_and_context_window.json (BerriAI/litellm, MIT)");

    const Provenance provenance = defaultProvenance(c);
    QString error;
    // QJsonObject iterates in key order, so the import is deterministic.
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString key = it.key();
        // Not models: an annotated example entry and LiteLLM's id-rewriting rules.
        if (key == u"sample_spec" || key == u"fallback_generalizations")
            continue;
        if (key.trimmed().isEmpty())
            return Result<Catalog>::failure(loadError(sourceName, Texts::tr("a model has an empty name")));
        const QString label = Texts::tr("model \"%1\"").arg(key);
        if (!it.value().isObject())
            return Result<Catalog>::failure(loadError(sourceName, Texts::tr("%1: expected an object").arg(label)));
        const QJsonObject entry = it.value().toObject();
        if (entry.value(QStringLiteral("mode")).toString() != u"chat")
            continue;
        FieldReader r(entry, label, &error);
        const QString inKey = QStringLiteral("input_cost_per_token");
        const QString outKey = QStringLiteral("output_cost_per_token");
        // Some chat entries carry their token prices only as tiers by prompt length; others
        // (containers, commitment plans) carry no token price at all: nothing to compare.
        const QString tieredKey = QStringLiteral("tiered_pricing");
        const bool tiered = !r.has(inKey) && !r.has(outKey) && r.has(tieredKey);
        if (!r.has(inKey) && !r.has(outKey) && !tiered)
            continue;
        ModelSpec m;
        m.id = key;
        m.displayName = key;
        double in = 0.0;
        double out = 0.0;
        if (!r.optionalString(QStringLiteral("litellm_provider"), &m.provider) ||
            !r.optionalCount(QStringLiteral("max_input_tokens"), &m.contextWindow, true) ||
            !r.optionalCount(QStringLiteral("max_output_tokens"), &m.maxOutputTokens, true))
            return Result<Catalog>::failure(loadError(sourceName, error));
        QString priceField = inKey;
        QString outField = outKey;
        if (tiered) {
            // The first tier (the shortest prompts) is what most requests pay; the note says so.
            const QJsonValue tiers = r.value(tieredKey);
            const QJsonArray list = tiers.toArray();
            if (!tiers.isArray() || list.isEmpty() || !list.at(0).isObject())
                return Result<Catalog>::failure(loadError(
                    sourceName, Texts::tr("%1 field \"%2\": expected a list of price tiers").arg(label, tieredKey)));
            qsizetype first = 0;
            for (qsizetype i = 0; i < list.size(); ++i) {
                const double start = list.at(i).toObject().value(QStringLiteral("range")).toArray().at(0).toDouble(0.0);
                const double best =
                    list.at(first).toObject().value(QStringLiteral("range")).toArray().at(0).toDouble(0.0);
                if (list.at(i).isObject() && start < best)
                    first = i;
            }
            const QJsonObject tier = list.at(first).toObject();
            FieldReader t(tier, label, &error, QStringLiteral("%1[%2].").arg(tieredKey, QString::number(first)));
            if (!t.nonNegative(inKey, &in) || !t.nonNegative(outKey, &out))
                return Result<Catalog>::failure(loadError(sourceName, error));
            priceField = QStringLiteral("%1[%2].%3").arg(tieredKey, QString::number(first), inKey);
            outField = QStringLiteral("%1[%2].%3").arg(tieredKey, QString::number(first), outKey);
            const double upTo = tier.value(QStringLiteral("range")).toArray().at(1).toDouble(0.0);
            m.notes.append(upTo > 0.0
                               ? Texts::tr("LiteLLM prices this model only in %n tier(s) by prompt length; imported at "
                                           "the first (prompts up to %1 tokens)",
                                           nullptr, int(list.size()))
                                     .arg(QLocale(QLocale::English).toString(upTo, 'f', 0))
                               : Texts::tr("LiteLLM prices this model only in %n tier(s) by prompt length; imported at "
                                           "the first",
                                           nullptr, int(list.size())));
        } else if (!r.nonNegative(inKey, &in) || !r.nonNegative(outKey, &out)) {
            return Result<Catalog>::failure(loadError(sourceName, error));
        }
        // A dollar per token is a million per 1M tokens: anything above is a typo, and would
        // overflow the per-1M conversion.
        for (const auto &[field, price] : {std::pair{priceField, in}, std::pair{outField, out}}) {
            if (price > kMaxPricePerToken)
                return Result<Catalog>::failure(loadError(
                    sourceName,
                    Texts::tr("%1 field \"%2\": %3 USD per token is out of range (at most %4)")
                        .arg(label, field, QString::number(price, 'g', 6), QString::number(kMaxPricePerToken))));
        }
        m.inputPricePerMTok = perTokenToPerMillion(in);
        m.outputPricePerMTok = perTokenToPerMillion(out);
        // Local servers run open weights; their $0 is real.
        m.openWeights = m.isLocal();
        assignImportedTier(&m, key,
                           Texts::tr("LiteLLM lists $0 for input and output: a placeholder, so the price is unknown"));
        for (auto f = entry.begin(); f != entry.end(); ++f) {
            if (f.key().startsWith(u"supports_") && f.value().toBool(false))
                m.capabilities.append(f.key().mid(9));
        }
        m.provenance = provenance;
        c.models.append(m);
    }
    return c;
}

Result<Catalog> importDetected(const QJsonObject &root, const QString &sourceName, const QString &catalogName,
                               const QDate &date)
{
    switch (detectCatalogKind(root)) {
    case CatalogKind::Rightsize:
        return parseRightsizeObject(root, sourceName);
    case CatalogKind::OpenRouter:
        return importOpenRouterObject(root, sourceName, catalogName, date);
    case CatalogKind::ModelsDev:
        return importModelsDevObject(root, sourceName, catalogName, date);
    case CatalogKind::LiteLlm:
        break;
    }
    return importLiteLlmObject(root, sourceName, catalogName, date);
}

Result<QJsonObject> parseObject(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Result<QJsonObject>::failure(loadError(
            sourceName,
            Texts::tr("not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)));
    }
    if (!doc.isObject())
        return Result<QJsonObject>::failure(
            loadError(sourceName, Texts::tr("expected a JSON object at the top level")));
    return doc.object();
}

// ---- writing ---------------------------------------------------------------------------------

/// JSON text of one scalar, array or object, compact.
QByteArray jsonText(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

using Fields = QList<std::pair<const char *, QJsonValue>>;

/// One object on one line, keys in the order given: diffs of catalog files stay one line per model.
QByteArray objectLine(const Fields &fields)
{
    QByteArray out = "{";
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += jsonText(QString::fromLatin1(fields.at(i).first)) + ": " + jsonText(fields.at(i).second);
    }
    return out + "}";
}

QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QByteArray modelLine(const ModelSpec &m, const Provenance &catalogProvenance)
{
    Fields f{{"id", m.id}, {"name", m.displayName}, {"provider", m.provider}, {"tier", tierId(m.tier)}};
    if (m.tierBasis != TierBasis::Catalog)
        f.append({"tier_basis", tierBasisId(m.tierBasis)});
    if (m.parameterCountB)
        f.append({"parameters_b", *m.parameterCountB});
    if (m.activeParameterCountB)
        f.append({"active_parameters_b", *m.activeParameterCountB});
    f.append({"input_per_1m", m.inputPricePerMTok});
    f.append({"output_per_1m", m.outputPricePerMTok});
    if (m.selfHostedPerHour)
        f.append({"self_hosted_per_hour", *m.selfHostedPerHour});
    if (m.typicalLatencyMs)
        f.append({"latency_ms", *m.typicalLatencyMs});
    if (m.contextWindow)
        f.append({"context_window", *m.contextWindow});
    if (m.maxOutputTokens)
        f.append({"max_output_tokens", *m.maxOutputTokens});
    f.append({"capabilities", QJsonArray::fromStringList(m.capabilities)});
    f.append({"open_weights", m.openWeights});
    if (!m.notes.isEmpty())
        f.append({"notes", QJsonArray::fromStringList(m.notes)});
    QByteArray quality = "[";
    for (qsizetype i = 0; i < m.quality.size(); ++i) {
        const QualityScore &s = m.quality.at(i);
        if (i > 0)
            quality += ", ";
        Fields score{{"benchmark", s.benchmark}, {"value", s.value}, {"source", s.source}, {"date", dateValue(s.date)}};
        if (s.low && s.high) {
            score.append({"low", *s.low});
            score.append({"high", *s.high});
        }
        quality += objectLine(score);
    }
    quality += "]";
    QByteArray line = objectLine(f);
    line.chop(1);
    line += ", \"quality\": " + quality;
    // Provenance is implied by the catalog; only a model that came from elsewhere spells it out.
    if (m.provenance != catalogProvenance) {
        line += ", \"provenance\": " +
            objectLine({{"catalog", m.provenance.catalog},
                        {"date", dateValue(m.provenance.date)},
                        {"origin", m.provenance.origin}});
    }
    return line + "}";
}

template<typename T, typename F>
QByteArray listBlock(const QList<T> &items, F line)
{
    if (items.isEmpty())
        return "[]";
    QByteArray out = "[\n";
    for (qsizetype i = 0; i < items.size(); ++i)
        out += "    " + line(items.at(i)) + (i + 1 < items.size() ? ",\n" : "\n");
    return out + "  ]";
}

} // namespace

Provenance defaultProvenance(const Catalog &catalog)
{
    return {catalog.name, catalog.date, catalog.attribution.isEmpty() ? catalog.title : catalog.attribution};
}

Result<Catalog> parseRightsizeCatalog(const QByteArray &json, const QString &sourceName)
{
    const Result<QJsonObject> root = parseObject(json, sourceName);
    if (!root)
        return Result<Catalog>::failure(root.error());
    return parseRightsizeObject(*root, sourceName);
}

QByteArray serializeRightsizeCatalog(const Catalog &catalog)
{
    const Provenance provenance = defaultProvenance(catalog);
    const Fields header{{"format", kFormatId},
                        {"version", kFormatVersion},
                        {"name", catalog.name},
                        {"title", catalog.title},
                        {"date", dateValue(catalog.date)},
                        {"description", catalog.description},
                        {"attribution", catalog.attribution},
                        {"default_benchmark", catalog.defaultBenchmark}};
    QByteArray out = "{\n";
    for (const auto &[key, value] : header)
        out += "  " + jsonText(QString::fromLatin1(key)) + ": " + jsonText(value) + ",\n";
    out += "  \"benchmarks\": " +
        listBlock(
               catalog.benchmarks,
               [](const BenchmarkInfo &b) {
                   return objectLine(
                       {{"id", b.id},
                        {"name", b.name},
                        {"kind", b.kind == ScoreKind::Rating ? QStringLiteral("rating") : QStringLiteral("accuracy")},
                        {"scale_max", b.scaleMax},
                        {"source", b.source},
                        {"license", b.license},
                        {"date", dateValue(b.date)}});
               }) +
        ",\n";
    out += "  \"models\": " + listBlock(catalog.models, [&](const ModelSpec &m) { return modelLine(m, provenance); }) +
        ",\n";
    out += "  \"tasks\": " +
        listBlock(catalog.tasks,
                  [](const TaskProfile &t) {
                      Fields fields{{"id", t.id},
                                    {"name", t.name},
                                    {"recommended", t.recommended},
                                    {"alternative", t.alternative},
                                    {"reasoning", t.reasoning}};
                      if (!t.benchmark.isEmpty())
                          fields.append({"benchmark", t.benchmark});
                      if (!t.benchmarkReason.isEmpty())
                          fields.append({"benchmark_reason", t.benchmarkReason});
                      return objectLine(fields);
                  }) +
        "\n";
    return out + "}\n";
}

Result<Catalog> importLiteLlmCatalog(const QByteArray &json, const QString &sourceName, const QString &catalogName,
                                     const QDate &date)
{
    const Result<QJsonObject> root = parseObject(json, sourceName);
    if (!root)
        return Result<Catalog>::failure(root.error());
    return importLiteLlmObject(*root, sourceName, catalogName, date);
}

Result<Catalog> loadCatalogFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Catalog>::failure(Texts::tr("Cannot read catalog %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const QFileInfo info(path);
    const QString sourceName = info.fileName();
    const Result<QJsonObject> root = parseObject(bytes, sourceName);
    if (!root)
        return Result<Catalog>::failure(root.error());
    return importDetected(*root, sourceName, info.completeBaseName(), info.lastModified().date());
}

Result<Catalog> importModelsDevCatalog(const QByteArray &json, const QString &sourceName, const QString &catalogName,
                                       const QDate &date)
{
    const Result<QJsonObject> root = parseObject(json, sourceName);
    return root ? importModelsDevObject(*root, sourceName, catalogName, date) : Result<Catalog>::failure(root.error());
}

Result<Catalog> importOpenRouterCatalog(const QByteArray &json, const QString &sourceName, const QString &catalogName,
                                        const QDate &date)
{
    const Result<QJsonObject> root = parseObject(json, sourceName);
    return root ? importOpenRouterObject(*root, sourceName, catalogName, date) : Result<Catalog>::failure(root.error());
}

Result<Catalog> importCatalogJson(const QByteArray &json, const QString &sourceName, const QString &catalogName,
                                  const QDate &date)
{
    const Result<QJsonObject> root = parseObject(json, sourceName);
    return root ? importDetected(*root, sourceName, catalogName, date) : Result<Catalog>::failure(root.error());
}
