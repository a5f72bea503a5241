#pragma once

#include "dns/dnstypes.h"

#include <QUdpSocket>

namespace mt::test {

// A UDP nameserver on 127.0.0.1 that misbehaves on purpose, to show that
// the resolver takes only what it should. Every A query is answered with
// 192.0.2.99 (when the behaviour answers at all).
class ScriptedServer final : public QObject
{
    Q_OBJECT

public:
    enum class Behaviour
    {
        Answer,                  // a correct answer
        Refuse,                  // REFUSED
        ServFail,                // SERVFAIL
        Garbage,                 // our ID, then bytes that are no DNS message
        WrongIdThenAnswer,       // a reply with another ID first, the right one 50 ms later
        SpoofThenAnswer,         // a forged answer (203.0.113.66) from 127.0.0.2 first, the real one 50 ms later
        OtherQuestionThenAnswer, // an answer to another name first, the right one 50 ms later
    };

    explicit ScriptedServer(Behaviour behaviour, QObject *parent = nullptr);

    dns::Nameserver nameserver() const;
    int queries() const { return m_queries; }

private:
    void onQuery();

    Behaviour m_behaviour;
    QUdpSocket m_socket;
    QUdpSocket m_spoofer; // bound to 127.0.0.2
    int m_queries = 0;
};

} // namespace mt::test
