// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "cacheschema.h"
#include "rowpositions.h"
#include "smsquery.h"
#include "sqlquerybuilder.h"

#include <optional>

// How the cache reads the rows of a query in order, and the SQL for it (RowPager runs it). Three ways:
// - Walk: follow the sort column's index and keep the matching rows. A page at any depth starts
//   from a keyset bookmark (RowPositions), so it costs the same at row 10 as at row 9,000,000.
//   Right when matches are dense: a page reads about stride / density rows.
// - SortMatches: find the matches through the filter's own index and sort them. Right when
//   matches are few: every page reads them all, and a page at any depth is an OFFSET into them.
// - SortOnce: for reading every row once (an export), find the matches through the filter's own
//   index and sort them once into a temporary table, then read it in sequence. Right when a walk
//   would read many rows per match: the whole read costs about the matches, not the table.
// probe() tells which: it counts matches up to sortLimit() (pages of the table) or
// wholeReadLimit() (every row once), cheaply, through the filter's index.
namespace RowPlan {

using SqlQueryBuilder::Fragment;

enum class Kind { Walk, SortMatches, SortOnce };

// The rows a reading sees: every row (nullopt), or those with rid ≤ the bound: the rows present
// when the reading began (rids only grow, rows are never deleted), e.g. an export's snapshot.
using RidBound = std::optional<qint64>;

// The number of matches up to which sorting them is the cheaper way: about sqrt(stride × rows),
// where both read the same number of rows. A walk that needs no row of the table (the filter is
// a text search only: its matches are a set of rids, and every index entry holds the rid) costs
// about a sixtieth of a row read per entry, which moves the limit down by a factor of eight.
qint64 sortLimit(qint64 tableRows, const SmsFilter &filter);

// Reading every row of a query once: the number of matches up to which sorting them once is the
// cheaper way. A walk reads every row of the table for the whole read; sorting once reads the
// matches and writes them to a temporary table, a few times the cost per row: worth it up to a
// quarter of the table.
qint64 wholeReadLimit(qint64 tableRows);

// The walk's index range holds the matches of `query` and nothing else (no filter, a time range,
// one status in time order on format 2): a walk reads no row it does not keep.
bool walkReadsOnlyMatches(const SmsQuery &query, int fileVersion = CacheSchema::version);

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
                             int fileVersion = CacheSchema::version, RidBound bound = {});

// The number of matches of `filter` within `bound`: SELECT COUNT(*).
Fragment count(const SmsFilter &filter, RidBound bound);

// Kind::SortOnce. The statements that make an empty temp.row_order (seq INTEGER PRIMARY KEY, rid):
// in SQLite's temporary file (never the cache; memory bounded by SQLite's page cache).
QStringList sortedTableCreate();
QString sortedTableDrop();
// Fills temp.row_order with the rids of the matches within `bound`, seq numbering them in the
// order of `query`.
Fragment sortedTableFill(const SmsQuery &query, RidBound bound);
// Up to `count` rows after position `afterSeq` (0: from the start): SELECT rid, seq.
Fragment sortedTablePage(qint64 afterSeq, int count);

// Every matching row's (value, rid) in order, for the position scan.
Fragment scan(const SmsQuery &query, int fileVersion = CacheSchema::version);

} // namespace RowPlan
