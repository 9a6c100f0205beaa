// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "rowpositions.h"

RowPositions::Entry &RowPositions::entry(const SmsQuery &query)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).query == query) {
            if (i != 0)
                m_entries.move(i, 0);
            return m_entries.first();
        }
    }
    m_entries.prepend(Entry{query, {}, false});
    while (m_entries.size() > maxQueries)
        m_entries.removeLast();
    return m_entries.first();
}

const RowPositions::Entry *RowPositions::find(const SmsQuery &query) const
{
    for (const Entry &e : m_entries) {
        if (e.query == query)
            return &e;
    }
    return nullptr;
}

void RowPositions::add(const SmsQuery &query, qint64 page, const Key &key)
{
    if (page < 1)
        return;
    const QMutexLocker lock(&m_mutex);
    entry(query).keys.insert(page, key);
}

void RowPositions::add(const SmsQuery &query, qint64 firstPage, const QList<Key> &keys)
{
    const QMutexLocker lock(&m_mutex);
    Entry &e = entry(query);
    for (qsizetype i = 0; i < keys.size(); ++i)
        e.keys.insert(firstPage + i, keys.at(i));
}

std::optional<std::pair<qint64, RowPositions::Key>> RowPositions::nearest(const SmsQuery &query,
                                                                          qint64 page) const
{
    const QMutexLocker lock(&m_mutex);
    const Entry *e = find(query);
    if (!e || e->keys.isEmpty())
        return std::nullopt;
    auto it = e->keys.upperBound(page); // first bookmark after `page`
    if (it == e->keys.cbegin())
        return std::nullopt;
    --it;
    return std::pair{it.key(), it.value()};
}

void RowPositions::setComplete(const SmsQuery &query)
{
    const QMutexLocker lock(&m_mutex);
    entry(query).complete = true;
}

bool RowPositions::isComplete(const SmsQuery &query) const
{
    const QMutexLocker lock(&m_mutex);
    const Entry *e = find(query);
    return e && e->complete;
}
