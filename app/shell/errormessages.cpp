#include "errormessages.h"

#include <QLoggingCategory>

namespace yw::shell {

Q_LOGGING_CATEGORY(lcErrors, "yw.errors")

using yw::core::Error;

QString ErrorMessages::describe(const Error &e)
{
    switch (e.code) {
    // Codes whose message is a sentence for the user (the workflow's guards, the services'
    // checks): shown as they are.
    case Error::Code::Forbidden:
        return tr("Not allowed: %1").arg(e.message);
    case Error::Code::InvalidInput:
    case Error::Code::GuardFailed:
    case Error::Code::NotFound:
    case Error::Code::WrongPurpose:
        return e.message;
    case Error::Code::AuthFailed:
        return tr("Wrong login or password.");
    case Error::Code::Conflict:
        return tr("Someone else changed this record first. It has been reloaded; please check and "
                  "try again.");
    case Error::Code::None:
        return {};
    case Error::Code::Cancelled:
        return tr("Stopped.");
    // Codes whose message is the database's technical text: a sentence for the user, the text
    // for the log.
    case Error::Code::OutcomeUnknown:
    case Error::Code::DatabaseUnavailable:
    case Error::Code::SchemaTooNew:
    case Error::Code::ForeignDatabase:
    case Error::Code::Corrupt:
    case Error::Code::Internal:
        break;
    }
    qCWarning(lcErrors).noquote() << Error::codeName(e.code) << e.message;
    switch (e.code) {
    case Error::Code::DatabaseUnavailable:
        return tr("The database cannot be reached. Check the network and the database server; "
                  "the details are in the log.");
    case Error::Code::SchemaTooNew:
        return tr("This database was written by a newer version of Yiwang. Update this "
                  "workstation.");
    case Error::Code::OutcomeUnknown:
        return tr("The connection to the database was lost while saving: the change may or may not "
                  "have been stored. Look at the record again before repeating it.");
    case Error::Code::ForeignDatabase:
        return tr("This is not a Yiwang database.");
    case Error::Code::Corrupt:
        return tr("The database is damaged. Ask the administrator to check it (yiwang-admin check); "
                  "the details are in the log.");
    default:
        return tr("Something went wrong inside the program; the details are in the log.");
    }
}

QString ErrorMessages::describeWithDetail(const Error &e)
{
    const QString sentence = describe(e);
    return sentence == e.message || e.message.isEmpty() ? sentence
                                                        : sentence + u'\n' + e.message;
}

} // namespace yw::shell
