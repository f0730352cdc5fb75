// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QObject>

/// Lets a caller stop a running call: the request is aborted, a pending retry wait ends,
/// and the call returns a `cancelled` error keeping the partial text. One token may
/// cancel several calls (e.g. "cancel all").
class CancelToken : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    bool isCancelled() const { return m_cancelled; }

public slots:
    void cancel();

signals:
    void cancelled();

private:
    bool m_cancelled = false;
};
