// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "runrecord.h"

namespace {
struct StatusName
{
    ResponseRecord::Status status;
    const char16_t *name;
};
constexpr StatusName kStatusNames[] = {
    {ResponseRecord::Status::Pending, u"pending"},     {ResponseRecord::Status::Streaming, u"streaming"},
    {ResponseRecord::Status::Complete, u"complete"},   {ResponseRecord::Status::Failed, u"failed"},
    {ResponseRecord::Status::Cancelled, u"cancelled"}, {ResponseRecord::Status::Interrupted, u"interrupted"},
};
} // namespace

QString ResponseRecord::statusName(Status status)
{
    for (const StatusName &s : kStatusNames) {
        if (s.status == status)
            return QString::fromUtf16(s.name);
    }
    return {};
}

std::optional<ResponseRecord::Status> ResponseRecord::statusFromName(QStringView name)
{
    for (const StatusName &s : kStatusNames) {
        if (name == QStringView(s.name))
            return s.status;
    }
    return std::nullopt;
}
