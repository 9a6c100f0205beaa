// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachesummary.h"

#include "cacheschema.h"
#include "sqlquerybuilder.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace CacheSummary {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CacheSummary", text);
}

constexpr qint64 msPerDay = 86400000;

// One read-only connection for the length of a call; removed again when it goes out of scope.
class Connection
{
public:
    Connection()
        : m_name(QStringLiteral("smslog-summary-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    { }
    ~Connection()
    {
        if (!m_db.isValid())
            return;
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    std::optional<SourceError> open(const QString &path, Check check)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (auto error = CacheSchema::openReadOnly(m_db, path))
            return error;
        if (check == Check::Full) {
            if (auto error = CacheSchema::checkIntegrity(m_db))
                return error;
        }
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = ON"));
        return std::nullopt;
    }

    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

SourceError queryError(const QString &message, const QString &detail)
{
    return {SourceError::Kind::Query, message, detail};
}

// The statement for `by`: each row is (key, label, count, sum of cost_cents). Day and month rows
// are keyed by the day number since the epoch (UTC), turned into text afterwards, so that SQLite
// groups integers and the calendar is Qt's.
QString groupSql(SummaryGrouping by, const QString &where)
{
    switch (by) {
    case SummaryGrouping::Project:
        return QStringLiteral("SELECT g.k, p.name, g.n, g.c FROM"
                              " (SELECT s.project_id AS k, COUNT(*) AS n, SUM(s.cost_cents) AS c"
                              " FROM sms_log s %1 GROUP BY s.project_id) g"
                              " LEFT JOIN linked_resource p ON p.kind = 'project' AND p.id = g.k")
            .arg(where);
    case SummaryGrouping::Status:
        return QStringLiteral("SELECT s.status, NULL, COUNT(*), SUM(s.cost_cents) FROM sms_log s %1"
                              " GROUP BY s.status")
            .arg(where);
    case SummaryGrouping::Day:
    case SummaryGrouping::Month:
        // Floor division, also for times before 1970 (SQLite's % keeps the dividend's sign).
        return QStringLiteral("SELECT (s.created_at - ((s.created_at % %2) + %2) % %2) / %2 AS d, NULL,"
                              " COUNT(*), SUM(s.cost_cents) FROM sms_log s %1 GROUP BY d")
            .arg(where)
            .arg(msPerDay);
    }
    return {};
}

} // namespace

std::optional<SourceError> checkCache(const QString &path, Check check)
{
    Connection connection;
    return connection.open(path, check);
}

std::variant<CostSummary, SourceError> summarize(const QString &path, const SmsFilter &filter,
                                                 SummaryGrouping by)
{
    Connection connection;
    if (auto error = connection.open(path, Check::Full))
        return *error;

    const SqlQueryBuilder::Fragment where = SqlQueryBuilder::where(filter);
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    if (!query.prepare(groupSql(by, where.sql)))
        return queryError(tr("Computing the summary failed."), query.lastError().text());
    for (const QVariant &value : where.values)
        query.addBindValue(value);
    if (!query.exec()) {
        const QString detail = query.lastError().text();
        // SQLite's SUM over integers stops with an error rather than wrap around.
        if (detail.contains(QStringLiteral("integer overflow")))
            return queryError(tr("The total cost is too large to add up."), detail);
        return queryError(tr("Computing the summary failed."), detail);
    }

    CostSummaryBuilder builder(by);
    const QDate epoch(1970, 1, 1);
    while (query.next()) {
        const QVariant keyValue = query.value(0);
        QString key;
        if (by == SummaryGrouping::Day || by == SummaryGrouping::Month) {
            if (!keyValue.isNull())
                key = summaryTimeKey(QDateTime(epoch.addDays(keyValue.toLongLong()), QTime(0, 0), Qt::UTC),
                                     by);
        } else {
            key = keyValue.toString();
        }
        const qint64 messages = query.value(2).toLongLong();
        // SUM is an integer only when every cost is one; a real or a text makes it a
        // floating-point number, which is no amount of cents. NULL: no row had a cost.
        const QVariant sum = query.value(3);
        if (!sum.isNull() && sum.typeId() != QMetaType::LongLong && sum.typeId() != QMetaType::Int)
            return queryError(tr("The cache holds costs that are not whole numbers of cents."),
                              tr("SUM(cost_cents) gave %1").arg(sum.toString()));
        if (!builder.add(key, query.value(1).toString(), messages, sum.toLongLong()))
            return queryError(tr("The total cost is too large to add up."), {});
    }
    if (query.lastError().isValid())
        return queryError(tr("Computing the summary failed."), query.lastError().text());
    return builder.result();
}

} // namespace CacheSummary
