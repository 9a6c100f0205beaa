// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smsquery.h"

#include <QString>
#include <QVariantList>

class CacheConnection;

// Count and cost of the messages matching a filter, by UTC day, project and status, computed in
// the cache. Filters of time range, statuses and project read the cost roll-ups of a format 2
// cache (whole UTC days, then whole hours, then only the messages of the partial hours at the
// range's ends), so they cost the same at any size; other filters add up the matching rows.
namespace CacheTotals {

// The time buckets of an answer: UTC days (the totals) or UTC hours (cost reports, which add
// hours up into days, weeks and months of any time zone).
enum class Unit { Day, Hour };

// One group of the answer: day is the UTC day number (ms since epoch / 86,400,000), or with
// Unit::Hour the UTC hour number (ms / 3,600,000); CacheSchema::noTimeBucket for messages without
// a time.
struct Row {
    qint64 day = 0;
    QString projectId;
    QString status;
    qint64 messages = 0;
    qint64 costCents = 0;
};

// Whether `filter` can be answered from the roll-ups of a cache in format `fileVersion`.
bool usesRollups(const SmsFilter &filter, int fileVersion);

// The statements to run, each answering rows of (day, project_id, status, messages, cost); their
// rows add up to the totals (the same group may come from several statements).
struct Statement {
    QString sql;
    QVariantList values;
};
enum class Answer {
    Groups, // rows of (day, project_id, status, messages, cost)
    Count, // one row: the number of messages
};
// With Unit::Hour the roll-ups are read from cost_by_hour only.
QList<Statement> statements(const SmsFilter &filter, int fileVersion, Answer answer = Answer::Groups,
                            Unit unit = Unit::Day);

// The number of messages matching `filter`: the sum of statements(…, Count). Returns an error
// text or "".
QString count(CacheConnection &connection, const SmsFilter &filter, int fileVersion, qint64 *messages);

// Runs statements() on `connection`, each a statement of its own (finalized when done). Returns an error text
// ("" on success); a cost that is not a whole number of cents is one too, and sets *badCost.
QString run(CacheConnection &connection, const SmsFilter &filter, int fileVersion, QList<Row> *rows,
            bool *badCost, Unit unit = Unit::Day);

} // namespace CacheTotals
