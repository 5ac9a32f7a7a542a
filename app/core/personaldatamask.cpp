#include "personaldatamask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace yw::core {

namespace {

// Mainland mobile numbers (1[3-9] + 9 digits), 18-character ID numbers (17 digits + digit or X)
// and landlines with an area code (0 + 2-3 digits, a dash optional, 7-8 digits); not inside a
// longer run of digits, so case numbers and component codes are left alone.
const QRegularExpression &personalPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?<![0-9])(?:[1-9][0-9]{16}[0-9Xx]|1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})(?![0-9]))"));
    return re;
}

QString maskDigits(const QString &s, int keepFront, int keepBack)
{
    if (s.size() <= keepFront + keepBack)
        return QString(s.size(), QLatin1Char('*'));
    return s.left(keepFront) + QString(s.size() - keepFront - keepBack, QLatin1Char('*'))
           + s.right(keepBack);
}

} // namespace

QString PersonalDataMask::name(const QString &name)
{
    const QString t = name.trimmed();
    if (t.isEmpty())
        return t;
    // A name is a few characters; the surname (first character) is kept, as on a receipt.
    return t.left(1) + QString(std::max<qsizetype>(1, t.size() - 1), QLatin1Char('*'));
}

QString PersonalDataMask::phone(const QString &phone)
{
    const QString t = phone.trimmed();
    if (t.isEmpty())
        return t;
    return maskDigits(t, 3, 4);
}

QString PersonalDataMask::text(const QString &text)
{
    QString out;
    qsizetype last = 0;
    auto it = personalPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString found = m.captured();
        const qsizetype dash = found.indexOf(QLatin1Char('-'));
        if (found.size() == 18)
            out += maskDigits(found, 6, 4); // ID card: the region and the last four
        else if (dash > 0)
            out += found.left(dash + 1) + maskDigits(found.mid(dash + 1), 0, 4); // landline: area code
        else
            out += maskDigits(found, 3, 4);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

namespace {

QJsonValue maskValue(const QString &key, const QJsonValue &v)
{
    static const QRegularExpression nameKey(QStringLiteral("name|contact|reporter|caller|person"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression phoneKey(QStringLiteral("phone|tel|mobile"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = maskValue(it.key(), it.value());
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (auto it = a.begin(); it != a.end(); ++it)
            *it = maskValue(key, *it);
        return a;
    }
    if (!v.isString())
        return v;
    const QString s = v.toString();
    if (phoneKey.match(key).hasMatch())
        return PersonalDataMask::phone(s);
    if (nameKey.match(key).hasMatch() && !key.contains(QLatin1String("class"), Qt::CaseInsensitive))
        return PersonalDataMask::name(PersonalDataMask::text(s));
    return PersonalDataMask::text(s);
}

} // namespace

QString PersonalDataMask::record(const QString &raw)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return text(raw);
    const QJsonValue original = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    const QJsonValue masked = maskValue(QString(), original);
    if (masked == original)
        return raw; // nothing personal: the record is kept byte for byte
    return QString::fromUtf8(masked.isObject() ? QJsonDocument(masked.toObject()).toJson(QJsonDocument::Compact)
                                               : QJsonDocument(masked.toArray()).toJson(QJsonDocument::Compact));
}

bool PersonalDataMask::hasPersonalData(const QString &text)
{
    return personalPattern().match(text).hasMatch();
}

} // namespace yw::core
