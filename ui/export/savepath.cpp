// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "savepath.h"

#include <QFileInfo>
#include <QStringView>

QString withSuffixOfFilter(const QString &path, const QString &selectedFilter)
{
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    const qsizetype star = selectedFilter.indexOf(QLatin1String("*."));
    if (star < 0)
        return path;
    qsizetype end = star + 2;
    while (end < selectedFilter.size() && selectedFilter[end] != QLatin1Char(' ') &&
           selectedFilter[end] != QLatin1Char(')'))
        ++end;
    return path + QStringView(selectedFilter).sliced(star + 1, end - star - 1);
}
