// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "modelname.h"

#include <QRegularExpression>

QString canonicalModelName(const QString &id)
{
    QString name = id.trimmed().toLower();
    name = name.mid(name.lastIndexOf(u'/') + 1);
    if (const qsizetype colon = name.indexOf(u':'); colon > 0)
        name.truncate(colon);
    name.replace(u'.', u'-').replace(u'_', u'-');
    // A date (2024-08-06, 20241022, OpenAI's 0613 month-day) or "latest" at the end; Vertex writes
    // the date after '@'.
    static const QRegularExpression trailingTag(
        QStringLiteral("(?:[-@](?:\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{4}|latest))+$"));
    const QString stripped = QString(name).remove(trailingTag);
    return stripped.isEmpty() ? name : stripped;
}

ModelNameIndex::ModelNameIndex(const Catalog &catalog)
{
    m_byId.reserve(catalog.models.size());
    for (const ModelSpec &m : catalog.models) {
        m_byId.insert(m.id, &m);
        const QString canonical = canonicalModelName(m.id);
        if (!m_byCanonical.contains(canonical))
            m_byCanonical.insert(canonical, &m);
    }
}

const ModelSpec *ModelNameIndex::find(const QString &id) const
{
    if (const ModelSpec *m = m_byId.value(id))
        return m;
    return m_byCanonical.value(canonicalModelName(id));
}
