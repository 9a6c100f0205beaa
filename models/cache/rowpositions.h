// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smsquery.h"

#include <QList>
#include <QMap>
#include <QMutex>
#include <QVariant>
#include <optional>

// Sparse keyset bookmarks of the queries a cache source shows: for page p (rows p·stride …), the
// sort value and rid of the row just before it, so that a page at any depth is read by walking an
// index from that key instead of skipping rows with OFFSET. Filled by the position scan (every
// page, in order) and by the page reader (the page after each page it read). Thread-safe; keeps
// the few most recent queries only.
class RowPositions
{
public:
    static constexpr int stride = 256; // rows per bookmark (the table model's page size)

    struct Key {
        QVariant value; // the sort column's value (null for SQL NULL)
        qint64 rid = 0;
    };

    // Remembers the key of the row just before page `page` (≥ 1) of `query`.
    void add(const SmsQuery &query, qint64 page, const Key &key);
    // Many keys at once (the position scan), pages from `firstPage` on.
    void add(const SmsQuery &query, qint64 firstPage, const QList<Key> &keys);
    // The nearest bookmark at or before `page`: its page and key; nullopt when none is known.
    std::optional<std::pair<qint64, Key>> nearest(const SmsQuery &query, qint64 page) const;

    // Every page of `query` has its bookmark.
    void setComplete(const SmsQuery &query);
    bool isComplete(const SmsQuery &query) const;

private:
    struct Entry {
        SmsQuery query;
        QMap<qint64, Key> keys;
        bool complete = false;
    };
    Entry &entry(const SmsQuery &query); // locked; most recent first
    const Entry *find(const SmsQuery &query) const; // locked

    static constexpr int maxQueries = 2; // the shown query and the one before
    mutable QMutex m_mutex;
    QList<Entry> m_entries; // most recently added first
};
