// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachetotals.h"

#include "cacheconnection.h"
#include "cacheschema.h"
#include "sqlquerybuilder.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtNumeric>

namespace CacheTotals {
namespace {

using CacheSchema::msPerDay;
using CacheSchema::msPerHour;

using CacheSchema::floorDiv;

qint64 ceilDiv(qint64 value, qint64 unit)
{
    return -floorDiv(-value, unit);
}

// " AND status IN (?, ?) AND project_id = ?" over a roll-up or sms_log (`prefix` "s." or "").
QString groupConditions(const SmsFilter &filter, const QString &prefix, QVariantList *values)
{
    QString sql;
    if (!filter.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : filter.statuses) {
            marks << QStringLiteral("?");
            *values << status;
        }
        sql += QStringLiteral(" AND %1status IN (%2)").arg(prefix, marks.join(QStringLiteral(", ")));
    }
    if (!filter.projectId.isEmpty()) {
        sql += QStringLiteral(" AND %1project_id = ?").arg(prefix);
        *values << filter.projectId;
    }
    return sql;
}

QString bucketOfRow(Unit unit)
{
    return CacheSchema::bucketSql(QStringLiteral("s.created_at"), unit == Unit::Hour ? msPerHour : msPerDay);
}

// Messages of sms_log with created_at in [from, to) and the filter's statuses and project.
Statement rawRange(const SmsFilter &filter, qint64 from, qint64 to, Answer answer, Unit unit)
{
    Statement s;
    s.values << from << to;
    s.sql = answer == Answer::Count
        ? QStringLiteral("SELECT COUNT(*) FROM sms_log s INDEXED BY sms_log_created_at"
                         " WHERE s.created_at >= ? AND s.created_at < ?")
        : QStringLiteral("SELECT %1, coalesce(s.project_id, ''), coalesce(s.status, ''), COUNT(*),"
                         " SUM(s.cost_cents) FROM sms_log s INDEXED BY sms_log_created_at"
                         " WHERE s.created_at >= ? AND s.created_at < ?")
              .arg(bucketOfRow(unit));
    s.sql += groupConditions(filter, QStringLiteral("s."), &s.values);
    if (answer == Answer::Groups)
        s.sql += QStringLiteral(" GROUP BY 1, 2, 3");
    return s;
}

// Roll-up buckets [from, to) of cost_by_hour or cost_by_day; hours are answered as days unless
// `unit` is Unit::Hour.
Statement rollupRange(const SmsFilter &filter, bool hours, qint64 from, qint64 to, Answer answer,
                      Unit unit = Unit::Day)
{
    Statement s;
    s.values << from << to;
    if (answer == Answer::Count) {
        s.sql = hours
            ? QStringLiteral(
                "SELECT coalesce(SUM(messages), 0) FROM cost_by_hour WHERE hour >= ? AND hour < ?")
            : QStringLiteral("SELECT coalesce(SUM(messages), 0) FROM cost_by_day WHERE day >= ? AND day < ?");
        s.sql += groupConditions(filter, QString(), &s.values);
        return s;
    }
    if (hours && unit == Unit::Hour)
        s.sql = QStringLiteral("SELECT hour, project_id, status, messages, cost_cents FROM cost_by_hour"
                               " WHERE hour >= ? AND hour < ?");
    else if (hours)
        s.sql = QStringLiteral("SELECT CASE WHEN hour >= 0 THEN hour / 24 ELSE (hour + 1) / 24 - 1 END,"
                               " project_id, status, SUM(messages), SUM(cost_cents) FROM cost_by_hour"
                               " WHERE hour >= ? AND hour < ?");
    else
        s.sql = QStringLiteral("SELECT day, project_id, status, messages, cost_cents FROM cost_by_day"
                               " WHERE day >= ? AND day < ?");
    s.sql += groupConditions(filter, QString(), &s.values);
    if (hours && unit != Unit::Hour)
        s.sql += QStringLiteral(" GROUP BY 1, 2, 3");
    return s;
}

} // namespace

bool usesRollups(const SmsFilter &filter, int fileVersion)
{
    SmsFilter rest = filter;
    rest.statuses.clear();
    rest.sentFrom = {};
    rest.sentTo = {};
    rest.projectId.clear();
    return fileVersion >= 2 && rest.isEmpty();
}

