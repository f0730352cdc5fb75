// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "models/liverunmodel.h"
#include "models/routingrulesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
QString text(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

Endpoint endpoint(const QString &name)
{
    Endpoint e;
    e.name = name;
    e.model = name + QStringLiteral("-model");
    e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1"));
    return e;
}
} // namespace

/// The Routing page's table models: the rules as a view over the policy, and the live run's rows.
class TestRoutingModels : public QObject
{
    Q_OBJECT

private slots:
    void rulesShowThePolicyAndEditIt()
    {
        RoutingPolicy policy = RoutingPolicy::articleDefault();
        RoutingRulesModel model(policy);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(RoutingRulesModel::ColumnCount));
        QCOMPARE(text(model, 0, RoutingRulesModel::Number), QStringLiteral("1"));
        QCOMPARE(text(model, 0, RoutingRulesModel::Target), QStringLiteral("Small"));
        QCOMPARE(text(model, 3, RoutingRulesModel::When), QStringLiteral("always"));
        QCOMPARE(text(model, 1, RoutingRulesModel::Target, RoutingRulesModel::TierRole), QStringLiteral("large"));

        RoutingRule rule = model.rule(0);
        rule.target = Tier::Large;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRule(0, rule);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(policy.rules.at(0).target, Tier::Large); // the policy itself, not a copy
        QCOMPARE(text(model, 0, RoutingRulesModel::Target), QStringLiteral("Large"));

        RoutingRule added;
        added.name = QStringLiteral("long");
        added.promptLongerThan = 5000;
        added.reasoning = true;
        added.match = RoutingRule::Match::All;
        model.insertRule(1, added);
        QCOMPARE(policy.rules.size(), 5);
        QCOMPARE(text(model, 1, RoutingRulesModel::When),
                 QStringLiteral("reasoning requested and prompt over 5,000 characters"));
        QCOMPARE(text(model, 2, RoutingRulesModel::Number), QStringLiteral("3"));

        QVERIFY(model.moveRow({}, 1, {}, 4)); // before the catch-all
        QCOMPARE(policy.rules.at(3).name, QStringLiteral("long"));
        QVERIFY(model.moveRow({}, 3, {}, 0));
        QCOMPARE(policy.rules.at(0).name, QStringLiteral("long"));
        QVERIFY(model.removeRow(0));
        QCOMPARE(policy.rules.size(), 4);
        QVERIFY(!model.removeRow(7));

        policy = RoutingPolicy();
        model.reload();
        QCOMPARE(model.rowCount(), int(policy.rules.size()));
    }

    void liveRowsFollowTheCalls()
    {
        LiveRunModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.startCall(QStringLiteral("1"), endpoint(QStringLiteral("small")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, LiveRunModel::Outcome), QStringLiteral("answering…"));
        QCOMPARE(text(model, 0, LiveRunModel::Endpoint, Qt::ToolTipRole),
                 QStringLiteral("small-model at http://127.0.0.1:9/v1"));

        CascadeLevelResult level;
        level.level = 0;
        level.endpoint = endpoint(QStringLiteral("small"));
        level.answer.text = QStringLiteral("Sydney\nis the largest city");
        level.assessment.confidence = 0.5;
        level.cost.usd = 0.0000011;
        level.latencyMs = 120;
        model.finishLevel(level);
        QCOMPARE(text(model, 0, LiveRunModel::Answer), QStringLiteral("Sydney is the largest city"));
        QCOMPARE(text(model, 0, LiveRunModel::Answer, LiveRunModel::AnswerTextRole), level.answer.text);
        QCOMPARE(text(model, 0, LiveRunModel::Confidence), QStringLiteral("0.50"));
        QCOMPARE(text(model, 0, LiveRunModel::Cost), QStringLiteral("$0.0000011"));
        QCOMPARE(text(model, 0, LiveRunModel::Latency), QStringLiteral("120 ms"));
        QCOMPARE(text(model, 0, LiveRunModel::Outcome), QStringLiteral("below the threshold"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.startCall(QStringLiteral("Small"), endpoint(QStringLiteral("small")));
        RouteAttempt attempt;
        attempt.tier = Tier::Small;
        attempt.error = ChatError{};
        attempt.error->message = QStringLiteral("HTTP 500");
        attempt.httpAttempts = 2;
        attempt.cost.estimated = true;
        model.finishAttempt(attempt, QString());
        QCOMPARE(text(model, 0, LiveRunModel::Confidence), QStringLiteral("—"));
        QCOMPARE(text(model, 0, LiveRunModel::Cost), QStringLiteral("≈ $0.00"));
        QCOMPARE(text(model, 0, LiveRunModel::Latency, Qt::ToolTipRole), QStringLiteral("2 request(s) sent"));
        QCOMPARE(text(model, 0, LiveRunModel::Outcome), QStringLiteral("failed: HTTP 500"));
        model.finishLevel(level); // a row that does not exist is ignored
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestRoutingModels)
#include "tst_routingmodels.moc"
