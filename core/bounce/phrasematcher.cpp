#include "phrasematcher.h"

#include <queue>

#include <algorithm>

namespace mt::bounce {

namespace {

bool isWordByte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isSpaceByte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Lower-case ASCII, every run of white space as one space.
std::string normalized(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (isSpaceByte(c)) {
            space = true;
            continue;
        }
        if (space && !out.empty()) {
            out += ' ';
        }
        space = false;
        out += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : ch;
    }
    return out;
}

} // namespace

PhraseMatcher::PhraseMatcher(const std::vector<std::string> &phrases)
{
    // Byte classes: one per byte that occurs in a phrase, 0 for the rest;
    // upper-case letters share their lower-case letter's class.
    std::vector<std::string> words;
    words.reserve(phrases.size());
    for (const std::string &phrase : phrases) {
        std::string word = normalized(phrase);
        if (std::any_of(phrase.begin(), phrase.end(), [](char c) { return c == '\n' || c == '\t'; })) {
            word = phrase; // literal markers keep their line breaks
            std::transform(word.begin(), word.end(), word.begin(),
                           [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
        }
        const bool openEnd = !word.empty() && word.back() == '*';
        if (openEnd) {
            word.pop_back();
        }
        m_phraseOpenEnd.push_back(openEnd);
        m_phraseLength.push_back(int(word.size()));
        m_phraseStartsWord.push_back(!word.empty() && isWordByte(static_cast<unsigned char>(word.front())));
        m_phraseEndsWord.push_back(!word.empty() && isWordByte(static_cast<unsigned char>(word.back())));
        for (const char ch : word) {
            auto &byteClass = m_byteClass[static_cast<unsigned char>(ch)];
            if (byteClass == 0) {
                byteClass = std::uint8_t(++m_classCount);
            }
        }
        words.push_back(std::move(word));
    }
    ++m_classCount; // class 0
    for (int c = 'A'; c <= 'Z'; ++c) {
        m_byteClass[std::size_t(c)] = m_byteClass[std::size_t(c - 'A' + 'a')];
    }

    // The trie, with the phrases that end in each state.
    std::vector<std::vector<int>> output;
    m_next.assign(std::size_t(m_classCount), -1);
    output.emplace_back();
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i].empty()) {
            continue;
        }
        State state = 0;
        for (const char ch : words[i]) {
            const int c = classOf(static_cast<unsigned char>(ch));
            State next = step(state, c);
            if (next < 0) {
                next = State(output.size());
                m_next[std::size_t(state) * m_classCount + c] = next;
                m_next.resize(m_next.size() + std::size_t(m_classCount), -1);
                output.emplace_back();
            }
            state = next;
        }
        output[std::size_t(state)].push_back(int(i));
    }

    // Failure links, folded into a complete transition table breadth first.
    std::vector<State> fail(output.size(), 0);
    std::queue<State> queue;
    for (int c = 0; c < m_classCount; ++c) {
        State &next = m_next[std::size_t(c)];
        if (next < 0) {
            next = 0;
        } else {
            queue.push(next);
        }
    }
    while (!queue.empty()) {
        const State state = queue.front();
        queue.pop();
        const auto &inherited = output[std::size_t(fail[std::size_t(state)])];
        auto &own = output[std::size_t(state)];
        own.insert(own.end(), inherited.begin(), inherited.end());
        for (int c = 0; c < m_classCount; ++c) {
            State &next = m_next[std::size_t(state) * m_classCount + c];
            const State viaFail = step(fail[std::size_t(state)], c);
            if (next < 0) {
                next = viaFail;
            } else {
                fail[std::size_t(next)] = viaFail;
                queue.push(next);
            }
        }
    }

    // Flat output lists: one bounds check per byte while matching.
    m_outputBegin.reserve(output.size() + 1);
    for (const std::vector<int> &phrasesOfState : output) {
        m_outputBegin.push_back(int(m_outputs.size()));
        m_outputs.insert(m_outputs.end(), phrasesOfState.begin(), phrasesOfState.end());
    }
    m_outputBegin.push_back(int(m_outputs.size()));

    // The table in its matching form (see advance()).
    for (State &next : m_next) {
        const bool ends = !output[std::size_t(next)].empty();
        next = State((next * m_classCount) << 1) | (ends ? 1 : 0);
    }
}

std::vector<PhraseMatcher::Match> PhraseMatcher::findAll(std::string_view text) const
{
    std::vector<Match> matches;
    if (m_outputBegin.empty()) {
        return matches;
    }
    const std::string haystack = normalized(text);
    const auto byteAt = [&haystack](std::size_t i) { return static_cast<unsigned char>(haystack[i]); };
    State row = 0;
    for (std::size_t i = 0; i < haystack.size(); ++i) {
        row = advance(row, classOf(byteAt(i)));
        if (!endsPhrases(row)) {
            continue;
        }
        const auto [begin, stop] = outputsOf(row);
        for (int k = begin; k < stop; ++k) {
            const int phrase = m_outputs[std::size_t(k)];
            const std::size_t end = i + 1;
            const std::size_t start = end - std::size_t(m_phraseLength[std::size_t(phrase)]);
            if (m_phraseStartsWord[std::size_t(phrase)] && start > 0 && isWordByte(byteAt(start - 1))) {
                continue;
            }
            if (m_phraseEndsWord[std::size_t(phrase)] && !m_phraseOpenEnd[std::size_t(phrase)] &&
                end < haystack.size() && isWordByte(byteAt(end))) {
                continue;
            }
            matches.push_back({phrase, end});
        }
    }
    return matches;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::findAllLiteral(QStringView text) const
{
    std::vector<Match> matches;
    if (m_outputBegin.empty()) {
        return matches;
    }
    State row = 0;
    const QChar *units = text.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = units[i].unicode();
        row = advance(row, unit < 0x80 ? classOf(static_cast<unsigned char>(unit)) : 0);
        if (!endsPhrases(row)) {
            continue;
        }
        const auto [begin, stop] = outputsOf(row);
        for (int k = begin; k < stop; ++k) {
            matches.push_back({m_outputs[std::size_t(k)], std::size_t(i + 1)});
        }
    }
    return matches;
}

} // namespace mt::bounce
