// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "testpaths.h"

namespace TestPaths {
QString fixture(const QString &relative)
{
    return QStringLiteral(RIGHTSIZE_SOURCE_DIR "/tests/fixtures/") + relative;
}

QString sharedData(const QString &relative)
{
    return QStringLiteral(RIGHTSIZE_SHARED_DATA_DIR "/") + relative;
}

QString source(const QString &relative)
{
    return QStringLiteral(RIGHTSIZE_SOURCE_DIR "/") + relative;
}
} // namespace TestPaths
