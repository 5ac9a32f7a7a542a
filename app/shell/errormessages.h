#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>

namespace yw::shell {

// Turns a typed error into the sentence a user reads, in the interface language. The shell and
// every module use this one wording (modules through ModuleContext::describe).
class ErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(yw::shell::ErrorMessages)
public:
    static QString describe(const yw::core::Error &e);
};

} // namespace yw::shell
