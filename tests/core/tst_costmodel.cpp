// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/modelspec.h"
#include "decision/costmodel.h"
#include "modelfixtures.h"

#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(const ModelSpec *)
Q_DECLARE_METATYPE(Workload)
Q_DECLARE_METATYPE(SelfHostingAssumptions)

namespace {
using ModelFixtures::apiModel;
using ModelFixtures::selfHostedModel;

// The article's price table.
const ModelSpec gpt4o = apiModel(QStringLiteral("gpt-4o"), 5.00, 15.00);
const ModelSpec gpt4oMini = apiModel(QStringLiteral("gpt-4o-mini"), 0.15, 0.60);
const ModelSpec sonnet = apiModel(QStringLiteral("claude-3.5-sonnet"), 3.00, 15.00);
const ModelSpec phi3Mini = selfHostedModel(QStringLiteral("phi-3-mini"), 0.50);
const ModelSpec llama3 = selfHostedModel(QStringLiteral("llama-3-8b"), 1.00);

const Workload articleScenario{10000, 500, 200};

/// Exact to the cent and within 1e-9 relative: the figures are sums and products of short decimals.
bool sameUsd(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

} // namespace

#define COMPARE_USD(actual, expected)       \
    QVERIFY2(sameUsd((actual), (expected)), \
             qPrintable(QStringLiteral("%1 != %2").arg(actual, 0, 'f', 10).arg(expected, 0, 'f', 10)))

class TestCostModel : public QObject
{
    Q_OBJECT
private slots:
    // The article's golden scenario, through the same entry point the product uses.
    void articleGolden_data()
    {
        QTest::addColumn<const ModelSpec *>("model");
        QTest::addColumn<bool>("selfHosted");
        QTest::addColumn<double>("monthly");
        QTest::addRow("GPT-4o API") << &gpt4o << false << 1650.00;
        QTest::addRow("GPT-4o-mini API") << &gpt4oMini << false << 58.50;
        QTest::addRow("Claude 3.5 Sonnet API") << &sonnet << false << 1350.00;
        QTest::addRow("Phi-3-mini self-hosted") << &phi3Mini << true << 360.00;
        QTest::addRow("Llama-3-8B self-hosted") << &llama3 << true << 720.00;
    }
    void articleGolden()
    {
        QFETCH(const ModelSpec *, model);
        QFETCH(bool, selfHosted);
        QFETCH(double, monthly);
        const CostEstimate e = estimateCost(*model, articleScenario, selfHosted);
        COMPARE_USD(e.monthlyUsd, monthly);
        COMPARE_USD(e.perRequestUsd, monthly / (10000.0 * 30.0));
        QCOMPARE(e.selfHosted, selfHosted);
        QCOMPARE(e.replicas, selfHosted ? 1 : 0);
        QCOMPARE(std::round(e.monthlyUsd * 100.0), std::round(monthly * 100.0));
    }

    void formulas()
    {
        COMPARE_USD(apiMonthlyCost(gpt4o, articleScenario), 1650.0);
        COMPARE_USD(apiMonthlyCost(gpt4oMini, articleScenario), 58.5);
        COMPARE_USD(apiMonthlyCost(phi3Mini, articleScenario), 0.0);
        COMPARE_USD(flatSelfHostedMonthlyCost(0.5), 360.0);
        COMPARE_USD(flatSelfHostedMonthlyCost(1.0), 720.0);
        COMPARE_USD(selfHostedMonthlyCost(0.5, articleScenario, {}), 360.0);
        // Per request: $1,650 over 300,000 requests a month.
        COMPARE_USD(estimateCost(gpt4o, articleScenario, false).perRequestUsd, 0.0055);
    }

