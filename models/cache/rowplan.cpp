// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "rowplan.h"

#include <cmath>

namespace RowPlan {
namespace {

// "WHERE filter AND extra" (either may be empty).
QString whereWith(const Fragment &filter, const QString &extra)
{
    if (extra.isEmpty())
        return filter.sql;
    if (filter.sql.isEmpty())
        return QStringLiteral("WHERE ") + extra;
    return filter.sql + QStringLiteral(" AND ") + extra;
}

// One status in time order: its own stretch of the (status, created_at) index (format 2).
bool walksStatusTime(const SmsQuery &query, int fileVersion)
{
    return fileVersion >= 2 && query.sort.column == SmsColumn::SentAt && query.filter.statuses.size() == 1;
}

QString walkFrom(const SmsQuery &query, int fileVersion)
{
    if (walksStatusTime(query, fileVersion))
        return QStringLiteral("FROM sms_log s INDEXED BY sms_log_status_time");
    return QStringLiteral("FROM sms_log s INDEXED BY ") + SqlQueryBuilder::sortIndex(query.sort.column);
}

// The filter's WHERE clause, limited to the rows within `bound`.
Fragment bounded(const SmsFilter &filter, RidBound bound)
{
    Fragment where = SqlQueryBuilder::where(filter);
    if (bound) {
        where.sql = whereWith(where, QStringLiteral("s.rid <= ?"));
        where.values << *bound;
    }
    return where;
}

} // namespace

qint64 wholeReadLimit(qint64 tableRows)
{
    return qMax<qint64>(tableRows, 0) / 4;
}

bool walkReadsOnlyMatches(const SmsQuery &query, int fileVersion)
{
    // Another sort column's index knows nothing of the filter.
    if (query.sort.column != SmsColumn::SentAt)
        return query.filter.isEmpty();
    SmsFilter rest = query.filter;
    rest.sentFrom = {};
    rest.sentTo = {};
    if (walksStatusTime(query, fileVersion))
        rest.statuses.clear();
    return rest.isEmpty();
}

bool isTextOnly(const SmsFilter &filter)
{
    SmsFilter rest = filter;
    rest.text.clear();
    return rest.isEmpty() && !SqlQueryBuilder::fullTextExpression(filter.text).isEmpty();
}

qint64 sortLimit(qint64 tableRows, const SmsFilter &filter)
{
    const double balance = std::sqrt(double(RowPositions::stride) * double(qMax<qint64>(tableRows, 0)));
    const qint64 limit = qMax<qint64>(1000, qint64(balance));
    return isTextOnly(filter) ? limit / 8 : limit;
}

Fragment probe(const SmsFilter &filter, qint64 limit)
{
    const QString match = SqlQueryBuilder::fullTextExpression(filter.text);
    if (!match.isEmpty()) {
        return {
            QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM sms_text_index WHERE sms_text_index MATCH ?"
                           " LIMIT ?)"),
            {match, limit + 1}};
    }
    Fragment where = SqlQueryBuilder::where(filter);
    where.sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM sms_log s %1 LIMIT ?)").arg(where.sql);
    where.values << limit + 1;
    return where;
}

Fragment sortedPage(const SmsQuery &query, qint64 offset, int count)
{
    Fragment where = SqlQueryBuilder::where(query.filter);
    where.sql = QStringLiteral("SELECT s.rid FROM sms_log s %1 %2 LIMIT ? OFFSET ?")
                    .arg(where.sql, SqlQueryBuilder::orderByMatches(query.sort).value_or(QString()));
    where.values << count << offset;
    return where;
}

QList<Fragment> walkSegments(const SmsQuery &query, const std::optional<RowPositions::Key> &after,
                             int fileVersion, RidBound bound)
{
    const Fragment filter = bounded(query.filter, bound);
    const QString column = SqlQueryBuilder::sortColumn(query.sort.column);
    const QString head = QStringLiteral("SELECT s.rid, %1 %2 ").arg(column, walkFrom(query, fileVersion));
    if (!after) {
        return {{head + filter.sql + u' ' + SqlQueryBuilder::orderBy(query.sort).value_or(QString())
                     + QStringLiteral(" LIMIT ? OFFSET ?"),
                 filter.values}};
    }
    QList<Fragment> segments;
    for (const SqlQueryBuilder::Segment &segment :
         SqlQueryBuilder::continuation(query.sort, after->value, after->rid)) {
        segments << Fragment{head + whereWith(filter, segment.condition) + u' ' + segment.order
                                 + QStringLiteral(" LIMIT ? OFFSET ?"),
                             filter.values + segment.values};
    }
    return segments;
}

Fragment count(const SmsFilter &filter, RidBound bound)
{
    Fragment where = bounded(filter, bound);
    where.sql = QStringLiteral("SELECT COUNT(*) FROM sms_log s ") + where.sql;
    return where;
}

QStringList sortedTableCreate()
{
    return {QStringLiteral("PRAGMA temp_store = FILE"), sortedTableDrop(),
            QStringLiteral("CREATE TEMP TABLE row_order (seq INTEGER PRIMARY KEY, rid INTEGER NOT NULL)")};
}

QString sortedTableDrop()
{
    return QStringLiteral("DROP TABLE IF EXISTS temp.row_order");
}

Fragment sortedTableFill(const SmsQuery &query, RidBound bound)
{
    // Row ids are inserted in the order of the SELECT: seq numbers them in that order.
    Fragment where = bounded(query.filter, bound);
    where.sql = QStringLiteral("INSERT INTO temp.row_order (rid) SELECT s.rid FROM sms_log s %1 %2")
                    .arg(where.sql, SqlQueryBuilder::orderByMatches(query.sort).value_or(QString()));
    return where;
}

Fragment sortedTablePage(qint64 afterSeq, int count)
{
    return {QStringLiteral("SELECT rid, seq FROM temp.row_order WHERE seq > ? ORDER BY seq LIMIT ?"),
            {afterSeq, count}};
}

Fragment scan(const SmsQuery &query, int fileVersion)
{
    const Fragment filter = SqlQueryBuilder::where(query.filter);
    return {QStringLiteral("SELECT %1, s.rid %2 %3 %4")
                .arg(SqlQueryBuilder::sortColumn(query.sort.column), walkFrom(query, fileVersion), filter.sql,
                     SqlQueryBuilder::orderBy(query.sort).value_or(QString())),
            filter.values};
}

} // namespace RowPlan
