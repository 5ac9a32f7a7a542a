#pragma once

#include "error.h"
#include "exercise.h"
#include "exercisecity.h"

#include <QCoreApplication>

namespace yw::training {

// Reads an exercise file strictly: a file of a newer schema version, an unknown kind or class, a
// place outside the city, an unknown component or department, times out of order or past the end,
// a repeat of an item that comes later: every problem is named with its line, and nothing is
// loaded unless the whole file is right.
class ExerciseReader
{
    Q_DECLARE_TR_FUNCTIONS(yw::training::ExerciseReader)
public:
    explicit ExerciseReader(const ExerciseCity &city)
        : m_city(city)
    {}

    // Photos named in the file are read from photoFolder (the exercise file's folder); the
    // exercise's `source` then carries them inside (data: URIs), so that a seat keeps them.
    yw::core::Result<Exercise> read(const QByteArray &json, const QString &photoFolder = {}) const;
    yw::core::Result<Exercise> readFile(const QString &path) const;
    // The problems of the last failed read, one per line ("line 12: …"); also in the error.
    QStringList problems() const { return m_problems; }

private:
    void readItem(const QJsonObject &o, ExerciseItem &item, const Exercise &sofar,
                  const QString &photoFolder) const;
    void problem(int line, const QString &text) const;

    const ExerciseCity &m_city;
    mutable QStringList m_problems;
};

} // namespace yw::training
