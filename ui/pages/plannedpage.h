// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QWidget>

/// Stands in for a page a later version will bring: says plainly that it is not there yet and what it
/// will hold, and offers no controls that would pretend otherwise.
class PlannedPage : public QWidget
{
    Q_OBJECT
public:
    PlannedPage(const QString &title, const QString &plannedContent, QWidget *parent = nullptr);
};
