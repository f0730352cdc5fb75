// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "widgets/columnsizing.h"

#include <QHeaderView>
#include <QPixmap>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

/// resizeColumnsToContents(view) must give exactly Qt's widths, only faster.
class TestColumnSizing : public QObject
{
    Q_OBJECT
private:
    /// Repeated and distinct texts, a bold cell, an icon, a cell with a size hint of its own and
    /// a long one the maximum section size caps.
    static void fill(QStandardItemModel &model)
    {
        const QStringList providers{QStringLiteral("OpenAI"), QStringLiteral("Anthropic"), QStringLiteral("Meta")};
        QPixmap swatch(12, 12);
        swatch.fill(Qt::red);
        for (int row = 0; row < 60; ++row) {
            QList<QStandardItem *> items;
            items << new QStandardItem(QString::number(row + 1));
            items << new QStandardItem(providers.at(row % providers.size()));
            auto *cost = new QStandardItem(QStringLiteral("$%1.00").arg(row * 37 % 11));
            if (row == 7) {
                QFont bold = cost->font();
                bold.setBold(true);
                cost->setFont(bold);
            }
            items << cost;
            auto *tier = new QStandardItem(row % 2 ? QStringLiteral("Small") : QStringLiteral("Frontier"));
            if (row == 3)
                tier->setIcon(QIcon(swatch));
            if (row == 5)
                tier->setSizeHint(QSize(233, 20));
            items << tier;
            items << new QStandardItem(row == 11 ? QString(400, QLatin1Char('w')) : QStringLiteral("no score"));
            model.appendRow(items);
        }
    }

    static QList<int> widths(const QTableView &view)
    {
        QList<int> result;
        for (int c = 0; c < view.model()->columnCount(); ++c)
            result.append(view.columnWidth(c));
        return result;
    }

private slots:
    void sameWidthsAsQt()
    {
        QStandardItemModel model;
        fill(model);
        QTableView qt;
        QTableView ours;
        for (QTableView *view : {&qt, &ours}) {
            view->setModel(&model);
            view->horizontalHeader()->setMaximumSectionSize(300);
        }
        qt.resizeColumnsToContents();
        QAbstractItemDelegate *own = ours.itemDelegate();
        resizeColumnsToContents(&ours);
        QCOMPARE(widths(ours), widths(qt));
        QCOMPARE(ours.columnWidth(3), 233 + 1); // its own size hint and the grid line
        QCOMPARE(ours.columnWidth(4), 300);     // capped
        // The view draws with its own delegate again.
        QCOMPARE(ours.itemDelegate(), own);
    }

    void ownDelegateIsSizedByQt()
    {
        // A delegate of its own may size cells by more than their look: left to Qt. This one has no
        // Q_OBJECT, so only its C++ type tells it from the stock delegate.
        class Wide : public QStyledItemDelegate
        {
        public:
            using QStyledItemDelegate::QStyledItemDelegate;
            QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &index) const override
            {
                return QSize(10 + index.row(), 10);
            }
        };
        QStandardItemModel model;
        fill(model);
        QTableView qt;
        QTableView ours;
        Wide wide;
        for (QTableView *view : {&qt, &ours}) {
            view->setModel(&model);
            view->setItemDelegate(&wide);
        }
        qt.resizeColumnsToContents();
        resizeColumnsToContents(&ours);
        QCOMPARE(ours.itemDelegate(), &wide);
        QCOMPARE(widths(ours), widths(qt));
    }
};

QTEST_MAIN(TestColumnSizing)
#include "tst_columnsizing.moc"
