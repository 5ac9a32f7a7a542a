#pragma once

#include <QString>

namespace yw::core {

// A typed failure that every layer can return and the UI can explain.
struct Error
{
    enum class Code {
        None,
        InvalidInput,     // the input breaks a rule (bad code, missing field)
        NotFound,
        Forbidden,        // the actor's role or scope does not allow the action
        GuardFailed,      // the role may act, but the case is not ready for it
        Conflict,         // a stale write: someone changed the record first
        AuthFailed,       // unknown login or wrong password
        DatabaseUnavailable,
        SchemaTooNew,     // the database was written by a newer Yiwang
        ForeignDatabase,  // not a Yiwang database, or not a database at all
        Corrupt,
        Internal,
        Cancelled,        // the work was called off (the program is closing, the view went away)
        WrongPurpose,     // a training database opened as production, or the other way round
        OutcomeUnknown,   // the connection was lost while a change was sent or committed: it may or
                          // may not be stored; the caller re-reads before anything else
    };
    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    static Error make(Code c, const QString &msg) { return Error{c, msg}; }
    static QString codeName(Code c);
};

// Either a value or an Error. Small on purpose: C++17 has no std::expected.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return m_value; }
    T &value() & { return m_value; }
    // On a temporary, hand the value out: `for (x : f().value())` must not dangle.
    T value() && { return std::move(m_value); }
    const T *operator->() const { return &m_value; }
    const Error &error() const { return m_error; }

private:
    T m_value{};
    Error m_error;
};

// For operations that return nothing but may fail.
using Status = Result<bool>;
inline Status success() { return Status(true); }

} // namespace yw::core
