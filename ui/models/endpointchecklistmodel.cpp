// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "endpointchecklistmodel.h"

#include "providers/endpointstore.h"
#include "providers/redact.h"

EndpointCheckListModel::EndpointCheckListModel(EndpointStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    if (store)
        connect(store, &EndpointStore::changed, this, &EndpointCheckListModel::rebuild);
    rebuild();
}

void EndpointCheckListModel::setDetected(const QList<Endpoint> &detected)
{
    m_detected = detected;
    rebuild();
}

void EndpointCheckListModel::rebuild()
{
    beginResetModel();
    m_rows = m_store ? m_store->endpoints() : QList<Endpoint>();
    m_configuredCount = m_rows.size();
    for (const Endpoint &e : std::as_const(m_detected)) {
        if (!find(e.name))
            m_rows.append(e);
    }
    QSet<QString> names;
    for (const Endpoint &e : std::as_const(m_rows))
        names.insert(e.name);
    const qsizetype before = m_checked.size();
    m_checked.intersect(names);
    endResetModel();
    if (m_checked.size() != before)
        emit checkedChanged();
}

const Endpoint *EndpointCheckListModel::endpointAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const Endpoint *EndpointCheckListModel::find(const QString &name) const
{
    for (const Endpoint &e : m_rows) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

QStringList EndpointCheckListModel::checkedNames() const
{
    QStringList names;
    for (const Endpoint &e : m_rows) {
        if (m_checked.contains(e.name))
            names << e.name;
    }
    return names;
}

QList<Endpoint> EndpointCheckListModel::checkedEndpoints() const
{
    QList<Endpoint> checked;
    for (const Endpoint &e : m_rows) {
        if (m_checked.contains(e.name))
            checked << e;
    }
    return checked;
}

void EndpointCheckListModel::setCheckedNames(const QStringList &names)
{
    QSet<QString> wanted;
    for (const QString &name : names) {
        if (find(name))
            wanted.insert(name);
    }
    if (wanted == m_checked)
        return;
    m_checked = wanted;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::CheckStateRole});
    emit checkedChanged();
}

int EndpointCheckListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EndpointCheckListModel::data(const QModelIndex &index, int role) const
{
    const Endpoint *e = index.isValid() ? endpointAt(index.row()) : nullptr;
    if (!e)
        return {};
    const bool detected = index.row() >= m_configuredCount;
    switch (role) {
    case Qt::DisplayRole:
        return detected ? tr("%1 — detected on this machine").arg(e->name) : e->name;
    case Qt::ToolTipRole: {
        const QString target =
            tr("%1 · %2 · model %3").arg(endpointKindName(e->kind), redactedUrl(e->baseUrl), e->model);
        return e->catalogModel.isEmpty() ? tr("%1 · no catalog model: unpriced, and not usable as quality").arg(target)
                                         : tr("%1 · catalog model %2").arg(target, e->catalogModel);
    }
    case Qt::CheckStateRole:
        return m_checked.contains(e->name) ? Qt::Checked : Qt::Unchecked;
    case EndpointNameRole:
        return e->name;
    case DetectedRole:
        return detected;
    default:
        return {};
    }
}

bool EndpointCheckListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Endpoint *e = index.isValid() ? endpointAt(index.row()) : nullptr;
    if (!e || role != Qt::CheckStateRole)
        return false;
    const bool check = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
    if (check == m_checked.contains(e->name))
        return true;
    if (check)
        m_checked.insert(e->name);
    else
        m_checked.remove(e->name);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags EndpointCheckListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}
