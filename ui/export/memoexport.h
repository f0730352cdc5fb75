// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "analysis/costquality.h"
#include "chartexport.h"
#include "common/result.h"
#include "decision/costmodel.h"
#include "report/memo.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct Catalog;
struct Recommendation;
struct RecommendationInput;
class Workbench;

struct MemoExportOptions
{
    ChartExportOptions chart{1200, 720, 96};
    CostQualityOptions costQuality;  ///< axis, benchmark and filter of the memo's scatter
    QList<CostOption> volumeOptions; ///< models of the volume chart; empty: defaultVolumeSelection()
    QDateTime generated = QDateTime::currentDateTime();
    /// The Routing page's cascade simulation: adds its chart (<name>-cascade-simulation.png next
    /// to a Markdown memo) and its section. Its `chart` index is set by the export.
    std::optional<MemoCascadeSimulation> cascade;
};

/// Writes a decision memo by extension: .md (charts as PNG files next to it, linked: <name>-cost-
/// quality.png and <name>-monthly-cost.png), .html (one file, charts embedded as base64 PNG) or
/// .pdf (the HTML laid out by QTextDocument and printed with QPdfWriter). Headless-safe under
/// QT_QPA_PLATFORM=offscreen.
Status exportMemo(const Catalog &catalog, const RecommendationInput &input, const Recommendation &recommendation,
                  const QString &path, const MemoExportOptions &options = {});
Status exportMemo(const Workbench &workbench, const QString &path, const MemoExportOptions &options = {});
