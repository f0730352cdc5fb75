// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "widgets/streamingtextscheduler.h"
#include "widgets/streamingtextview.h"

#include <QSignalSpy>
#include <QTest>

class TestStreamingTextView : public QObject
{
    Q_OBJECT

private slots:
    void piecesWaitForTheNextFrame()
    {
        StreamingTextScheduler scheduler(20);
        StreamingTextView view(&scheduler);
        QSignalSpy shown(&view, &StreamingTextView::pendingShown);
        view.appendStreamed(QStringLiteral("Hel"));
        view.appendStreamed(QStringLiteral("lo"));
        QCOMPARE(view.toPlainText(), QString()); // nothing painted per token
        QCOMPARE(view.fullText(), QStringLiteral("Hello"));
        QCOMPARE(view.receivedCharacters(), 5);
        QVERIFY(shown.wait(1000));
        QCOMPARE(shown.size(), 1); // both pieces in one showing
        QCOMPARE(view.toPlainText(), QStringLiteral("Hello"));
        QVERIFY(!view.hasPending());
        QVERIFY(view.isReadOnly());
        QVERIFY(!view.isUndoRedoEnabled());
    }

    void showAllEmptiesEveryViewInRequestOrder()
    {
        StreamingTextScheduler scheduler(10000);
        StreamingTextView first(&scheduler);
        StreamingTextView second(&scheduler);
        QStringList order;
        connect(&first, &StreamingTextView::pendingShown, this, [&order] { order << QStringLiteral("first"); });
        connect(&second, &StreamingTextView::pendingShown, this, [&order] { order << QStringLiteral("second"); });
        second.appendStreamed(QStringLiteral("b"));
        first.appendStreamed(QStringLiteral("a"));
        scheduler.showAll();
        QCOMPARE(order, (QStringList{QStringLiteral("second"), QStringLiteral("first")}));
        QCOMPARE(first.toPlainText() + second.toPlainText(), QStringLiteral("ab"));
    }

    /// With no budget left, each turn of the event loop shows at least one view and leaves the
    /// rest for the next turn, so painting and input get their turn in between.
    void aSpentBudgetLeavesTheRestForTheNextTurn()
    {
        StreamingTextScheduler scheduler(0, 0);
        StreamingTextView first(&scheduler);
        StreamingTextView second(&scheduler);
        first.appendStreamed(QStringLiteral("a"));
        second.appendStreamed(QStringLiteral("b"));
        QTRY_VERIFY(!first.hasPending() && !second.hasPending());
        QCOMPARE(first.toPlainText(), QStringLiteral("a"));
        QCOMPARE(second.toPlainText(), QStringLiteral("b"));
    }

    void aDestroyedViewIsSkipped()
    {
        StreamingTextScheduler scheduler(10000);
        auto view = std::make_unique<StreamingTextView>(&scheduler);
        view->appendStreamed(QStringLiteral("gone"));
        view.reset();
        scheduler.showAll(); // must not touch the destroyed view
    }
};

QTEST_MAIN(TestStreamingTextView)
#include "tst_streamingtextview.moc"
