// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "chartexportdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

ChartExportDialog::ChartExportDialog(const ChartExportOptions &initial, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export chart as PNG"));
    auto *form = new QFormLayout;
    auto makeSpin = [this](const QString &objectName, int min, int max, int value, const QString &suffix) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(objectName);
        spin->setRange(min, max);
        spin->setValue(value);
        spin->setSuffix(suffix);
        spin->setGroupSeparatorShown(true);
        return spin;
    };
    m_width = makeSpin(QStringLiteral("exportWidth"), 16, 20000, initial.width, tr(" px"));
    m_height = makeSpin(QStringLiteral("exportHeight"), 16, 20000, initial.height, tr(" px"));
    m_dpi = makeSpin(QStringLiteral("exportDpi"), 24, 2400, initial.dpi, tr(" dpi"));
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Resolution:"), m_dpi);
    auto *hint = new QLabel(tr("Text keeps its size relative to the chart: a higher resolution gives a sharper "
                               "image of the same layout."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

ChartExportOptions ChartExportDialog::options() const
{
    return {m_width->value(), m_height->value(), m_dpi->value()};
}
