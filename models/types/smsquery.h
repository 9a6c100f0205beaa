// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "linkkind.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>
#include <optional>

// The columns of the log table. Which of them a source can sort by is its capability.
enum class SmsColumn {
    SentAt,
    To,
    From,
    Status,
    ErrorCode,
    Cost,
    Project,
    User,
    Linked, // incident, alert or monitor title
};
inline constexpr int SmsColumnCount = 9;

// What the user asked to see. Empty members do not filter. All filters combine with AND.
struct SmsFilter {
    QStringList statuses; // any of these exact values; empty = all
    QDateTime sentFrom; // inclusive lower bound on createdAt; invalid = open
    QDateTime sentTo; // inclusive upper bound on createdAt; invalid = open
    QString toNumber; // substring of the recipient number, taken literally
    QString fromNumber; // substring of the sender number, taken literally
    QString text; // words searched in SMS text and status message
    QString projectId; // exact project id
    QString errorCode; // exact provider error code
    std::optional<LinkKind> linkKind; // with linkText: rows linked to a matching resource
    QString linkText; // exact id, or part of the resource's name (or incident/alert number)
    QDateTime changedFrom; // inclusive lower bound on updatedAt; invalid = open (used by sync)

    bool isEmpty() const { return *this == SmsFilter{}; }
    bool operator==(const SmsFilter &) const = default;

    // A user-facing sentence when the filter cannot be run as given (end before start, ...),
    // an empty string when it is valid.
    QString validationError() const;
};

struct SmsSort {
    SmsColumn column = SmsColumn::SentAt;
    Qt::SortOrder order = Qt::DescendingOrder;
    bool operator==(const SmsSort &) const = default;
};

// A complete request for rows: filter and order.
struct SmsQuery {
    SmsFilter filter;
    SmsSort sort;
    bool operator==(const SmsQuery &) const = default;
};

Q_DECLARE_METATYPE(SmsFilter)
Q_DECLARE_METATYPE(SmsQuery)
