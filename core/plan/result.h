#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <variant>

namespace salesplan {

// Why a calculation or a value was refused: the field it concerns and the reason, in words.
struct Error
{
    QString field;
    QString reason;

    // "field: reason", with the separator of the UI language (Chinese uses "：").
    QString message() const
    {
        return field.isEmpty() ? reason
                               : QCoreApplication::translate("Error", "%1: %2").arg(field, reason);
    }
    bool operator==(const Error &) const = default;
};

// The outcome of a calculation that can be refused: either a value or an Error, never both.
template <typename T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// The value of a Result that has nothing to return but success.
struct Success
{
    bool operator==(const Success &) const = default;
};
using Status = Result<Success>;

} // namespace salesplan
