// The KPI engine on a hand-computed fixture (both backends): eight cases of one morning in
// 芙蓉区 worked through the real case service with a manual clock, each figure of each KPI
// worked out by hand from the time limits (暴露垃圾: handling 4 working hours; the other steps
// 30 calendar minutes) and the working day (08:30-12:00, 14:00-17:30):
//   A  on time all the way, closed 10:35
//   B  handled late (16:00, deadline 15:15), check failed → rework, redone on time next day, closed
//   C  an extension of 4 working hours: deadline 24th 10:15, handled 10:00 (on time only so)
//   D  suspended 09:40 (25 min used) to the 25th 09:00: deadline 25th 14:35, handled 14:00
//   E  dispatched and left: overdue from 15:15
//   F  returned by the department (a wrong dispatch), given to the water company, left open
//   G  a hotline report verified late (09:40, due 09:32), filed, then voided
//   H  a hotline report merged into A
// C, D and (on the 26th) E are handled and never sent for check: from 30 minutes after their
// feedback they are due for closure and not closed (超期未结案), so they stay in 应结案数.
// On the 27th (closureCountsStuckAndRejectedHandling):
//   I  handled on time, sent for check, the check never done: due for closure from 10:35
//   J  handled on time, the check fails (no on-time credit), redone on time, closed
#include "kpiengine.h"
#include "kpifactsbuilder.h"
#include "kpifactsrepository.h"
#include "kpifactsupdater.h"
#include "kpiperiod.h"
#include "kpisqlaggregator.h"
#include "storefixture.h"

#include <QTest>

using namespace yw;
using namespace yw::core;
using namespace yw::evaluation;

namespace {
const QTimeZone kCst(8 * 3600);
QDateTime at(int day, int h, int m)
{
    return QDateTime(QDate(2026, 11, day), QTime(h, m), kCst);
}
} // namespace

class TestKpi : public QObject
{
    Q_OBJECT
    test::TestBackend m_backend;
    test::StoreFixture f;
    QHash<QChar, qint64> id; // case letter → id
    std::unique_ptr<KpiEngine> m_engine;