    // Peak token rate = requests/day × (in + out) / 86,400 × peak factor; one replica sustains
    // tokens/s × utilisation. Defaults: 2,000 × 0.7 = 1,400 tokens/s, 700 tokens a request at 2× peak,
    // so one replica carries exactly 86,400 requests a day.
    void replicas_data()
    {
        QTest::addColumn<Workload>("workload");
        QTest::addColumn<SelfHostingAssumptions>("assumptions");
        QTest::addColumn<int>("replicas");
        const SelfHostingAssumptions defaults;
        QTest::addRow("no requests") << Workload{0, 500, 200} << defaults << 1;
        QTest::addRow("article scenario") << articleScenario << defaults << 1;
        QTest::addRow("86,400/day: exactly one") << Workload{86400, 500, 200} << defaults << 1;
        QTest::addRow("86,401/day") << Workload{86401, 500, 200} << defaults << 2;
        QTest::addRow("172,800/day: exactly two") << Workload{172800, 500, 200} << defaults << 2;
        QTest::addRow("172,801/day") << Workload{172801, 500, 200} << defaults << 3;
        QTest::addRow("1,000,000/day") << Workload{1000000, 500, 200} << defaults << 12;
        SelfHostingAssumptions custom;
        custom.tokensPerSecondPerReplica = 1000;
        custom.utilisation = 0.5;
        custom.peakFactor = 3;
        // 500 tokens/s usable; 1,000 tokens a request at 3× → one replica per 14,400 requests/day.
        QTest::addRow("custom: 14,400/day") << Workload{14400, 800, 200} << custom << 1;
        QTest::addRow("custom: 14,401/day") << Workload{14401, 800, 200} << custom << 2;
        QTest::addRow("custom: 100,000/day") << Workload{100000, 800, 200} << custom << 7;
        custom.utilisation = 0.0;
        QTest::addRow("no usable throughput: flat") << Workload{100000, 800, 200} << custom << 1;
    }
    void replicas()
    {
        QFETCH(Workload, workload);
        QFETCH(SelfHostingAssumptions, assumptions);
        QFETCH(int, replicas);
        QCOMPARE(replicasNeeded(workload, assumptions), replicas);
    }

    void selfHostingWithCapacity()
    {
        // 200,000 requests/day needs 3 replicas with the defaults.
        CostEstimate e = estimateCost(phi3Mini, {200000, 500, 200}, true);
        QCOMPARE(e.replicas, 3);
        COMPARE_USD(e.hourlyUsdPerReplica, 0.5);
        COMPARE_USD(e.monthlyUsd, 3 * 0.5 * 720.0);
        COMPARE_USD(e.perRequestUsd, 1080.0 / (200000.0 * 30.0));

        SelfHostingAssumptions twoGpus;
        twoGpus.gpuHourlyUsd = 2.0;
        twoGpus.gpusPerReplica = 2;
        e = estimateCost(phi3Mini, {200000, 500, 200}, true, twoGpus);
        QCOMPARE(e.replicas, 3);
        COMPARE_USD(e.hourlyUsdPerReplica, 4.0);
        COMPARE_USD(e.monthlyUsd, 3 * 2 * 2.0 * 720.0);
        COMPARE_USD(selfHostedMonthlyCost(2.0, {200000, 500, 200}, twoGpus), 8640.0);
    }

    void apiOnlyModelCannotBeSelfHostedWithoutAPrice()
    {
        CostEstimate e = estimateCost(gpt4oMini, articleScenario, true);
        QVERIFY(!e.selfHosted);
        QCOMPARE(e.replicas, 0);
        COMPARE_USD(e.monthlyUsd, 58.5);

        // A GPU price from the assumptions makes any model self-hostable.
        SelfHostingAssumptions priced;
        priced.gpuHourlyUsd = 1.5;
        e = estimateCost(gpt4oMini, articleScenario, true, priced);
        QVERIFY(e.selfHosted);
        COMPARE_USD(e.monthlyUsd, 1080.0);
        // …and overrides a model's own hourly price.
        COMPARE_USD(estimateCost(phi3Mini, articleScenario, true, priced).monthlyUsd, 1080.0);
    }

    void zeroRequests()
    {
        const Workload none{0, 500, 200};
        CostEstimate e = estimateCost(gpt4o, none, false);
        COMPARE_USD(e.monthlyUsd, 0.0);
        QCOMPARE(e.perRequestUsd, 0.0);
        e = estimateCost(phi3Mini, none, true);
        COMPARE_USD(e.monthlyUsd, 360.0); // the GPU is paid for whether used or not
        QCOMPARE(e.perRequestUsd, 0.0);
        QVERIFY(std::isfinite(e.perRequestUsd));
    }

