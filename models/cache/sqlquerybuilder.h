// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smsquery.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

// Pure helpers that turn filters and sorts into SQL for the cache file. Values are always
// bound (never inlined); column names come only from fixed allow-lists.
namespace SqlQueryBuilder {

struct Fragment {
    QString sql; // e.g. "WHERE s.status IN (?, ?)" or "" for no condition
    QVariantList values; // bound in order of the placeholders
};

// The WHERE clause (with the word WHERE) over the table alias `s` of sms_log.
// The filter must be valid (SmsFilter::validationError() empty).
Fragment where(const SmsFilter &filter);

// "ORDER BY ..." for a sortable column, with rid as the tie-breaker; nullopt when the column is
// not on the allow-list (sorting by it would scan the table).
std::optional<QString> orderBy(const SmsSort &sort);

// The columns orderBy() accepts.
QList<SmsColumn> sortableColumns();

// The sort column's SQL ("s.created_at") and the index that walks it in order; empty when the
// column is not sortable.
QString sortColumn(SmsColumn column);
QString sortIndex(SmsColumn column);

// "ORDER BY" that sorts the matching rows rather than walking the sort column's index (for
// filters that match few rows, found through their own index).
std::optional<QString> orderByMatches(const SmsSort &sort);

// Where a page continues in the order of `sort`: after the row whose sort value is `value` (null
// for SQL NULL) and row id `rid`. Keyset paging cannot compare NULLs, which SQLite sorts before
// every value, so the rest of the order comes as one or two segments, read one after the other;
// each has a condition to AND with the filter ("(s.created_at, s.rid) < (?, ?)") and its ORDER BY.
struct Segment {
    QString condition;
    QString order;
    QVariantList values;
};
QList<Segment> continuation(const SmsSort &sort, const QVariant &value, qint64 rid);

// "%text%" with %, _ and \ escaped for LIKE ... ESCAPE '\'.
QString containsPattern(const QString &literal);

// An FTS5 MATCH expression: every word of `text` must occur as a word prefix. Each word is
// quoted, so FTS5 operators typed by the user are searched for as text. Empty when `text` has
// no searchable word.
QString fullTextExpression(const QString &text);

} // namespace SqlQueryBuilder
