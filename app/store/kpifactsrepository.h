#pragma once

#include "bulkreader.h"
#include "caseevent.h"
#include "caserecord.h"
#include "database.h"
#include "kpifacts.h"

#include <QSet>

#include <vector>

namespace yw::store {

// The evaluation's derived facts (kpi_case_facts, kpi_tasks): which cases need them rebuilt,
// the histories to rebuild them from, writing them, and reading those of a period.
class KpiFactsRepository
{
public:
    explicit KpiFactsRepository(Database &db)
        : m_db(db)
    {}

    // Cases whose facts are missing, older than their history (the case's version moved) or
    // derived under other rules, lowest ids first; `withFacts` gets those that have (old) facts.
    yw::core::Result<QList<qint64>> staleCases(int rulesVersion, QSet<qint64> *withFacts = nullptr) const;
    yw::core::Result<qint64> staleCount(int rulesVersion) const;

    struct CaseHistory
    {
        yw::core::CaseRecord reported; // what the case was reported with
        int version = 0;
        QList<yw::core::CaseEvent> events;
    };
    yw::core::Result<std::vector<CaseHistory>> histories(const QList<qint64> &caseIds) const;

    // Replaces the facts of these cases (one transaction); `withFacts`: those that have facts to
    // delete first (all of them when not given).
    yw::core::Status replace(const std::vector<yw::core::CaseFacts> &facts, int rulesVersion,
                             const QSet<qint64> *withFacts = nullptr);

    // The facts of the cases alive in [fromMs, toMs): reported before toMs and not ended
    // (closed, voided, not filed, merged) before fromMs, each with its steps.
    // Streamed: row by row on PostgreSQL (a year of steps is millions of rows, which libpq would
    // otherwise hold whole); for reads in the background where memory matters more than speed.
    yw::core::Result<std::vector<yw::core::CaseFacts>>
    load(qint64 fromMs, qint64 toMs,
         BulkReader::Delivery delivery = BulkReader::Delivery::Whole) const;
    // The facts of these cases (those that have facts), each with its steps.
    yw::core::Result<std::vector<yw::core::CaseFacts>> loadCases(const QList<qint64> &caseIds) const;

    // Which inspectors patrol which unit grids (patrol areas through their responsibility
    // grids): (unit grid code, user id).
    yw::core::Result<QList<std::pair<QString, qint64>>> patrolGrids() const;

private:
    // The facts matching `where` (over kpi_case_facts f, integer parameters), with their steps.
    yw::core::Result<std::vector<yw::core::CaseFacts>>
    read(const QString &where, const QList<qint64> &binds,
         BulkReader::Delivery delivery = BulkReader::Delivery::Whole) const;

    Database &m_db;
};

} // namespace yw::store
