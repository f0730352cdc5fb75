// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "modelspec.h"

const QualityScore *ModelSpec::score(QStringView benchmark) const
{
    for (const QualityScore &s : quality) {
        if (s.benchmark == benchmark)
            return &s;
    }
    return nullptr;
}

bool ModelSpec::hasCapability(QStringView capability) const
{
    for (const QString &c : capabilities) {
        if (c == capability)
            return true;
    }
    return false;
}
