// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "plannedpage.h"

#include <QLabel>
#include <QVBoxLayout>

PlannedPage::PlannedPage(const QString &title, const QString &plannedContent, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("plannedTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    heading->setFont(font);
    auto *status = new QLabel(tr("Coming in a later version — this page does nothing yet."), this);
    status->setObjectName(QStringLiteral("plannedStatus"));
    auto *content = new QLabel(tr("It will hold: %1").arg(plannedContent), this);
    content->setObjectName(QStringLiteral("plannedContent"));
    content->setWordWrap(true);
    content->setMaximumWidth(640);
    layout->addWidget(heading);
    layout->addWidget(status);
    layout->addSpacing(12);
    layout->addWidget(content);
    layout->addStretch(1);
}
