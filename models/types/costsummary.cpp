// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "costsummary.h"

#include <QCoreApplication>
#include <algorithm>

QString summaryGroupingName(SummaryGrouping by)
{
    switch (by) {
    case SummaryGrouping::Project: return QStringLiteral("project");
    case SummaryGrouping::Status: return QStringLiteral("status");
    case SummaryGrouping::Day: return QStringLiteral("day");
    case SummaryGrouping::Month: return QStringLiteral("month");
    }
    return {};
}

std::optional<SummaryGrouping> summaryGroupingFromName(const QString &name)
{
    for (const SummaryGrouping by :
         {SummaryGrouping::Project, SummaryGrouping::Status, SummaryGrouping::Day, SummaryGrouping::Month}) {
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
    for (CostGroup &group : summary.groups) {
        if (!group.label.isEmpty())
            continue;
        if (!group.key.isEmpty()) {
            group.label = group.key;
            continue;
        }
        switch (summary.by) {
        case SummaryGrouping::Project:
            group.label = QCoreApplication::translate("CostSummary", "(no project)");
            break;
        case SummaryGrouping::Status:
            group.label = QCoreApplication::translate("CostSummary", "(no status)");
            break;
        case SummaryGrouping::Day:
        case SummaryGrouping::Month:
            group.label = QCoreApplication::translate("CostSummary", "(no time)");
            break;
        }
    }
    const auto byKey = [](const CostGroup &a, const CostGroup &b) { return a.key < b.key; };
    switch (summary.by) {
    case SummaryGrouping::Project:
        std::sort(summary.groups.begin(), summary.groups.end(), [&](const CostGroup &a, const CostGroup &b) {
            if (a.costCents != b.costCents)
                return a.costCents > b.costCents;
            return a.messages != b.messages ? a.messages > b.messages : byKey(a, b);
        });
        break;
    case SummaryGrouping::Status:
        std::sort(summary.groups.begin(), summary.groups.end(), [&](const CostGroup &a, const CostGroup &b) {
            if (a.messages != b.messages)
                return a.messages > b.messages;
            return a.costCents != b.costCents ? a.costCents > b.costCents : byKey(a, b);
        });
        break;
    case SummaryGrouping::Day:
    case SummaryGrouping::Month:
        // Keys are YYYY-MM(-DD), so text order is time order; no time ("") last.
        std::sort(summary.groups.begin(), summary.groups.end(), [&](const CostGroup &a, const CostGroup &b) {
            if (a.key.isEmpty() != b.key.isEmpty())
                return b.key.isEmpty();
            return byKey(a, b);
        });
        break;
    }
    return summary;
}
