// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "dashboardlinks.h"

#include "smsrecord.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DashboardLinks", text);
}

// The dashboard's route of each kind with a page of its own; "" for none.
QString routeOf(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Incident: return QStringLiteral("incidents");
    case LinkKind::Alert: return QStringLiteral("alerts");
    case LinkKind::Monitor: return QStringLiteral("monitors");
    case LinkKind::ScheduledMaintenance: return QStringLiteral("scheduled-maintenance-events");
    case LinkKind::StatusPage: return QStringLiteral("status-pages");
    case LinkKind::StatusPageAnnouncement: return QStringLiteral("status-pages/announcements");
    case LinkKind::OnCallDutyPolicy: return QStringLiteral("on-call-duty/policies");
    case LinkKind::OnCallDutyPolicySchedule: return QStringLiteral("on-call-duty/schedules");
    case LinkKind::Team: return QStringLiteral("teams");
    case LinkKind::OnCallDutyPolicyEscalationRule:
    case LinkKind::User: break;
    }
    return {};
}

// One path segment, whatever `id` holds (a slash or "..", say, is percent-encoded).
QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QUrl projectPage(const QUrl &instance, const QString &projectId, const QString &route)
{
    if (instance.isEmpty() || projectId.isEmpty())
        return {};
    QUrl url = instance;
    url.setPath(instance.path() + QStringLiteral("/dashboard/") + segment(projectId) + u'/' + route,
                QUrl::TolerantMode);
    return url;
}

} // namespace

namespace DashboardLinks {

QUrl instanceBase(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return {};
    QUrl base = url.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment
                             | QUrl::RemoveUserInfo);
    if (base.path().endsWith(QStringLiteral("/api")))
        base.setPath(base.path().chopped(4));
    base = base.adjusted(QUrl::StripTrailingSlash);
    if (base.path() == u"/") // a lone slash is not stripped
        base.setPath({});
    return base;
}

QUrl resourceUrl(const QUrl &instance, const QString &projectId, LinkKind kind, const QString &id)
{
    const QString route = routeOf(kind);
    if (route.isEmpty() || id.isEmpty())
        return {};
    return projectPage(instance, projectId, route + u'/' + segment(id));
}

QUrl smsLogUrl(const QUrl &instance, const QString &projectId)
{
    return projectPage(instance, projectId, QStringLiteral("settings/notification-logs"));
}

QList<DashboardLink> linksOf(const SmsRecord &record, const DashboardBase &base)
{
    const auto link = [&](std::optional<LinkKind> kind, const QUrl &url, const QString &noPage) {
        DashboardLink result{kind, url, {}};
        if (url.isEmpty())
            result.missingReason = !base.isKnown() ? base.missingReason
                : record.projectId.isEmpty()       ? tr("The message names no project.")
                                                   : noPage;
        return result;
    };
    QList<DashboardLink> links{link(std::nullopt, smsLogUrl(base.instance, record.projectId), {})};
    for (const LinkKind kind : allLinkKinds) {
        const QString id = record.link(kind).id;
        if (id.isEmpty())
            continue;
        if (kind == LinkKind::User) {
            links.append(link(kind, {}, tr("Users have no page of their own in OneUptime's dashboard.")));
        } else if (kind == LinkKind::OnCallDutyPolicyEscalationRule) {
            const QString policy = record.link(LinkKind::OnCallDutyPolicy).id;
            links.append(
                link(kind, resourceUrl(base.instance, record.projectId, LinkKind::OnCallDutyPolicy, policy),
                     tr("Escalation rules have no page of their own, and this message names no "
                        "on-call policy.")));
        } else {
            links.append(link(kind, resourceUrl(base.instance, record.projectId, kind, id), {}));
        }
    }
    return links;
}

QString title(const DashboardLink &link)
{
    if (!link.kind)
        return tr("SMS log page");
    if (*link.kind == LinkKind::OnCallDutyPolicyEscalationRule)
        return tr("Escalation rule (its on-call policy)");
    return linkKindTitle(*link.kind);
}

} // namespace DashboardLinks
