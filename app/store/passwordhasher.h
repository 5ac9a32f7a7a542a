#pragma once

#include "error.h"

namespace yw::store {

// Argon2id password hashes through libsodium (crypto_pwhash_str_alg), in its self-describing
// string form, so that the cost can be raised later and old hashes still verify.
class PasswordHasher
{
public:
    enum class Cost { Interactive, Moderate };

    explicit PasswordHasher(Cost cost = Cost::Interactive);
    yw::core::Result<QString> hash(const QString &password) const;
    bool verify(const QString &hash, const QString &password) const;
    // True when a stored hash was made with a lower cost than the current one.
    bool needsRehash(const QString &hash) const;
    // Minimum password rules, with the reason when broken.
    static yw::core::Status checkStrength(const QString &password);

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
};

} // namespace yw::store
