#include "messageanalysis.h"

#include "messagesanity.h"

namespace mt::message {

std::shared_ptr<const MessageAnalysis> analyzeMessage(const QByteArray &data, const QDateTime &now)
{
    auto analysis = std::make_shared<MessageAnalysis>();
    analysis->message = parseRawMessage(data);
    const RawMessage &message = analysis->message;
    analysis->hops = buildHopChain(message);
    analysis->sanity = checkMessageSanity(message, now);
    analysis->verdicts = parseAuthenticationResults(message);
    if (const HeaderField *from = message.first("From")) {
        analysis->fromAddress = firstAddress(from->value());
        analysis->fromDomain = addressDomain(from->value());
    }
    if (const HeaderField *returnPath = message.first("Return-Path")) {
        analysis->hasReturnPath = true;
        analysis->mailFrom = firstAddress(returnPath->value());
    }
    const qint64 seconds = now.toSecsSinceEpoch();
    BodyHashCache bodies(message.body);
    for (const HeaderField &field : message.fields) {
        if (!field.is("DKIM-Signature")) {
            continue;
        }
        if (analysis->dkim.size() < kMaxSignatures) {
            analysis->dkim << prepareSignature(message, parseDkimSignature(field), bodies, seconds);
        } else {
            ++analysis->unverifiedSignatures;
        }
    }
    analysis->arc = prepareArcChain(message, bodies, seconds);
    return analysis;
}

} // namespace mt::message
