// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include "clisupport.h"

#include "eval/evalmatrix.h"
#include "store/evalrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

/// What `eval run` and `eval show` print about a stored run: its matrix, the per-endpoint
/// summary and the failures as text, or the same as JSON; and the exit code it earns.
class EvalReport
{
    Q_DECLARE_TR_FUNCTIONS(EvalReport)
public:
    static void print(const CommandContext &context, const EvalRunInfo &info, const EvalSet &set,
                      const EvalMatrix &matrix);
    /// The report with the run's id and status.
    static QJsonObject json(const EvalRunInfo &info, const EvalSet &set, const EvalMatrix &matrix);
    /// 0 when every case passed everywhere, 100 when some failed, 1 when the run did not finish.
    static int exitCode(const EvalRunInfo &info, const EvalMatrix &matrix);
    static QJsonObject runInfoJson(const EvalRunInfo &info);
    static QString statusText(EvalRunInfo::Status status);
    /// `text` on one line, cut to `width` with an ellipsis.
    static QString oneLine(QString text, int width);
    /// A number in the C locale's digits, so that scripts can read it.
    static QString figure(double value, int decimals);
};
