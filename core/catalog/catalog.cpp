// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "catalog.h"

const ModelSpec *Catalog::findModel(QStringView idOrName) const
{
    for (const ModelSpec &m : models) {
        if (m.id.compare(idOrName, Qt::CaseInsensitive) == 0)
            return &m;
    }
    for (const ModelSpec &m : models) {
        if (m.displayName.compare(idOrName, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

const BenchmarkInfo *Catalog::findBenchmark(QStringView id) const
{
    for (const BenchmarkInfo &b : benchmarks) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

const TaskProfile *Catalog::findTask(QStringView idOrName) const
{
    for (const TaskProfile &t : tasks) {
        if (t.id.compare(idOrName, Qt::CaseInsensitive) == 0 || t.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}
