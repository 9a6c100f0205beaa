// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "smsstatus.h"

namespace SmsStatus {

QStringList knownValues()
{
    return {QStringLiteral("Delivered"),   QStringLiteral("Sent"),       QStringLiteral("Sending"),
            QStringLiteral("Undelivered"), QStringLiteral("Failed"),     QStringLiteral("Success"),
            QStringLiteral("Error"),       QStringLiteral("Low Balance")};
}

Outcome outcome(const QString &status)
{
    if (status == u"Delivered" || status == u"Sent" || status == u"Success")
        return Outcome::Succeeded;
    if (status == u"Sending")
        return Outcome::Pending;
    if (status == u"Undelivered" || status == u"Failed" || status == u"Error" || status == u"Low Balance")
        return Outcome::Failed;
    return Outcome::Unknown;
}

} // namespace SmsStatus
