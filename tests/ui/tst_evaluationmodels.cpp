// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog/catalog.h"
#include "models/evalcasetablemodel.h"
#include "models/evalsetlistmodel.h"
#include "models/ratingtablemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

namespace {

EvalSet capitals()
{
    EvalSet set;
    set.id = QStringLiteral("capitals");
    set.name = QStringLiteral("capitals");
    set.prompt.user = QStringLiteral("Q: {{question}}");
    EvalCase france;
    france.description = QStringLiteral("france");
    france.variables.insert(QStringLiteral("question"), QStringLiteral("Capital of France?"));
    france.variables.insert(QStringLiteral("hint"), QStringLiteral("Europe"));
    france.assertions = {EvalAssertion::fromCsvText(u"contains: Paris").value(),
                         EvalAssertion::fromCsvText(u"icontains: paris").value()};
    france.expected = QStringLiteral("Paris");
    EvalCase peru; // no description: "case 2"
    peru.variables.insert(QStringLiteral("question"), QStringLiteral("Capital of Peru?"));
    peru.weight = 2;
    set.cases = {france, peru};
    return set;
}

} // namespace

/// The Evaluations page's models: the editable case table (its columns, validation in setData,
/// structure changes), the ratings table and the set list.
class TestEvaluationModels : public QObject
{
    Q_OBJECT

private slots:
    void caseTableShowsTheCases()
    {
        EvalCaseTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setSet(capitals());
        // Description, the template's {{question}}, then {{hint}} only a case has, assertions, reference, weight.
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("{{question}}"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("{{hint}}"));
        QCOMPARE(model.fieldOf(3), EvalCaseTableModel::Field::Assertions);
        QCOMPARE(model.fieldOf(5), EvalCaseTableModel::Field::Weight);
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("contains: Paris\nicontains: paris"));
        QCOMPARE(model.index(1, 2).data().toString(), QString());
        QCOMPARE(model.index(1, 5).data().toString(), QLocale().toString(2.0));
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsEditable));
    }

    void caseTableRefusesBadEdits_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::addRow("unknown assertion")
            << 0 << 3 << QStringLiteral("contains: Paris\ncontainz: Lyon")
            << QStringLiteral("france, assertion line 2: unknown assertion type \"containz\"");
        QTest::addRow("weight zero") << 1 << 5 << QStringLiteral("0")
                                     << QStringLiteral("case 2: the weight must be a number above 0, not “0”.");
        QTest::addRow("weight text") << 0 << 5 << QStringLiteral("heavy")
                                     << QStringLiteral("france: the weight must be a number above 0, not “heavy”.");
    }

    void caseTableRefusesBadEdits()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(QString, problem);
        EvalCaseTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setSet(capitals());
        const EvalSet before = model.set();
        QSignalSpy refused(&model, &EvalCaseTableModel::editRefused);
        QSignalSpy edited(&model, &EvalCaseTableModel::edited);
        const QString shown = model.index(row, column).data().toString();

        QVERIFY(!model.setData(model.index(row, column), text));
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().at(1).toString().startsWith(problem), qPrintable(refused.first().at(1).toString()));
        QCOMPARE(model.index(row, column).data(EvalCaseTableModel::ProblemRole).toString(),
                 refused.first().at(1).toString());
        QCOMPARE(model.index(row, column).data(Qt::ToolTipRole).toString(), refused.first().at(1).toString());
        QCOMPARE(model.index(row, column).data().toString(), shown); // never shows what was not taken
        QCOMPARE(model.set(), before);
        QCOMPARE(edited.size(), 0);

        // A good edit of the same cell is taken and clears the problem.
        QVERIFY(model.setData(model.index(row, column),
                              column == 3 ? QStringLiteral("starts-with: Paris") : QStringLiteral("1.5")));
        QVERIFY(model.index(row, column).data(EvalCaseTableModel::ProblemRole).toString().isEmpty());
        QCOMPARE(edited.size(), 1);
        if (column == 3)
            QCOMPARE(model.set().cases.at(row).assertions.at(0).typeName(), QStringLiteral("starts-with"));
        else
            QCOMPARE(model.set().cases.at(row).weight, 1.5);
    }

    void caseTableEditsAndReshapes()
    {
        EvalCaseTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setSet(capitals());
        QSignalSpy edited(&model, &EvalCaseTableModel::edited);

        QVERIFY(model.setData(model.index(0, 0), QStringLiteral("  France  ")));
        QCOMPARE(model.set().cases.at(0).description, QStringLiteral("France"));
        QVERIFY(model.setData(model.index(0, 2), QString())); // an emptied variable is removed
        QVERIFY(!model.set().cases.at(0).variables.contains(QStringLiteral("hint")));
        QVERIFY(model.setData(model.index(1, 4), QStringLiteral("Lima")));
        QCOMPARE(model.set().cases.at(1).expected, QStringLiteral("Lima"));
        QCOMPARE(edited.size(), 3);

        QCOMPARE(model.duplicateCase(0), 1);
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("France (copy)"));
        QCOMPARE(model.duplicateCase(7), -1);
        QCOMPARE(model.addCase(), 3);
        QCOMPARE(model.set().cases.at(3).variables.keys(), QStringList{QStringLiteral("question")});
        model.removeCases({1, 1, 9});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, 0).data().toString(), QString()); // case 2 moved up
        QCOMPARE(edited.size(), 6);

        // A template variable no case has yet gets its column; {{hint}}, which no case has any more, goes.
        model.setTemplate({QString(), QStringLiteral("{{question}} in {{lang}}")});
        QCOMPARE(model.columnCount(), 6);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("{{lang}}"));
        QCOMPARE(model.set().prompt.user, QStringLiteral("{{question}} in {{lang}}"));
        QVERIFY(model.setData(model.index(0, 2), QStringLiteral("French")));
        QCOMPARE(model.set().cases.at(0).variables.value(QStringLiteral("lang")), QStringLiteral("French"));
    }

    void ratingTableShowsRatingsAndTallies()
    {
        RatingTableModel model;
        QAbstractItemModelTester tester(&model);
        Catalog catalog;
        catalog.name = QStringLiteral("test");
        ModelSpec known;
        known.id = QStringLiteral("known");
        known.displayName = QStringLiteral("Known Model");
        catalog.models.append(known);
        ModelRating first;
        first.model = QStringLiteral("known");
        first.rating = 1088.7;
        first.ratingLow = 1001.2;
        first.ratingHigh = 1190.6;
        ModelRating second;
        second.model = QStringLiteral("other");
        second.rating = 911.3;
        model.setRatings(
            {first, second},
            {VoteTally{QStringLiteral("other"), 1, 1, 2, 1}, VoteTally{QStringLiteral("known"), 2, 1, 1, 1}}, catalog);
        const QLocale locale;
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RatingTableModel::Model).data().toString(), QStringLiteral("known"));
        QCOMPARE(model.index(0, RatingTableModel::Rating).data().toString(), locale.toString(1088.7, 'f', 0));
        QCOMPARE(model.index(0, RatingTableModel::Rating).data(RatingTableModel::ValueRole).toDouble(), 1088.7);
        QCOMPARE(model.index(0, RatingTableModel::Interval).data().toString(),
                 QStringLiteral("%1 – %2").arg(locale.toString(1001.2, 'f', 0), locale.toString(1190.6, 'f', 0)));
        QCOMPARE(model.index(0, RatingTableModel::Interval).data(RatingTableModel::ValueRole).toList().size(), 2);
        QCOMPARE(model.index(1, RatingTableModel::Interval).data().toString(), QStringLiteral("–"));
        QVERIFY(!model.index(1, RatingTableModel::Interval).data(RatingTableModel::ValueRole).isValid());
        QCOMPARE(model.index(0, RatingTableModel::Votes).data().toString(), QStringLiteral("5"));
        QCOMPARE(model.index(0, RatingTableModel::Wins).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(1, RatingTableModel::Losses).data(RatingTableModel::ValueRole).toInt(), 2);
        QCOMPARE(model.index(1, RatingTableModel::BothBad).data().toString(), QStringLiteral("1"));
        QCOMPARE(model.index(0, RatingTableModel::Model).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Known Model in the catalog “test”"));
        QVERIFY(model.index(1, RatingTableModel::Model)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("Not a model")));
        QVERIFY(!model.headerData(RatingTableModel::BothBad, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());

        model.setRatings({}, {}, catalog);
        QCOMPARE(model.rowCount(), 0);
    }

    void setListFollowsNames()
    {
        EvalSetListModel model;
        QAbstractItemModelTester tester(&model);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setNames({QStringLiteral("alpha"), QStringLiteral("beta")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("beta"));
        QCOMPARE(model.index(1).data(EvalSetListModel::NameRole).toString(), QStringLiteral("beta"));
        QCOMPARE(model.rowOf(QStringLiteral("alpha")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("gamma")), -1);
        model.setNames({QStringLiteral("alpha"), QStringLiteral("beta")});
        QCOMPARE(reset.size(), 1); // the same names: no reset, the selection stays
        model.setNames({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestEvaluationModels)
#include "tst_evaluationmodels.moc"
