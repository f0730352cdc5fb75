// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "chartexport.h"

#include <QDialog>

class QSpinBox;

/// Asks for the pixel size and resolution of a PNG chart export.
class ChartExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChartExportDialog(const ChartExportOptions &initial, QWidget *parent = nullptr);
    ChartExportOptions options() const;

private:
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_dpi = nullptr;
};
