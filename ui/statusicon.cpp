// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "statusicon.h"

#include "smsstatus.h"
#include "svgiconengine.h"

#include <QHash>

namespace StatusIcon {

QString name(const QString &status)
{
    if (status.isEmpty())
        return {};
    if (status == u"Sent")
        return QStringLiteral("sent");
    if (status == u"Error" || status == u"Low Balance")
        return QStringLiteral("error");
    switch (SmsStatus::outcome(status)) {
    case SmsStatus::Outcome::Succeeded: return QStringLiteral("delivered");
    case SmsStatus::Outcome::Pending: return QStringLiteral("sending");
    case SmsStatus::Outcome::Failed: return QStringLiteral("failed");
    case SmsStatus::Outcome::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString resourcePath(const QString &status)
{
    const QString file = name(status);
    return file.isEmpty() ? QString() : QStringLiteral(":/smslog/icons/status/%1.svg").arg(file);
}

QIcon icon(const QString &status)
{
    const QString file = name(status);
    if (file.isEmpty())
        return {};
    // One icon per file: the table asks for it for every visible row.
    static QHash<QString, QIcon> icons;
    auto it = icons.find(file);
    if (it == icons.end())
        it = icons.insert(file, QIcon(new SvgIconEngine(resourcePath(status), SvgIconEngine::Ink::Own)));
    return *it;
}

} // namespace StatusIcon
