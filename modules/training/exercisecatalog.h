#pragma once

#include "gadgetlistmodel.h"
#include "trainingrows.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace yw::trainingmodule {

// The exercises the trainer can run: the shipped ones (resources/training/exercises) and files
// the trainer opens. Listed from their headings; the whole file is checked against the city when
// the seats are prepared (ExerciseReader), where a bad one is refused with its lines.
class ExerciseCatalog : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the training module's")
    Q_PROPERTY(yw::shell::RowListModel *exercises READ exercises CONSTANT)
    Q_PROPERTY(int selected READ selected WRITE select NOTIFY selectedChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)

public:
    explicit ExerciseCatalog(QObject *parent = nullptr);
    yw::shell::RowListModel *exercises() { return &m_rows; }
    int selected() const { return m_selected; }
    void select(int row);
    QString problem() const { return m_problem; }
    // Adds an exercise file the trainer chose (and selects it).
    Q_INVOKABLE bool addFile(const QUrl &file);

    // The selected exercise's file, its heading, and its items in time order.
    QByteArray selectedJson() const;
    ExerciseRow selectedRow() const;
    QList<ItemRow> selectedItems() const;

signals:
    void selectedChanged();
    void problemChanged();

private:
    bool add(const QString &file, const QByteArray &json);

    yw::shell::GadgetListModel<ExerciseRow> m_rows;
    QList<QByteArray> m_json;
    int m_selected = -1;
    QString m_problem;
};

} // namespace yw::trainingmodule
