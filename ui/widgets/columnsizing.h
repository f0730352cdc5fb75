// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

class QTableView;

/// QTableView::resizeColumnsToContents(), with the same widths, measuring each distinct cell
/// once: while it runs, a view that draws with a plain QStyledItemDelegate gets one that
/// remembers the size of every text it has measured (a provider, a tier, a note repeats down a
/// column, and shaping the text is nearly all of the cost). A view with a delegate of its own is
/// sized as Qt sizes it.
void resizeColumnsToContents(QTableView *view);
