#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <optional>

namespace mt::smtp {

// The server's STARTTLS identity: a self-signed certificate for localhost
// and 127.0.0.1, made with OpenSSL on first start (Qt cannot make one) and
// kept in STATE_DIR/tls/ so clients see the same certificate next time.
struct SelfSignedCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    // Loads STATE_DIR/tls/{cert,key}.pem, or makes and saves them.
    static std::optional<SelfSignedCertificate> loadOrCreate(const QString &stateDir, QString *error);
    // A new EC P-256 key and a certificate valid for ten years, as PEM.
    static bool generate(QByteArray *certificatePem, QByteArray *keyPem, QString *error);
};

} // namespace mt::smtp
