// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "linkkind.h"

#include <QCoreApplication>

QString linkKindKey(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Incident: return QStringLiteral("incident");
    case LinkKind::Alert: return QStringLiteral("alert");
    case LinkKind::Monitor: return QStringLiteral("monitor");
    case LinkKind::ScheduledMaintenance: return QStringLiteral("scheduledMaintenance");
    case LinkKind::StatusPage: return QStringLiteral("statusPage");
    case LinkKind::StatusPageAnnouncement: return QStringLiteral("statusPageAnnouncement");
    case LinkKind::OnCallDutyPolicy: return QStringLiteral("onCallDutyPolicy");
    case LinkKind::OnCallDutyPolicyEscalationRule: return QStringLiteral("onCallDutyPolicyEscalationRule");
    case LinkKind::OnCallDutyPolicySchedule: return QStringLiteral("onCallDutyPolicySchedule");
    case LinkKind::Team: return QStringLiteral("team");
    case LinkKind::User: return QStringLiteral("user");
    }
    return {};
}

QString linkKindTitle(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Incident: return QCoreApplication::translate("LinkKind", "Incident");
    case LinkKind::Alert: return QCoreApplication::translate("LinkKind", "Alert");
    case LinkKind::Monitor: return QCoreApplication::translate("LinkKind", "Monitor");
    case LinkKind::ScheduledMaintenance:
        return QCoreApplication::translate("LinkKind", "Scheduled maintenance");
    case LinkKind::StatusPage: return QCoreApplication::translate("LinkKind", "Status page");
    case LinkKind::StatusPageAnnouncement: return QCoreApplication::translate("LinkKind", "Announcement");
    case LinkKind::OnCallDutyPolicy: return QCoreApplication::translate("LinkKind", "On-call policy");
    case LinkKind::OnCallDutyPolicyEscalationRule:
        return QCoreApplication::translate("LinkKind", "Escalation rule");
    case LinkKind::OnCallDutyPolicySchedule:
        return QCoreApplication::translate("LinkKind", "On-call schedule");
    case LinkKind::Team: return QCoreApplication::translate("LinkKind", "Team");
    case LinkKind::User: return QCoreApplication::translate("LinkKind", "User");
    }
    return {};
}
