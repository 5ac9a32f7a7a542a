#pragma once

#include <QString>

namespace yw::training {

// What an exercise file is checked against: the city it will run in. The training database's
// (SeatCity) in the program; the checks need nothing else.
class ExerciseCity
{
public:
    virtual ~ExerciseCity() = default;
    virtual bool knowsMatterClass(const QString &code) const = 0;
    // The unit grid at a point, empty outside the city's grids.
    virtual QString gridAt(double lon, double lat) const = 0;
    virtual bool hasComponent(const QString &id) const = 0;
    virtual bool hasDepartment(const QString &code) const = 0;
};

} // namespace yw::training
