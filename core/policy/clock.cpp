#include "clock.h"

#include <QDateTime>

namespace mt::policy {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

Clock &Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace mt::policy
