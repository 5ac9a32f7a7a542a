#pragma once

#include "classsearchmodel.h"
#include "intakeservice.h"
#include "modulecontext.h"

#include <QObject>
#include <QVariantMap>

#include <memory>

namespace yw::dispatch {

// The intake desk: one form for every channel. The operator picks the class, gives the place as
// longitude and latitude (a map click, later) or a surveyed component's code, and sees before
// filing where it is, who would own it and which open cases may be the same problem.
class IntakeDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QAbstractItemModel *classes READ classes CONSTANT)
    Q_PROPERTY(QVariantList sources READ sources CONSTANT)
public:
    // routing and departments: the queue board's, read once for both.
    IntakeDesk(yw::shell::ModuleContext &context, const yw::core::RoutingTable &routing,
               const QHash<qint64, QString> &departments, QObject *parent = nullptr);
    ~IntakeDesk() override;

    QAbstractItemModel *classes() { return &m_classes; }
    ClassSearchModel &classSearch() { return m_classes; }
    QVariantList sources() const;
    const yw::gis::Locator &locator() const { return *m_locator; }

    // form: source, classCode, place ("lon, lat" or a component code), description, urgency.
    // Returns error, or place, owner and duplicates ([{caseNumber, state, distance}]).
    Q_INVOKABLE QVariantMap preview(const QVariantMap &form);
    // Reports the case; returns error, or caseNumber and caseId.
    Q_INVOKABLE QVariantMap submit(const QVariantMap &form);
    // Reports the case and merges it into the open case it repeats, in one transaction: the
    // caller's report stays in the history, the work is done once. Returns as submit, with
    // mergedInto.
    Q_INVOKABLE QVariantMap submitAsDuplicate(const QVariantMap &form, qint64 intoCaseId);

private:
    yw::core::Result<yw::core::CaseRecord> draftOf(const QVariantMap &form) const;
    // The form's photos (file URLs), read and checked: name and bytes each.
    yw::core::Result<QList<std::pair<QString, QByteArray>>> photosOf(const QVariantMap &form) const;
    QVariantMap describe(const yw::intake::IntakeOutcome &o) const;

    yw::shell::ModuleContext &m_context;
    ClassSearchModel m_classes;
    std::unique_ptr<yw::gis::Locator> m_locator;
    const yw::core::RoutingTable &m_routing;
    yw::core::DuplicateRules m_duplicates;
    std::unique_ptr<yw::intake::IntakeService> m_service;
    const QHash<qint64, QString> &m_departments;
};

} // namespace yw::dispatch
