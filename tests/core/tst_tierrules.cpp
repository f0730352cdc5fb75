// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "decision/requirements.h"
#include "decision/tierrules.h"

#include <QTest>

Q_DECLARE_METATYPE(Requirements)
Q_DECLARE_METATYPE(Tier)

class TestTierRules : public QObject
{
    Q_OBJECT
private:
    static void verifyEarlierRulesNotFired(const TierDecision &d)
    {
        QCOMPARE(d.checks.size(), d.rule);
        for (int i = 0; i < d.checks.size(); ++i) {
            const RuleCheck &check = d.checks.at(i);
            QCOMPARE(check.rule, i + 1);
            QVERIFY2(!check.title.isEmpty(), qPrintable(QString::number(check.rule)));
            QVERIFY2(!check.explanation.isEmpty(), qPrintable(QString::number(check.rule)));
            QCOMPARE(check.fired, i == d.checks.size() - 1);
        }
        QCOMPARE(d.decidingRule().rule, d.rule);
    }

private slots:
    void complexityIds()
    {
        QCOMPARE(complexityId(Complexity::Simple), QStringLiteral("simple"));
        QCOMPARE(complexityId(Complexity::Medium), QStringLiteral("medium"));
        QCOMPARE(complexityId(Complexity::High), QStringLiteral("high"));
        for (Complexity c : {Complexity::Simple, Complexity::Medium, Complexity::High})
            QCOMPARE(complexityFromId(complexityId(c)), std::optional<Complexity>(c));
        QCOMPARE(complexityFromId(u"HIGH"), std::optional<Complexity>(Complexity::High));
        QVERIFY(!complexityFromId(u"extreme").has_value());
        QVERIFY(!complexityFromId(u"").has_value());
        QCOMPARE(complexityDisplayName(Complexity::Medium), QStringLiteral("Medium"));
    }

    // The article's own examples and the defaults.
    void goldenCases()
    {
        Requirements onDevice;
        onDevice.complexity = Complexity::Simple;
        onDevice.maxLatencyMs = 50;
        onDevice.requestsPerDay = 1000000;
        TierDecision d = decideTier(onDevice);
        QCOMPARE(d.tier, Tier::Small);
        QCOMPARE(d.rule, 2);
        verifyEarlierRulesNotFired(d);
        QCOMPARE(d.decidingRule().explanation,
                 QStringLiteral("Max latency 50 ms is under 100 ms: the model must run on-device"));

        Requirements reasoning;
        reasoning.complexity = Complexity::High;
        reasoning.multiStepReasoning = true;
        reasoning.minAccuracy = 0.98;
        d = decideTier(reasoning);
        QCOMPARE(d.tier, Tier::Large);
        QCOMPARE(d.rule, 1);
        verifyEarlierRulesNotFired(d);
        QCOMPARE(
            d.decidingRule().explanation,
            QStringLiteral("Multi-step reasoning is required and the complexity is High: a large model is needed"));

        d = decideTier(Requirements{});
        QCOMPARE(d.tier, Tier::Small);
        QCOMPARE(d.rule, 6);
        verifyEarlierRulesNotFired(d);
    }

    void explanationsCiteValues()
    {
        const TierDecision d = decideTier(Requirements{});
        QCOMPARE(d.checks.size(), 6);
        const QStringList expected{
            QStringLiteral("Multi-step reasoning is not required"),
            QStringLiteral("Max latency 1,000 ms is not under 100 ms"),
            QStringLiteral("Max cost $1.00 per 1,000 requests is not under $0.01, and 1,000 requests per day is not "
                           "over 100,000"),
            QStringLiteral("Context length 4,000 tokens is not over 32,000"),
            QStringLiteral("Complexity is Medium, not Simple"),
            QStringLiteral("The task is of medium complexity and min accuracy 0.9 is under 0.92: a small model is "
                           "enough"),
        };
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(d.checks.at(i).explanation, expected.at(i));
        QCOMPARE(d.checks.at(0).title, QStringLiteral("Reasoning on a complex task"));
        QCOMPARE(d.checks.at(1).title, QStringLiteral("Strict latency"));
    }

