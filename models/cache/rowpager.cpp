// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "rowpager.h"

#include "cacheconnection.h"
#include "cacherecord.h"
#include "sqlquerybuilder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

using Reuse = CacheConnection::Reuse;

// The first value of the first row of `statement`, run; nullopt (and *error) on failure.
std::optional<QVariant> single(QSqlQuery query, QString *error)
{
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    const QVariant value = query.value(0);
    query.finish();
    return value;
}

// Runs `query` (SELECT rid[, key]) and appends its rows to *page, the last one's key (column 1)
// to page->last. False (and *error) on failure.
bool readPage(QSqlQuery query, RowPager::Page *page, QString *error)
{
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    const bool keyed = query.record().count() > 1;
    while (query.next()) {
        page->rids << query.value(0).toLongLong();
        if (keyed)
            page->last = {query.value(1), page->rids.last()};
    }
    if (query.lastError().isValid()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

RowPager::RowPager(CacheConnection &connection, int fileVersion, RowPlan::RidBound bound)
    : m_connection(connection)
    , m_fileVersion(fileVersion)
    , m_bound(bound)
{ }

RowPager::~RowPager()
{
    if (m_sortedTable) {
        m_connection.finishStatements();
        m_connection.prepared(RowPlan::sortedTableDrop(), {}, Reuse::Once).exec();
    }
}

std::optional<RowPlan::Kind> RowPager::plan(const SmsQuery &query, qint64 tableRows, Reading reading,
                                            QString *error)
{
    if (query.filter.isEmpty()
        || (reading == Reading::Whole && RowPlan::walkReadsOnlyMatches(query, m_fileVersion)))
        return RowPlan::Kind::Walk;
    const qint64 limit = reading == Reading::Pages ? RowPlan::sortLimit(tableRows, query.filter)
                                                   : RowPlan::wholeReadLimit(tableRows);
    const RowPlan::Fragment probe = RowPlan::probe(query.filter, limit);
    const auto matches = single(m_connection.prepared(probe.sql, probe.values, Reuse::Keep), error);
    if (!matches)
        return std::nullopt;
    if (matches->toLongLong() > limit)
        return RowPlan::Kind::Walk;
    return reading == Reading::Pages ? RowPlan::Kind::SortMatches : RowPlan::Kind::SortOnce;
}

std::optional<RowPager::Page> RowPager::walk(const SmsQuery &query, std::optional<RowPositions::Key> after,
                                             qint64 skip, int count, QString *error)
{
    Page page;
    if (RowPlan::isTextOnly(query.filter)) {
        // What it could not find by chunks is read on from where it stopped.
        if (!textWalk(query, &after, &skip, count, &page, error))
            return std::nullopt;
    }
    for (const RowPlan::Fragment &segment : RowPlan::walkSegments(query, after, m_fileVersion, m_bound)) {
        const int wanted = count - int(page.rids.size());
        if (wanted <= 0)
            break;
        const qsizetype before = page.rids.size();
        if (!readPage(
                m_connection.prepared(segment.sql, segment.values + QVariantList{wanted, skip}, Reuse::Keep),
                &page, error))
            return std::nullopt;
        if (page.rids.size() > before || skip == 0) {
            skip = 0;
            continue;
        }
        // Nothing left after skipping: how many did this segment hold, to skip fewer in the next?
        const auto held
            = single(m_connection.prepared(QStringLiteral("SELECT COUNT(*) FROM (") + segment.sql + u')',
                                           segment.values + QVariantList{skip, 0}, Reuse::Keep),
                     error);
        if (!held)
            return std::nullopt;
        skip -= held->toLongLong();
    }
    return page;
}

bool RowPager::textWalk(const SmsQuery &query, std::optional<RowPositions::Key> *after, qint64 *skip,
                        int count, Page *page, QString *error)
{
    // Materializing every match of a common word costs a second at ten million rows, on every
    // page. Instead: read the next entries of the sort index (index-only), then ask the full-text
    // index which of them match, by rid range, which it answers by seeking. Right when rids grow
    // with the order (caches are written in time order); when a chunk's rids spread too widely,
    // or the matches are far away, the caller's walk with the materialized matches takes over.
    constexpr int chunk = 4096;
    constexpr int maxChunks = 2; // then the matches are not dense: materializing them is cheaper
    const QString match = SqlQueryBuilder::fullTextExpression(query.filter.text);
    SmsQuery order = query;
    order.filter = {};
    for (int round = 0; round < maxChunks && page->rids.size() < count; ++round) {
        QList<RowPositions::Key> entries;
        for (const RowPlan::Fragment &segment :
             RowPlan::walkSegments(order, *after, m_fileVersion, m_bound)) {
            QSqlQuery rows = m_connection.prepared(
                segment.sql, segment.values + QVariantList{chunk - int(entries.size()), 0}, Reuse::Keep);
            if (!rows.exec()) {
                *error = rows.lastError().text();
                return false;
            }
            while (rows.next())
                entries.append({rows.value(1), rows.value(0).toLongLong()});
            if (entries.size() >= chunk)
                break;
        }
        if (entries.isEmpty())
            return true; // the end of the order
        qint64 low = entries.first().rid;
        qint64 high = low;
        for (const RowPositions::Key &entry : std::as_const(entries)) {
            low = qMin(low, entry.rid);
            high = qMax(high, entry.rid);
        }
        if (high - low > 64 * chunk)
            return true; // rids not in the order's sequence: materialize instead
        QSqlQuery hits = m_connection.prepared(
            QStringLiteral("SELECT rowid FROM sms_text_index WHERE sms_text_index MATCH ?"
                           " AND rowid BETWEEN ? AND ?"),
            {match, low, high}, Reuse::Keep);
        if (!hits.exec()) {
            *error = hits.lastError().text();
            return false;
        }
        QSet<qint64> matching;
        while (hits.next())
            matching.insert(hits.value(0).toLongLong());
        for (const RowPositions::Key &entry : std::as_const(entries)) {
            *after = entry;
            if (!matching.contains(entry.rid))
                continue;
            if (*skip > 0) {
                --*skip;
                continue;
            }
            page->rids.append(entry.rid);
            page->last = entry;
            if (page->rids.size() == count)
                return true;
        }
    }
    return true;
}

std::optional<QList<qint64>> RowPager::sortedPage(const SmsQuery &query, qint64 offset, int count,
                                                  QString *error)
{
    const RowPlan::Fragment sql = RowPlan::sortedPage(query, offset, count);
    Page page;
    if (!readPage(m_connection.prepared(sql.sql, sql.values, Reuse::Keep), &page, error))
        return std::nullopt;
    return page.rids;
}

std::optional<qint64> RowPager::sortOnce(const SmsQuery &query, QString *error)
{
    m_connection.finishStatements(); // a kept statement on the table would keep it from being dropped
    for (const QString &sql : RowPlan::sortedTableCreate()) {
        QSqlQuery statement = m_connection.prepared(sql, {}, Reuse::Once);
        if (!statement.exec()) {
            *error = statement.lastError().text();
            return std::nullopt;
        }
    }
    m_sortedTable = true;
    const RowPlan::Fragment fill = RowPlan::sortedTableFill(query, m_bound);
    QSqlQuery statement = m_connection.prepared(fill.sql, fill.values, Reuse::Once);
    if (!statement.exec()) {
        *error = statement.lastError().text();
        return std::nullopt;
    }
    const auto rows = single(
        m_connection.prepared(QStringLiteral("SELECT COUNT(*) FROM temp.row_order"), {}, Reuse::Once), error);
    return rows ? std::optional<qint64>(rows->toLongLong()) : std::nullopt;
}

std::optional<RowPager::Page> RowPager::sortedTablePage(const std::optional<RowPositions::Key> &after,
                                                        int count, QString *error)
{
    const RowPlan::Fragment sql = RowPlan::sortedTablePage(after ? after->value.toLongLong() : 0, count);
    Page page;
    if (!readPage(m_connection.prepared(sql.sql, sql.values, Reuse::Keep), &page, error))
        return std::nullopt;
    return page;
}

std::optional<qint64> RowPager::count(const SmsFilter &filter, QString *error)
{
    const RowPlan::Fragment count = RowPlan::count(filter, m_bound);
    const auto rows = single(m_connection.prepared(count.sql, count.values, Reuse::Once), error);
    return rows ? std::optional<qint64>(rows->toLongLong()) : std::nullopt;
}

std::optional<QList<SmsRecord>> RowPager::records(const QList<qint64> &rids, QString *error)
{
    if (rids.isEmpty())
        return QList<SmsRecord>();
    QJsonArray list;
    QHash<qint64, qsizetype> position;
    for (const qint64 rid : rids) {
        position.insert(rid, list.size());
        list.append(rid);
    }
    QSqlQuery rows = m_connection.prepared(
        CacheRecord::select() + QStringLiteral(" WHERE s.rid IN (SELECT value FROM json_each(?))"),
        {QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact))}, Reuse::Keep);
    if (!rows.exec()) {
        *error = rows.lastError().text();
        return std::nullopt;
    }
    QList<SmsRecord> records(rids.size());
    while (rows.next())
        records[position.value(rows.value(0).toLongLong())] = CacheRecord::read(rows);
    if (rows.lastError().isValid()) {
        *error = rows.lastError().text();
        return std::nullopt;
    }
    return records;
}
