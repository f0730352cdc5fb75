// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>
#include <QStringList>

/// CSV as spreadsheets read it (RFC 4180): the one field writer for every CSV export.
namespace Csv {
/// `text` as one field: quoted, with quotes doubled, when it holds a comma, a quote or a line
/// break; as it is otherwise.
QString field(const QString &text);
/// One row: the fields joined by commas and ended by CRLF.
QString row(const QStringList &fields);
} // namespace Csv
