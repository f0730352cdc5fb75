// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "catalog/tier.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class EndpointStore;
class QComboBox;
struct Catalog;

/// What the Routing page's tabs share about choosing an endpoint by name or target: the
/// editable combos offering the configured endpoints, and the line saying what a choice
/// resolves to and what it costs.
class EndpointChoice
{
    Q_DECLARE_TR_FUNCTIONS(EndpointChoice)
public:
    /// Offers every endpoint of `endpoints` (may be null), keeping the text typed in `combo`.
    static void fill(QComboBox *combo, const EndpointStore *endpoints);
    /// Selects the endpoint named `text`, or types it (a target, or an unknown name).
    static void setText(QComboBox *combo, const QString &text);
    static QString value(const QComboBox *combo);

    /// "MODEL at URL · PRICE" for `nameOrTarget` (empty: the article's default of `priceTier`),
    /// or the resolution's error in red (rich text); `role` names the setting in the error.
    static QString describe(const QString &nameOrTarget, Tier priceTier, const QString &role,
                            const EndpointStore *endpoints, const Catalog &catalog);
    /// A comma-separated list without empty items.
    static QStringList splitList(const QString &text);
};
