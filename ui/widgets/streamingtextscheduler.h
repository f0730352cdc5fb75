// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <limits>

class StreamingTextView;

/// Decides when StreamingTextViews show their buffered text: once per `intervalMs`, whatever the
/// token rate, and for at most `budgetMs` of work per turn of the event loop. Views wait in the
/// order they asked, so with many busy views (Compare's columns) each gets its turn and input and
/// painting never wait a whole frame.
class StreamingTextScheduler : public QObject
{
    Q_OBJECT
public:
    explicit StreamingTextScheduler(int intervalMs, qint64 budgetMs = std::numeric_limits<qint64>::max(),
                                    QObject *parent = nullptr);

    /// `view` has text to show: it is shown at the next frame.
    void request(StreamingTextView *view);
    /// Shows every waiting view's text now (a stream ended, or its text is needed whole).
    void showAll();

private:
    void showFor(qint64 budgetMs);

    QTimer m_timer;
    int m_intervalMs;
    qint64 m_budgetMs;
    QList<QPointer<StreamingTextView>> m_waiting;
};
