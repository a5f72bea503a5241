#pragma once

// The submission server in-process, as tst_smtpserver and tst_replayclient
// both need it: block store and message store in one state directory, DNS
// and time from the test, listening on a free loopback port.
#include "policy/domainvalidator.h"
#include "policy/filestatestore.h"
#include "policy/submissionpolicy.h"
#include "smtp/messagestore.h"
#include "smtp/smtpserver.h"

namespace mt::test {

struct InProcessServer
{
    InProcessServer(const QString &stateDir, dns::DnsResolver &dns, const policy::Clock &clock,
                    const policy::Policy &rules, policy::SubmissionPolicy::CountryLookup countryOf)
        : blocks(stateDir, clock)
        , policy(rules, blocks, clock, std::move(countryOf))
        , domains(dns, clock)
        , store(stateDir)
        , server(policy, domains, store)
    {}

    // Opens both stores and listens; what failed, or an empty string.
    QString start()
    {
        QList<LocalizedText> messages;
        if (!blocks.open(&messages)) {
            return QStringLiteral("block store did not open");
        }
        QString error;
        if (!store.open(&error)) {
            return QStringLiteral("message store did not open: ") + error;
        }
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            return QStringLiteral("server did not listen: ") + server.errorString();
        }
        return {};
    }

    policy::FileStateStore blocks;
    policy::SubmissionPolicy policy;
    policy::DomainValidator domains;
    smtp::MessageStore store;
    smtp::SmtpServer server;
};

} // namespace mt::test
