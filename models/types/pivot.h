// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "linkkind.h"
#include "smsquery.h"
#include "smsrecord.h"

#include <QList>
#include <QString>
#include <optional>

// Which value of a message a pivot follows.
enum class PivotField { Link, ToNumber, FromNumber, Project, ErrorCode, Status };

// Where a pivot can start: a field of a message (with the link kind for PivotField::Link).
struct PivotTarget {
    PivotField field = PivotField::Status;
    LinkKind linkKind = LinkKind::Incident; // only with PivotField::Link
    bool operator==(const PivotTarget &) const = default;

    // "Messages of this incident", "Messages to this number", ...
    QString title() const;
};

// From one message to every message that shares one of its values: the filter is replaced by
// exactly that value (a resource by id, a number in full, a project by id, an error code, a
// status), and nothing else.
struct Pivot {
    PivotTarget target;
    QString value; // the id, the full number, the project id, the error code or the status
    bool operator==(const Pivot &) const = default;

    SmsFilter filter() const;
    QString title() const { return target.title(); }
};

// The pivot of `record` at `target`; nullopt when the record has no such value.
std::optional<Pivot> pivotOf(const SmsRecord &record, const PivotTarget &target);
// Every pivot `record` offers, in display order: its linked resources, the recipient, the sender,
// the project, the error code and the status.
QList<Pivot> pivotsOf(const SmsRecord &record);
// The pivots of one column of the log table (Linked to: every linked resource but the user; Sent at
// and Cost: none).
QList<Pivot> pivotsOfColumn(const SmsRecord &record, SmsColumn column);
