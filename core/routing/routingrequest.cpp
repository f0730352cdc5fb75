// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "routingrequest.h"

#include <QCoreApplication>

QString qualityLevelId(QualityLevel level)
{
    switch (level) {
    case QualityLevel::Standard:
        return QStringLiteral("standard");
    case QualityLevel::Medium:
        return QStringLiteral("medium");
    case QualityLevel::High:
        return QStringLiteral("high");
    }
    return {};
}

std::optional<QualityLevel> qualityLevelFromId(QStringView id)
{
    for (QualityLevel level : allQualityLevels) {
        if (id.trimmed().compare(qualityLevelId(level), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

QString qualityLevelDisplayName(QualityLevel level)
{
    switch (level) {
    case QualityLevel::Standard:
        return QCoreApplication::translate("QualityLevel", "standard");
    case QualityLevel::Medium:
        return QCoreApplication::translate("QualityLevel", "medium");
    case QualityLevel::High:
        return QCoreApplication::translate("QualityLevel", "high");
    }
    return {};
}

qsizetype RoutingRequest::promptLength() const
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < prompt.size(); ++i) {
        // A surrogate pair is one character.
        if (prompt.at(i).isHighSurrogate() && i + 1 < prompt.size() && prompt.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}
