#pragma once

#include <QString>

namespace yw::core {

// Masks citizens' personal data the way Chinese government systems show it (GB/T 35273's
// de-identification by partial masking): a name keeps its first character (张**), a phone its
// first three and last four digits (138****5678), an ID card number its first six and last four.
// Used where data leaves production: a training database made from a snapshot.
class PersonalDataMask
{
public:
    static QString name(const QString &name);
    static QString phone(const QString &phone);
    // Free text (a description, an opinion, a raw channel record): every mobile number, landline
    // with area code and ID card number in it is masked; the rest is kept.
    static QString text(const QString &text);
    // A channel's raw record: JSON values under name-like keys (name, contact, reporter, caller)
    // masked as names, under phone-like keys (phone, tel, mobile) as phones, any other string as
    // text; a record that is not JSON as text.
    static QString record(const QString &raw);
    // Whether text holds anything text() would mask (so that only those rows are rewritten).
    static bool hasPersonalData(const QString &text);
};

} // namespace yw::core
