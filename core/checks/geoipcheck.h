#pragma once

#include "asynccheck.h"
#include "finding.h"

#include <QHostAddress>
#include <QStringList>

namespace mt {

// The country of a sending IP and, when the customer's domain allows only
// some countries, the provider's GeoIP rule (docs/policy.md): a submission from
// another country is refused with "5.1.0 <address> sender rejected".
// Synchronous (one memory-mapped lookup); the result is delivered on the
// next turn of the event loop like every check's.
class GeoIpCheck final : public AsyncCheck
{
    Q_OBJECT

public:
    // DATABASE_PATH empty: the database installed with the application.
    // ALLOWED_COUNTRIES: ISO codes allowed for the customer's domain; empty =
    // any country. SENDER: the address the reply would quote (an example
    // when empty).
    GeoIpCheck(const QHostAddress &address, QString databasePath, QStringList allowedCountries = {},
               QString sender = {}, QObject *parent = nullptr);

    void start() override;

    // The findings, computed at once (start() delivers these).
    Findings run();

private:
    QHostAddress m_address;
    QString m_databasePath;
    QStringList m_allowedCountries;
    QString m_sender;
};

} // namespace mt
