#pragma once

#include "authfindings.h"
#include "checks/asynccheck.h"
#include "dns/dnsresolver.h"
#include "messageanalysis.h"

#include <QDateTime>

#include <memory>

namespace mt::message {

// The message analyzer as a check: parses and hashes off the GUI thread,
// then asks DNS for everything at once (the DKIM and ARC keys, SPF for the
// envelope sender and the HELO, the DMARC records) and reports the
// findings of "hops", "message", "dkim_verify", "arc" and "auth".
class MessageCheck final : public AsyncCheck
{
    Q_OBJECT

public:
    // NOW judges x= and the Date header; invalid: the current time.
    MessageCheck(dns::DnsResolver &resolver, QByteArray data, QDateTime now = {}, QObject *parent = nullptr);

    // The provider's SPF include that a corrected SPF record in the advice gets.
    void setProviderInclude(const QString &include) { m_providerInclude = include; }

    // DATA is the returned message a bounce quotes: its findings are for
    // staff and at most warnings, so that the bounce's verdict stays first.
    void setReturnedByBounce(bool returned) { m_returned = returned; }

    void start() override;

    // After finished(): the analysis and the answers it was judged with.
    std::shared_ptr<const MessageAnalysis> analysis() const { return m_analysis; }

signals:
    // The server that handed the message in, for the IP checks, and the sender it claimed.
    void sendingServer(const QString &ip, const QString &sender);

private:
    void analyzed(std::shared_ptr<const MessageAnalysis> analysis);
    void ask(const QString &name, QHash<QString, dns::DnsResult> &into);
    void evaluateSpf(const spf::Query &query, std::optional<spf::Evaluation> &into);
    void answered();
    Findings marked(Findings findings) const;

    dns::DnsResolver &m_resolver;
    QByteArray m_data;
    QDateTime m_now;
    QString m_providerInclude;
    bool m_returned = false;
    std::shared_ptr<const MessageAnalysis> m_analysis;
    AuthAnswers m_answers;
    int m_pending = 0;
};

} // namespace mt::message
