#pragma once

#include "policy/statestore.h"
#include "policy/submissionpolicy.h"

#include <QTest>

#include <optional>

namespace mt::test {

// QUESTION's answer from a state store: at once from the file store, after
// a round trip from Redis (the event loop runs meanwhile, at most 5 s; no
// answer is a failed one).
template <class T> policy::StoreAnswer<T> ask(const std::function<void(policy::StateStore::Reply<T>)> &question)
{
    std::optional<policy::StoreAnswer<T>> answer;
    question([&answer](policy::StoreAnswer<T> value) { answer = std::move(value); });
    if (!answer) {
        (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000);
    }
    return answer.value_or(policy::StoreAnswer<T>::failed({}));
}

// The verdict a SubmissionPolicy check gives, the same way.
inline policy::Verdict verdictOf(const std::function<void(policy::VerdictReply)> &check)
{
    std::optional<policy::Verdict> verdict;
    check([&verdict](policy::Verdict value) { verdict = std::move(value); });
    if (!verdict) {
        (void)QTest::qWaitFor([&verdict] { return verdict.has_value(); }, 5000);
    }
    return verdict.value_or(policy::Rejection{0, {}, {}, {}, QStringLiteral("no answer")});
}

} // namespace mt::test
