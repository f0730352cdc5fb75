// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "modelsize.h"

#include <QRegularExpression>

#include <string_view>

namespace {

/// Mixture-of-experts models whose names do not state their total size (or state it only
/// roughly), with the figures of their model cards. Keep in step with MOE_ARCHITECTURES in
/// tools/catalog/build_current_catalog.py.
struct Architecture
{
    const char *anchor;  ///< a plain part of every name the pattern matches: most names fail it fast
    const char *pattern; ///< over the lower-case name with "_" and " " read as "-"
    double totalB;
    double activeB;
};

constexpr Architecture kArchitectures[] = {
    {"maverick", R"(llama-?4-maverick)", 400.0, 17.0},
    {"scout", R"(llama-?4-scout)", 109.0, 17.0},
    {"mixtral", R"(mixtral-8x7b)", 46.7, 12.9},
    {"mixtral", R"(mixtral-8x22b)", 141.0, 39.0},
    {"gpt-oss", R"(gpt-oss-?:?120b)", 116.8, 5.1},
    {"gpt-oss", R"(gpt-oss-?:?20b)", 20.9, 3.6},
    {"deepseek", R"(deepseek-v3\.2)", 685.0, 37.0},
    {"deepseek", R"(deepseek-(v3|r1(?!-distill)|chat|reasoner)(?![a-z]))", 671.0, 37.0},
    {"deepseek", R"(deepseek-(coder-)?v2-lite)", 15.7, 2.4},
    {"deepseek", R"(deepseek-(coder-)?v2)", 236.0, 21.0},
    {"qwen3-coder", R"(qwen3-coder-?:?480b)", 480.0, 35.0},
    {"kimi", R"(kimi-k2(?![.0-9]))", 1000.0, 32.0},
    {"dbrx", R"(dbrx)", 132.0, 36.0},
    {"glm", R"(glm-4\.5-air|glm-4\.5v)", 106.0, 12.0},
    {"glm", R"(glm-4\.[56](?![0-9]))", 355.0, 32.0},
    {"minimax", R"(minimax-m1)", 456.0, 45.9},
    {"minimax", R"(minimax-m2)", 230.0, 10.0},
    {"jamba", R"(jamba-(1\.5-)?large)", 398.0, 94.0},
    {"jamba", R"(jamba-(1\.5-)?mini)", 52.0, 12.0},
    {"moe", R"(phi-3\.5-moe)", 41.9, 6.6},
    {"arctic", R"(snowflake-arctic|arctic-instruct)", 480.0, 17.0},
};

/// Whether the name has a digit followed by "b": without one it states no size at all.
bool statesBillions(const QString &name)
{
    for (qsizetype i = 1; i < name.size(); ++i) {
        if (name.at(i) == u'b' && name.at(i - 1).isDigit())
            return true;
    }
    return false;
}

} // namespace

std::optional<ModelSize> modelSizeFromName(QStringView name)
{
    QString n = name.toString().toLower();
    n.replace(QLatin1Char('_'), QLatin1Char('-')).replace(QLatin1Char(' '), QLatin1Char('-'));

    static const QList<QRegularExpression> architectures = [] {
        QList<QRegularExpression> list;
        for (const Architecture &a : kArchitectures)
            list.append(QRegularExpression(QString::fromLatin1(a.pattern)));
        return list;
    }();
    static const QList<QString> anchors = [] {
        QList<QString> list;
        for (const Architecture &a : kArchitectures)
            list.append(QString::fromLatin1(a.anchor));
        return list;
    }();
    // A distilled model is the dense student, whatever its teacher's name.
    if (!n.contains(u"distill")) {
        // Neighbours share their anchor: each is looked for once.
        const QString *lastAnchor = nullptr;
        bool found = false;
        for (qsizetype i = 0; i < architectures.size(); ++i) {
            if (!lastAnchor || *lastAnchor != anchors.at(i)) {
                lastAnchor = &anchors.at(i);
                found = std::u16string_view(reinterpret_cast<const char16_t *>(n.utf16()), size_t(n.size()))
                            .find(std::u16string_view(reinterpret_cast<const char16_t *>(lastAnchor->utf16()),
                                                      size_t(lastAnchor->size()))) != std::u16string_view::npos;
            }
            if (found && architectures.at(i).match(n).hasMatch())
                return ModelSize{kArchitectures[i].totalB, kArchitectures[i].activeB, true};
        }
    }
    if (!statesBillions(n))
        return std::nullopt;

    // Read by hand rather than by regular expressions: an import asks this of thousands of names.
    // A number starts where no letter, digit or point precedes it, and counts as billions when
    // "b" follows and then no letter or digit.
    const auto alnum = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); };
    const auto at = [&n](qsizetype i) { return i < n.size() ? n.at(i) : QChar(); };
    const auto digit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    // A number from i ("30", "3.8"); its end in `end`. Nothing when no digit is at i.
    const auto readNumber = [&](qsizetype i, qsizetype &end) -> std::optional<double> {
        qsizetype j = i;
        while (digit(at(j)))
            ++j;
        if (j == i)
            return std::nullopt;
        if (at(j) == u'.' && digit(at(j + 1))) {
            ++j;
            while (digit(at(j)))
                ++j;
        }
        end = j;
        return n.mid(i, j - i).toDouble();
    };
    // Billions at i: the number, "b", then a boundary; `end` after the "b".
    const auto readBillions = [&](qsizetype i, qsizetype &end) -> std::optional<double> {
        if (i > 0 && (alnum(n.at(i - 1)) || n.at(i - 1) == u'.'))
            return std::nullopt;
        qsizetype j = 0;
        const std::optional<double> value = readNumber(i, j);
        if (!value || at(j) != u'b' || alnum(at(j + 1)))
            return std::nullopt;
        end = j + 1;
        return value;
    };

    // "qwen3-30b-a3b": total and active, both stated.
    for (qsizetype i = 0; i < n.size(); ++i) {
        qsizetype end = 0;
        const std::optional<double> total = readBillions(i, end);
        if (!total || at(end) != u'-' || at(end + 1) != u'a')
            continue;
        qsizetype activeEnd = 0;
        const std::optional<double> active = readNumber(end + 2, activeEnd);
        if (!active || at(activeEnd) != u'b' || alnum(at(activeEnd + 1)))
            continue;
        if (*total > 0.0 && *active > 0.0 && *active <= *total)
            return ModelSize{*total, *active, false};
        return std::nullopt;
    }
    // "8x7b", "17b-128e": an expert's size or the active size, not what has to be held.
    for (qsizetype i = 0; i < n.size(); ++i) {
        if (!digit(n.at(i)) || (i > 0 && digit(n.at(i - 1))))
            continue;
        qsizetype j = i;
        while (digit(at(j)))
            ++j;
        if (at(j) == u'e' && !alnum(at(j + 1)))
            return std::nullopt;
        if (at(j) == u'x' && (digit(at(j + 1)) || at(j + 1) == u'.')) {
            qsizetype k = j + 1;
            while (digit(at(k)) || at(k) == u'.')
                ++k;
            if (at(k) == u'b')
                return std::nullopt;
        }
    }
    for (qsizetype i = 0; i < n.size(); ++i) {
        qsizetype end = 0;
        if (const std::optional<double> total = readBillions(i, end); total && *total > 0.0 && *total < 100000.0)
            return ModelSize{*total, std::nullopt, false};
    }
    return std::nullopt;
}
