// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "streamingtextview.h"

#include "streamingtextscheduler.h"

#include <QScrollBar>
#include <QTextCursor>

StreamingTextView::StreamingTextView(StreamingTextScheduler *scheduler, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_scheduler(scheduler)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
}

void StreamingTextView::appendStreamed(const QString &piece)
{
    if (piece.isEmpty())
        return;
    m_pending += piece;
    m_received += piece.size();
    if (m_scheduler)
        m_scheduler->request(this);
    else
        showPending();
}

void StreamingTextView::showPending()
{
    if (m_pending.isEmpty())
        return;
    QScrollBar *bar = verticalScrollBar();
    const bool following = bar->value() >= bar->maximum() - 2;
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_pending);
    m_pending.clear();
    if (following)
        bar->setValue(bar->maximum());
    emit pendingShown();
}

QString StreamingTextView::fullText() const
{
    return toPlainText() + m_pending;
}

void StreamingTextView::clearAll()
{
    m_pending.clear();
    m_received = 0;
    clear();
}
