// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "decision/costmodel.h"
#include "routing/cascadesimulator.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct Catalog;
struct Recommendation;
struct RecommendationInput;

/// A chart the memo shows. The export layer renders the image; the memo only places it.
struct MemoChart
{
    QString title;
    QString markdownTarget; ///< link target in Markdown, e.g. "memo-cost-quality.png"
    QString htmlSource;     ///< <img src>: a file name, a resource name or a data: URI
    QString inlineSvg;      ///< when set, HTML embeds this <svg> instead of an <img>
    int htmlWidth = 0;      ///< display width in the HTML, 0: natural size
};

/// The cascade simulator's sweep, when the user ran one: the memo gets a section with
/// the chart, the reference policies, the distinct outcomes across thresholds and the threshold
/// chosen for the target quality.
struct MemoCascadeSimulation
{
    CascadeSimulation simulation;
    QStringList levelNames; ///< endpoint per level, smallest first
    std::optional<double> targetQuality;
    QString source; ///< which stored runs and labels, as a sentence
    int chart = -1; ///< index into MemoInput::charts; -1: no image
};

/// What a decision memo is written from. References must outlive the call.
struct MemoInput
{
    const Catalog &catalog;
    const RecommendationInput &input;
    const Recommendation &recommendation;
    QList<MemoChart> charts;
    QList<CostOption> volumeOptions;              ///< options of the volume chart; empty: defaultVolumeSelection()
    QString notice;                               ///< attribution text; empty: bundledNotice()
    QDateTime generated;                          ///< printed when valid; tests leave it out for stable text
    std::optional<MemoCascadeSimulation> cascade; ///< the simulator section; none: left out
};

/// A decision memo: requirements, the tier decision with the rule that decided and why earlier
/// rules did not fire, the task pick, candidates, near misses, the cost/quality frontier, break-even
/// volumes, assumptions (prices, volume, GPU figures), catalog date and data sources. Written once as
/// a list of blocks, then rendered to Markdown or HTML, so both formats say the same.
class Memo
{
public:
    explicit Memo(const MemoInput &input);

    QString toMarkdown() const;
    /// A complete HTML document (UTF-8, inline CSS) that QTextDocument can also lay out for PDF.
    QString toHtml() const;

    /// NOTICE.md as compiled into the core (":/NOTICE.md"); empty when missing.
    static QString bundledNotice();

    struct Block
    {
        enum class Kind { Heading, Paragraph, List, Table, Image };
        Kind kind = Kind::Paragraph;
        int level = 0;           ///< heading level
        QString text;            ///< heading/paragraph text; image title
        QStringList items;       ///< list items; table header
        QList<QStringList> rows; ///< table rows
        int chart = -1;          ///< index into MemoInput::charts
    };

private:
    void build(const MemoInput &input);
    void appendCascadeSimulation(const MemoCascadeSimulation &cascade);

    QList<Block> m_blocks;
    QList<MemoChart> m_charts;
};
