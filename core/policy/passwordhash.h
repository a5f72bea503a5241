#pragma once

#include <QByteArray>
#include <QString>

namespace mt::policy {

// Salted slow hashes of account passwords, in a self-describing string
// "pbkdf2-sha256$ITERATIONS$SALT$HASH" (salt and hash in base64), so the
// iteration count can grow without breaking stored hashes.
namespace passwordhash {

inline constexpr int defaultIterations = 100000;

QString make(const QByteArray &password, int iterations = defaultIterations);
// False for a wrong password and for a string that is not such a hash.
bool verify(const QByteArray &password, const QString &hash);
// Compares in time that depends only on the length.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

} // namespace passwordhash

} // namespace mt::policy
