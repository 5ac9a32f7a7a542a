// Sign-in and user administration: argon2id hashes, uniform refusals, roles, audit.
#include "storefixture.h"

using namespace yw::core;
using namespace yw::store;

class TestAuthService : public QObject
{
    Q_OBJECT
    yw::test::TestBackend m_backend;

private slots:
    void initTestCase() { QVERIFY2(m_backend.setUp().isEmpty(), "cluster"); }
    void cleanupTestCase() { m_backend.tearDown(); }
    void firstAdministratorThenLogin();
    void refusalsLookTheSame();
    void onlyAdministratorsManageUsers();
    void passwordRules();
    void changeOwnPasswordNeedsTheOldOne();
    void disabledAccount();
};

namespace {
struct Env
{
    std::unique_ptr<Database> db;
    ManualClock clock{QDateTime(QDate(2026, 11, 23), QTime(1, 0), QTimeZone::utc())};
    std::unique_ptr<AuthService> auth;
    QString open(yw::test::TestBackend &b)
    {
        auto d = Database::open(b.fresh(), Database::OpenMode::CreateIfMissing);
        if (!d)
            return d.error().message;
        db = std::move(d.value());
        if (auto s = Migrator::migrate(*db); !s)
            return s.error().message;
        auth = std::make_unique<AuthService>(*db, clock);
        return {};
    }
    QStringList auditActions()
    {
        QStringList out;
        for (const auto &e : AuditLog(*db).latest(100).value())
            out.prepend(e.action);
        return out;
    }
};
} // namespace

void TestAuthService::firstAdministratorThenLogin()
{
    Env e;
    QVERIFY(e.open(m_backend).isEmpty());
    QCOMPARE(e.auth->hasUsers().value(), false);
    User admin;
    admin.login = QStringLiteral("zhang.wei");
    admin.displayName = QStringLiteral("张伟");
    auto id = e.auth->createFirstAdministrator(admin, QStringLiteral("Chang-sha 2026"));
    QVERIFY2(id, qPrintable(id.error().message));
    QVERIFY(!e.auth->createFirstAdministrator(admin, QStringLiteral("Chang-sha 2026"))); // only once
    auto stored = UserRepository(*e.db).byLogin(QStringLiteral("zhang.wei"));
    QVERIFY(stored->passwordHash.startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!stored->passwordHash.contains(QStringLiteral("Chang-sha")));
    auto u = e.auth->login(QStringLiteral("zhang.wei"), QStringLiteral("Chang-sha 2026"));
    QVERIFY2(u, qPrintable(u.error().message));
    QVERIFY(u->hasRole(Role::Admin));
    QCOMPARE(u->displayName, QStringLiteral("张伟"));
    QCOMPARE(e.auditActions(), (QStringList{QStringLiteral("user-add"), QStringLiteral("login")}));
}

void TestAuthService::refusalsLookTheSame()
{
    Env e;
    QVERIFY(e.open(m_backend).isEmpty());
    User u;
    u.login = QStringLiteral("li");
    u.roles = Role::Dispatcher;
    QVERIFY(e.auth->createUser(nullptr, u, QStringLiteral("dispatch123")));
    auto wrong = e.auth->login(QStringLiteral("li"), QStringLiteral("dispatch124"));
    auto unknown = e.auth->login(QStringLiteral("nobody"), QStringLiteral("dispatch123"));
    QVERIFY(!wrong && !unknown);
    QCOMPARE(int(wrong.error().code), int(Error::Code::AuthFailed));
    QCOMPARE(wrong.error().message, unknown.error().message);
    QCOMPARE(e.auditActions().count(QStringLiteral("login-failed")), 2);
}

