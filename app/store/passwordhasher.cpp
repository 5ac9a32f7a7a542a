#include "passwordhasher.h"

#include <sodium.h>

namespace yw::store {

using namespace yw::core;

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

PasswordHasher::PasswordHasher(Cost cost)
    : m_opsLimit(cost == Cost::Moderate ? crypto_pwhash_OPSLIMIT_MODERATE
                                        : crypto_pwhash_OPSLIMIT_INTERACTIVE)
    , m_memLimit(cost == Cost::Moderate ? crypto_pwhash_MEMLIMIT_MODERATE
                                        : crypto_pwhash_MEMLIMIT_INTERACTIVE)
{}

Result<QString> PasswordHasher::hash(const QString &password) const
{
    if (!sodiumReady())
        return Error::make(Error::Code::Internal,
                           QStringLiteral("libsodium could not be initialised"));
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), size_t(pw.size()), m_opsLimit, m_memLimit,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::make(Error::Code::Internal,
                           QStringLiteral("out of memory while hashing a password"));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), size_t(pw.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &hash) const
{
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(h.constData(), m_opsLimit, m_memLimit) != 0;
}

Status PasswordHasher::checkStrength(const QString &password)
{
    if (password.size() < 8)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("a password needs at least 8 characters"));
    bool letter = false, digit = false;
    for (QChar c : password) {
        letter |= c.isLetter();
        digit |= c.isDigit();
    }
    if (!letter || !digit)
        return Error::make(Error::Code::InvalidInput,
                           QStringLiteral("a password needs letters and digits"));
    return success();
}

} // namespace yw::store