QList<Statement> statements(const SmsFilter &filter, int fileVersion, Answer answer, Unit unit)
{
    if (!usesRollups(filter, fileVersion)) {
        const SqlQueryBuilder::Fragment where = SqlQueryBuilder::where(filter);
        Statement s{QStringLiteral("SELECT %1, coalesce(s.project_id, ''), coalesce(s.status, ''), COUNT(*),"
                                   " SUM(s.cost_cents) FROM sms_log s %2 GROUP BY 1, 2, 3")
                        .arg(bucketOfRow(unit), where.sql),
                    where.values};
        return {s};
    }
    constexpr qint64 none = std::numeric_limits<qint64>::max();
    const bool bounded = filter.sentFrom.isValid() || filter.sentTo.isValid();
    // Messages with a time in [from, to); without any bound, those without a time too.
    const qint64 from = filter.sentFrom.isValid() ? filter.sentFrom.toMSecsSinceEpoch()
                                                  : (bounded ? CacheSchema::noTimeBucket + 1 : none);
    const qint64 to = filter.sentTo.isValid() ? filter.sentTo.toMSecsSinceEpoch() + 1 : none;
    if (from == none && to == none)
        return {
            rollupRange(filter, unit == Unit::Hour, std::numeric_limits<qint64>::min(), none, answer, unit)};

    // Bucket numbers; an open end stays open (the noTimeBucket sits below every real time).
    const bool openStart = !filter.sentFrom.isValid();
    const bool openEnd = to == none;
    const qint64 firstHour = openStart ? CacheSchema::noTimeBucket + 1 : ceilDiv(from, msPerHour);
    const qint64 endHour = openEnd ? none : floorDiv(to, msPerHour);
    QList<Statement> list;
    if (!openStart && !openEnd && firstHour >= endHour) {
        list << rawRange(filter, from, to, answer, unit); // within one or two partial hours
        return list;
    }
    if (!openStart && from < firstHour * msPerHour)
        list << rawRange(filter, from, firstHour * msPerHour, answer, unit);
    if (!openEnd && endHour * msPerHour < to)
        list << rawRange(filter, endHour * msPerHour, to, answer, unit);
    if (unit == Unit::Hour) {
        // Hours wanted: the whole hours from the hourly roll-up, without days.
        if (openStart || openEnd || firstHour < endHour)
            list << rollupRange(filter, true, firstHour, endHour, answer, unit);
        return list;
    }
    const qint64 firstDay = openStart ? CacheSchema::noTimeBucket + 1 : ceilDiv(firstHour, 24);
    const qint64 endDay = openEnd ? none : floorDiv(endHour, 24);
    if (firstDay < endDay) {
        list << rollupRange(filter, false, firstDay, endDay, answer);
        if (!openStart && firstHour < firstDay * 24)
            list << rollupRange(filter, true, firstHour, firstDay * 24, answer);
        if (!openEnd && endDay * 24 < endHour)
            list << rollupRange(filter, true, endDay * 24, endHour, answer);
    } else {
        list << rollupRange(filter, true, firstHour, endHour, answer);
    }
    return list;
}

namespace {

// `statement` run on `connection` (a statement of its own: the SQL varies with the range), forward
// only; check lastError() when it fails.
QSqlQuery executed(CacheConnection &connection, const Statement &statement, bool *ok)
{
    QSqlQuery query = connection.prepared(statement.sql, statement.values, CacheConnection::Reuse::Once);
    *ok = query.exec();
    return query;
}

} // namespace

QString count(CacheConnection &connection, const SmsFilter &filter, int fileVersion, qint64 *messages)
{
    *messages = 0;
    for (const Statement &statement : statements(filter, fileVersion, Answer::Count)) {
        bool ok = false;
        QSqlQuery query = executed(connection, statement, &ok);
        if (!ok || !query.next())
            return query.lastError().text();
        // A count below zero, not a whole number or past 64 bits can only come from a damaged
        // or forged file (the writer keeps the roll-ups in step with the rows): refused.
        const QVariant value = query.value(0);
        const bool integer
            = value.isNull() || value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int;
        const qint64 n = value.toLongLong();
        if (!integer || n < 0 || qAddOverflow(*messages, n, messages))
            return QStringLiteral("impossible message count in the cache: %1").arg(value.toString());
    }
    return {};
}

QString run(CacheConnection &connection, const SmsFilter &filter, int fileVersion, QList<Row> *rows,
            bool *badCost, Unit unit)
{
    *badCost = false;
    for (const Statement &statement : statements(filter, fileVersion, Answer::Groups, unit)) {
        bool ok = false;
        QSqlQuery query = executed(connection, statement, &ok);
        if (!ok)
            return query.lastError().text();
        while (query.next()) {
            // SUM is an integer only when every cost is one; anything else (a real, a text) makes
            // it a floating-point number, which is no amount of cents.
            const QVariant sum = query.value(4);
            if (!sum.isNull() && sum.typeId() != QMetaType::LongLong && sum.typeId() != QMetaType::Int) {
                *badCost = true;
                return QStringLiteral("SUM(cost_cents) gave %1").arg(sum.toString());
            }
            const qint64 messages = query.value(3).toLongLong();
            if (messages < 0) // a damaged or forged roll-up: never a total
                return QStringLiteral("impossible message count in the cache: %1").arg(messages);
            rows->append(Row{query.value(0).toLongLong(), query.value(1).toString(),
                             query.value(2).toString(), messages, sum.toLongLong()});
        }
        if (query.lastError().isValid())
            return query.lastError().text();
    }
    return {};
}

} // namespace CacheTotals
