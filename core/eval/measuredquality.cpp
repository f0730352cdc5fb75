// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "measuredquality.h"

#include "evalstatistics.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(MeasuredQuality)
};
} // namespace

MeasuredQuality MeasuredQuality::fromEvaluation(const EvalSet &set, const QList<EvalResult> &results, const QDate &date)
{
    MeasuredQuality measured;
    QSet<int> cases;
    QStringList models;
    QHash<QString, std::pair<int, int>> tallies; // model → (passes, results)
    for (const EvalResult &result : results) {
        cases.insert(result.caseIndex);
        if (result.catalogModel.isEmpty()) {
            if (!measured.unmappedEndpoints.contains(result.endpointName))
                measured.unmappedEndpoints.append(result.endpointName);
            continue;
        }
        if (!models.contains(result.catalogModel))
            models.append(result.catalogModel);
        auto &tally = tallies[result.catalogModel];
        tally.first += result.passed ? 1 : 0;
        ++tally.second;
    }
    const QString when = date.toString(Qt::ISODate);
    measured.benchmark.id = QStringLiteral("eval:%1").arg(set.id.isEmpty() ? set.name : set.id);
    measured.benchmark.name = Texts::tr("Your evaluation %1").arg(set.name);
    measured.benchmark.kind = ScoreKind::Accuracy;
    measured.benchmark.scaleMax = 1.0;
    measured.benchmark.source =
        Texts::tr("your evaluation %1, %2, %n cases", nullptr, int(cases.size())).arg(set.name, when);
    measured.benchmark.license = Texts::tr("your own measurement");
    measured.benchmark.date = date;
    for (const QString &model : std::as_const(models)) {
        const auto &[passes, total] = tallies.value(model);
        const EvalStatistics::Interval interval = EvalStatistics::wilson(passes, total);
        measured.scores.append({model,
                                QualityScore{measured.benchmark.id, double(passes) / total, measured.benchmark.source,
                                             date, interval.low, interval.high}});
    }
    return measured;
}

MeasuredQuality MeasuredQuality::fromRatings(const QString &name, const QList<ModelRating> &ratings, const QDate &date)
{
    MeasuredQuality measured;
    int votes = 0;
    for (const ModelRating &rating : ratings)
        votes += rating.votes;
    votes /= 2; // every vote involves two models
    measured.benchmark.id = QStringLiteral("rating:%1").arg(name);
    measured.benchmark.name = Texts::tr("Your ratings %1").arg(name);
    measured.benchmark.kind = ScoreKind::Rating;
    measured.benchmark.scaleMax = 1.0;
    measured.benchmark.source =
        Texts::tr("your pairwise votes %1, %2, %n votes", nullptr, votes).arg(name, date.toString(Qt::ISODate));
    measured.benchmark.license = Texts::tr("your own measurement");
    measured.benchmark.date = date;
    for (const ModelRating &rating : ratings) {
        QualityScore score{measured.benchmark.id, rating.rating, measured.benchmark.source, date, {}, {}};
        if (rating.ratingLow && rating.ratingHigh) {
            score.low = std::min(*rating.ratingLow, rating.rating);
            score.high = std::max(*rating.ratingHigh, rating.rating);
        }
        measured.scores.append({rating.model, score});
    }
    return measured;
}

Catalog MeasuredQuality::applyTo(Catalog catalog) const
{
    catalog.benchmarks.removeIf([this](const BenchmarkInfo &b) { return b.id == benchmark.id; });
    catalog.benchmarks.append(benchmark);
    for (const auto &[modelId, score] : scores) {
        const ModelSpec *found = catalog.findModel(modelId);
        if (!found)
            continue;
        ModelSpec &model = catalog.models[found - catalog.models.constData()];
        model.quality.removeIf([this](const QualityScore &q) { return q.benchmark == benchmark.id; });
        model.quality.append(score);
    }
    return catalog;
}

