#pragma once

#include "dns/dnsresolver.h"
#include "spfmacro.h"
#include "spfrecord.h"
#include "spftrace.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

namespace mt::spf {

// The question check_host() answers: may IP send mail for SENDER (or HELO
// when the sender is empty)?
struct Query
{
    QHostAddress ip;
    QString sender; // envelope sender, "" for bounces
    QString helo;
    QString receiver;           // %{r}
    qint64 timestamp = 0;       // %{t}; 0: now
    QString defaultExplanation; // for fail without a usable exp=
    // Walk every term as if the client matched none (errors still count):
    // the lookups a record can cost, whatever its ranges cover.
    bool matchNothing = false;
};

struct Evaluation
{
    Result result = Result::None;
    QString domain;                                        // the domain checked first
    QString record;                                        // its SPF record, when it has exactly one
    QString explanation;                                   // on fail
    QString error;                                         // why it is a permerror or temperror, technical English
    QString errorDomain;                                   // whose record it happened in
    QString errorTerm;                                     // at which term ("" for the record as a whole)
    spf::SyntaxError syntaxError = spf::SyntaxError::None; // when a record does not parse
    int lookups = 0;                                       // DNS-querying terms evaluated (limit 10)
    int voidLookups = 0;                                   // lookups without an answer (limit 2)
    QList<TraceStep> trace;
};

// RFC 7208 check_host() on the asynchronous resolver. The evaluation itself
// is a plain function of the DNS answers received so far: when it needs one
// that has not arrived it stops, and it runs again from the start when that
// answer comes. The order of terms and the limits are therefore exactly the
// RFC's, while every lookup the record could need is asked ahead (the
// records of includes, the A records of all MX hosts), so a tree of
// includes costs about its depth in round trips, not its number of lookups.
class Evaluator final : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxDnsTerms = 10;
    static constexpr int maxVoidLookups = 2;
    static constexpr int maxNames = 10; // MX hosts, PTR names

    Evaluator(dns::DnsResolver &resolver, Query query, QObject *parent = nullptr);

    void start();
    const Evaluation &evaluation() const { return m_evaluation; }
    // DNS queries sent, including those asked ahead and never needed.
    int queriesSent() const { return m_sent; }
    // Distinct DNS answers the evaluation used: its round trips if every
    // lookup waited for the one before.
    int queriesUsed() const { return int(m_used.size()); }

signals:
    // Emitted exactly once, after start().
    void finished(const mt::spf::Evaluation &evaluation);

private:
    enum class Match
    {
        Yes,
        No,
        TempError,
        PermError,
    };

    void replay();
    void onAnswer(const QString &key, const dns::DnsResult &result);
    const dns::DnsResult *lookup(const QString &name, dns::RecordType type);
    void ask(const QString &name, dns::RecordType type, int speculativeDepth = -1);
    void askAhead(const QString &domain, const Record &record, int depth);

    // In what follows, nullopt means "waiting for a DNS answer": the
    // evaluation stops there and replays when the answer comes.
    std::optional<Result> checkHost(const QString &domain, int depth, bool explain);
    std::optional<Result> evaluateRecord(const QString &domain, const Record &record, int depth, bool explain);
    // DETAIL and NOTES get what the mechanism found, for its trace step.
    std::optional<Match> matchMechanism(const QString &domain, const Mechanism &m, int depth, QString &detail,
                                        QList<LocalizedText> &notes);
    std::optional<QString> targetOf(const QString &domain, const QString &spec, bool &invalid);
    std::optional<QString> explanationFor(const QString &domain, const Record &record);
    std::optional<QString> validatedName(const QString &domain);
    bool countVoid(); // one more void lookup; false: over the limit
    // The first error of the evaluation, the one that decides it.
    void noteError(const QString &domain, const QString &term, const QString &message);
    MacroContext macroContext(const QString &domain);
    bool inNetwork(const QHostAddress &address, const Mechanism &m) const;
    QStringList spfRecordsOf(const dns::DnsResult &result) const;

    dns::DnsResolver &m_resolver;
    Query m_query;
    QString m_localPart;
    QString m_senderDomain;
    bool m_ipv4 = true;
    Evaluation m_evaluation;
    QHash<QString, dns::DnsResult> m_answers;
    QSet<QString> m_asked;
    QSet<QString> m_used;             // by the last replay
    QHash<QString, int> m_aheadDepth; // TXT names asked ahead, and how deep
    QString m_awaiting;
    bool m_done = false;
    int m_sent = 0;
};

} // namespace mt::spf

Q_DECLARE_METATYPE(mt::spf::Evaluation)
