// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "rowpager.h"
#include "smsquery.h"
#include "smsrecord.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

class CacheConnection;

// Every row of a query, once, in the query's order (the table's order: RowPlan's, rid breaking
// ties), page by page through RowPager: for exports. Memory stays at one page whatever the
// number of rows. The rows are those present when start() ran (RowPlan::RidBound): rows a sync
// adds meanwhile are left out. RowPager::plan(Reading::Whole) picks the way: a walk whose pages
// resume after the last row of the one before (keyset, the same key as the table's bookmarks),
// or the matches sorted once into a temporary table (the connection may not be query_only).
// No statement stays open between pages, so a sync may write to the cache meanwhile. Use on the
// connection's thread; the connection outlives the stream.
class RowStream
{
public:
    RowStream(CacheConnection &connection, const SmsQuery &query, int pageSize);
    ~RowStream();
    RowStream(const RowStream &) = delete;
    RowStream &operator=(const RowStream &) = delete;

    // Takes the snapshot, picks the way and counts the rows. False (and *error, SQLite's text)
    // on failure.
    bool start(QString *error);
    qint64 total() const { return m_total; }
    // The way start() picked: Walk or SortOnce.
    RowPlan::Kind kind() const { return m_kind; }

    // The next page of records (rows that vanished meanwhile left out); empty at the end; nullopt
    // (and *error) on failure.
    std::optional<QList<SmsRecord>> next(QString *error);

private:
    CacheConnection &m_connection;
    SmsQuery m_query;
    int m_pageSize;
    std::unique_ptr<RowPager> m_pager; // made by start(), with the snapshot's bound
    RowPlan::Kind m_kind = RowPlan::Kind::Walk;
    qint64 m_total = 0;
    bool m_done = false;
    std::optional<RowPositions::Key> m_after; // the key of the last row read
};
