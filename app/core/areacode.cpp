#include "areacode.h"

#include <QSet>

namespace yw::core {

namespace {
bool allDigits(const QString &s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}
} // namespace

int AreaCode::lengthOf(AreaLevel level)
{
    switch (level) {
    case AreaLevel::City: return 6;
    case AreaLevel::District: return 6;
    case AreaLevel::Street: return 9;
    case AreaLevel::Community: return 12;
    case AreaLevel::UnitGrid: return 15;
    }
    return 0;
}

bool AreaCode::isKnownProvince(const QString &p)
{
    static const QSet<QString> provinces = {
        QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13"), QStringLiteral("14"),
        QStringLiteral("15"), QStringLiteral("21"), QStringLiteral("22"), QStringLiteral("23"),
        QStringLiteral("31"), QStringLiteral("32"), QStringLiteral("33"), QStringLiteral("34"),
        QStringLiteral("35"), QStringLiteral("36"), QStringLiteral("37"), QStringLiteral("41"),
        QStringLiteral("42"), QStringLiteral("43"), QStringLiteral("44"), QStringLiteral("45"),
        QStringLiteral("46"), QStringLiteral("50"), QStringLiteral("51"), QStringLiteral("52"),
        QStringLiteral("53"), QStringLiteral("54"), QStringLiteral("61"), QStringLiteral("62"),
        QStringLiteral("63"), QStringLiteral("64"), QStringLiteral("65"), QStringLiteral("71"),
        QStringLiteral("81"), QStringLiteral("82")};
    return provinces.contains(p);
}

Status AreaCode::validateAdminCode(const QString &code)
{
    if (code.size() != 6 || !allDigits(code))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("administrative code '%1' must be 6 digits (GB/T 2260)").arg(code));
    if (!isKnownProvince(code.left(2)))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("administrative code '%1': no province %2 in GB/T 2260")
                               .arg(code, code.left(2)));
    if (code.mid(2, 2) == QLatin1String("00") && code.mid(4, 2) != QLatin1String("00"))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("administrative code '%1': a county under city 00").arg(code));
    return success();
}

Status AreaCode::validate(AreaLevel level, const QString &code)
{
    const int len = lengthOf(level);
    static const char *const words[] = {"city", "district", "street", "community", "unit grid"};
    const QString what = QLatin1String(words[int(level)]);
    if (code.size() != len || !allDigits(code))
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("%1 code '%2' must be %3 digits").arg(what, code).arg(len));
    if (auto s = validateAdminCode(code.left(6)); !s)
        return s;
    switch (level) {
    case AreaLevel::City:
        if (code.mid(2, 2) == QLatin1String("00") || !code.endsWith(QLatin1String("00")))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("city code '%1' must be PPCC00").arg(code));
        break;
    case AreaLevel::District:
        if (code.endsWith(QLatin1String("00")))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("district code '%1' must not end in 00").arg(code));
        break;
    case AreaLevel::Street:
        if (code.mid(6, 3) == QLatin1String("000"))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("street code '%1': street number 000").arg(code));
        break;
    case AreaLevel::Community:
        if (code.mid(6, 3) == QLatin1String("000") || code.mid(9, 3) == QLatin1String("000"))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("community code '%1': a 000 part").arg(code));
        break;
    case AreaLevel::UnitGrid:
        if (code.mid(6, 3) == QLatin1String("000") || code.mid(9, 3) == QLatin1String("000"))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("unit grid code '%1': a 000 part").arg(code));
        if (code.mid(12, 3) == QLatin1String("000"))
            return Error::make(Error::Code::InvalidInput,
                               QStringLiteral("unit grid code '%1': sequence 000").arg(code));
        break;
    }
    return success();
}

Result<AreaLevel> AreaCode::levelOf(const QString &code)
{
    switch (code.size()) {
    case 6:
        return code.endsWith(QLatin1String("00")) ? AreaLevel::City : AreaLevel::District;
    case 9: return AreaLevel::Street;
    case 12: return AreaLevel::Community;
    case 15: return AreaLevel::UnitGrid;
    default:
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("'%1' is no area code (6, 9, 12 or 15 digits)").arg(code));
    }
}

QString AreaCode::parentOf(const QString &code)
{
    switch (code.size()) {
    case 6:
        return code.endsWith(QLatin1String("00")) ? QString() : code.left(4) + QLatin1String("00");
    case 9: return code.left(6);
    case 12: return code.left(9);
    case 15: return code.left(12);
    default: return {};
    }
}

QString AreaCode::ancestorAt(const QString &code, AreaLevel level)
{
    if (level == AreaLevel::City)
        return code.size() >= 6 ? code.left(4) + QLatin1String("00") : QString();
    const int len = lengthOf(level);
    return code.size() >= len ? code.left(len) : QString();
}

} // namespace yw::core