    void explanationVariants_data()
    {
        QTest::addColumn<Requirements>("requirements");
        QTest::addColumn<int>("rule");
        QTest::addColumn<QString>("explanation");

        Requirements r;
        r.multiStepReasoning = true;
        QTest::addRow("reasoning, medium complexity")
            << r << 1 << QStringLiteral("Multi-step reasoning is required, but the complexity is Medium, not High");

        r = {};
        r.maxCostPer1kRequests = 0.005;
        r.requestsPerDay = 200000;
        QTest::addRow("budget fired") << r << 3
                                      << QStringLiteral("Max cost $0.005 per 1,000 requests is under $0.01 and 200,000 "
                                                        "requests per day is over 100,000: only a small model is "
                                                        "affordable");
        r.requestsPerDay = 100000;
        QTest::addRow("cheap, volume not over")
            << r << 3
            << QStringLiteral("Max cost $0.005 per 1,000 requests is under $0.01, but 100,000 requests per day is not "
                              "over 100,000");
        r.maxCostPer1kRequests = 0.01;
        r.requestsPerDay = 1000000;
        QTest::addRow("busy, cost not under")
            << r << 3
            << QStringLiteral("Max cost $0.01 per 1,000 requests is not under $0.01 (1,000,000 requests per day is "
                              "over 100,000)");

        r = {};
        r.contextLength = 100000;
        QTest::addRow("long context") << r << 4
                                      << QStringLiteral("Context length 100,000 tokens is over 32,000: a large model "
                                                        "is needed for long context");
        r = {};
        r.complexity = Complexity::Simple;
        QTest::addRow("simple, tiny") << r << 5
                                      << QStringLiteral("The task is simple and min accuracy 0.9 is under 0.95: a "
                                                        "tiny model is enough");
        r.minAccuracy = 0.95;
        QTest::addRow("simple, small") << r << 5
                                       << QStringLiteral("The task is simple, but min accuracy 0.95 is not under "
                                                         "0.95: a small model is needed");
        r = {};
        r.minAccuracy = 0.92;
        QTest::addRow("medium, medium") << r << 6
                                        << QStringLiteral("The task is of medium complexity and min accuracy 0.92 is "
                                                          "not under 0.92: a medium model is needed");
        r = {};
        r.complexity = Complexity::High;
        QTest::addRow("high, not simple") << r << 5 << QStringLiteral("Complexity is High, not Simple");
        QTest::addRow("high, not medium") << r << 6 << QStringLiteral("Complexity is High, not Medium");
        QTest::addRow("default") << r << 7
                                 << QStringLiteral("No earlier rule applies (complexity High, no multi-step "
                                                   "reasoning): a medium model is the balanced default");
    }
    void explanationVariants()
    {
        QFETCH(Requirements, requirements);
        QFETCH(int, rule);
        QFETCH(QString, explanation);
        const TierDecision d = decideTier(requirements);
        QVERIFY(d.checks.size() >= rule);
        QCOMPARE(d.checks.at(rule - 1).explanation, explanation);
    }

