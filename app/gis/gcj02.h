#pragma once

namespace yw::gis {

// GCJ-02, the obfuscated datum of Chinese web maps (Amap, Tencent, and Baidu before its own
// BD-09 step): points there are shifted by a few hundred metres from WGS84/CGCS2000 by a
// published polynomial. Data scraped or exported from such maps must be shifted back before use.
// Outside mainland China the shift is zero.
class Gcj02
{
public:
    static bool outOfChina(double lon, double lat);
    static void fromWgs84(double lon, double lat, double &gcjLon, double &gcjLat);
    // The inverse has no closed form; a few fixed-point iterations bring it well under a
    // millimetre.
    static void toWgs84(double gcjLon, double gcjLat, double &lon, double &lat);
};

} // namespace yw::gis
