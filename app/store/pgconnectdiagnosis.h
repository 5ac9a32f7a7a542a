#pragma once

#include "databaselocation.h"
#include "error.h"

namespace yw::store {

// Why a PostgreSQL connection could not be made, asked of the server rather than read from the
// driver's message (which is English text, or the server's language): no answer, or a server
// not accepting connections, is DatabaseUnavailable; a server that answers but refuses the login
// is AuthFailed; a login that works on the maintenance database while the one asked for is not
// there is NotFound (there but refused to this login: Forbidden).
class PgConnectDiagnosis
{
public:
    static yw::core::Error::Code diagnose(const DatabaseLocation &where, int timeoutSeconds = 5);
};

} // namespace yw::store
