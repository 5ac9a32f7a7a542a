#pragma once

// The one map's workspace on a tiny city (tests/support/moduletestcity.h), signed in as the
// shift leader, for the tests of its pieces.
#include "moduletestcity.h"
#include "onemapworkspace.h"

#include <QTest>

namespace yw::test {

struct MapFixture
{
    TestBackend backend;
    core::ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone(8 * 3600))};
    ModuleTestCity city;

    QString open()
    {
        if (QString err = backend.setUp(); !err.isEmpty())
            return err;
        if (QString err = city.open(backend, clock); !err.isEmpty())
            return err;
        return city.as(QStringLiteral("shift"));
    }
    ~MapFixture() { backend.tearDown(); }
};

} // namespace yw::test
