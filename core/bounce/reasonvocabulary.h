#pragma once

#include "phrasematcher.h"

#include <QString>

#include <vector>

namespace mt::bounce {

// The classifier's knowledge as data: phrases that name a reason
// (core/bounce/vocabulary/*.tsv, embedded at :/bounce/vocabulary/) and the
// enhanced status codes of RFC 3463 and the IANA registry. Read once.
class ReasonVocabulary
{
public:
    // How strongly a phrase speaks: the help page's own examples first, then
    // wordings that state a cause, then generic wrappers ("Recipient address
    // rejected:", a retry timeout) that decide only when no cause is stated.
    enum class Tier
    {
        Seed,
        Cause,
        Wrapper
    };

    struct Phrase
    {
        QString reason;
        QString rule;   // "seed.<name>" or "message.<reason>"
        QString phrase; // as written in the table, lower case
        Tier tier = Tier::Cause;
        int row = 0; // order in its table, for the seeds' and wrappers' precedence
    };

    // A cause stated in words of two kinds near each other, in either order:
    // a subject ("user", "recipient", "mailbox") and what is wrong with it
    // ("unknown", "not found", "does not exist"). One rule covers the many
    // ways receivers word the same fact.
    struct Concept
    {
        QString name; // its rule is "concept.<name>"
        QString reason;
        bool subjectAlone = false; // no predicate needed ("spamhaus", "reverse dns")
    };

    // What a term of the matcher stands for: a phrase, or one side of a concept.
    struct Term
    {
        enum Kind
        {
            Phrase,
            Subject,
            Predicate
        } kind;
        int index; // into phrases() or concepts()
    };

    // Most characters between a concept's two sides.
    static constexpr int conceptGap = 40;

    struct StatusCode
    {
        QString code;   // subject.detail, e.g. "1.1"
        QString reason; // empty when the code alone names none
        QString title;
    };

    static const ReasonVocabulary &instance();

    const std::vector<Phrase> &phrases() const { return m_phrases; }
    const std::vector<Concept> &concepts() const { return m_concepts; }
    const std::vector<Term> &terms() const { return m_terms; } // by the matcher's phrase index
    const PhraseMatcher &matcher() const { return m_matcher; }
    // The reason the enhanced status code STATUS ("5.1.1") names on its own.
    QString reasonForStatus(const QString &status) const;

    // Newer Sisimai names for reasons the tables may give by an older one.
    static QString canonicalReason(const QString &reason);

private:
    ReasonVocabulary();
    void loadPhrases(const QString &resource, Tier tier);
    void loadConcepts(const QString &resource);
    void loadStatusCodes(const QString &resource);

    std::vector<Phrase> m_phrases;
    std::vector<Concept> m_concepts;
    std::vector<Term> m_terms;
    std::vector<std::string> m_termTexts;
    std::vector<StatusCode> m_statusCodes;
    PhraseMatcher m_matcher;
};

} // namespace mt::bounce