    void defaultsToSelfHostedWhenOnlyAnHourlyPrice()
    {
        QVERIFY(defaultsToSelfHosted(phi3Mini));
        QVERIFY(defaultsToSelfHosted(llama3));
        QVERIFY(!defaultsToSelfHosted(gpt4o));
        ModelSpec both = apiModel(QStringLiteral("llama-3-70b"), 0.59, 0.79);
        both.selfHostedPerHour = 4.0;
        QVERIFY(!defaultsToSelfHosted(both));
        QVERIFY(!defaultsToSelfHosted(apiModel(QStringLiteral("free"), 0, 0)));
    }

    // GPT-4o-mini by API costs 30 × (500 × 0.15 + 200 × 0.60) / 1e6 = $0.00585 per month per request/day.
    // Phi-3-mini self-hosted costs $360 per replica, a replica per 86,400 requests/day. The line meets
    // tread 1 at 360 / 0.00585 = 61,538.46; at the riser 86,400 it is at $505.44, between $360 and $720,
    // so the API becomes cheaper again; it meets tread 2 at 123,076.92 ($720), is at $1,010.88 at the
    // riser 172,800 (between $720 and $1,080), and meets tread 3 at 184,615.38 ($1,080). The line gains
    // $505.44 a step against the staircase's $360, so it overtakes tread k only while
    // k < 505.44 / (505.44 − 360) = 3.48: past step 3 self-hosting stays cheaper.
    void breakEvenMiniVersusPhi()
    {
        const CostOption api{&gpt4oMini, false};
        const CostOption self{&phi3Mini, true};
        const QList<BreakEven> points = breakEvenPoints(api, self, {0, 500, 200}, {});
        QCOMPARE(points.size(), 5);
        const double slope = 0.00585;
        const struct
        {
            double requests;
            double monthly;
            bool atStep;
        } expected[] = {
            {360.0 / slope, 360.0, false},      {86400.0, 86400.0 * slope, true}, {720.0 / slope, 720.0, false},
            {172800.0, 172800.0 * slope, true}, {1080.0 / slope, 1080.0, false},
        };
        for (int i = 0; i < 5; ++i) {
            COMPARE_USD(points.at(i).requestsPerDay, expected[i].requests);
            COMPARE_USD(points.at(i).monthlyUsd, expected[i].monthly);
            QCOMPARE(points.at(i).atStep, expected[i].atStep);
        }
        COMPARE_USD(points.at(0).requestsPerDay, 61538.461538461539);
        COMPARE_USD(points.at(1).monthlyUsd, 505.44);

        // The order of the options does not matter.
        const QList<BreakEven> swapped = breakEvenPoints(self, api, {0, 500, 200}, {});
        QCOMPARE(swapped.size(), points.size());
        for (int i = 0; i < points.size(); ++i)
            QCOMPARE(swapped.at(i).requestsPerDay, points.at(i).requestsPerDay);

        // Restricted to a range.
        const QList<BreakEven> inRange = breakEvenPoints(api, self, {0, 500, 200}, {}, 1, 100000);
        QCOMPARE(inRange.size(), 2);
        COMPARE_USD(inRange.at(1).requestsPerDay, 86400.0);
    }

