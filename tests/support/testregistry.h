#pragma once

// Several Qt Test classes in one executable: each piece of a module has its own test class in
// its own file (YW_TEST_CLASS registers it), and one main runs them all, so that a module's many
// small pieces cost one link, not one each.
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

namespace yw::test {

using TestFactory = std::function<std::unique_ptr<QObject>()>;

inline std::vector<TestFactory> &testClasses()
{
    static std::vector<TestFactory> classes;
    return classes;
}

struct TestClassRegistration
{
    explicit TestClassRegistration(TestFactory f) { testClasses().push_back(std::move(f)); }
};

// Runs every registered class; the number of classes that failed.
inline int runTestClasses(int argc, char **argv)
{
    int failed = 0;
    for (const TestFactory &make : testClasses()) {
        std::unique_ptr<QObject> test = make();
        failed += QTest::qExec(test.get(), argc, argv) != 0;
    }
    return failed;
}

} // namespace yw::test

#define YW_TEST_CLASS(Class)                                                                       \
    static const yw::test::TestClassRegistration Class##Registration(                              \
        [] { return std::unique_ptr<QObject>(new Class); });
