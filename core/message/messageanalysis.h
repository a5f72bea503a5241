#pragma once

#include "arcchain.h"
#include "authenticationresults.h"
#include "checks/finding.h"
#include "dkimverifier.h"
#include "hopchain.h"
#include "rawmessage.h"

#include <QDateTime>

#include <memory>

namespace mt::message {

// Everything about a message that needs no DNS: its hops, its signatures
// with the body hashes compared and the header digests computed, the ARC
// sets, what the receivers wrote, the sanity findings. CPU-heavy for a big
// message, so it is made off the GUI thread; it is never copied (the
// prepared signatures point into the fields).
struct MessageAnalysis
{
    RawMessage message;
    HopChain hops;
    QList<PreparedSignature> dkim;
    ArcChain arc;
    QList<ReceiverVerdict> verdicts;
    Findings sanity;
    QString fromDomain; // of the From header, lower case
    QString fromAddress;
    QString mailFrom; // the envelope sender from Return-Path, "" for a bounce or when absent
    bool hasReturnPath = false;
    int unverifiedSignatures = 0; // DKIM signatures beyond kMaxSignatures, left unverified
};

// At most this many DKIM signatures are verified: each costs a key lookup, a
// header digest and perhaps a body hash of its own, so hostile input with
// thousands stays bounded; real mail carries one to three.
constexpr int kMaxSignatures = 50;

std::shared_ptr<const MessageAnalysis> analyzeMessage(const QByteArray &data, const QDateTime &now);

} // namespace mt::message
