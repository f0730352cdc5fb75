// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QPlainTextEdit>
#include <QPointer>

class StreamingTextScheduler;

/// A read-only view of an answer that arrives in pieces. Pieces are buffered and shown by the
/// view's scheduler at most once a frame; showing inserts only the new text at the end, so its
/// cost follows the piece, never the answer. A reader at the end keeps following it; a reader who
/// scrolled up stays where they are. Undo is off: one entry per insert would grow without bound.
class StreamingTextView : public QPlainTextEdit
{
    Q_OBJECT
public:
    /// `scheduler` null: every piece is shown at once (for views that are not fed by a stream).
    explicit StreamingTextView(StreamingTextScheduler *scheduler, QWidget *parent = nullptr);

    /// Buffers `piece` and asks the scheduler to show it.
    void appendStreamed(const QString &piece);
    /// Shows the buffered text now.
    void showPending();
    bool hasPending() const { return !m_pending.isEmpty(); }
    /// What is shown plus what is still buffered: the whole answer so far.
    QString fullText() const;
    /// Characters received since the last clearAll().
    qsizetype receivedCharacters() const { return m_received; }
    /// Empties the view and its buffer.
    void clearAll();

signals:
    /// Buffered text was just shown.
    void pendingShown();

private:
    QPointer<StreamingTextScheduler> m_scheduler;
    QString m_pending;
    qsizetype m_received = 0;
};
