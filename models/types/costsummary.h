// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "costreport.h"
#include "costtotals.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

// What a cost summary groups by.
enum class SummaryGrouping {
    Project, // key: project id; label: project name when known
    Status, // key and label: the status text
    Day, // key and label: YYYY-MM-DD of createdAt in UTC
    Month, // key and label: YYYY-MM of createdAt in UTC
    ErrorCode, // key: the provider error code; label: "30007 — Carrier filtered the message"
};

// Message count and cost (integer US cents) of every row matching a filter, grouped one way.
struct CostSummary {
    SummaryGrouping by = SummaryGrouping::Project;
    qint64 messages = 0;
    qint64 costCents = 0; // messages without a known cost count as 0
    // Project: most expensive first; status and error code: most messages first; day and month: oldest first,
    // rows without a time last. Ties by key.
    QList<CostGroup> groups;

    bool operator==(const CostSummary &) const = default;
};

// "project", "status", "day", "month", "error-code" (as on the command line and in JSON).
QString summaryGroupingName(SummaryGrouping by);
std::optional<SummaryGrouping> summaryGroupingFromName(const QString &name);

// The day or month key of a time (UTC); "" for an invalid time. Only for Day and Month.
QString summaryTimeKey(const QDateTime &time, SummaryGrouping by);

// The one ordering rule of groups: projects (and other things that cost) most expensive first,
// then most messages; statuses most messages first, then most expensive; days and months oldest
// first, no time last. Remaining ties by key.
bool summaryGroupBefore(SummaryGrouping by, const CostGroup &a, const CostGroup &b);
// The one set of labels: `knownName` when there is one (a project's name), else the key, else
// "(no project)", "(no status)", "(no time)" or "(no error code)". An error code's label is its
// meaning from ProviderErrorTable::builtIn() when known.
QString summaryGroupLabel(SummaryGrouping by, const QString &key, const QString &knownName = {});

// The projections of the one aggregate answer (CostReport): every figure about money a user sees
// is one of these. Days and months are UTC. nullopt when a sum overflows 64 bits. ErrorCode needs
// a report asked for with ErrorCodeTotals::Included (else it has no groups).
std::optional<CostSummary> summarizeReport(const CostReport &report, SummaryGrouping by);
std::optional<CostTotals> totalsOfReport(const CostReport &report);

// Adds rows (or partial groups) up into a CostSummary, checking every sum for overflow.
// Groups with the same key are merged (e.g. a NULL and an empty status). Not thread-safe.
class CostSummaryBuilder
{
public:
    explicit CostSummaryBuilder(SummaryGrouping by);

    // Adds `messages` rows costing `costCents` in total to the group `key`. `label` replaces the
    // group's label when the group has none yet. Returns false once any sum has overflowed.
    bool add(const QString &key, const QString &label, qint64 messages, qint64 costCents);
    bool overflowed() const { return m_overflow; }

    // The summary with the groups in their order. Empty labels become readable text
    // ("(no project)"; the project id when its name is unknown).
    CostSummary result() const;

private:
    CostSummary m_summary;
    QHash<QString, CostGroup> m_groups;
    bool m_overflow = false;
};
