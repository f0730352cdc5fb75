// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalogdiff.h"

#include "modelname.h"

#include "common/numberformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
/// Names the translation context of this file's messages where lupdate can see it.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(CatalogDiff)
};

QHash<QString, const ModelSpec *> indexById(const Catalog &catalog)
{
    QHash<QString, const ModelSpec *> index;
    index.reserve(catalog.models.size());
    for (const ModelSpec &m : catalog.models)
        index.insert(m.id, &m);
    return index;
}

bool sameApartFromProvenance(ModelSpec a, const ModelSpec &b)
{
    a.provenance = b.provenance;
    return a == b;
}

/// An API price that is a real figure: $0 in and out is a placeholder unless the model is local
/// (the same rule as the cost model's hasKnownApiPrice, which core/catalog cannot reach).
bool knownPrice(const ModelSpec &m)
{
    return m.isLocal() || m.inputPricePerMTok > 0.0 || m.outputPricePerMTok > 0.0;
}

/// The difference of two prices in % of the lower; 0 when both are 0.
double percentApart(double x, double y)
{
    const double low = std::min(x, y);
    const double high = std::max(x, y);
    if (high == 0.0)
        return 0.0;
    if (low == 0.0)
        return std::numeric_limits<double>::infinity();
    return (high - low) / low * 100.0;
}

} // namespace

PriceCrossCheck crossCheckPrices(const Catalog &a, const Catalog &b, double thresholdPercent)
{
    PriceCrossCheck check;
    check.thresholdPercent = thresholdPercent;
    const ModelNameIndex inB(b);
    QSet<const ModelSpec *> matchedInB;
    for (const ModelSpec &m : a.models) {
        const ModelSpec *other = inB.find(m.id);
        if (!other) {
            check.onlyInA.append(m.id);
            continue;
        }
        matchedInB.insert(other);
        PriceDisagreement row{.idA = m.id,
                              .idB = other->id,
                              .displayName = m.displayName,
                              .inputA = m.inputPricePerMTok,
                              .outputA = m.outputPricePerMTok,
                              .inputB = other->inputPricePerMTok,
                              .outputB = other->outputPricePerMTok,
                              .sourceA = m.provenance,
                              .sourceB = other->provenance,
                              .differencePercent = 0.0,
                              .knownA = knownPrice(m),
                              .knownB = knownPrice(*other)};
        if (!row.knownA || !row.knownB) {
            check.unpriced.append(row);
            continue;
        }
        ++check.compared;
        row.differencePercent = std::max(percentApart(m.inputPricePerMTok, other->inputPricePerMTok),
                                         percentApart(m.outputPricePerMTok, other->outputPricePerMTok));
        // Prices are decimal figures held in binary: $1.10 against $1.00 is 10 %, not 10.000000000000009 %.
        if (row.differencePercent <= thresholdPercent + 1e-9)
            continue;
        check.disagreements.append(row);
    }
    for (const ModelSpec &m : b.models) {
        if (!matchedInB.contains(&m))
            check.onlyInB.append(m.id);
    }
    std::stable_sort(check.disagreements.begin(), check.disagreements.end(),
                     [](const PriceDisagreement &x, const PriceDisagreement &y) {
                         return x.differencePercent > y.differencePercent;
                     });
    return check;
}

QString PriceCrossCheck::summary() const
{
    return Texts::tr("matched: %1 · differ by more than %2 %: %3 · unpriced in one or both: %4 · only in A: %5 · "
                     "only in B: %6")
        .arg(QString::number(matched()), NumberFormat::upTo(thresholdPercent, 2), QString::number(disagreements.size()),
             QString::number(unpriced.size()), QString::number(onlyInA.size()), QString::number(onlyInB.size()));
}

QString CatalogDiff::summary() const
{
    return Texts::tr("added: %1 · removed: %2 · new prices: %3 · other changes: %4 · unchanged: %5")
        .arg(added.size())
        .arg(removed.size())
        .arg(priceChanges.size())
        .arg(otherChanges.size())
        .arg(unchanged);
}

CatalogDiff diffCatalogs(const Catalog &before, const Catalog &after)
{
    CatalogDiff diff;
    const QHash<QString, const ModelSpec *> old = indexById(before);
    const QHash<QString, const ModelSpec *> now = indexById(after);
    for (const ModelSpec &m : before.models) {
        if (!now.contains(m.id))
            diff.removed.append(m);
    }
    for (const ModelSpec &m : after.models) {
        const ModelSpec *was = old.value(m.id);
        if (!was) {
            diff.added.append(m);
        } else if (was->inputPricePerMTok != m.inputPricePerMTok || was->outputPricePerMTok != m.outputPricePerMTok) {
            diff.priceChanges.append({m.id, m.displayName, was->inputPricePerMTok, was->outputPricePerMTok,
                                      m.inputPricePerMTok, m.outputPricePerMTok});
        } else if (!sameApartFromProvenance(*was, m)) {
            diff.otherChanges.append(m.id);
        } else {
            ++diff.unchanged;
        }
    }
    return diff;
}

PriceMerge mergeFetchedPrices(const Catalog &base, const Catalog &fetched, const QString &origin)
{
    PriceMerge merge;
    merge.catalog = base;
    merge.catalog.date = fetched.date;
    const ModelNameIndex fresh(fetched);
    for (ModelSpec &m : merge.catalog.models) {
        const ModelSpec *f = fresh.find(m.id);
        if (!f)
            continue;
        ++merge.matched;
        ModelSpec updated = m;
        // Unknown there is not $0 here.
        if (knownPrice(*f)) {
            updated.inputPricePerMTok = f->inputPricePerMTok;
            updated.outputPricePerMTok = f->outputPricePerMTok;
        }
        // A limit the fetched file leaves out is unknown there, not removed.
        if (f->contextWindow)
            updated.contextWindow = f->contextWindow;
        if (f->maxOutputTokens)
            updated.maxOutputTokens = f->maxOutputTokens;
        if (!sameApartFromProvenance(updated, m)) {
            updated.provenance = {base.name, fetched.date, origin};
            m = updated;
        }
    }
    merge.notInBase = int(fetched.models.size()) - merge.matched;
    return merge;
}
