// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "eval/measuredquality.h"
#include "eval/pairwiseratings.h"

#include <QTest>

#include <cmath>

namespace {

using Outcome = PairwiseVote::Outcome;

QList<PairwiseVote> votes(const char *a, const char *b, int aWins, int bWins, int ties = 0, int bothBad = 0)
{
    QList<PairwiseVote> list;
    const QString ma = QString::fromUtf8(a);
    const QString mb = QString::fromUtf8(b);
    for (int i = 0; i < aWins; ++i)
        list.append({ma, mb, Outcome::AWins});
    for (int i = 0; i < bWins; ++i)
        list.append({ma, mb, Outcome::BWins});
    for (int i = 0; i < ties; ++i)
        list.append({ma, mb, Outcome::Tie});
    for (int i = 0; i < bothBad; ++i)
        list.append({ma, mb, Outcome::BothBad});
    return list;
}

const ModelRating &find(const QList<ModelRating> &ratings, const char *model)
{
    for (const ModelRating &rating : ratings)
        if (rating.model == QLatin1String(model))
            return rating;
    qFatal("no rating for %s", model);
}

RatingOptions noBootstrap()
{
    RatingOptions options;
    options.bootstrapSamples = 0;
    return options;
}

} // namespace

class TestRating : public QObject
{
    Q_OBJECT

private slots:
    void twoModelsByHand()
    {
        // A beats B 3 times of 4: P = 0.75 = s_A / (s_A + s_B), so s_A / s_B = 3; geometric mean 1.
        const QList<ModelRating> ratings = PairwiseRatings::bradleyTerry(votes("A", "B", 3, 1), noBootstrap());
        QCOMPARE(ratings.size(), 2);
        QCOMPARE(ratings.at(0).model, QStringLiteral("A"));
        QVERIFY(std::abs(ratings.at(0).strength - std::sqrt(3.0)) < 1e-9);
        QVERIFY(std::abs(ratings.at(1).strength - 1.0 / std::sqrt(3.0)) < 1e-9);
        QVERIFY(std::abs(ratings.at(0).rating - 1095.4242509439325) < 1e-6);
        QVERIFY(std::abs(ratings.at(1).rating - 904.5757490560675) < 1e-6);
        QCOMPARE(ratings.at(0).wins, 3.0);
        QCOMPARE(ratings.at(0).votes, 4);
        QVERIFY(!ratings.at(0).regularized);
        QVERIFY(!ratings.at(0).ratingLow.has_value());
    }

    void threeModelsClosedForm()
    {
        // Counts chosen to equal their expectations under strengths 4 : 2 : 1 (A–B 2:1, B–C 2:1,
        // A–C 4:1), so these strengths solve the likelihood equations exactly; geometric mean 2.
        QList<PairwiseVote> all = votes("A", "B", 2, 1) + votes("B", "C", 2, 1) + votes("A", "C", 4, 1);
        const QList<ModelRating> ratings = PairwiseRatings::bradleyTerry(all, noBootstrap());
        QVERIFY(std::abs(find(ratings, "A").strength - 2.0) < 1e-6);
        QVERIFY(std::abs(find(ratings, "B").strength - 1.0) < 1e-6);
        QVERIFY(std::abs(find(ratings, "C").strength - 0.5) < 1e-6);
        QVERIFY(std::abs(find(ratings, "A").rating - 1120.4119982655925) < 1e-6);
        QVERIFY(std::abs(find(ratings, "B").rating - 1000.0) < 1e-6);
        QVERIFY(std::abs(find(ratings, "C").rating - 879.5880017344075) < 1e-6);
        QCOMPARE(ratings.at(0).model, QStringLiteral("A"));
        QCOMPARE(ratings.at(2).model, QStringLiteral("C"));

        // The order of the votes does not matter.
        std::reverse(all.begin(), all.end());
        QVERIFY(std::abs(find(PairwiseRatings::bradleyTerry(all, noBootstrap()), "A").rating - 1120.4119982655925) <
                1e-6);
    }

    void anchorPinsOneModel()
    {
        RatingOptions options = noBootstrap();
        options.anchor = QStringLiteral("B");
        const QList<ModelRating> ratings = PairwiseRatings::bradleyTerry(votes("A", "B", 3, 1), options);
        QVERIFY(std::abs(find(ratings, "B").rating - 1000.0) < 1e-9);
        QVERIFY(std::abs(find(ratings, "B").strength - 1.0) < 1e-9);
        QVERIFY(std::abs(find(ratings, "A").rating - 1190.848501887865) < 1e-6);
    }