QJsonObject MeasuredQuality::toJson() const
{
    QJsonArray scoreArray;
    for (const auto &[model, score] : scores) {
        QJsonObject entry{{QStringLiteral("model"), model},
                          {QStringLiteral("value"), score.value},
                          {QStringLiteral("source"), score.source},
                          {QStringLiteral("date"), score.date.toString(Qt::ISODate)}};
        if (score.low && score.high) {
            entry.insert(QStringLiteral("low"), *score.low);
            entry.insert(QStringLiteral("high"), *score.high);
        }
        scoreArray.append(entry);
    }
    const QJsonObject bench{
        {QStringLiteral("id"), benchmark.id},
        {QStringLiteral("name"), benchmark.name},
        {QStringLiteral("kind"),
         benchmark.kind == ScoreKind::Rating ? QStringLiteral("rating") : QStringLiteral("accuracy")},
        {QStringLiteral("scaleMax"), benchmark.scaleMax},
        {QStringLiteral("source"), benchmark.source},
        {QStringLiteral("license"), benchmark.license},
        {QStringLiteral("date"), benchmark.date.toString(Qt::ISODate)}};
    return QJsonObject{{QStringLiteral("benchmark"), bench},
                       {QStringLiteral("scores"), scoreArray},
                       {QStringLiteral("unmapped"), QJsonArray::fromStringList(unmappedEndpoints)}};
}

Result<MeasuredQuality> MeasuredQuality::fromJson(const QJsonObject &object)
{
    using R = Result<MeasuredQuality>;
    MeasuredQuality measured;
    const QJsonObject bench = object.value(QStringLiteral("benchmark")).toObject();
    measured.benchmark.id = bench.value(QStringLiteral("id")).toString();
    if (measured.benchmark.id.isEmpty())
        return R::failure(Texts::tr("Measured quality without a benchmark id (field “benchmark.id”)."));
    const QString kind = bench.value(QStringLiteral("kind")).toString();
    if (kind != QLatin1String("rating") && kind != QLatin1String("accuracy"))
        return R::failure(Texts::tr("Measured quality “%1”: unknown kind “%2” (field “benchmark.kind”).")
                              .arg(measured.benchmark.id, kind));
    measured.benchmark.kind = kind == QLatin1String("rating") ? ScoreKind::Rating : ScoreKind::Accuracy;
    measured.benchmark.name = bench.value(QStringLiteral("name")).toString();
    measured.benchmark.scaleMax = bench.value(QStringLiteral("scaleMax")).toDouble(1.0);
    measured.benchmark.source = bench.value(QStringLiteral("source")).toString();
    measured.benchmark.license = bench.value(QStringLiteral("license")).toString();
    measured.benchmark.date = QDate::fromString(bench.value(QStringLiteral("date")).toString(), Qt::ISODate);
    const QJsonArray scoreArray = object.value(QStringLiteral("scores")).toArray();
    for (qsizetype i = 0; i < scoreArray.size(); ++i) {
        const QJsonObject entry = scoreArray.at(i).toObject();
        const QString model = entry.value(QStringLiteral("model")).toString();
        const QJsonValue value = entry.value(QStringLiteral("value"));
        if (model.isEmpty() || !value.isDouble())
            return R::failure(
                Texts::tr("Measured quality “%1”: score %2 has no model or no number (fields “model”, “value”).")
                    .arg(measured.benchmark.id)
                    .arg(i + 1));
        QualityScore score{measured.benchmark.id,
                           value.toDouble(),
                           entry.value(QStringLiteral("source")).toString(),
                           QDate::fromString(entry.value(QStringLiteral("date")).toString(), Qt::ISODate),
                           {},
                           {}};
        // Stored before intervals were kept: no interval, which is what the score then says.
        const QJsonValue low = entry.value(QStringLiteral("low"));
        const QJsonValue high = entry.value(QStringLiteral("high"));
        if (low.isDouble() && high.isDouble() && low.toDouble() <= score.value && score.value <= high.toDouble()) {
            score.low = low.toDouble();
            score.high = high.toDouble();
        }
        measured.scores.append({model, score});
    }
    for (const QJsonArray elements = object.value(QStringLiteral("unmapped")).toArray();
         const QJsonValue &name : elements)
        measured.unmappedEndpoints.append(name.toString());
    return measured;
}
