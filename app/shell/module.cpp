#include "module.h"

namespace yw::shell {

Module::~Module() = default;

} // namespace yw::shell
