#include "gcj02.h"

#include <cmath>

namespace yw::gis {

namespace {
constexpr double kA = 6378245.0; // Krasovsky 1940 semi-major axis, as the algorithm uses
constexpr double kEe = 0.00669342162296594323; // and its eccentricity squared

double shiftLat(double x, double y)
{
    double r =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * M_PI) + 20.0 * std::sin(2.0 * x * M_PI)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * M_PI) + 40.0 * std::sin(y / 3.0 * M_PI)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * M_PI) + 320.0 * std::sin(y * M_PI / 30.0)) * 2.0 / 3.0;
    return r;
}

double shiftLon(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * M_PI) + 20.0 * std::sin(2.0 * x * M_PI)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * M_PI) + 40.0 * std::sin(x / 3.0 * M_PI)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * M_PI) + 300.0 * std::sin(x / 30.0 * M_PI)) * 2.0 / 3.0;
    return r;
}
} // namespace

bool Gcj02::outOfChina(double lon, double lat)
{
    return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

void Gcj02::fromWgs84(double lon, double lat, double &gcjLon, double &gcjLat)
{
    if (outOfChina(lon, lat)) {
        gcjLon = lon;
        gcjLat = lat;
        return;
    }
    double dLat = shiftLat(lon - 105.0, lat - 35.0);
    double dLon = shiftLon(lon - 105.0, lat - 35.0);
    const double radLat = lat / 180.0 * M_PI;
    double magic = std::sin(radLat);
    magic = 1 - kEe * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kA * (1 - kEe)) / (magic * sqrtMagic) * M_PI);
    dLon = (dLon * 180.0) / (kA / sqrtMagic * std::cos(radLat) * M_PI);
    gcjLat = lat + dLat;
    gcjLon = lon + dLon;
}

void Gcj02::toWgs84(double gcjLon, double gcjLat, double &lon, double &lat)
{
    lon = gcjLon;
    lat = gcjLat;
    for (int i = 0; i < 10; ++i) {
        double fLon = 0, fLat = 0;
        fromWgs84(lon, lat, fLon, fLat);
        const double eLon = fLon - gcjLon, eLat = fLat - gcjLat;
        lon -= eLon;
        lat -= eLat;
        if (std::abs(eLon) < 1e-10 && std::abs(eLat) < 1e-10)
            break;
    }
}

} // namespace yw::gis
