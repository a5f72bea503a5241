#pragma once

#include "dnstypes.h"

#include <QByteArray>

// DNS packets on the wire, built and parsed by ldns. Pure functions, so the
// rules for accepting a reply are tested without sockets.
namespace mt::dns::message {

// EDNS0 buffer size of DNS Flag Day 2020: fits any path without fragments.
constexpr quint16 ednsUdpSize = 1232;

// Checks that NAME can be asked at all: ASCII, labels of 1..63 octets,
// at most 253 characters. Returns why not, or an empty string.
QString nameProblem(const QString &name);

// A recursion-desired query with ID, or an empty array for a bad name.
QByteArray buildQuery(const QString &name, RecordType type, quint16 id);

enum class Verdict
{
    Final,     // an answer to our question: result holds the outcome
    Truncated, // TC bit: ask again over TCP
    Malformed, // from our server, with our ID, but not a valid reply
    NotOurs,   // wrong ID or wrong question: ignore it and keep waiting
};

struct Reply
{
    Verdict verdict = Verdict::NotOurs;
    DnsResult result; // status, records, cnameChain; name/type/server are the caller's
};

Reply parseReply(const QByteArray &wire, quint16 expectedId, const QString &name, RecordType type);

// Lower case, without the final dot: the form used in every comparison.
QString canonicalName(const QString &name);

} // namespace mt::dns::message
