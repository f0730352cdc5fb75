// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "chartfootnote.h"

#include <QFont>
#include <QGraphicsTextItem>
#include <QTextDocument>

namespace {
constexpr int kMargin = 10;
const char kFootnoteProperty[] = "rightsizeFootnote";
} // namespace

void ChartFootnote::attach(QChart *chart, const QString &text)
{
    if (auto *old = chart->findChild<ChartFootnote *>(QString(), Qt::FindDirectChildrenOnly)) {
        delete old->m_item;
        delete old;
    }
    new ChartFootnote(chart, text);
}

QString ChartFootnote::text(const QChart *chart)
{
    return chart ? chart->property(kFootnoteProperty).toString() : QString();
}

ChartFootnote::ChartFootnote(QChart *chart, const QString &text)
    : QObject(chart)
    , m_chart(chart)
{
    chart->setProperty(kFootnoteProperty, text);
    m_item = new QGraphicsTextItem(chart);
    m_item->setPlainText(text);
    QFont font = chart->titleFont();
    font.setBold(false);
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.75));
    m_item->setFont(font);
    QColor color = chart->titleBrush().color();
    color.setAlpha(190);
    m_item->setDefaultTextColor(color);
    m_item->setZValue(10);
    connect(chart, &QGraphicsWidget::geometryChanged, this, &ChartFootnote::relayout);
    relayout();
}

void ChartFootnote::relayout()
{
    const QSizeF size = m_chart->size();
    m_item->setTextWidth(std::max(100.0, size.width() - 2 * kMargin));
    const qreal height = m_item->document()->size().height();
    m_item->setPos(kMargin, size.height() - height - 4);
    QMargins margins = m_chart->margins();
    const int bottom = int(height) + 6;
    if (margins.bottom() != bottom) {
        margins.setBottom(bottom);
        m_chart->setMargins(margins);
    }
}
