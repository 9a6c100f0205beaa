// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "pivot.h"

#include <QCoreApplication>

namespace {

QString linkTitle(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Incident: return QCoreApplication::translate("Pivot", "Messages of this incident");
    case LinkKind::Alert: return QCoreApplication::translate("Pivot", "Messages of this alert");
    case LinkKind::Monitor: return QCoreApplication::translate("Pivot", "Messages of this monitor");
    case LinkKind::ScheduledMaintenance:
        return QCoreApplication::translate("Pivot", "Messages of this scheduled maintenance");
    case LinkKind::StatusPage: return QCoreApplication::translate("Pivot", "Messages of this status page");
    case LinkKind::StatusPageAnnouncement:
        return QCoreApplication::translate("Pivot", "Messages of this announcement");
    case LinkKind::OnCallDutyPolicy:
        return QCoreApplication::translate("Pivot", "Messages of this on-call policy");
    case LinkKind::OnCallDutyPolicyEscalationRule:
        return QCoreApplication::translate("Pivot", "Messages of this escalation rule");
    case LinkKind::OnCallDutyPolicySchedule:
        return QCoreApplication::translate("Pivot", "Messages of this schedule");
    case LinkKind::Team: return QCoreApplication::translate("Pivot", "Messages of this team");
    case LinkKind::User: return QCoreApplication::translate("Pivot", "Messages of this user");
    }
    return {};
}

QString valueOf(const SmsRecord &record, const PivotTarget &target)
{
    switch (target.field) {
    case PivotField::Link: return record.link(target.linkKind).id;
    case PivotField::ToNumber: return record.toNumber;
    case PivotField::FromNumber: return record.fromNumber;
    case PivotField::Project: return record.projectId;
    case PivotField::ErrorCode: return record.errorCode;
    case PivotField::Status: return record.status;
    }
    return {};
}

PivotTarget linkTarget(LinkKind kind)
{
    return {PivotField::Link, kind};
}

void append(QList<Pivot> *pivots, const SmsRecord &record, const PivotTarget &target)
{
    if (const std::optional<Pivot> pivot = pivotOf(record, target))
        pivots->append(*pivot);
}

} // namespace

QString PivotTarget::title() const
{
    switch (field) {
    case PivotField::Link: return linkTitle(linkKind);
    case PivotField::ToNumber: return QCoreApplication::translate("Pivot", "Messages to this number");
    case PivotField::FromNumber: return QCoreApplication::translate("Pivot", "Messages from this number");
    case PivotField::Project: return QCoreApplication::translate("Pivot", "Messages of this project");
    case PivotField::ErrorCode: return QCoreApplication::translate("Pivot", "Messages with this error code");
    case PivotField::Status: return QCoreApplication::translate("Pivot", "Messages with this status");
    }
    return {};
}

SmsFilter Pivot::filter() const
{
    SmsFilter filter;
    switch (target.field) {
    case PivotField::Link:
        filter.linkKind = target.linkKind;
        filter.linkText = value;
        break;
    case PivotField::ToNumber: filter.toNumber = value; break;
    case PivotField::FromNumber: filter.fromNumber = value; break;
    case PivotField::Project: filter.projectId = value; break;
    case PivotField::ErrorCode: filter.errorCode = value; break;
    case PivotField::Status: filter.statuses = {value}; break;
    }
    return filter;
}

std::optional<Pivot> pivotOf(const SmsRecord &record, const PivotTarget &target)
{
    const QString value = valueOf(record, target);
    if (value.isEmpty())
        return std::nullopt;
    return Pivot{target, value};
}

QList<Pivot> pivotsOf(const SmsRecord &record)
{
    QList<Pivot> pivots;
    for (const LinkKind kind : allLinkKinds)
        append(&pivots, record, linkTarget(kind));
    for (const PivotField field : {PivotField::ToNumber, PivotField::FromNumber, PivotField::Project,
                                   PivotField::ErrorCode, PivotField::Status})
        append(&pivots, record, {field});
    return pivots;
}

QList<Pivot> pivotsOfColumn(const SmsRecord &record, SmsColumn column)
{
    QList<Pivot> pivots;
    switch (column) {
    case SmsColumn::SentAt:
    case SmsColumn::Cost: break;
    case SmsColumn::To: append(&pivots, record, {PivotField::ToNumber}); break;
    case SmsColumn::From: append(&pivots, record, {PivotField::FromNumber}); break;
    case SmsColumn::Status: append(&pivots, record, {PivotField::Status}); break;
    case SmsColumn::ErrorCode: append(&pivots, record, {PivotField::ErrorCode}); break;
    case SmsColumn::Project: append(&pivots, record, {PivotField::Project}); break;
    case SmsColumn::User: append(&pivots, record, linkTarget(LinkKind::User)); break;
    case SmsColumn::Linked:
        for (const LinkKind kind : allLinkKinds) {
            if (kind != LinkKind::User)
                append(&pivots, record, linkTarget(kind));
        }
        break;
    }
    return pivots;
}
