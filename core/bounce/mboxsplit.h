#pragma once

#include <QByteArrayView>
#include <QList>

namespace mt::bounce {

// Splits DATA at mbox "From " separator lines ("From MAILER-DAEMON  Thu Jul
// 2 12:05:05 2020" followed by a header line): a paste of a mailbox holds
// several bounces. Returns DATA itself when there is no second message.
QList<QByteArrayView> splitMbox(QByteArrayView data);

} // namespace mt::bounce
