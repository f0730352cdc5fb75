// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QObject>
#include <QString>

#include <QtCharts/QChart>

class QGraphicsTextItem;

/// A small wrapped line of provenance at the bottom of a chart (catalog, date, quality source).
/// It is a child item of the chart, so it is drawn in the view and in every export, and it keeps
/// itself below the plot as the chart is resized.
class ChartFootnote : public QObject
{
    Q_OBJECT
public:
    /// Adds (or replaces) the footnote of `chart`; the chart owns it.
    static void attach(QChart *chart, const QString &text);
    /// The footnote text of a chart, empty when it has none.
    static QString text(const QChart *chart);

private:
    ChartFootnote(QChart *chart, const QString &text);
    void relayout();

    QChart *m_chart = nullptr;
    QGraphicsTextItem *m_item = nullptr;
};
