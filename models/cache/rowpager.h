// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "rowplan.h"
#include "rowpositions.h"
#include "smsquery.h"
#include "smsrecord.h"

#include <QList>
#include <QString>
#include <optional>

class CacheConnection;

// The one ordered-page reader of a cache: runs RowPlan's SQL on a connection and answers row ids
// in the order of a query, page by page, for the table (a page at any depth) and for exports
// (every row once). Statements are the connection's kept ones: the caller calls
// CacheConnection::finishStatements() before it lets the file go (between requests, between an
// export's pages), so that no read lock keeps a writer out. Use on the connection's thread;
// the connection outlives the pager. Every call that can fail returns nullopt and sets *error
// (SQLite's text).
class RowPager
{
public:
    // `bound`: the rows this pager sees (RowPlan::RidBound); `fileVersion`: the cache's format.
    RowPager(CacheConnection &connection, int fileVersion, RowPlan::RidBound bound = {});
    ~RowPager(); // drops the sorted table of sortOnce()
    RowPager(const RowPager &) = delete;
    RowPager &operator=(const RowPager &) = delete;

    // What is read: pages of the table at any depth (Walk or SortMatches), or every row once
    // (Walk or SortOnce).
    enum class Reading { Pages, Whole };
    // How to read `query`, probed through the filter's index (RowPlan::probe) against the limit of
    // `reading` for a table of `tableRows` rows.
    std::optional<RowPlan::Kind> plan(const SmsQuery &query, qint64 tableRows, Reading reading,
                                      QString *error);

    struct Page {
        QList<qint64> rids;
        // The key of the last row (when there is one), to read on after it: its sort value and
        // rid after walk(), its position in the sorted table and rid after sortedTablePage().
        RowPositions::Key last;
    };
    // Kind::Walk: up to `count` rows after `after` (from the start when nullopt), the first
    // `skip` of them skipped. Fewer than `count`: the end of the order.
    std::optional<Page> walk(const SmsQuery &query, std::optional<RowPositions::Key> after, qint64 skip,
                             int count, QString *error);
    // Kind::SortMatches: rows offset … offset + count - 1 of the sorted matches.
    std::optional<QList<qint64>> sortedPage(const SmsQuery &query, qint64 offset, int count, QString *error);
    // Kind::SortOnce: sorts the matches into a temporary table (the connection may not be
    // query_only); their number.
    std::optional<qint64> sortOnce(const SmsQuery &query, QString *error);
    // Up to `count` rows of that table after `after` (from the start when nullopt).
    std::optional<Page> sortedTablePage(const std::optional<RowPositions::Key> &after, int count,
                                        QString *error);

    // The number of matches of `filter` (within the bound).
    std::optional<qint64> count(const SmsFilter &filter, QString *error);
    // The records of `rids`, in that order; a rid no row has gives a record with an empty id.
    std::optional<QList<SmsRecord>> records(const QList<qint64> &rids, QString *error);

private:
    // The walk of a text search by chunks of the sort index checked against the full-text index
    // (see the definition). Moves *after past what it read and counts *skip down; appends to
    // page->rids up to `count`. False on an error.
    bool textWalk(const SmsQuery &query, std::optional<RowPositions::Key> *after, qint64 *skip, int count,
                  Page *page, QString *error);

    CacheConnection &m_connection;
    int m_fileVersion;
    RowPlan::RidBound m_bound;
    bool m_sortedTable = false; // temp.row_order made by sortOnce()
};
