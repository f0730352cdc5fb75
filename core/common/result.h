// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

/// A value or a translated, user-facing error message. Used at module boundaries
/// instead of exceptions: the message names the object and the cause.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    static Result failure(QString message) { return Result(Error{std::move(message)}); }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value, so that `for (x : *makeResult())` and `makeResult().value()` never refer into a
    // destroyed temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }

    QString error() const { return ok() ? QString() : std::get<Error>(m_state).message; }

private:
    struct Error
    {
        QString message;
    };
    explicit Result(Error e)
        : m_state(std::move(e))
    { }
    std::variant<T, Error> m_state;
};

/// Result for operations that return nothing but may fail.
struct Done
{ };
using Status = Result<Done>;
inline Status success()
{
    return Status(Done{});
}