    // At each point the cheaper option really changes: check just below and just above.
    void breakEvenCheaperSideFlips_data()
    {
        QTest::addColumn<const ModelSpec *>("api");
        QTest::addColumn<const ModelSpec *>("self");
        QTest::addColumn<SelfHostingAssumptions>("assumptions");
        QTest::addColumn<int>("count");
        QTest::addRow("mini vs phi") << &gpt4oMini << &phi3Mini << SelfHostingAssumptions{} << 5;
        // $0.165 per request/day: one crossing at 360 / 0.165 = 2,181.82, then the line is far above.
        QTest::addRow("gpt-4o vs phi") << &gpt4o << &phi3Mini << SelfHostingAssumptions{} << 1;
        // $720 a step against the line's $505.44 a step: the API stays cheaper at every volume.
        QTest::addRow("mini vs llama") << &gpt4oMini << &llama3 << SelfHostingAssumptions{} << 0;
        SelfHostingAssumptions slow;
        slow.tokensPerSecondPerReplica = 200;
        // A replica per 8,640 requests/day: $360 a step against the line's $50.54 gain: never cheaper.
        QTest::addRow("mini vs slow phi") << &gpt4oMini << &phi3Mini << slow << 0;
    }
    void breakEvenCheaperSideFlips()
    {
        QFETCH(const ModelSpec *, api);
        QFETCH(const ModelSpec *, self);
        QFETCH(SelfHostingAssumptions, assumptions);
        QFETCH(int, count);
        const Workload shape{0, 500, 200};
        const QList<BreakEven> points = breakEvenPoints({api, false}, {self, true}, shape, assumptions);
        QCOMPARE(points.size(), count);
        const auto apiCheaper = [&](double requests) {
            const Workload w{requests, shape.inputTokens, shape.outputTokens};
            return estimateCost(*api, w, false, assumptions).monthlyUsd <
                estimateCost(*self, w, true, assumptions).monthlyUsd;
        };
        double previous = 0.0;
        for (const BreakEven &p : points) {
            QVERIFY(p.requestsPerDay > previous);
            previous = p.requestsPerDay;
            QVERIFY2(apiCheaper(p.requestsPerDay * (1 - 1e-7)) != apiCheaper(p.requestsPerDay * (1 + 1e-7)),
                     qPrintable(QString::number(p.requestsPerDay, 'f', 2)));
        }
        if (points.isEmpty()) {
            for (double requests : {10.0, 1.0e3, 1.0e5, 1.0e7})
                QCOMPARE(apiCheaper(requests), apiCheaper(1.0));
        }
        if (count == 1 && api == &gpt4o)
            COMPARE_USD(points.at(0).requestsPerDay, 360.0 / 0.165);
    }

    // Self-hosting counted whole: power and owned hardware besides the rental, and
    // with the defaults exactly the article's figures.
    void powerAndHardware_data()
    {
        QTest::addColumn<SelfHostingAssumptions>("assumptions");
        QTest::addColumn<double>("rental");
        QTest::addColumn<double>("power");
        QTest::addColumn<double>("hardware");
        QTest::addRow("defaults: the article's $360.00") << SelfHostingAssumptions{} << 360.0 << 0.0 << 0.0;
        SelfHostingAssumptions a;
        a.gpuWatts = 300;
        a.electricityUsdPerKwh = 0.20;
        a.pue = 1.5;
        // 0.3 kW × 720 h × $0.20 × 1.5 = $64.80 per GPU a month.
        QTest::addRow("power") << a << 360.0 << 64.8 << 0.0;
        a.pue = 0.5; // below 1 is taken as 1
        QTest::addRow("PUE under 1") << a << 360.0 << 43.2 << 0.0;
        a.pue = 1.5;
        a.electricityUsdPerKwh = 0.0;
        QTest::addRow("watts without a price: not counted") << a << 360.0 << 0.0 << 0.0;
        SelfHostingAssumptions owned;
        owned.gpuHourlyUsd = 0.0;
        owned.hardwareUsdPerGpu = 7200;
        owned.amortisationMonths = 36;
        QTest::addRow("owned hardware, nothing rented") << owned << 0.0 << 0.0 << 200.0;
        owned.gpusPerReplica = 2;
        owned.gpuWatts = 400;
        owned.electricityUsdPerKwh = 0.10;
        // Per GPU: $200 hardware and 0.4 × 720 × 0.10 = $28.80 power; two GPUs.
        QTest::addRow("two owned GPUs with power") << owned << 0.0 << 57.6 << 400.0;
    }
    void powerAndHardware()
    {
        QFETCH(SelfHostingAssumptions, assumptions);
        QFETCH(double, rental);
        QFETCH(double, power);
        QFETCH(double, hardware);
        const CostEstimate e = estimateCost(phi3Mini, articleScenario, true, assumptions);
        QVERIFY(e.selfHosted);
        QVERIFY(e.priceKnown);
        COMPARE_USD(e.rentalUsd, rental);
        COMPARE_USD(e.powerUsd, power);
        COMPARE_USD(e.hardwareUsd, hardware);
        COMPARE_USD(e.monthlyUsd, rental + power + hardware);
        COMPARE_USD(selfHostedMonthlyCost(*selfHostedHourlyPrice(phi3Mini, assumptions), articleScenario, assumptions),
                    rental + power + hardware);
        // Replicas multiply every part.
        const CostEstimate busy = estimateCost(phi3Mini, {200000, 500, 200}, true, assumptions);
        COMPARE_USD(busy.monthlyUsd, 3.0 * (rental + power + hardware));
    }