    void act(QChar c, CaseAction a, Role r, ActionParams p = {})
    {
        if (p.note.isEmpty())
            p.note = QStringLiteral("fixture");
        auto before = f.cases->get(id[c]);
        QVERIFY(before);
        auto after = f.cases->act(f.user(r), id[c], before->version, a, p);
        QVERIFY2(after, qPrintable(QStringLiteral("%1 %2: %3").arg(c).arg(enumKey(a), after ? QString() : after.error().message)));
    }
    qint64 inspector() const { return f.user(Role::FieldInspector).id; }
    KpiRow sanitationRow(const KpiResult &r) const
    {
        for (const KpiRow &x : r.rows)
            if (x.key == QString::number(f.sanitation))
                return x;
        return KpiRow();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_backend.setUp().isEmpty(), "backend");
        QVERIFY2(f.open(m_backend).isEmpty(), "fixture");
        auto report = [&](QChar c, SourceChannel source) {
            CaseRecord d = test::StoreFixture::garbageDraft();
            d.source = source;
            d.description = QStringLiteral("case %1").arg(c);
            auto r = f.cases->report(f.user(source == SourceChannel::Patrol ? Role::FieldInspector
                                                                               : Role::IntakeOperator),
                                     d);
            QVERIFY(r);
            id.insert(c, r->id);
        };
        ActionParams p;
        f.clock.set(at(23, 9, 0));
        for (QChar c : QStringLiteral("ABCDEF"))
            report(c, SourceChannel::Patrol);
        report('G', SourceChannel::Hotline12345);
        report('H', SourceChannel::Hotline12345);
        f.clock.set(at(23, 9, 2));
        p.inspectorUserId = inspector();
        act('G', CaseAction::SendVerify, Role::IntakeOperator, p);
        f.clock.set(at(23, 9, 3));
        p = {};
        p.mergeIntoCaseId = id['A'];
        act('H', CaseAction::Merge, Role::IntakeOperator, p);
        f.clock.set(at(23, 9, 5));
        for (QChar c : QStringLiteral("ABCDEF"))
            act(c, CaseAction::Accept, Role::IntakeOperator);
        f.clock.set(at(23, 9, 10));
        for (QChar c : QStringLiteral("ABCDEF"))
            act(c, CaseAction::File, Role::ShiftLeader);
        f.clock.set(at(23, 9, 15));
        p = {};
        p.departmentId = f.sanitation;
        for (QChar c : QStringLiteral("ABCDEF"))
            act(c, CaseAction::Dispatch, Role::Dispatcher, p);
        f.clock.set(at(23, 9, 20));
        for (QChar c : QStringLiteral("ABCDE"))
            act(c, CaseAction::DepartmentAccept, Role::DepartmentHandler);
        f.clock.set(at(23, 9, 30));
        act('D', CaseAction::RequestSuspension, Role::DepartmentHandler);
        act('F', CaseAction::RequestReturn, Role::DepartmentHandler);
        f.clock.set(at(23, 9, 40));
        act('D', CaseAction::ApproveSuspension, Role::ShiftLeader);
        act('G', CaseAction::VerifyConfirm, Role::FieldInspector);
        f.clock.set(at(23, 9, 45));
        act('G', CaseAction::File, Role::ShiftLeader);
        f.clock.set(at(23, 9, 50));
        act('F', CaseAction::ApproveReturn, Role::ShiftLeader);
        act('G', CaseAction::RequestVoid, Role::Dispatcher);
        f.clock.set(at(23, 9, 55));
        p = {};
        p.departmentId = f.water;
        act('F', CaseAction::Dispatch, Role::Dispatcher, p);
        act('G', CaseAction::ApproveVoid, Role::ShiftLeader);
        f.clock.set(at(23, 10, 0));
        p = {};
        p.extensionSeconds = 4 * 3600;
        act('C', CaseAction::RequestExtension, Role::DepartmentHandler, p);
        act('C', CaseAction::ApproveExtension, Role::ShiftLeader, p);
        f.clock.set(at(23, 10, 15));
        act('A', CaseAction::Feedback, Role::DepartmentHandler);
        f.clock.set(at(23, 10, 20));
        p = {};
        p.inspectorUserId = inspector();
        act('A', CaseAction::SendCheck, Role::IntakeOperator, p);
        f.clock.set(at(23, 10, 30));
        act('A', CaseAction::CheckPass, Role::FieldInspector);
        f.clock.set(at(23, 10, 35));
        act('A', CaseAction::Close, Role::ShiftLeader);
        f.clock.set(at(23, 16, 0));
        act('B', CaseAction::Feedback, Role::DepartmentHandler);
        f.clock.set(at(23, 16, 5));
        act('B', CaseAction::SendCheck, Role::IntakeOperator, p);
        f.clock.set(at(23, 16, 10));
        act('B', CaseAction::CheckFail, Role::FieldInspector);
        f.clock.set(at(24, 9, 0));
        act('B', CaseAction::Feedback, Role::DepartmentHandler);
        f.clock.set(at(24, 9, 5));
        act('B', CaseAction::SendCheck, Role::IntakeOperator, p);
        f.clock.set(at(24, 9, 10));
        act('B', CaseAction::CheckPass, Role::FieldInspector);
        f.clock.set(at(24, 9, 15));
        act('B', CaseAction::Close, Role::ShiftLeader);
        f.clock.set(at(24, 10, 0));
        act('C', CaseAction::Feedback, Role::DepartmentHandler);
        f.clock.set(at(25, 9, 0));
        act('D', CaseAction::Restore, Role::ShiftLeader);
        f.clock.set(at(25, 14, 0));
        act('D', CaseAction::Feedback, Role::DepartmentHandler);

