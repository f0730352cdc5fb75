// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>

/// The path a save dialog returned, with the extension of the filter the user chose when the
/// typed name has none: "memo" with "PDF (*.pdf)" becomes "memo.pdf"; the format follows the
/// extension everywhere else.
QString withSuffixOfFilter(const QString &path, const QString &selectedFilter);
