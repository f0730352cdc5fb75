// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "runrecord.h"

#include <QObject>

/// Runs one prompt through N endpoints concurrently (up to a limit), streaming each answer.
/// Listeners (the Compare page, the history recorder, the command line) follow the run through
/// these signals; positions are the response's column in the run.
///
/// Signals, in order for each response: responseStarted → textAppended* → responseFinished;
/// runFinished once every response has finished, failed or been cancelled.
class ComparisonRunner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void runStarted(const RunRecord &run);
    void responseStarted(int position);
    /// `delta` is the newly decoded text only; never the whole answer so far.
    void textAppended(int position, const QString &delta);
    void responseFinished(int position, const ResponseRecord &response);
    void runFinished(const RunRecord &run);
};
