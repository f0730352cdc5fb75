// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/catalog.h"

#include <QDialog>

class PriceCrossCheckTableModel;
class QDoubleSpinBox;
class QLabel;
class QTableView;

/// The prices of two catalogs side by side: the models they price more than a threshold apart
/// (10 % by default, changeable here), then those one of them lists without a price, with both
/// figures and dates, and a summary of how many models matched and how many each lists alone.
class PriceCrossCheckDialog : public QDialog
{
    Q_OBJECT
public:
    PriceCrossCheckDialog(const Catalog &a, const Catalog &b, QWidget *parent = nullptr);

    PriceCrossCheckTableModel *model() const { return m_model; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QString summaryText() const;

private:
    void recompute();

    Catalog m_a;
    Catalog m_b;
    PriceCrossCheckTableModel *m_model = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_view = nullptr;
};
