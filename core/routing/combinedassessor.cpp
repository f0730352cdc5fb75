// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "combinedassessor.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CombinedAssessor)
};
} // namespace

bool CombinedAssessor::wantsLogprobs() const
{
    return std::any_of(m_parts.cbegin(), m_parts.cend(),
                       [](const auto &part) { return part && part->wantsLogprobs(); });
}

QCoro::Task<Assessment> CombinedAssessor::assess(AssessmentContext context)
{
    QList<Assessment> parts;
    const auto assessors = m_parts; // the list may be edited while a part awaits
    for (const auto &part : assessors) {
        if (part)
            parts.append(co_await part->assess(context));
    }
    co_return combine(std::move(parts), m_combine);
}

Assessment CombinedAssessor::combine(QList<Assessment> parts, Combine combine)
{
    Assessment result;
    result.assessor = QStringLiteral("combined");
    QList<double> values;
    QStringList texts;
    const QLocale english(QLocale::English);
    for (const Assessment &part : parts) {
        result.cost += part.cost;
        result.latencyMs += part.latencyMs;
        if (part.confidence) {
            values.append(*part.confidence);
            texts.append(
                Texts::tr("%1 %2 (%3)").arg(part.assessor, english.toString(*part.confidence, 'g', 4), part.reason));
        } else {
            texts.append(Texts::tr("%1 unavailable (%2)").arg(part.assessor, part.reason));
        }
    }
    result.parts = std::move(parts);
    if (values.isEmpty()) {
        result.reason = Texts::tr("no assessor could say: %1").arg(texts.join(QStringLiteral("; ")));
        return result;
    }
    if (combine == Combine::Min) {
        result.confidence = *std::min_element(values.cbegin(), values.cend());
        result.reason = Texts::tr("minimum of %1").arg(texts.join(QStringLiteral("; ")));
    } else {
        double sum = 0;
        for (double v : values)
            sum += v;
        result.confidence = sum / double(values.size());
        result.reason = Texts::tr("mean of %1").arg(texts.join(QStringLiteral("; ")));
    }
    return result;
}