        KpiFactsUpdater updater(*f.db, {f.calendar, f.limits, f.taxonomy, f.areas});
        auto n = updater.refresh();
        QVERIFY2(n, n ? "" : qPrintable(n.error().message));
        QCOMPARE(n.value(), 8);
        auto engine = updater.engine(at(1, 0, 0).toMSecsSinceEpoch(), at(30, 0, 0).toMSecsSinceEpoch());
        QVERIFY2(engine, engine ? "" : qPrintable(engine.error().message));
        m_engine = std::move(engine.value());
        QCOMPARE(m_engine->caseCount(), 8);
    }
    void cleanupTestCase() { m_backend.tearDown(); }

    // The replay gives each step the deadline the flow ran with.
    void deadlinesWithExtensionsAndSuspensions()
    {
        yw::store::KpiFactsRepository repo(*f.db);
        auto facts = repo.load(0, at(30, 0, 0).toMSecsSinceEpoch());
        QVERIFY(facts);
        QHash<qint64, const CaseFacts *> byId;
        for (const CaseFacts &cf : facts.value())
            byId.insert(cf.fact.caseId, &cf);
        auto handles = [&](QChar c) {
            QList<TaskFact> out;
            for (const TaskFact &t : byId.value(id[c])->tasks)
                if (t.step == Step::Handle)
                    out << t;
            return out;
        };
        const auto ms = [](const QDateTime &t) { return t.toMSecsSinceEpoch(); };
        QCOMPARE(handles('A').value(0).deadline, ms(at(23, 15, 15)));
        QVERIFY(handles('A').value(0).onTime);
        QCOMPARE(handles('B').size(), 2);
        QVERIFY(!handles('B')[0].onTime);
        QCOMPARE(handles('B')[1].deadline, ms(at(24, 11, 10))); // rework: a fresh 4 h from 16:10
        QCOMPARE(handles('C').value(0).deadline, ms(at(24, 10, 15)));
        QCOMPARE(handles('C').value(0).extensionSeconds, 4 * 3600);
        QCOMPARE(handles('D').value(0).deadline, ms(at(25, 14, 35)));
        QCOMPARE(handles('D').value(0).suspendedFrom, ms(at(23, 9, 40)));
        QCOMPARE(handles('D').value(0).suspendedTo, ms(at(25, 9, 0)));
        QCOMPARE(handles('E').value(0).finishedAt, 0);
        QCOMPARE(handles('F').size(), 2);
        QCOMPARE(handles('F')[0].outcome, QStringLiteral("ApproveReturn"));
        QCOMPARE(handles('F')[1].departmentId, f.water);
        const CaseFact &g = byId.value(id['G'])->fact;
        QVERIFY(g.publicVerified && g.filedAt > 0 && g.voidedAt > 0);
        QVERIFY(byId.value(id['H'])->fact.mergedAt > 0);
        QVERIFY(byId.value(id['B'])->fact.closedOnTime); // the last handling was on time
        QCOMPARE(byId.value(id['B'])->fact.reworkCount, 1);
    }

    void departmentsDayByDay()
    {
        auto row = [&](const KpiResult &r, qint64 dept) {
            for (const KpiRow &x : r.rows)
                if (x.key == QString::number(dept))
                    return x;
            return KpiRow();
        };
        // 23 November.
        const KpiResult d23 = m_engine->compute(KpiPeriod::range(QDate(2026, 11, 23), QDate(2026, 11, 23)),
                                                Dimension::Department);
        KpiRow s = row(d23, f.sanitation);
        QCOMPARE(s.count(Counter::Handled), 2);        // A, B (late)
        QCOMPARE(s.count(Counter::HandledOnTime), 1);  // A
        QCOMPARE(s.count(Counter::OverduePending), 1); // E (C not due yet, D suspended)
        QCOMPARE(s.count(Counter::Returned), 1);       // F
        QCOMPARE(s.count(Counter::Reworked), 1);       // B
        QCOMPARE(s.count(Counter::Closed), 1);         // A
        QCOMPARE(s.count(Counter::ClosedOnTime), 1);
        QCOMPARE(s.count(Counter::Filed), 5);          // A-E (F ended with the water company)
        QCOMPARE(s.count(Counter::Dispatched), 6);     // A-E and F's first dispatch
        QCOMPARE(s.count(Counter::DispatchAccurate), 5);
        QCOMPARE(s.count(Counter::DispatchOnTime), 6);
        QCOMPARE(s.value(Rate::Handling), 2.0 / 3);
        QCOMPARE(s.value(Rate::OnTimeHandling), 1.0 / 3);
        QCOMPARE(s.value(Rate::Closure), 0.5);         // 1 / (1 closed + 1 overdue)
        QCOMPARE(s.value(Rate::Rework), 0.5);
        QCOMPARE(s.value(Rate::FirstTimeFix), 1.0);
        QCOMPARE(s.value(Rate::DispatchAccuracy), 5.0 / 6);
        QVERIFY(qFuzzyCompare(s.composite, 50.0));     // 10 + 30×0.5 + 30×⅓ + 30×0.5
        QCOMPARE(s.grade, QStringLiteral("D"));
        KpiRow w = row(d23, f.water);
        QCOMPARE(w.count(Counter::OverduePending), 1); // F since 15:55
        QCOMPARE(w.count(Counter::Dispatched), 1);
        QVERIFY(qFuzzyCompare(w.composite, 40.0));
        QCOMPARE(d23.rows.front().key, QString::number(f.sanitation)); // ranked first
        QCOMPARE(s.rank, 1);
        QCOMPARE(w.rank, 2);

        // 24 November: B redone on time and closed, C on time thanks to its extension.
        s = row(m_engine->compute(KpiPeriod::range(QDate(2026, 11, 24), QDate(2026, 11, 24)),
                                  Dimension::Department),
                f.sanitation);
        QCOMPARE(s.count(Counter::Handled), 2);
        QCOMPARE(s.count(Counter::HandledOnTime), 2);
        QCOMPARE(s.count(Counter::Extended), 1);
        QCOMPARE(s.count(Counter::OverduePending), 1); // E still; D suspended
        QCOMPARE(s.count(Counter::Closed), 1);
        QCOMPARE(s.count(Counter::ClosureOverdue), 1); // C: handled 10:00, not sent for check
        QCOMPARE(s.count(Counter::ClosedReworked), 1);
        QCOMPARE(s.value(Rate::Closure), 1.0 / 3);     // B / (B + E + C)
        QCOMPARE(s.value(Rate::FirstTimeFix), 0.0);
        QCOMPARE(s.value(Rate::Extension), 1.0 / 3);
        QVERIFY(qFuzzyCompare(s.composite, 70.0));     // 10 + 30×⅓ + 30×⅔ + 30×1
        QCOMPARE(s.grade, QStringLiteral("C"));

        // 25 November: D on time, its suspension taken out of the clock.
        s = row(m_engine->compute(KpiPeriod::range(QDate(2026, 11, 25), QDate(2026, 11, 25)),
                                  Dimension::Department),
                f.sanitation);
        QCOMPARE(s.count(Counter::Handled), 1);
        QCOMPARE(s.count(Counter::HandledOnTime), 1);
        QCOMPARE(s.count(Counter::OverduePending), 1);
        QCOMPARE(s.count(Counter::ClosureOverdue), 2); // C, and D from 14:30
        QCOMPARE(s.value(Rate::Closure), 0.0);

        // The three days together.
        s = row(m_engine->compute(KpiPeriod::range(QDate(2026, 11, 23), QDate(2026, 11, 25)),
                                  Dimension::Department),
                f.sanitation);
        QCOMPARE(s.count(Counter::Handled), 5);
        QCOMPARE(s.count(Counter::HandledOnTime), 4);
        QCOMPARE(s.count(Counter::Closed), 2);
        QCOMPARE(s.count(Counter::ClosureOverdue), 2);
        QCOMPARE(s.value(Rate::Closure), 2.0 / 5);     // A, B / (A, B + E + C, D)
        QCOMPARE(s.value(Rate::Rework), 1.0 / 5);
        QCOMPARE(s.value(Rate::FirstTimeFix), 0.5);
    }

    void areasInspectorsAndChannels()
    {
        const KpiPeriod day = KpiPeriod::range(QDate(2026, 11, 23), QDate(2026, 11, 23));
        const KpiResult districts = m_engine->compute(day, Dimension::District);
        QCOMPARE(int(districts.rows.size()), 1);
        const KpiRow &d = districts.rows.front();
        QCOMPARE(d.key, QStringLiteral("430102"));
        QCOMPARE(d.name, QStringLiteral("芙蓉区"));
        QCOMPARE(d.count(Counter::Reports), 8);
        QCOMPARE(d.count(Counter::ValidReports), 7);   // H was merged
        QCOMPARE(d.count(Counter::Filed), 7);
        QCOMPARE(d.count(Counter::Voided), 1);
        QCOMPARE(d.count(Counter::PublicVerified), 1);
        QCOMPARE(d.count(Counter::OverduePending), 2); // E, F
        QCOMPARE(d.value(Rate::AccurateFiling), 6.0 / 7);
        QCOMPARE(d.value(Rate::PublicReport), 1.0 / 7);
        QCOMPARE(d.composite, 43.81); // 40×⅓ + 40×⅓ + 20×6/7, to two decimals
        QCOMPARE(districts.total.count(Counter::Reports), 8);
        QCOMPARE(d.count(Counter::Accepted), 6);      // A-F (G went to verification, H was merged)
        QCOMPARE(d.count(Counter::FileDone), 7);      // A-F at 09:10, G at 09:45
        QCOMPARE(d.count(Counter::FileOnTime), 7);    // within 30 minutes of acceptance/verification
        QCOMPARE(d.count(Counter::Dispatched), 7);    // A-F, and F again to the water company
        QCOMPARE(d.count(Counter::DispatchOnTime), 7);
        QCOMPARE(d.count(Counter::DispatchAccurate), 6);
        QCOMPARE(d.value(Rate::OnTimeFiling), 1.0);

        const KpiResult inspectors = m_engine->compute(day, Dimension::Inspector);
        QCOMPARE(int(inspectors.rows.size()), 1);
        const KpiRow &i = inspectors.rows.front();
        QCOMPARE(i.key, QString::number(inspector()));
        QCOMPARE(i.count(Counter::Reports), 6);
        QCOMPARE(i.count(Counter::ValidReports), 6);
        QCOMPARE(i.count(Counter::VerifyDone), 1);
        QCOMPARE(i.count(Counter::VerifyOnTime), 0);   // G: 09:40, due 09:32
        QCOMPARE(i.count(Counter::CheckDone), 2);
        QCOMPARE(i.count(Counter::CheckOnTime), 2);
        QVERIFY(qFuzzyCompare(i.composite, 80.0));     // 40 + 20 + 0 + 20
        QCOMPARE(i.grade, QStringLiteral("B"));

        const KpiResult sources = m_engine->compute(day, Dimension::Source);
        QHash<QString, qint64> reports;
        for (const KpiRow &r : sources.rows)
            reports.insert(r.key, r.count(Counter::Reports));
        QCOMPARE(reports.value("Patrol"), 6);
        QCOMPARE(reports.value("Hotline12345"), 2);
        QVERIFY(std::isnan(sources.rows.front().composite)); // channels are not graded
    }

    void everyCountDrillsDownToItsCases()
    {
        const KpiPeriod day = KpiPeriod::range(QDate(2026, 11, 23), QDate(2026, 11, 23));
        const QString s = QString::number(f.sanitation);
        QCOMPARE(m_engine->caseIds(day, Dimension::Department, s, Counter::OverduePending),
                 QList<qint64>{id['E']});
        QCOMPARE(m_engine->caseIds(day, Dimension::Department, s, Counter::Returned),
                 QList<qint64>{id['F']});
        QCOMPARE(m_engine->caseIds(day, Dimension::District, "430102", Counter::Voided),
                 QList<qint64>{id['G']});
        QList<qint64> handled = m_engine->caseIds(day, Dimension::Department, s, Counter::Handled);
        std::sort(handled.begin(), handled.end());
        QCOMPARE(handled, (QList<qint64>{id['A'], id['B']}));
        // Every count of every unit lists its cases: as many, or fewer where one case counts
        // more than once (F was dispatched twice in its district).
        for (Dimension dim : {Dimension::Department, Dimension::District, Dimension::Source}) {
            const KpiResult r = m_engine->compute(day, dim);
            for (const KpiRow &row : r.rows)
                for (int c = 0; c < kCounterCount; ++c) {
                    const qint64 cases = m_engine->caseIds(day, dim, row.key, Counter(c)).size();
                    QVERIFY(cases <= row.n[size_t(c)] && (cases > 0) == (row.n[size_t(c)] > 0));
                }
        }
        QCOMPARE(m_engine->caseIds(day, Dimension::District, "430102", Counter::Dispatched).size(), 6);
    }

    // The straightforward SQL GROUP BY over the same facts gives the same department counts.
    void sqlPeerAgrees()
    {
        yw::store::KpiSqlAggregator sql(*f.db);
        for (int day : {23, 24, 25}) {
            const KpiPeriod p = KpiPeriod::range(QDate(2026, 11, day), QDate(2026, 11, day));
            auto peer = sql.byDepartment(p.fromMs(kCst), p.toMs(kCst));
            QVERIFY(peer);
            const KpiResult ours = m_engine->compute(p, Dimension::Department);
            QCOMPARE(qsizetype(ours.rows.size()), peer->size());
            for (const KpiRow &row : ours.rows)
                for (int c = 0; c < kCounterCount; ++c) {
                    const QString id = QString::fromLatin1(definition(Counter(c)).id);
                    if (id == QLatin1String("filed_in_area") || id == QLatin1String("missed"))
                        continue; // inspectors' figures
                    QCOMPARE(peer->value(row.key.toLongLong()).value(id), row.n[size_t(c)]);
                }
        }
    }

    // Facts follow the history: a new action makes its case stale, and only it is rebuilt.
    void factsAreRebuiltWhenTheHistoryMoves()
    {
        KpiFactsUpdater updater(*f.db, {f.calendar, f.limits, f.taxonomy, f.areas});
        yw::store::KpiFactsRepository repo(*f.db);
        QCOMPARE(repo.staleCount(KpiFactsBuilder::kRulesVersion).value(), 0);
        f.clock.set(at(26, 9, 0));
        act('E', CaseAction::Feedback, Role::DepartmentHandler);
        QCOMPARE(repo.staleCount(KpiFactsBuilder::kRulesVersion).value(), 1);
        QCOMPARE(updater.refresh().value(), 1);
        QCOMPARE(repo.staleCount(KpiFactsBuilder::kRulesVersion).value(), 0);
        auto engine = updater.engine(at(1, 0, 0).toMSecsSinceEpoch(), at(30, 0, 0).toMSecsSinceEpoch());
        QVERIFY(engine);
        const KpiResult r = engine.value()->compute(
            KpiPeriod::range(QDate(2026, 11, 26), QDate(2026, 11, 26)), Dimension::Department);
        const KpiRow s = sanitationRow(r);
        QCOMPARE(s.count(Counter::Handled), 1); // E, late
        QCOMPARE(s.count(Counter::HandledOnTime), 0);
        QCOMPARE(s.count(Counter::ClosureOverdue), 3); // C, D, and E from 09:30
        // A period already reported does not change: the 23rd still counts E as overdue.
        const KpiResult d23 = engine.value()->compute(
            KpiPeriod::range(QDate(2026, 11, 23), QDate(2026, 11, 23)), Dimension::Department);
        for (const KpiRow &row : d23.rows)
            if (row.key == QString::number(f.sanitation))
                QCOMPARE(row.count(Counter::OverduePending), 1);
    }

    // 应结案数 keeps a handled case whose check or closure never happens (I), and a handling the
    // check rejects earns no on-time credit though it was in time (J); both backends, and the
    // SQL peer agrees.
    void closureCountsStuckAndRejectedHandling()
    {
        auto report = [&](QChar c) {
            CaseRecord d = test::StoreFixture::garbageDraft();
            d.description = QStringLiteral("case %1").arg(c);
            auto r = f.cases->report(f.user(Role::FieldInspector), d);
            QVERIFY(r);
            id.insert(c, r->id);
        };
        f.clock.set(at(27, 9, 0));
        report('I');
        report('J');
        ActionParams p;
        p.departmentId = f.sanitation;
        ActionParams check;
        check.inspectorUserId = inspector();
        for (QChar c : {QChar('I'), QChar('J')}) {
            f.clock.set(at(27, 9, 5));
            act(c, CaseAction::Accept, Role::IntakeOperator);
            f.clock.set(at(27, 9, 10));
            act(c, CaseAction::File, Role::ShiftLeader);
            f.clock.set(at(27, 9, 15));
            act(c, CaseAction::Dispatch, Role::Dispatcher, p);
            f.clock.set(at(27, 9, 20));
            act(c, CaseAction::DepartmentAccept, Role::DepartmentHandler);
            f.clock.set(at(27, 10, 0));
            act(c, CaseAction::Feedback, Role::DepartmentHandler); // due 15:15: in time
            f.clock.set(at(27, 10, 5));
            act(c, CaseAction::SendCheck, Role::IntakeOperator, check);
        }
        f.clock.set(at(27, 10, 10));
        act('J', CaseAction::CheckFail, Role::FieldInspector);
        f.clock.set(at(27, 11, 0));
        act('J', CaseAction::Feedback, Role::DepartmentHandler); // the redo, due 16:10
        f.clock.set(at(27, 11, 5));
        act('J', CaseAction::SendCheck, Role::IntakeOperator, check);
        f.clock.set(at(27, 11, 10));
        act('J', CaseAction::CheckPass, Role::FieldInspector);
        f.clock.set(at(27, 11, 15));
        act('J', CaseAction::Close, Role::ShiftLeader);

        KpiFactsUpdater updater(*f.db, {f.calendar, f.limits, f.taxonomy, f.areas});
        QVERIFY(updater.refresh());
        auto engine = updater.engine(at(1, 0, 0).toMSecsSinceEpoch(), at(30, 0, 0).toMSecsSinceEpoch());
        QVERIFY(engine);
        const KpiPeriod day = KpiPeriod::range(QDate(2026, 11, 27), QDate(2026, 11, 27));
        const KpiRow s = sanitationRow(engine.value()->compute(day, Dimension::Department));
        QCOMPARE(s.count(Counter::Filed), 2);
        QCOMPARE(s.count(Counter::Handled), 3);        // I, J, J's redo
        QCOMPARE(s.count(Counter::HandledOnTime), 2);  // I, J's redo: J's first result was rejected
        QCOMPARE(s.count(Counter::OverduePending), 0);
        QCOMPARE(s.count(Counter::Reworked), 1);       // J
        QCOMPARE(s.count(Counter::Closed), 1);         // J
        QCOMPARE(s.count(Counter::ClosedOnTime), 1);
        QCOMPARE(s.count(Counter::ClosureOverdue), 4); // C, D, E not sent for check; I not checked
        QCOMPARE(s.value(Rate::Handling), 1.0);
        QCOMPARE(s.value(Rate::OnTimeHandling), 2.0 / 3);
        QCOMPARE(s.value(Rate::Closure), 1.0 / 5);     // without the stuck cases it would be 1/1
        QCOMPARE(s.value(Rate::Rework), 1.0 / 5);
        QVERIFY(qFuzzyCompare(s.composite, 60.0));     // 10 + 30×⅕ + 30×⅔ + 30×⅘
        QCOMPARE(s.grade, QStringLiteral("C"));
        QList<qint64> stuck = engine.value()->caseIds(day, Dimension::Department,
                                                      QString::number(f.sanitation),
                                                      Counter::ClosureOverdue);
        std::sort(stuck.begin(), stuck.end());
        QCOMPARE(stuck, (QList<qint64>{id['C'], id['D'], id['E'], id['I']}));
        // The city's closure counts them too; the inspector's check of I is overdue.
        const KpiResult city = engine.value()->compute(day, Dimension::District);
        QCOMPARE(city.total.count(Counter::ClosureOverdue), 4);
        QCOMPARE(city.total.value(Rate::Closure), 1.0 / 6); // F's handling is overdue too
        const KpiResult inspectors = engine.value()->compute(day, Dimension::Inspector);
        QCOMPARE(inspectors.rows.front().count(Counter::CheckOverdue), 1);
        QCOMPARE(inspectors.rows.front().count(Counter::ClosureOverdue), 0);

        // The fact keeps the handling's own timeliness and when its result was rejected: a
        // period that ended before the rejection keeps its on-time credit.
        auto facts = yw::store::KpiFactsRepository(*f.db).load(at(27, 0, 0).toMSecsSinceEpoch(),
                                                                at(28, 0, 0).toMSecsSinceEpoch());
        QVERIFY(facts);
        bool sawRejection = false;
        for (const CaseFacts &cf : facts.value())
            if (cf.fact.caseId == id['J']) {
                QCOMPARE(cf.tasks.size() > 0, true);
                for (const TaskFact &t : cf.tasks)
                    if (t.step == Step::Handle && t.rejectedAt != 0) {
                        QCOMPARE(t.rejectedAt, at(27, 10, 10).toMSecsSinceEpoch());
                        QVERIFY(t.onTime);
                        sawRejection = true;
                    }
            }
        QVERIFY(sawRejection);

        yw::store::KpiSqlAggregator sql(*f.db);
        auto peer = sql.byDepartment(day.fromMs(kCst), day.toMs(kCst));
        QVERIFY(peer);
        const auto mine = peer->value(f.sanitation);
        QCOMPARE(mine.value("closure_overdue"), 4);
        QCOMPARE(mine.value("handled_on_time"), 2);
        QCOMPARE(mine.value("handled"), 3);
    }

    // Missed reports (漏报) on hand-made facts: public reports confirmed on site in the grids an
    // inspector patrols count against that inspector.
    void missedReportsOfInspectors()
    {
        const qint64 day = at(23, 9, 0).toMSecsSinceEpoch();
        auto fact = [&](qint64 caseId, const QString &grid, SourceChannel source, bool confirmed,
                        qint64 reporter) {
            CaseFacts cf;
            cf.fact.caseId = caseId;
            cf.fact.reportedAt = day;
            cf.fact.filedAt = day + 600000;
            cf.fact.source = source;
            cf.fact.gridCode = grid;
            cf.fact.districtCode = "430102";
            cf.fact.publicVerified = confirmed;
            cf.fact.reporterUserId = reporter;
            return cf;
        };
        std::vector<CaseFacts> facts;
        facts.push_back(fact(1, "430102001001001", SourceChannel::Patrol, false, 7));
        facts.push_back(fact(2, "430102001001001", SourceChannel::Patrol, false, 7));
        facts.push_back(fact(3, "430102001001001", SourceChannel::Hotline12345, true, 0));
        facts.push_back(fact(4, "430102001001002", SourceChannel::Hotline12345, true, 0)); // 8's grid
        facts.push_back(fact(5, "430102001001001", SourceChannel::Hotline12345, false, 0)); // not confirmed
        KpiDirectory dir;
        dir.cityZone = kCst;
        dir.users.insert(7, "巡查员甲");
        dir.users.insert(8, "巡查员乙");
        dir.inspectorsOfGrid.insert("430102001001001", 7);
        dir.inspectorsOfGrid.insert("430102001001002", 8);
        KpiEngine engine(std::move(facts), dir);
        const KpiResult r = engine.compute(KpiPeriod::range(QDate(2026, 11, 23), QDate(2026, 11, 23)),
                                           Dimension::Inspector);
        QHash<QString, KpiRow> rows;
        for (const KpiRow &row : r.rows)
            rows.insert(row.key, row);
        QCOMPARE(rows.value("7").count(Counter::FiledInArea), 4); // cases 1, 2, 3, 5
        QCOMPARE(rows.value("7").count(Counter::Missed), 1);      // case 3
        QCOMPARE(rows.value("7").value(Rate::MissedReport), 0.25);
        QCOMPARE(rows.value("7").count(Counter::Reports), 2);
        // 有效上报率 1 ×40 + (1 − 漏报率 ¼)×20 + 按时核实率 and 按时核查率 (nothing due) 20 + 20
        QCOMPARE(rows.value("7").composite, 95.0);
        QCOMPARE(rows.value("8").count(Counter::Missed), 1);
        QCOMPARE(rows.value("8").value(Rate::MissedReport), 1.0);
        QCOMPARE(rows.value("8").name, QStringLiteral("巡查员乙"));
        // Nothing reported, one public report missed in the patrolled grid: 40 + 0 + 20 + 20.
        QCOMPARE(rows.value("8").composite, 80.0);
    }

    void periods_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("month") << "2026-02" << QDate(2026, 2, 1) << QDate(2026, 2, 28);
        QTest::newRow("last month") << "last-month" << QDate(2026, 10, 1) << QDate(2026, 10, 31);
        QTest::newRow("iso week") << "2026-W48" << QDate(2026, 11, 23) << QDate(2026, 11, 29);
        QTest::newRow("week 1 of 2027") << "2027-W01" << QDate(2027, 1, 4) << QDate(2027, 1, 10);
        QTest::newRow("day") << "2026-11-05" << QDate(2026, 11, 5) << QDate(2026, 11, 5);
        QTest::newRow("range") << "2026-11-01..2026-11-15" << QDate(2026, 11, 1) << QDate(2026, 11, 15);
    }
    void periods()
    {
        QFETCH(QString, spec);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        auto p = KpiPeriod::parse(spec, QDate(2026, 11, 23));
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QCOMPARE(p->first, first);
        QCOMPARE(p->last, last);
        // Midnight in China Standard Time.
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(p->fromMs(kCst), kCst).time(), QTime(0, 0));
        QCOMPARE(p->fromMs(kCst) % 1000, 0);
    }
    void badPeriods()
    {
        for (const char *bad : {"2026-13", "2026-W54", "2026-02-30", "2026-11-15..2026-11-01", "soon", ""})
            QVERIFY2(!KpiPeriod::parse(bad, QDate(2026, 11, 23)), bad);
        QCOMPARE(KpiPeriod::month(2026, 3).previous().label, QStringLiteral("2026-02"));
        QCOMPARE(KpiPeriod::isoWeek(2026, 1).previous().label, QStringLiteral("2025-W52"));
    }
};

QTEST_GUILESS_MAIN(TestKpi)
#include "tst_kpi.moc"
