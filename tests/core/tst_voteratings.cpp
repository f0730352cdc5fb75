// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "eval/pairwiseratings.h"
#include "eval/voteratings.h"
#include "store/database.h"
#include "store/runrepository.h"
#include "store/voterepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

namespace {
/// Exact ratings, no intervals.
RatingOptions noBootstrap()
{
    RatingOptions options;
    options.bootstrapSamples = 0;
    return options;
}

ResponseRecord response(int position, const QString &catalogModel, const QString &model = QStringLiteral("served"))
{
    ResponseRecord r;
    r.position = position;
    r.endpoint.name = QStringLiteral("endpoint%1").arg(position);
    r.endpoint.model = model;
    r.endpoint.catalogModel = catalogModel;
    r.endpoint.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
    r.status = ResponseRecord::Status::Complete;
    r.result.text = QStringLiteral("answer %1").arg(position);
    return r;
}

/// Run 1 and 2: alpha, beta, gamma in positions 0–2. Run 3: alpha twice, then a local model
/// without a catalog model (rated by its served name).
QList<RunRecord> handMadeRuns()
{
    QList<RunRecord> runs;
    for (int i = 0; i < 3; ++i) {
        RunRecord run;
        run.startedAt = QDateTime(QDate(2026, 3, i + 1), QTime(12, 0), QTimeZone::utc());
        run.origin = QStringLiteral("compare");
        run.prompt.user = QStringLiteral("question %1").arg(i);
        if (i < 2)
            run.responses = {response(0, QStringLiteral("alpha")), response(1, QStringLiteral("beta")),
                             response(2, QStringLiteral("gamma"))};
        else
            run.responses = {response(0, QStringLiteral("alpha")), response(1, QStringLiteral("alpha")),
                             response(2, QString(), QStringLiteral("llama-local"))};
        runs.append(run);
    }
    return runs;
}

/// Alpha–beta 1:1, beta beats gamma, alpha beats gamma, alpha–gamma tie, beta–gamma both bad;
/// then two votes that say nothing about models (same model twice, a missing position), and
/// alpha beats the local model.
QList<Vote> handMadeVotes(const QList<RunRecord> &runs)
{
    const qint64 r1 = runs.at(0).id, r2 = runs.at(1).id, r3 = runs.at(2).id;
    return {{r1, 0, 1, Vote::ABetter, {}}, {r1, 1, 2, Vote::ABetter, {}}, {r1, 0, 2, Vote::ABetter, {}},
            {r2, 0, 1, Vote::BBetter, {}}, {r2, 0, 2, Vote::Tie, {}},     {r2, 1, 2, Vote::BothBad, {}},
            {r3, 0, 1, Vote::ABetter, {}}, {r3, 0, 5, Vote::ABetter, {}}, {r3, 2, 0, Vote::BBetter, {}}};
}
} // namespace

/// Stored Compare votes (run + response positions) become model-versus-model votes with exact
/// tallies, from memory and from a database.
class TestVoteRatings : public QObject
{
    Q_OBJECT

    static void checkHandMade(const StoredVotes &stored)
    {
        using O = PairwiseVote::Outcome;
        const QString a = QStringLiteral("alpha"), b = QStringLiteral("beta"), c = QStringLiteral("gamma"),
                      l = QStringLiteral("llama-local");
        const QList<PairwiseVote> expected{{a, b, O::AWins}, {b, c, O::AWins},   {a, c, O::AWins}, {a, b, O::BWins},
                                           {a, c, O::Tie},   {b, c, O::BothBad}, {l, a, O::BWins}};
        QCOMPARE(stored.votes, expected);
        QCOMPARE(stored.skipped, 2);
        const QList<VoteTally> tallies{{a, 3, 1, 1, 0}, {b, 2, 0, 1, 1}, {c, 0, 1, 2, 1}, {l, 0, 0, 1, 0}};
        QCOMPARE(stored.tallies, tallies);
        QCOMPARE(stored.tallies.at(1).votes(), 4);
    }

private slots:
    void modelKeyPrefersTheCatalogModel_data()
    {
        QTest::addColumn<QString>("catalogModel");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("key");
        QTest::addRow("catalog") << QStringLiteral("openai/gpt-x") << QStringLiteral("gpt-x")
                                 << QStringLiteral("openai/gpt-x");
        QTest::addRow("served") << QString() << QStringLiteral("llama3") << QStringLiteral("llama3");
        QTest::addRow("name") << QString() << QString() << QStringLiteral("box");
    }

    void modelKeyPrefersTheCatalogModel()
    {
        QFETCH(QString, catalogModel);
        QFETCH(QString, model);
        QFETCH(QString, key);
        Endpoint e;
        e.name = QStringLiteral("box");
        e.model = model;
        e.catalogModel = catalogModel;
        QCOMPARE(VoteRatings::modelKey(e), key);
    }

    void fromRunsCountsExactly()
    {
        QList<RunRecord> runs = handMadeRuns();
        for (int i = 0; i < runs.size(); ++i)
            runs[i].id = 10 + i;
        QList<Vote> votes = handMadeVotes(runs);
        votes.append({99, 0, 1, Vote::ABetter, {}}); // a deleted run
        StoredVotes stored = VoteRatings::fromRuns(votes, runs);
        QCOMPARE(stored.skipped, 3);
        stored.skipped = 2;
        checkHandMade(stored);

        // Without the local model's vote: alpha 2.5 of 4 (1:1 with beta, beat and tied gamma),
        // beta 2 of 3 (1:1 with alpha, beat gamma; the both-bad vote ignored), gamma 0.5 of 3. The
        // maximum-likelihood fit (hand-iterated Zermelo/MM, geometric mean at 1000) puts beta first:
        // it beat gamma outright where alpha only tied it.
        const QList<ModelRating> ratings = PairwiseRatings::bradleyTerry(stored.votes.mid(0, 6), noBootstrap());
        QStringList order;
        for (const ModelRating &r : ratings)
            order << r.model;
        QCOMPARE(order, (QStringList{QStringLiteral("beta"), QStringLiteral("alpha"), QStringLiteral("gamma")}));
        const double expected[] = {1120.99, 1071.58, 807.43};
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(std::abs(ratings.at(i).rating - expected[i]) < 0.01,
                     qPrintable(QString::number(ratings.at(i).rating)));
            QVERIFY(!ratings.at(i).regularized);
        }
        QCOMPARE(ratings.at(1).votes, 4);
        QCOMPARE(ratings.at(1).wins, 2.5);
        // With it, the local model lost every vote it took part in: the fit is regularised.
        const QList<ModelRating> all = PairwiseRatings::bradleyTerry(stored.votes, noBootstrap());
        QCOMPARE(all.size(), 4);
        QVERIFY(all.first().regularized);
    }

    void loadsEveryStoredVote()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("votes.sqlite"))).ok());
        QCOMPARE(VoteRatings::load(db)->votes.size(), 0);
        QList<RunRecord> runs = handMadeRuns();
        QVERIFY(RunRepository(db).insertRuns(runs).ok());
        VoteRepository repository(db);
        for (const Vote &vote : handMadeVotes(runs))
            QVERIFY(repository.addVote(vote).ok());
        const Result<StoredVotes> loaded = VoteRatings::load(db);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        checkHandMade(*loaded);
    }
};

QTEST_GUILESS_MAIN(TestVoteRatings)
#include "tst_voteratings.moc"
