// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "cacheschema.h"
#include "rowpositions.h"
#include "smsquery.h"
#include "sqlquerybuilder.h"

#include <optional>

// How the cache reads the rows of a query in order, and the SQL for it. Two ways:
// - Walk: follow the sort column's index and keep the matching rows. A page at any depth starts
//   from a keyset bookmark (RowPositions), so it costs the same at row 10 as at row 9,000,000.
//   Right when matches are dense: a page reads about stride / density rows.
// - SortMatches: find the matches through the filter's own index and sort them. Right when
//   matches are few: every page reads them all, and a page at any depth is an OFFSET into them.
// probe() tells which: it counts matches up to sortLimit(), cheaply, through the filter's index.
namespace RowPlan {

using SqlQueryBuilder::Fragment;

enum class Kind { Walk, SortMatches };

// The number of matches up to which sorting them is the cheaper way: about sqrt(stride × rows),
// where both read the same number of rows. A walk that needs no row of the table (the filter is
// a text search only: its matches are a set of rids, and every index entry holds the rid) costs
// about a sixtieth of a row read per entry, which moves the limit down by a factor of eight.
qint64 sortLimit(qint64 tableRows, const SmsFilter &filter);

// The filter is a text search and nothing else: the full-text index alone answers it.
bool isTextOnly(const SmsFilter &filter);

// Counts the matches of `filter`, stopping at `limit` + 1. When the filter searches text, counts
// the text matches alone (an upper bound that needs no join).
Fragment probe(const SmsFilter &filter, qint64 limit);

// Rows offset … offset + count - 1 of the sorted matches: SELECT rid.
Fragment sortedPage(const SmsQuery &query, qint64 offset, int count);

// The walk after `after` (from the start when nullopt), skipping `skip` rows: one statement per
// segment of the order (see SqlQueryBuilder::continuation), each "SELECT rid, value" with
// "LIMIT ? OFFSET ?" left to bind (count, skip).
// `fileVersion`: the cache's format (format 1 has no (status, created_at) index).
QList<Fragment> walkSegments(const SmsQuery &query, const std::optional<RowPositions::Key> &after,
                             int fileVersion = CacheSchema::version);

// Every matching row's (value, rid) in order, for the position scan.
Fragment scan(const SmsQuery &query, int fileVersion = CacheSchema::version);

} // namespace RowPlan
