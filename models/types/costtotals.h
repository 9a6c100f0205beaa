// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// Message count and cost of one group (a project, a status, a day, ...). Cost in US cents.
struct CostGroup {
    QString key; // project id, status value, ...
    QString label; // what a user reads (project name; the status itself)
    qint64 messages = 0;
    qint64 costCents = 0;
    bool operator==(const CostGroup &) const = default;
};

// Totals for a whole filter: a projection of the source's cost report (totalsOfReport in
// costsummary.h), never summed from loaded rows.
struct CostTotals {
    qint64 messages = 0;
    qint64 costCents = 0;
    QList<CostGroup> byProject; // most expensive first
    QList<CostGroup> byStatus; // most messages first
    QList<CostGroup> byDay; // by UTC day, oldest first; key "yyyy-MM-dd" ("": no time, last)
    bool operator==(const CostTotals &) const = default;
};

// What a filter bar can offer, as found in the source.
struct FilterChoices {
    QStringList statuses; // enum values plus any other values found
    QList<QPair<QString, QString>> projects; // (id, name)
    QStringList errorCodes;
    bool operator==(const FilterChoices &) const = default;
};

Q_DECLARE_METATYPE(CostTotals)
Q_DECLARE_METATYPE(FilterChoices)
