// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "columnsizing.h"

#include <QHash>
#include <QStyledItemDelegate>
#include <QTableView>

#include <typeinfo>

namespace {

/// Everything of an initialised style option that QStyle's item size depends on.
struct CellLook
{
    QString text;
    QString font;
    int features = 0;
    QSize decorationSize;
    int decorationPosition = 0;
    qint64 icon = 0;
    int wrapWidth = 0; ///< the cell's width, which matters only when the text wraps

    bool operator==(const CellLook &) const = default;
};

size_t qHash(const CellLook &look, size_t seed = 0)
{
    return qHashMulti(seed, look.text, look.font, look.features, look.decorationSize.width(),
                      look.decorationSize.height(), look.decorationPosition, look.icon, look.wrapWidth);
}

/// A QStyledItemDelegate whose size hints are remembered by the cell's look.
class RememberingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.data(Qt::SizeHintRole).isValid())
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const bool wraps = opt.features & QStyleOptionViewItem::WrapText;
        const CellLook look{opt.text,
                            opt.font.key(),
                            int(opt.features),
                            opt.decorationSize,
                            int(opt.decorationPosition),
                            opt.icon.cacheKey(),
                            wraps ? opt.rect.width() : 0};
        if (const auto found = m_sizes.constFind(look); found != m_sizes.cend())
            return *found;
        return *m_sizes.insert(look, QStyledItemDelegate::sizeHint(option, index));
    }

private:
    mutable QHash<CellLook, QSize> m_sizes;
};

} // namespace

void resizeColumnsToContents(QTableView *view)
{
    QAbstractItemDelegate *own = view->itemDelegate();
    // Exactly the stock delegate (by C++ type: a subclass without Q_OBJECT has its meta-object):
    // a subclass may size its cells by more than their look.
    if (!own || typeid(*own) != typeid(QStyledItemDelegate)) {
        view->resizeColumnsToContents();
        return;
    }
    RememberingDelegate remembering;
    view->setItemDelegate(&remembering);
    view->resizeColumnsToContents();
    view->setItemDelegate(own);
}
