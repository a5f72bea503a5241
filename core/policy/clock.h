#pragma once

#include <QtGlobal>

namespace mt::policy {

// Where the rules read the time: the system clock in the server, a manual
// one in tests and replays, so windows of an hour or twelve run in
// milliseconds.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch.
    virtual qint64 nowMs() const = 0;

    static Clock &system();
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

// A clock that only moves when told: tests advance it by hours at once.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000)
        : m_now(startMs)
    {}
    qint64 nowMs() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now += ms; }
    void advanceSeconds(qint64 seconds) { m_now += seconds * 1000; }
    void set(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};

} // namespace mt::policy
