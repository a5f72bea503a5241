#pragma once

#include "bouncereport.h"

#include <optional>

namespace mt::bounce {

// Amazon SES notifications delivered by mail (SNS "AWS Notification
// Message"): a JSON object whose notificationType (or eventType) is Bounce,
// Complaint or Delivery, with its recipients and their delivery status.
// Empty when TEXT holds no such object.
std::optional<BounceReport> parseJsonNotification(const QString &text);

} // namespace mt::bounce
