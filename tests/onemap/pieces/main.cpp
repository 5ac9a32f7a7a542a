// The one map's pieces, each with its own test class (tst_*.cpp beside this file), on a tiny
// city: no demo city.
#include "testregistry.h"

#include <QGuiApplication>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    return yw::test::runTestClasses(argc, argv);
}