    void goldenFiguresStayExactWithDefaults()
    {
        // Exactly, not within a tolerance: the memo and the README quote these digits.
        QCOMPARE(estimateCost(gpt4o, articleScenario, false).monthlyUsd, 1650.0);
        QCOMPARE(estimateCost(gpt4oMini, articleScenario, false).monthlyUsd, 58.5);
        QCOMPARE(estimateCost(phi3Mini, articleScenario, true).monthlyUsd, 360.0);
    }

    // A $0 price from an API catalog is unknown unless the model is local or self-hosted.
    void placeholderPricesAreUnknown()
    {
        ModelSpec preview = apiModel(QStringLiteral("preview"), 0, 0);
        preview.provider = QStringLiteral("bedrock");
        QVERIFY(!hasKnownApiPrice(preview));
        QVERIFY(!estimateCost(preview, articleScenario, false).priceKnown);
        QVERIFY(!defaultsToSelfHosted(preview));
        ModelSpec local = apiModel(QStringLiteral("ollama/llama3"), 0, 0);
        local.provider = QStringLiteral("ollama");
        QVERIFY(local.isLocal());
        QVERIFY(hasKnownApiPrice(local));
        QVERIFY(defaultsToSelfHosted(local));
        const CostEstimate e = estimateCost(local, articleScenario, true);
        QVERIFY(e.priceKnown && e.selfHosted);
        QCOMPARE(e.monthlyUsd, 0.0);
        ModelSpec cloud = local;
        cloud.id = QStringLiteral("ollama/gpt-oss:120b-cloud");
        QVERIFY(!cloud.isLocal());
        QVERIFY(estimateCost(gpt4oMini, articleScenario, false).priceKnown);
        // Phi-3-mini is self-hosted: its $0 API price is not a placeholder either.
        QVERIFY(estimateCost(phi3Mini, articleScenario, true).priceKnown);
    }

    void breakEvenCountsPowerAndHardware()
    {
        // GPT-4o-mini costs $0.00585 a request/day a month; Phi-3-mini $360 flat, $424.80 with power.
        SelfHostingAssumptions a;
        a.gpuWatts = 300;
        a.electricityUsdPerKwh = 0.20;
        a.pue = 1.5;
        const QList<BreakEven> points = breakEvenPoints({&gpt4oMini, false}, {&phi3Mini, true}, {0, 500, 200}, a);
        QVERIFY(!points.isEmpty());
        COMPARE_USD(points.at(0).requestsPerDay, 424.8 / 0.00585);
    }

    void breakEvenNoneBetweenLikeOptions()
    {
        const Workload shape{0, 500, 200};
        // Lines through the origin never cross; nor do staircases over the same replica counts.
        QVERIFY(breakEvenPoints({&gpt4o, false}, {&gpt4oMini, false}, shape, {}).isEmpty());
        QVERIFY(breakEvenPoints({&phi3Mini, true}, {&llama3, true}, shape, {}).isEmpty());
        QVERIFY(breakEvenPoints({&gpt4o, false}, {&gpt4o, false}, shape, {}).isEmpty());
        QVERIFY(breakEvenPoints({nullptr, false}, {&gpt4o, false}, shape, {}).isEmpty());
        // Phi-3-mini offered "by API" costs nothing: self-hosted Llama is never cheaper.
        QVERIFY(breakEvenPoints({&phi3Mini, false}, {&llama3, true}, shape, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCostModel)
#include "tst_costmodel.moc"
