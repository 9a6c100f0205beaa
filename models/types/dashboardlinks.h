// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "linkkind.h"

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

struct SmsRecord;

// The OneUptime instance a project's messages came from, as a source knows it: the instance's
// base URL (https://oneuptime.example.com, no /api), or why it is not known.
struct DashboardBase {
    QUrl instance; // empty when not known
    QString missingReason; // user-facing, set when `instance` is empty

    bool isKnown() const { return !instance.isEmpty(); }
    bool operator==(const DashboardBase &) const = default;
};

// One page of OneUptime's dashboard a message leads to: a linked resource's, or the SMS log page
// of the message's project.
struct DashboardLink {
    std::optional<LinkKind> kind; // nullopt: the project's SMS log page
    QUrl url; // empty when there is no page to open
    QString missingReason; // user-facing, set when `url` is empty
    bool operator==(const DashboardLink &) const = default;
};

// Pure URL building for "Open in OneUptime" (the dashboard's routes:
// <instance>/dashboard/<projectId>/incidents/<id>, …/settings/notification-logs, …).
namespace DashboardLinks {

// The instance's base from a connection's URL or an API base: without a trailing "/api", query,
// fragment or trailing slash. Empty for an URL that is not http(s) with a host.
QUrl instanceBase(const QUrl &url);
// The page of one resource; empty for kinds without a page of their own (users, escalation
// rules: see linksOf), an empty id or project, or an unknown instance.
QUrl resourceUrl(const QUrl &instance, const QString &projectId, LinkKind kind, const QString &id);
// The project's SMS log page (settings → notification logs).
QUrl smsLogUrl(const QUrl &instance, const QString &projectId);
// The project's SMS log page first, then one link per linked resource of `record`, in
// allLinkKinds order. An escalation rule leads to its on-call policy; a user to no page.
QList<DashboardLink> linksOf(const SmsRecord &record, const DashboardBase &base);
// "SMS log page", "Incident", "Escalation rule (its on-call policy)"…
QString title(const DashboardLink &link);

} // namespace DashboardLinks
