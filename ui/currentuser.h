#pragma once

#include <QString>

namespace mt {

// The name the audit trail records for this desk by default (the dialogs
// let staff change it): the login of the person at the desk.
inline QString currentUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("staff") : user;
}

} // namespace mt
