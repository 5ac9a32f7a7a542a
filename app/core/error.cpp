#include "error.h"

namespace yw::core {

QString Error::codeName(Code c)
{
    switch (c) {
    case Code::None: return QStringLiteral("none");
    case Code::InvalidInput: return QStringLiteral("invalid-input");
    case Code::NotFound: return QStringLiteral("not-found");
    case Code::Forbidden: return QStringLiteral("forbidden");
    case Code::GuardFailed: return QStringLiteral("guard-failed");
    case Code::Conflict: return QStringLiteral("conflict");
    case Code::AuthFailed: return QStringLiteral("auth-failed");
    case Code::DatabaseUnavailable: return QStringLiteral("database-unavailable");
    case Code::SchemaTooNew: return QStringLiteral("schema-too-new");
    case Code::ForeignDatabase: return QStringLiteral("foreign-database");
    case Code::Corrupt: return QStringLiteral("corrupt");
    case Code::Internal: return QStringLiteral("internal");
    case Code::Cancelled: return QStringLiteral("cancelled");
    case Code::WrongPurpose: return QStringLiteral("wrong-purpose");
    case Code::OutcomeUnknown: return QStringLiteral("outcome-unknown");
    }
    return QStringLiteral("unknown");
}

} // namespace yw::core