    // Every rule, and each threshold from both sides: the article's comparisons are strict.
    void rules_data()
    {
        QTest::addColumn<Requirements>("requirements");
        QTest::addColumn<Tier>("tier");
        QTest::addColumn<int>("rule");

        const auto with = [](auto &&change) {
            Requirements r;
            change(r);
            return r;
        };

        QTest::addRow("1: reasoning, high") << with([](Requirements &r) {
            r.complexity = Complexity::High;
            r.multiStepReasoning = true;
        }) << Tier::Large << 1;
        QTest::addRow("1 beats 2: reasoning, high, 50 ms") << with([](Requirements &r) {
            r.complexity = Complexity::High;
            r.multiStepReasoning = true;
            r.maxLatencyMs = 50;
        }) << Tier::Large << 1;
        QTest::addRow("reasoning, medium: not 1") << with([](Requirements &r) {
            r.multiStepReasoning = true;
            r.minAccuracy = 0.95;
        }) << Tier::Medium << 6;
        QTest::addRow("reasoning, simple: not 1") << with([](Requirements &r) {
            r.complexity = Complexity::Simple;
            r.multiStepReasoning = true;
        }) << Tier::Tiny << 5;

        QTest::addRow("2: latency 99") << with([](Requirements &r) { r.maxLatencyMs = 99; }) << Tier::Small << 2;
        QTest::addRow("2: latency 99.9") << with([](Requirements &r) { r.maxLatencyMs = 99.9; }) << Tier::Small << 2;
        QTest::addRow("latency exactly 100: not 2")
            << with([](Requirements &r) { r.maxLatencyMs = 100; }) << Tier::Small << 6;
        QTest::addRow("2 beats 4: 50 ms, 100k context") << with([](Requirements &r) {
            r.maxLatencyMs = 50;
            r.contextLength = 100000;
        }) << Tier::Small << 2;

        QTest::addRow("3: $0.005, 100,001/day") << with([](Requirements &r) {
            r.maxCostPer1kRequests = 0.005;
            r.requestsPerDay = 100001;
        }) << Tier::Small << 3;
        QTest::addRow("3 beats 4: cheap, busy, long context") << with([](Requirements &r) {
            r.maxCostPer1kRequests = 0.005;
            r.requestsPerDay = 1000000;
            r.contextLength = 64000;
        }) << Tier::Small << 3;
        QTest::addRow("cost 0.01 not < 0.01") << with([](Requirements &r) {
            r.maxCostPer1kRequests = 0.01;
            r.requestsPerDay = 1000000;
            r.minAccuracy = 0.95;
        }) << Tier::Medium << 6;
        QTest::addRow("requests 100,000 not > 100,000") << with([](Requirements &r) {
            r.maxCostPer1kRequests = 0.001;
            r.requestsPerDay = 100000;
            r.minAccuracy = 0.95;
        }) << Tier::Medium << 6;

        QTest::addRow("4: context 32,001")
            << with([](Requirements &r) { r.contextLength = 32001; }) << Tier::Large << 4;
        QTest::addRow("4 beats 5: simple, long context") << with([](Requirements &r) {
            r.complexity = Complexity::Simple;
            r.contextLength = 128000;
        }) << Tier::Large << 4;
        QTest::addRow("context 32,000 not > 32,000")
            << with([](Requirements &r) { r.contextLength = 32000; }) << Tier::Small << 6;

        QTest::addRow("5: simple, 0.9 → tiny")
            << with([](Requirements &r) { r.complexity = Complexity::Simple; }) << Tier::Tiny << 5;
        QTest::addRow("5: simple, 0.9499 → tiny") << with([](Requirements &r) {
            r.complexity = Complexity::Simple;
            r.minAccuracy = 0.9499;
        }) << Tier::Tiny << 5;
        QTest::addRow("5: simple, 0.95 → small") << with([](Requirements &r) {
            r.complexity = Complexity::Simple;
            r.minAccuracy = 0.95;
        }) << Tier::Small << 5;

        QTest::addRow("6: medium, 0.91 → small")
            << with([](Requirements &r) { r.minAccuracy = 0.91; }) << Tier::Small << 6;
        QTest::addRow("6: medium, 0.92 → medium")
            << with([](Requirements &r) { r.minAccuracy = 0.92; }) << Tier::Medium << 6;

        QTest::addRow("7: high without reasoning")
            << with([](Requirements &r) { r.complexity = Complexity::High; }) << Tier::Medium << 7;
        QTest::addRow("7: high, accuracy 0.99") << with([](Requirements &r) {
            r.complexity = Complexity::High;
            r.minAccuracy = 0.99;
        }) << Tier::Medium << 7;
    }
    void rules()
    {
        QFETCH(Requirements, requirements);
        QFETCH(Tier, tier);
        QFETCH(int, rule);
        const TierDecision d = decideTier(requirements);
        QCOMPARE(tierId(d.tier), tierId(tier));
        QCOMPARE(d.rule, rule);
        verifyEarlierRulesNotFired(d);
    }
};

QTEST_GUILESS_MAIN(TestTierRules)
#include "tst_tierrules.moc"
