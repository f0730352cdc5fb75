// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "providers/chatresult.h"

QString ChatError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Connection:
        return QStringLiteral("connection");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Truncated:
        return QStringLiteral("truncated");
    case Kind::Provider:
        return QStringLiteral("provider");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}
