// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "common/result.h"
#include "providers/endpoint.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

/// A named list of endpoints to compare together (the Compare page's saved sets).
struct EndpointSet
{
    QString name;
    QStringList endpoints; ///< endpoint names, in column order
    bool operator==(const EndpointSet &other) const = default;
};

/// The configured endpoints and saved endpoint sets, kept in a JSON file
/// (`<AppConfigLocation>/endpoints.json` by default). Holds no secret: an endpoint only names
/// where its key lives (Endpoint::apiKeyRef), the key itself stays in the keychain or the
/// environment, so the file can be shared or committed.
///
/// One store is shared by every page that lists endpoints; each follows `changed()` rather than
/// re-reading the store, so an endpoint added anywhere is everywhere at once.
class EndpointStore : public QObject
{
    Q_OBJECT
public:
    /// `path` empty: defaultPath().
    explicit EndpointStore(QString path = {}, QObject *parent = nullptr);

    static QString defaultPath();
    QString path() const { return m_path; }

    /// Reads the file; a missing file is an empty store, an unreadable one an error naming it
    /// (and the store stays empty).
    Status load();
    /// Writes the file atomically, creating its folder.
    Status save() const;

    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    const Endpoint *find(const QString &name) const;
    /// Adds or, with `replace`, replaces the endpoint of the same name; an error when the
    /// endpoint is not valid or exists and `replace` is false.
    Status add(const Endpoint &endpoint, bool replace = false);
    bool remove(const QString &name); ///< also drops it from every set

    const QList<EndpointSet> &sets() const { return m_sets; }
    const EndpointSet *findSet(const QString &name) const;
    void setSet(const EndpointSet &set); ///< adds or replaces by name
    bool removeSet(const QString &name);

    /// A sentence naming what is wrong with `endpoint`, or empty when it can be used.
    static QString validate(const Endpoint &endpoint);
    static QJsonObject toJson(const Endpoint &endpoint);
    static Result<Endpoint> fromJson(const QJsonObject &object);

signals:
    /// The endpoints or sets changed (loaded, added, replaced or removed).
    void changed();

private:
    Status readFile();

    QString m_path;
    QList<Endpoint> m_endpoints;
    QList<EndpointSet> m_sets;
};
