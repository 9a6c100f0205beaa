// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "costtotals.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

// Message count and cost of the messages of one UTC hour, one project and one status. Costs in
// integer US cents.
struct CostCell {
    // The hour of messages without a time (below every real hour; CacheSchema::noTimeBucket).
    static constexpr qint64 noTime = -(qint64(1) << 62);

    // UTC hour number: createdAt in ms since the epoch / 3,600,000 (rounded down). In a report of
    // CostResolution::Day, the first hour of the cell's UTC day.
    qint64 hour = 0;
    QString projectId; // "" for none
    QString status; // "" for none
    qint64 messages = 0;
    qint64 costCents = 0;
    bool operator==(const CostCell &) const = default;
};

// How finely the cells of a cost report divide time: UTC hours (what a chart in any time zone with
// whole-hour offsets needs) or UTC days (all the totals and the summaries need, and cheaper for a
// cache, whose daily roll-ups are 24 times smaller).
enum class CostResolution { Hour, Day };

// Whether a cost report also adds its messages up by provider error code (CostReport::errorCodes):
// a cache reads every matching row for it (no roll-up holds error codes), so only when asked.
enum class ErrorCodeTotals { Omitted, Included };

// The one aggregate answer of a source: every figure about money a user sees (the totals strip,
// the per-project and per-status tables, the cost chart, `smslog summary`) is a projection of it
// (costsummary.h). What a cost chart needs of a whole filter, computed by the source over every matching
// message (never from loaded rows): hourly cells, from which days, weeks and months in any time zone with
// whole-hour offsets are added up, and the most expensive recipients.
struct CostReport {
    CostResolution resolution = CostResolution::Hour;
    // Sorted by hour, project id, status; each (hour, project, status) once; no empty cell.
    QList<CostCell> cells;
    // Names of the projects of `cells` the source knows (id → name); others have none.
    QHash<QString, QString> projectNames;
    // key and label: the recipient number ("" for none); most expensive first, then most
    // messages, then by number; at most the number asked for.
    QList<CostGroup> topRecipients;
    // With ErrorCodeTotals::Included, else empty. key and label: the provider error code ("" for
    // none); every error code of the matching messages once, by code.
    QList<CostGroup> errorCodes;
    bool operator==(const CostReport &) const = default;

    // Puts `cells` in their order and merges cells of the same (hour, project, status). Returns
    // false when a sum overflows.
    [[nodiscard]] bool normalize();
    // The order of topRecipients.
    static bool recipientBefore(const CostGroup &a, const CostGroup &b);
    // The hour of `createdAt` (noTime when invalid).
    static qint64 hourOf(const QDateTime &createdAt);
    // The first hour of the UTC day of `hour` (noTime stays noTime).
    static qint64 dayStartHour(qint64 hour);
    // This report with its cells merged into UTC days (a report already by day is returned as it
    // is). Returns false when a sum overflows.
    [[nodiscard]] bool coarsenToDays();
};

Q_DECLARE_METATYPE(CostCell)
Q_DECLARE_METATYPE(CostReport)
