// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QCoroTask>

#include <optional>
#include <utility>

/// Runs the event loop until `task` has finished and returns its value. QCoro::waitFor() needs a
/// default-constructible value, which Result<T> deliberately is not.
template<typename T>
T awaitResult(QCoro::Task<T> task)
{
    std::optional<T> result;
    QCoro::waitFor([](QCoro::Task<T> inner, std::optional<T> &out) -> QCoro::Task<void> {
        out.emplace(co_await std::move(inner));
    }(std::move(task), result));
    return std::move(*result);
}
