#pragma once

#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mt::bounce {

// Finds every phrase of a fixed vocabulary in a text in one pass: an
// Aho–Corasick automaton over bytes, compiled to a table (one lookup per
// byte), so a growing vocabulary costs memory, not a search per phrase.
//
// Matching ignores ASCII case and treats every run of white space as one
// space. A phrase matches whole words: it must not start or end inside a
// word, unless it ends with '*' ("blacklist*" also finds "blacklisted").
// Phrases are given lower case; bytes above 0x7F (UTF-8) match as they are
// and count as word boundaries (Japanese has no spaces between words).
class PhraseMatcher
{
public:
    struct Match
    {
        int phrase;      // index into the phrases given to the constructor
        std::size_t end; // offset just past the match in the normalized text
    };

    PhraseMatcher() = default;
    explicit PhraseMatcher(const std::vector<std::string> &phrases);

    // Every match in TEXT (UTF-8), in the order their ends are reached.
    std::vector<Match> findAll(std::string_view text) const;

    // Every match in TEXT as it is: ASCII case ignored, white space and word
    // boundaries taken literally, END in UTF-16 units of TEXT (for markers
    // such as "\nreceived:" that must start a line).
    std::vector<Match> findAllLiteral(QStringView text) const;

    int phraseCount() const { return int(m_phraseLength.size()); }
    // Where a match of PHRASE ending at END starts in the normalized text.
    std::size_t startOf(const Match &match) const
    {
        return match.end - std::size_t(m_phraseLength[std::size_t(match.phrase)]);
    }

private:
    using State = std::int32_t;
    int classOf(unsigned char byte) const { return m_byteClass[byte]; }
    // While building: the transition table holds plain state numbers.
    State step(State state, int byteClass) const { return m_next[std::size_t(state) * m_classCount + byteClass]; }
    // While matching: a transition holds its target's row offset in the
    // table (state x class count) shifted left once, the low bit set when
    // phrases end there, so a byte costs one load and no multiplication.
    State advance(State row, int byteClass) const { return m_next[std::size_t(row >> 1) + std::size_t(byteClass)]; }
    static bool endsPhrases(State row) { return (row & 1) != 0; }
    // The phrases that end in the state of ROW, as [begin, end) in m_outputs.
    std::pair<int, int> outputsOf(State row) const
    {
        const std::size_t state = std::size_t(row >> 1) / std::size_t(m_classCount);
        return {m_outputBegin[state], m_outputBegin[state + 1]};
    }

    int m_classCount = 0;
    std::vector<std::uint8_t> m_byteClass = std::vector<std::uint8_t>(256, 0);
    std::vector<State> m_next;            // state x class -> state
    std::vector<int> m_outputBegin;       // per state, into m_outputs (one more than states)
    std::vector<int> m_outputs;           // the phrases of all states, flat
    std::vector<int> m_phraseLength;      // normalized length of each phrase
    std::vector<bool> m_phraseOpenEnd;    // ended with '*'
    std::vector<bool> m_phraseStartsWord; // first byte is a letter or digit
    std::vector<bool> m_phraseEndsWord;   // last byte is a letter or digit
};

} // namespace mt::bounce
