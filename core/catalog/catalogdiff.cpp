// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalogdiff.h"

#include <QCoreApplication>
#include <QHash>

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

} // namespace

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
    const QHash<QString, const ModelSpec *> fresh = indexById(fetched);
    for (ModelSpec &m : merge.catalog.models) {
        const ModelSpec *f = fresh.value(m.id);
        if (!f)
            continue;
        ++merge.matched;
        ModelSpec updated = m;
        updated.inputPricePerMTok = f->inputPricePerMTok;
        updated.outputPricePerMTok = f->outputPricePerMTok;
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
