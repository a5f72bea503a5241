#pragma once

#include "policy/statestore.h"
#include "policy/submissionpolicy.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace mt::test {

// QUESTION's answer from a state store: at once from the file store, after
// a round trip from Redis (the event loop runs meanwhile, at most 5 s; no
// answer is a failed one).
template <class T> policy::StoreAnswer<T> ask(const std::function<void(policy::StateStore::Reply<T>)> &question)
{
    std::optional<policy::StoreAnswer<T>> answer;
    QEventLoop loop;
    question([&answer, &loop](policy::StoreAnswer<T> value) {
        answer = std::move(value);
        loop.quit();
    });
    if (!answer) {
        // Not QTest::qWaitFor: it sleeps 10 ms between looks, and a Redis answer takes 0.1 ms.
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return answer.value_or(policy::StoreAnswer<T>::failed({}));
}

// The verdict a SubmissionPolicy check gives, the same way.
inline policy::Verdict verdictOf(const std::function<void(policy::VerdictReply)> &check)
{
    std::optional<policy::Verdict> verdict;
    QEventLoop loop;
    check([&verdict, &loop](policy::Verdict value) {
        verdict = std::move(value);
        loop.quit();
    });
    if (!verdict) {
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return verdict.value_or(policy::Rejection{0, {}, {}, {}, QStringLiteral("no answer")});
}

} // namespace mt::test
