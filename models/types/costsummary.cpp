// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "costsummary.h"

#include "providererrortable.h"

#include <QCoreApplication>
#include <algorithm>

QString summaryGroupingName(SummaryGrouping by)
{
    switch (by) {
    case SummaryGrouping::Project: return QStringLiteral("project");
    case SummaryGrouping::Status: return QStringLiteral("status");
    case SummaryGrouping::Day: return QStringLiteral("day");
    case SummaryGrouping::Month: return QStringLiteral("month");
    case SummaryGrouping::ErrorCode: return QStringLiteral("error-code");
    }
    return {};
}

std::optional<SummaryGrouping> summaryGroupingFromName(const QString &name)
{
    for (const SummaryGrouping by : {SummaryGrouping::Project, SummaryGrouping::Status, SummaryGrouping::Day,
                                     SummaryGrouping::Month, SummaryGrouping::ErrorCode}) {
        if (summaryGroupingName(by) == name)
            return by;
    }
    return std::nullopt;
}

QString summaryTimeKey(const QDateTime &time, SummaryGrouping by)
{
    if (!time.isValid())
        return {};
    const QDate date = time.toUTC().date();
    return by == SummaryGrouping::Month ? date.toString(QStringLiteral("yyyy-MM"))
                                        : date.toString(Qt::ISODate);
}

CostSummaryBuilder::CostSummaryBuilder(SummaryGrouping by)
{
    m_summary.by = by;
}

bool CostSummaryBuilder::add(const QString &key, const QString &label, qint64 messages, qint64 costCents)
{
    auto it = m_groups.find(key);
    if (it == m_groups.end())
        it = m_groups.insert(key, CostGroup{key, label, 0, 0});
    else if (it->label.isEmpty())
        it->label = label;
    m_overflow = m_overflow || qAddOverflow(it->messages, messages, &it->messages)
        || qAddOverflow(it->costCents, costCents, &it->costCents)
        || qAddOverflow(m_summary.messages, messages, &m_summary.messages)
        || qAddOverflow(m_summary.costCents, costCents, &m_summary.costCents);
    return !m_overflow;
}

CostSummary CostSummaryBuilder::result() const
{
    CostSummary summary = m_summary;
    summary.groups = m_groups.values();
    for (CostGroup &group : summary.groups)
        group.label = summaryGroupLabel(summary.by, group.key, group.label);
    std::sort(
        summary.groups.begin(), summary.groups.end(),
        [by = summary.by](const CostGroup &a, const CostGroup &b) { return summaryGroupBefore(by, a, b); });
    return summary;
}

bool summaryGroupBefore(SummaryGrouping by, const CostGroup &a, const CostGroup &b)
{
    switch (by) {
    case SummaryGrouping::Project:
        if (a.costCents != b.costCents)
            return a.costCents > b.costCents;
        if (a.messages != b.messages)
            return a.messages > b.messages;
        break;
    case SummaryGrouping::Status:
    case SummaryGrouping::ErrorCode:
        if (a.messages != b.messages)
            return a.messages > b.messages;
        if (a.costCents != b.costCents)
            return a.costCents > b.costCents;
        break;
    case SummaryGrouping::Day:
    case SummaryGrouping::Month:
        // Keys are YYYY-MM(-DD), so text order is time order; no time ("") last.
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        break;
    }
    return a.key < b.key;
}

QString summaryGroupLabel(SummaryGrouping by, const QString &key, const QString &knownName)
{
    if (!knownName.isEmpty())
        return knownName;
    if (by == SummaryGrouping::ErrorCode && !key.isEmpty())
        return ProviderErrorTable::builtIn().label(key);
    if (!key.isEmpty())
        return key;
    switch (by) {
    case SummaryGrouping::Project: return QCoreApplication::translate("CostSummary", "(no project)");
    case SummaryGrouping::Status: return QCoreApplication::translate("CostSummary", "(no status)");
    case SummaryGrouping::Day:
    case SummaryGrouping::Month: return QCoreApplication::translate("CostSummary", "(no time)");
    case SummaryGrouping::ErrorCode: return QCoreApplication::translate("CostSummary", "(no error code)");
    }
    return {};
}

std::optional<CostSummary> summarizeReport(const CostReport &report, SummaryGrouping by)
{
    constexpr qint64 msPerHour = 3600000;
    CostSummaryBuilder builder(by);
    if (by == SummaryGrouping::ErrorCode) {
        for (const CostGroup &group : report.errorCodes) {
            if (!builder.add(group.key, {}, group.messages, group.costCents))
                return std::nullopt;
        }
        return builder.result();
    }
    const bool byTime = by == SummaryGrouping::Day || by == SummaryGrouping::Month;
    qint64 lastDay = CostCell::noTime;
    QString lastTimeKey;
    for (const CostCell &cell : report.cells) {
        QString key;
        QString label;
        switch (by) {
        case SummaryGrouping::Project:
            key = cell.projectId;
            label = report.projectNames.value(cell.projectId);
            break;
        case SummaryGrouping::Status: key = cell.status; break;
        case SummaryGrouping::Day:
        case SummaryGrouping::Month:
        case SummaryGrouping::ErrorCode: break;
        }
        if (byTime && cell.hour != CostCell::noTime) {
            // Cells come sorted by hour: one date conversion per day.
            const qint64 day = CostReport::dayStartHour(cell.hour);
            if (day != lastDay || lastTimeKey.isEmpty()) {
                lastDay = day;
                lastTimeKey = summaryTimeKey(QDateTime::fromMSecsSinceEpoch(day * msPerHour, Qt::UTC), by);
            }
            key = lastTimeKey;
        }
        if (!builder.add(key, label, cell.messages, cell.costCents))
            return std::nullopt;
    }
    return builder.result();
}

std::optional<CostTotals> totalsOfReport(const CostReport &report)
{
    const auto byProject = summarizeReport(report, SummaryGrouping::Project);
    const auto byStatus = summarizeReport(report, SummaryGrouping::Status);
    const auto byDay = summarizeReport(report, SummaryGrouping::Day);
    if (!byProject || !byStatus || !byDay)
        return std::nullopt;
    CostTotals totals;
    totals.messages = byProject->messages;
    totals.costCents = byProject->costCents;
    totals.byProject = byProject->groups;
    totals.byStatus = byStatus->groups;
    totals.byDay = byDay->groups;
    return totals;
}
