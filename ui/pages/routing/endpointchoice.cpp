// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "endpointchoice.h"

#include "common/money.h"
#include "providers/endpointstore.h"
#include "routing/routingconfig.h"

#include <QComboBox>
#include <QLocale>

namespace {
constexpr int kNameRole = Qt::UserRole;
}

void EndpointChoice::fill(QComboBox *combo, const EndpointStore *endpoints)
{
    const QSignalBlocker block(combo);
    const QString text = combo->currentText();
    combo->clear();
    for (const Endpoint &e : endpoints ? endpoints->endpoints() : QList<Endpoint>()) {
        combo->addItem(e.name, e.name);
        combo->setItemData(combo->count() - 1, tr("%1 at %2").arg(e.model, e.baseUrl.toString()), Qt::ToolTipRole);
    }
    combo->setEditText(text);
}

void EndpointChoice::setText(QComboBox *combo, const QString &text)
{
    const int index = combo->findData(text, kNameRole);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else
        combo->setEditText(text);
}

QString EndpointChoice::value(const QComboBox *combo)
{
    return combo->currentText().trimmed();
}

QString EndpointChoice::describe(const QString &nameOrTarget, Tier priceTier, const QString &role,
                                 const EndpointStore *endpoints, const Catalog &catalog)
{
    if (nameOrTarget.isEmpty()) {
        const PricedEndpoint d = TierMap::articleDefaults().at(priceTier);
        return tr("%1 at %2 · %3 per 1k tokens (the article's price)")
            .arg(d.endpoint.model, d.endpoint.baseUrl.toString(), formatUsdPrecise(d.price->inputPer1k));
    }
    const EndpointStore empty;
    const Result<PricedEndpoint> resolved =
        resolveEndpoint(nameOrTarget, priceTier, role, endpoints ? *endpoints : empty, catalog);
    if (!resolved)
        return QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(resolved.error().toHtmlEscaped());
    const PricedEndpoint &p = *resolved;
    const QString model = p.endpoint.catalogModel.isEmpty() ? p.endpoint.model : p.endpoint.catalogModel;
    QString price = !p.price ? tr("price unknown (no catalog price for %1)").arg(model.toHtmlEscaped())
        : p.price->inputPer1k == p.price->outputPer1k
        ? tr("%1 per 1k tokens").arg(formatUsdPrecise(p.price->inputPer1k))
        : tr("%1 in, %2 out per 1k tokens")
              .arg(formatUsdPrecise(p.price->inputPer1k), formatUsdPrecise(p.price->outputPer1k));
    if (p.price && !p.priceSource.isEmpty())
        price = tr("%1 (%2)").arg(price, p.priceSource.toHtmlEscaped());
    if (p.maxContextTokens > 0)
        price = tr("%1 · %2 tokens of context").arg(price, QLocale().toString(p.maxContextTokens));
    return tr("%1 at %2 · %3")
        .arg(p.endpoint.model.toHtmlEscaped(), p.endpoint.baseUrl.toString().toHtmlEscaped(), price);
}

QStringList EndpointChoice::splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}