void TestAuthService::onlyAdministratorsManageUsers()
{
    Env e;
    QVERIFY(e.open(m_backend).isEmpty());
    User disp;
    disp.login = QStringLiteral("disp");
    disp.roles = Role::Dispatcher;
    disp.id = e.auth->createUser(nullptr, disp, QStringLiteral("dispatch123")).value();
    User newcomer;
    newcomer.login = QStringLiteral("intruder");
    newcomer.roles = Role::Admin;
    auto r = e.auth->createUser(&disp, newcomer, QStringLiteral("password123"));
    QVERIFY(!r);
    QCOMPARE(int(r.error().code), int(Error::Code::Forbidden));
    QVERIFY(!e.auth->users(&disp));
    QVERIFY(!e.auth->changePassword(&disp, QStringLiteral("intruder"), QStringLiteral("password123")));
    QVERIFY(e.auditActions().contains(QStringLiteral("denied")));
    User admin;
    admin.login = QStringLiteral("root");
    admin.roles = Role::Admin;
    admin.id = e.auth->createUser(nullptr, admin, QStringLiteral("adminadmin1")).value();
    QVERIFY(e.auth->createUser(&admin, newcomer, QStringLiteral("password123")));
    QCOMPARE(e.auth->users(&admin)->size(), 3);
    QVERIFY(e.auth->changePassword(&admin, QStringLiteral("disp"), QStringLiteral("newpass123")));
    QVERIFY(e.auth->login(QStringLiteral("disp"), QStringLiteral("newpass123")));
    User handler;
    handler.login = QStringLiteral("handler");
    handler.roles = Role::DepartmentHandler; // without a department
    QCOMPARE(int(e.auth->createUser(&admin, handler, QStringLiteral("password123")).error().code),
             int(Error::Code::InvalidInput));
    QCOMPARE(int(e.auth->createUser(&admin, newcomer, QStringLiteral("password123")).error().code),
             int(Error::Code::Conflict)); // login taken
}

void TestAuthService::passwordRules()
{
    QVERIFY(!PasswordHasher::checkStrength(QStringLiteral("short1")));
    QVERIFY(!PasswordHasher::checkStrength(QStringLiteral("onlyletters")));
    QVERIFY(!PasswordHasher::checkStrength(QStringLiteral("12345678")));
    QVERIFY(PasswordHasher::checkStrength(QStringLiteral("城管指挥2026")));
    PasswordHasher h;
    const QString a = h.hash(QStringLiteral("same-password-1")).value();
    const QString b = h.hash(QStringLiteral("same-password-1")).value();
    QVERIFY(a != b); // salted
    QVERIFY(h.verify(a, QStringLiteral("same-password-1")));
    QVERIFY(!h.verify(a, QStringLiteral("same-password-2")));
    QVERIFY(!h.verify(QStringLiteral("garbage"), QStringLiteral("same-password-1")));
    QVERIFY(PasswordHasher(PasswordHasher::Cost::Moderate).needsRehash(a));
}

void TestAuthService::changeOwnPasswordNeedsTheOldOne()
{
    Env e;
    QVERIFY(e.open(m_backend).isEmpty());
    User u;
    u.login = QStringLiteral("wang");
    u.roles = Role::IntakeOperator;
    u.id = e.auth->createUser(nullptr, u, QStringLiteral("intake1234")).value();
    QCOMPARE(int(e.auth->changePassword(&u, QStringLiteral("wang"), QStringLiteral("intake5678"), QStringLiteral("bad")).error().code),
             int(Error::Code::AuthFailed));
    QVERIFY(e.auth->changePassword(&u, QStringLiteral("wang"), QStringLiteral("intake5678"), QStringLiteral("intake1234")));
    QVERIFY(e.auth->login(QStringLiteral("wang"), QStringLiteral("intake5678")));
}

void TestAuthService::disabledAccount()
{
    Env e;
    QVERIFY(e.open(m_backend).isEmpty());
    User u;
    u.login = QStringLiteral("gone");
    u.roles = Role::Leader;
    u.id = e.auth->createUser(nullptr, u, QStringLiteral("leader1234")).value();
    QVERIFY(UserRepository(*e.db).setActive(u.id, false));
    auto r = e.auth->login(QStringLiteral("gone"), QStringLiteral("leader1234"));
    QVERIFY(!r);
    QCOMPARE(int(r.error().code), int(Error::Code::Forbidden));
}

QTEST_GUILESS_MAIN(TestAuthService)
#include "tst_authservice.moc"
