#include "errormessages.h"

namespace yw::shell {

using yw::core::Error;

QString ErrorMessages::describe(const Error &e)
{
    switch (e.code) {
    case Error::Code::AuthFailed:
        return tr("Wrong login or password.");
    case Error::Code::Forbidden:
        return tr("Not allowed: %1").arg(e.message);
    case Error::Code::Conflict:
        return tr("Someone else changed this record first. It has been reloaded; please check and "
                  "try again.");
    case Error::Code::DatabaseUnavailable:
        return tr("The database cannot be reached: %1").arg(e.message);
    case Error::Code::SchemaTooNew:
        return tr("This database was written by a newer version of Yiwang: %1").arg(e.message);
    case Error::Code::ForeignDatabase:
        return tr("This is not a Yiwang database: %1").arg(e.message);
    case Error::Code::Corrupt:
        return tr("The database file is damaged: %1").arg(e.message);
    case Error::Code::InvalidInput:
    case Error::Code::GuardFailed:
    case Error::Code::NotFound:
    case Error::Code::Internal:
    case Error::Code::None:
        break;
    }
    return e.message;
}

} // namespace yw::shell
