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
    // The sentence; the technical text of a database error goes to the log (category yw.errors).
    static QString describe(const yw::core::Error &e);
    // The sentence and, on a line of its own, the technical text: for the start-up screen, which
    // an administrator reads.
    static QString describeWithDetail(const yw::core::Error &e);
};

} // namespace yw::shell
