// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "requirements.h"

#include <QCoreApplication>

#include <array>

namespace {
constexpr std::array<Complexity, 3> allComplexities{Complexity::Simple, Complexity::Medium, Complexity::High};
}

QString complexityId(Complexity c)
{
    switch (c) {
    case Complexity::Simple:
        return QStringLiteral("simple");
    case Complexity::Medium:
        return QStringLiteral("medium");
    case Complexity::High:
        return QStringLiteral("high");
    }
    return {};
}

std::optional<Complexity> complexityFromId(QStringView id)
{
    const QStringView trimmed = id.trimmed();
    for (Complexity c : allComplexities) {
        if (trimmed.compare(complexityId(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

QString complexityDisplayName(Complexity c)
{
    switch (c) {
    case Complexity::Simple:
        return QCoreApplication::translate("Complexity", "Simple");
    case Complexity::Medium:
        return QCoreApplication::translate("Complexity", "Medium");
    case Complexity::High:
        return QCoreApplication::translate("Complexity", "High");
    }
    return {};
}
