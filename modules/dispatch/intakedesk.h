#pragma once

#include "choicelistmodel.h"
#include "classsearchmodel.h"
#include "duplicatecandidate.h"
#include "gadgetlistmodel.h"
#include "intakeresult.h"
#include "intakeservice.h"
#include "modulecontext.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace yw::dispatch {

// The intake desk: one form for every channel. The operator picks the class, gives the place as
// longitude and latitude (a map click), a surveyed component's code or a place name, and sees
// before filing where it is, who would own it and which open cases may be the same problem.
// The form is this object's properties; `result` and `duplicates` are what came of it.
class IntakeDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the dispatch module")
    Q_PROPERTY(QAbstractItemModel *classes READ classes CONSTANT)
    // The channels (key, name).
    Q_PROPERTY(yw::shell::ChoiceListModel *sources READ sources CONSTANT)
    // The form.
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY formChanged)
    Q_PROPERTY(QString classCode READ classCode WRITE setClassCode NOTIFY formChanged)
    Q_PROPERTY(QString place READ place WRITE setPlace NOTIFY formChanged)
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY formChanged)
    Q_PROPERTY(QString reporter READ reporter WRITE setReporter NOTIFY formChanged)
    Q_PROPERTY(bool urgent READ urgent WRITE setUrgent NOTIFY formChanged)
    // Photos to file with the report: local file URLs.
    Q_PROPERTY(QStringList photos READ photos WRITE setPhotos NOTIFY formChanged)
    // What came of the last preview or report.
    Q_PROPERTY(yw::dispatch::IntakeResult result READ result NOTIFY resultChanged)
    // DuplicateCandidate rows of the last preview.
    Q_PROPERTY(QAbstractItemModel *duplicates READ duplicates CONSTANT)

public:
    // routing and departments: the queue board's, read once for both.
    IntakeDesk(yw::shell::ModuleContext &context, const yw::core::RoutingTable &routing,
               const QHash<qint64, QString> &departments, QObject *parent = nullptr);
    ~IntakeDesk() override;

    QAbstractItemModel *classes() { return &m_classes; }
    ClassSearchModel &classSearch() { return m_classes; }
    yw::shell::ChoiceListModel *sources() { return &m_sources; }
    const yw::gis::Locator &locator() const { return *m_locator; }

    QString source() const { return m_source; }
    void setSource(const QString &key);
    QString classCode() const { return m_classCode; }
    void setClassCode(const QString &code);
    QString place() const { return m_place; }
    void setPlace(const QString &place);
    QString description() const { return m_description; }
    void setDescription(const QString &text);
    QString reporter() const { return m_reporter; }
    void setReporter(const QString &name);
    bool urgent() const { return m_urgent; }
    void setUrgent(bool urgent);
    QStringList photos() const { return m_photos; }
    void setPhotos(const QStringList &urls);
    Q_INVOKABLE void addPhotos(const QList<QUrl> &files);

    IntakeResult result() const { return m_result; }
    QAbstractItemModel *duplicates() { return &m_duplicates; }
    const QList<DuplicateCandidate> &duplicateRows() const { return m_duplicates.rows(); }

    // Where the report would go and what it may repeat; false with result.error when the form
    // is not good enough.
    Q_INVOKABLE bool preview();
    // Files the report (photos in the same transaction); on success the form is cleared for the
    // next call and result names the new case.
    Q_INVOKABLE bool submit();
    // Files the report and merges it into the open case it repeats, in one transaction: the
    // caller's report stays in the history, the work is done once.
    Q_INVOKABLE bool submitAsDuplicate(qint64 intoCaseId);
    // A new report at a place (a map click): the rest of the form and the result start afresh.
    Q_INVOKABLE void startAt(const QString &place);
    // Empties the form and the result.
    Q_INVOKABLE void clear();

signals:
    void formChanged();
    void resultChanged();
    // A case was filed from the form.
    void reported(qint64 caseId);

private:
    yw::core::Result<yw::core::CaseRecord> draft() const;
    // The form's photos, read and checked: name and bytes each.
    yw::core::Result<QList<std::pair<QString, QByteArray>>> readPhotos() const;
    void show(const yw::intake::IntakeOutcome &o, const QString &mergedInto = QString());
    bool fail(const QString &why);
    void clearForm();

    yw::shell::ModuleContext &m_context;
    ClassSearchModel m_classes;
    yw::shell::ChoiceListModel m_sources;
    std::unique_ptr<yw::gis::Locator> m_locator;
    const yw::core::RoutingTable &m_routing;
    yw::core::DuplicateRules m_duplicateRules;
    std::unique_ptr<yw::intake::IntakeService> m_service;
    const QHash<qint64, QString> &m_departments;

    QString m_source;
    QString m_classCode;
    QString m_place;
    QString m_description;
    QString m_reporter;
    bool m_urgent = false;
    QStringList m_photos;
    IntakeResult m_result;
    yw::shell::GadgetListModel<DuplicateCandidate> m_duplicates;
};

} // namespace yw::dispatch
