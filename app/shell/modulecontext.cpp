#include "modulecontext.h"

#include "errormessages.h"

namespace yw::shell {

QString ModuleContext::describe(const yw::core::Error &e) const
{
    return ErrorMessages::describe(e);
}

} // namespace yw::shell
