// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "spectrumstrip.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

SpectrumStrip::SpectrumStrip(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (Tier tier : allTiers) {
        const TierSpectrumRow row = tierSpectrumRow(tier);
        auto *cell = new QFrame(this);
        cell->setObjectName(QStringLiteral("tier_") + tierId(tier));
        cell->setFrameShape(QFrame::StyledPanel);
        cell->setAutoFillBackground(true);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(6, 4, 6, 4);
        cellLayout->setSpacing(1);

        auto *name = new QLabel(
            tr("<b>%1</b> · %2").arg(tierDisplayName(tier).toHtmlEscaped(), row.parameters.toHtmlEscaped()), cell);
        auto *examples = new QLabel(row.examples, cell);
        auto *sweetSpot = new QLabel(row.sweetSpot, cell);
        for (QLabel *label : {name, examples, sweetSpot}) {
            label->setWordWrap(true);
            cellLayout->addWidget(label);
        }
        QFont small = examples->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        examples->setFont(small);
        sweetSpot->setFont(small);
        cellLayout->addStretch(1);
        cell->setToolTip(tr("%1: %2 parameters; the article's examples: %3; sweet spot: %4")
                             .arg(tierDisplayName(tier), row.parameters, row.examples, row.sweetSpot));
        layout->addWidget(cell, 1);
        m_cells.append(cell);
    }
    setTier(Tier::Medium);
}

void SpectrumStrip::setTier(Tier tier)
{
    m_tier = tier;
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        QFrame *cell = m_cells.at(i);
        const bool chosen = allTiers.at(std::size_t(i)) == tier;
        // Palette roles, not colours: the highlight follows the system theme, light or dark.
        cell->setBackgroundRole(chosen ? QPalette::Highlight : QPalette::AlternateBase);
        cell->setForegroundRole(chosen ? QPalette::HighlightedText : QPalette::WindowText);
        const auto labels = cell->findChildren<QLabel *>();
        for (QLabel *label : labels)
            label->setForegroundRole(chosen ? QPalette::HighlightedText : QPalette::WindowText);
        cell->setProperty("chosen", chosen);
        cell->setAccessibleName(chosen ? tr("%1 (recommended)").arg(tierDisplayName(allTiers.at(std::size_t(i))))
                                       : tierDisplayName(allTiers.at(std::size_t(i))));
    }
}
