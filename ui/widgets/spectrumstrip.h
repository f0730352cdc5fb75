// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/tier.h"

#include <QList>
#include <QWidget>

class QFrame;

/// The article's model size spectrum as a row of five cells — parameters, examples and
/// sweet spot per tier — with the chosen tier highlighted in the palette's selection colours.
class SpectrumStrip : public QWidget
{
    Q_OBJECT
public:
    explicit SpectrumStrip(QWidget *parent = nullptr);

    Tier tier() const { return m_tier; }
    void setTier(Tier tier);

private:
    QList<QFrame *> m_cells;
    Tier m_tier = Tier::Medium;
};
