// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "rowstream.h"

#include "cacheconnection.h"
#include "cacheschema.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

RowStream::RowStream(CacheConnection &connection, const SmsQuery &query, int pageSize)
    : m_connection(connection)
    , m_query(query)
    , m_pageSize(pageSize)
{ }

RowStream::~RowStream()
{
    m_pager.reset(); // drops its sorted table
    m_connection.finishStatements();
}

bool RowStream::start(QString *error)
{
    const auto finish = qScopeGuard([this] { m_connection.finishStatements(); });
    QSqlQuery last = m_connection.prepared(QStringLiteral("SELECT MAX(rid) FROM sms_log"), {},
                                           CacheConnection::Reuse::Once);
    if (!last.exec() || !last.next()) {
        *error = last.lastError().text();
        return false;
    }
    const qint64 maxRid = last.value(0).toLongLong(); // 0 for an empty cache
    last.finish();
    m_pager
        = std::make_unique<RowPager>(m_connection, CacheSchema::fileVersion(m_connection.database()), maxRid);
    const std::optional<RowPlan::Kind> kind = m_pager->plan(m_query, maxRid, RowPager::Reading::Whole, error);
    if (!kind)
        return false;
    m_kind = *kind;
    const std::optional<qint64> total = m_kind == RowPlan::Kind::SortOnce
        ? m_pager->sortOnce(m_query, error)
        : m_pager->count(m_query.filter, error);
    if (!total)
        return false;
    m_total = *total;
    return true;
}

std::optional<QList<SmsRecord>> RowStream::next(QString *error)
{
    // No statement stays open between pages: a sync may write to the cache meanwhile.
    const auto finish = qScopeGuard([this] { m_connection.finishStatements(); });
    while (!m_done && m_pager) {
        const std::optional<RowPager::Page> page = m_kind == RowPlan::Kind::SortOnce
            ? m_pager->sortedTablePage(m_after, m_pageSize, error)
            : m_pager->walk(m_query, m_after, 0, m_pageSize, error);
        if (!page)
            return std::nullopt;
        m_done = page->rids.size() < m_pageSize;
        if (page->rids.isEmpty())
            break;
        m_after = page->last;
        std::optional<QList<SmsRecord>> rows = m_pager->records(page->rids, error);
        if (!rows)
            return std::nullopt;
        // Caches never delete rows; should one vanish all the same, it is not exported.
        rows->removeIf([](const SmsRecord &r) { return r.id.isEmpty(); });
        if (!rows->isEmpty())
            return rows;
    }
    return QList<SmsRecord>();
}
