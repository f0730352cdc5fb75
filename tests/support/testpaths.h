// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>

/// Paths tests read from: the repository's fixtures and the shared reference data.
namespace TestPaths {
QString fixture(const QString &relative);    ///< tests/fixtures/<relative>
QString sharedData(const QString &relative); ///< ../shared/data/<relative>
QString source(const QString &relative);     ///< <repository>/<relative>
} // namespace TestPaths
