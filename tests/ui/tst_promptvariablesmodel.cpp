// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "models/promptvariablesmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestPromptVariablesModel : public QObject
{
    Q_OBJECT

private slots:
    void followsThePromptWithoutLosingTypedValues()
    {
        PromptVariablesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUsed({QStringLiteral("text"), QStringLiteral("lang")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, PromptVariablesModel::Name).data().toString(), QStringLiteral("lang"));
        // Names are the prompt's: only values can be edited.
        QVERIFY(!model.flags(model.index(0, PromptVariablesModel::Name)).testFlag(Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, PromptVariablesModel::Name), QStringLiteral("x")));
        QVERIFY(model.setData(model.index(1, PromptVariablesModel::Value), QStringLiteral("French")));

        // "lang" leaves the prompt but holds a value: it stays; "text" is empty and unused: it goes.
        model.setUsed({QStringLiteral("topic")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, PromptVariablesModel::Name).data().toString(), QStringLiteral("lang"));
        QCOMPARE(model.index(1, PromptVariablesModel::Name).data().toString(), QStringLiteral("topic"));
        QCOMPARE(model.values(),
                 (QMap<QString, QString>{{QStringLiteral("lang"), QStringLiteral("French")},
                                         {QStringLiteral("topic"), QString()}}));
    }

    void setValuesReplacesTheRows()
    {
        PromptVariablesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUsed({QStringLiteral("a")});
        model.setValues(
            {{QStringLiteral("b"), QStringLiteral("2")}, {QStringLiteral(" "), QStringLiteral("blank name")}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.values().value(QStringLiteral("b")), QStringLiteral("2"));
        QCOMPARE(model.headerData(PromptVariablesModel::Value, Qt::Horizontal).toString(), QStringLiteral("Value"));
    }
};

QTEST_GUILESS_MAIN(TestPromptVariablesModel)
#include "tst_promptvariablesmodel.moc"
