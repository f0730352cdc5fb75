// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "providers/endpoint.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

class EndpointStore;

/// The endpoints a run can use, one checkable row each: the configured ones from the shared
/// EndpointStore, then any detected on this machine (local servers found by probing). Compare,
/// Routing and Evaluations show the same model, so an endpoint added anywhere appears everywhere.
///
/// Check marks belong to endpoint names: they survive the store changing, and a removed
/// endpoint's mark goes with it.
class EndpointCheckListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        EndpointNameRole = Qt::UserRole + 1, ///< QString: the endpoint's name
        DetectedRole,                        ///< bool: found on this machine, not configured
    };
    Q_ENUM(Role)

    /// `store` may be null (no endpoints configured, e.g. in a test); it must outlive the model
    /// or be destroyed with it.
    explicit EndpointCheckListModel(EndpointStore *store, QObject *parent = nullptr);

    /// Endpoints found on this machine, listed after the configured ones; a detected endpoint
    /// with a configured endpoint's name is not listed twice.
    void setDetected(const QList<Endpoint> &detected);

    const QList<Endpoint> &endpoints() const { return m_rows; }
    /// The endpoint of `row`, or null.
    const Endpoint *endpointAt(int row) const;
    /// The endpoint named `name` (configured or detected), or null.
    const Endpoint *find(const QString &name) const;

    /// Checked endpoints' names in row order.
    QStringList checkedNames() const;
    QList<Endpoint> checkedEndpoints() const;
    void setCheckedNames(const QStringList &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    /// The set of checked endpoints changed, by the user or by setCheckedNames().
    void checkedChanged();

private:
    void rebuild();

    QPointer<EndpointStore> m_store;
    QList<Endpoint> m_detected;
    QList<Endpoint> m_rows;
    qsizetype m_configuredCount = 0;
    QSet<QString> m_checked;
};
