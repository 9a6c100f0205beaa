// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "costreport.h"

#include <algorithm>

namespace {

constexpr qint64 msPerHour = 3600000;

bool cellBefore(const CostCell &a, const CostCell &b)
{
    if (a.hour != b.hour)
        return a.hour < b.hour;
    if (a.projectId != b.projectId)
        return a.projectId < b.projectId;
    return a.status < b.status;
}

} // namespace

bool CostReport::normalize()
{
    std::sort(cells.begin(), cells.end(), cellBefore);
    QList<CostCell> merged;
    merged.reserve(cells.size());
    bool overflow = false;
    for (const CostCell &cell : std::as_const(cells)) {
        if (cell.messages == 0)
            continue;
        if (!merged.isEmpty() && !cellBefore(merged.constLast(), cell)) {
            CostCell &last = merged.last();
            overflow = overflow || qAddOverflow(last.messages, cell.messages, &last.messages)
                || qAddOverflow(last.costCents, cell.costCents, &last.costCents);
            continue;
        }
        merged.append(cell);
    }
    cells = merged;
    std::sort(topRecipients.begin(), topRecipients.end(), recipientBefore);
    std::sort(errorCodes.begin(), errorCodes.end(),
              [](const CostGroup &a, const CostGroup &b) { return a.key < b.key; });
    return !overflow;
}

bool CostReport::recipientBefore(const CostGroup &a, const CostGroup &b)
{
    if (a.costCents != b.costCents)
        return a.costCents > b.costCents;
    if (a.messages != b.messages)
        return a.messages > b.messages;
    return a.key < b.key;
}

qint64 CostReport::hourOf(const QDateTime &createdAt)
{
    if (!createdAt.isValid())
        return CostCell::noTime;
    const qint64 ms = createdAt.toMSecsSinceEpoch();
    return ms >= 0 ? ms / msPerHour : (ms + 1) / msPerHour - 1;
}

qint64 CostReport::dayStartHour(qint64 hour)
{
    if (hour == CostCell::noTime)
        return hour;
    return (hour >= 0 ? hour / 24 : (hour + 1) / 24 - 1) * 24;
}

bool CostReport::coarsenToDays()
{
    if (resolution == CostResolution::Day)
        return true;
    for (CostCell &cell : cells)
        cell.hour = dayStartHour(cell.hour);
    resolution = CostResolution::Day;
    return normalize();
}