    void tiesAndBothBad()
    {
        // A tie is half a win each: 1 win + 2 ties each way make equal strengths.
        const QList<ModelRating> even = PairwiseRatings::bradleyTerry(votes("A", "B", 1, 1, 2), noBootstrap());
        QVERIFY(std::abs(find(even, "A").rating - 1000.0) < 1e-9);
        QCOMPARE(find(even, "A").wins, 2.0);

        // "Both bad" as a tie: 1 win + 1 tie against 0 + 1 tie is 1.5 : 0.5, the 3 : 1 of before.
        RatingOptions asTie = noBootstrap();
        asTie.bothBadAsTie = true;
        const QList<ModelRating> tied = PairwiseRatings::bradleyTerry(votes("A", "B", 1, 0, 0, 1), asTie);
        QVERIFY(std::abs(find(tied, "A").rating - 1095.4242509439325) < 1e-6);
        QCOMPARE(find(tied, "A").votes, 2);

        // Ignored (the default): A won its only vote, no estimate exists, so the fit is regularised.
        const QList<ModelRating> ignored = PairwiseRatings::bradleyTerry(votes("A", "B", 1, 0, 0, 1), noBootstrap());
        QCOMPARE(find(ignored, "A").votes, 1);
        QVERIFY(find(ignored, "A").regularized);
        QVERIFY(std::isfinite(find(ignored, "A").rating));
        QVERIFY(find(ignored, "A").rating > find(ignored, "B").rating);
    }

    void bootstrapIsReproducible()
    {
        const QList<PairwiseVote> all = votes("A", "B", 30, 10) + votes("B", "C", 20, 20) + votes("A", "C", 25, 15);
        RatingOptions options;
        options.bootstrapSamples = 1000;
        const QList<ModelRating> first = PairwiseRatings::bradleyTerry(all, options);
        const QList<ModelRating> second = PairwiseRatings::bradleyTerry(all, options);
        for (int i = 0; i < first.size(); ++i) {
            QCOMPARE(first.at(i).ratingLow, second.at(i).ratingLow);
            QCOMPARE(first.at(i).ratingHigh, second.at(i).ratingHigh);
            QVERIFY(*first.at(i).ratingLow < first.at(i).rating);
            QVERIFY(first.at(i).rating < *first.at(i).ratingHigh);
        }
        // A beat B 3:1 over 40 votes: its interval excludes B's rating.
        QVERIFY(*find(first, "A").ratingLow > find(first, "B").rating);
        options.seed = 7;
        QVERIFY(PairwiseRatings::bradleyTerry(all, options).first().ratingLow != first.first().ratingLow);
    }

    void eloBySteps()
    {
        QList<PairwiseVote> all{{QStringLiteral("A"), QStringLiteral("B"), Outcome::AWins}};
        QList<ModelRating> ratings = PairwiseRatings::elo(all, noBootstrap());
        QCOMPARE(find(ratings, "A").rating, 1016.0);
        QCOMPARE(find(ratings, "B").rating, 984.0);
        all.append({QStringLiteral("B"), QStringLiteral("A"), Outcome::AWins}); // B wins the second
        ratings = PairwiseRatings::elo(all, noBootstrap());
        QVERIFY(std::abs(find(ratings, "A").rating - 998.5304984710245) < 1e-9);
        QVERIFY(std::abs(find(ratings, "B").rating - 1001.4695015289755) < 1e-9);
        QCOMPARE(ratings.first().model, QStringLiteral("B"));
    }

    void ratingsAsCatalogBenchmark()
    {
        const QList<ModelRating> ratings = PairwiseRatings::bradleyTerry(votes("m-a", "m-b", 3, 1), noBootstrap());
        const MeasuredQuality measured =
            MeasuredQuality::fromRatings(QStringLiteral("blind votes"), ratings, QDate(2026, 3, 14));
        QCOMPARE(measured.benchmark.id, QStringLiteral("rating:blind votes"));
        QCOMPARE(measured.benchmark.kind, ScoreKind::Rating);
        QCOMPARE(measured.benchmark.source, QStringLiteral("your pairwise votes blind votes, 2026-03-14, 4 votes"));
        QCOMPARE(measured.scores.size(), 2);
        QCOMPARE(measured.scores.first().first, QStringLiteral("m-a"));
        QVERIFY(std::abs(measured.scores.first().second.value - 1095.4242509439325) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestRating)
#include "tst_rating.moc"
