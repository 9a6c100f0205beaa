// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachereader.h"

#include "cacherecord.h"
#include "cacheschema.h"
#include "requestgate.h"
#include "sqlquerybuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <sqlite3.h>

namespace {

// Runs a request between gate.begin and gate.end; returns false when cancelled before start.
class GateScope
{
public:
    GateScope(RequestGate &gate, quint64 id)
        : m_gate(gate)
        , m_started(gate.begin(id))
    { }
    ~GateScope()
    {
        if (m_started)
            m_gate.end();
    }
    bool started() const { return m_started; }

private:
    RequestGate &m_gate;
    bool m_started;
};

} // namespace

CacheReader::CacheReader(const QString &path, std::shared_ptr<RequestGate> gate)
    : m_path(path)
    , m_connectionName(QStringLiteral("smslog-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_gate(std::move(gate))
{ }

CacheReader::~CacheReader()
{
    m_gate->setConnection(nullptr);
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool CacheReader::isOpen() const
{
    return m_open;
}

void CacheReader::open()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    // The cheap checks only; SqliteCacheSource runs the integrity check beside the first queries.
    if (const auto error = CacheSchema::openReadOnly(m_db, m_path)) {
        emit openFailed(*error);
        return;
    }
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = ON"));
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_gate->setConnection(*static_cast<sqlite3 *const *>(handle.constData()));
    m_open = true;
    QVariantHash info;
    QSqlQuery rows(m_db);
    rows.setForwardOnly(true);
    if (rows.exec(QStringLiteral("SELECT key, value FROM cache_info LIMIT 1000")))
        while (rows.next())
            info.insert(rows.value(0).toString(), rows.value(1).toString().left(2000));
    emit opened(info);
}

void CacheReader::fail(quint64 id, const QString &what, const QString &detail)
{
    const bool interrupted = detail.contains(QStringLiteral("interrupted"));
    emit requestFailed(id,
                       {interrupted ? SourceError::Kind::Cancelled : SourceError::Kind::Query, what, detail});
}

void CacheReader::fetchRows(quint64 id, const SmsQuery &request, qint64 offset, int count)
{
    const GateScope scope(*m_gate, id);
    if (!scope.started())
        return;
    if (!isOpen())
        return fail(id, tr("The cache is not open."), {});
    const auto order = SqlQueryBuilder::orderBy(request.sort);
    if (!order)
        return fail(id, tr("This column cannot be sorted."), {});
    const SqlQueryBuilder::Fragment where = SqlQueryBuilder::where(request.filter);

    QSqlQuery query = prepared(
        QStringLiteral("SELECT s.rid FROM sms_log s %1 %2 LIMIT ? OFFSET ?").arg(where.sql, *order),
        where.values);
    query.addBindValue(count);
    query.addBindValue(offset);
    if (!query.exec())
        return fail(id, tr("Reading rows from the cache failed."), query.lastError().text());
    QJsonArray rids;
    QHash<qint64, int> position;
    while (query.next()) {
        const qint64 rid = query.value(0).toLongLong();
        position.insert(rid, int(rids.size()));
        rids.append(rid);
    }

    QList<SmsRecord> rows(rids.size());
    if (!rids.isEmpty()) {
        query.prepare(CacheRecord::select()
                      + QStringLiteral(" WHERE s.rid IN (SELECT value FROM json_each(?))"));
        query.addBindValue(QString::fromUtf8(QJsonDocument(rids).toJson(QJsonDocument::Compact)));
        if (!query.exec())
            return fail(id, tr("Reading rows from the cache failed."), query.lastError().text());
        while (query.next())
            rows[position.value(query.value(0).toLongLong())] = CacheRecord::read(query);
    }
    emit rowsFetched(id, offset, rows);
}

void CacheReader::fetchCount(quint64 id, const SmsFilter &filter)
{
    const GateScope scope(*m_gate, id);
    if (!scope.started())
        return;
    if (!isOpen())
        return fail(id, tr("The cache is not open."), {});
    const SqlQueryBuilder::Fragment where = SqlQueryBuilder::where(filter);
    QSqlQuery query = prepared(QStringLiteral("SELECT COUNT(*) FROM sms_log s ") + where.sql, where.values);
    if (!query.exec() || !query.next())
        return fail(id, tr("Counting messages failed."), query.lastError().text());
    emit countFetched(id, query.value(0).toLongLong());
}

void CacheReader::fetchTotals(quint64 id, const SmsFilter &filter)
{
    const GateScope scope(*m_gate, id);
    if (!scope.started())
        return;
    if (!isOpen())
        return fail(id, tr("The cache is not open."), {});
    const SqlQueryBuilder::Fragment where = SqlQueryBuilder::where(filter);
    // SQLite's SUM over integers is exact and reports an error on overflow.
    QSqlQuery query = prepared(QStringLiteral("SELECT s.project_id, s.status, COUNT(*), SUM(s.cost_cents)"
                                              " FROM sms_log s %1 GROUP BY s.project_id, s.status")
                                   .arg(where.sql),
                               where.values);
    if (!query.exec())
        return fail(id, tr("Computing the totals failed."), query.lastError().text());

    CostTotals totals;
    QHash<QString, CostGroup> projects;
    QHash<QString, CostGroup> statuses;
    bool overflow = false;
    while (query.next()) {
        const QString project = query.value(0).toString();
        const QString status = query.value(1).toString();
        const qint64 messages = query.value(2).toLongLong();
        // SUM is an integer only when every cost is one; anything else (a real, a text) makes it a
        // floating-point number, which is no amount of cents.
        const QVariant sum = query.value(3);
        if (!sum.isNull() && sum.typeId() != QMetaType::LongLong && sum.typeId() != QMetaType::Int)
            return fail(id, tr("The cache holds costs that are not whole numbers of cents."),
                        tr("SUM(cost_cents) gave %1").arg(sum.toString()));
        const qint64 cost = sum.toLongLong();
        CostGroup &byProject = projects[project];
        byProject.key = project;
        CostGroup &byStatus = statuses[status];
        byStatus.key = status;
        byStatus.label = status.isEmpty() ? tr("(no status)") : status;
        for (CostGroup *group : {&byProject, &byStatus}) {
            overflow = overflow || qAddOverflow(group->messages, messages, &group->messages)
                || qAddOverflow(group->costCents, cost, &group->costCents);
        }
        overflow = overflow || qAddOverflow(totals.messages, messages, &totals.messages)
            || qAddOverflow(totals.costCents, cost, &totals.costCents);
    }
    if (overflow)
        return fail(id, tr("The total cost is too large to add up."), {});
    if (query.lastError().isValid())
        return fail(id, tr("Computing the totals failed."), query.lastError().text());

    for (CostGroup &group : projects) {
        group.label = projectName(group.key);
        if (group.label.isEmpty())
            group.label = group.key.isEmpty() ? tr("(no project)") : group.key;
    }
    totals.byProject = projects.values();
    totals.byStatus = statuses.values();
    std::sort(totals.byProject.begin(), totals.byProject.end(), [](const CostGroup &a, const CostGroup &b) {
        return a.costCents != b.costCents ? a.costCents > b.costCents : a.label < b.label;
    });
    std::sort(totals.byStatus.begin(), totals.byStatus.end(), [](const CostGroup &a, const CostGroup &b) {
        return a.messages != b.messages ? a.messages > b.messages : a.label < b.label;
    });
    emit totalsFetched(id, totals);
}

QSqlQuery CacheReader::prepared(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql); // a failure shows at exec()
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query;
}

QString CacheReader::projectName(const QString &projectId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT name FROM linked_resource WHERE kind = 'project' AND id = ?"));
    query.addBindValue(projectId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

std::optional<QStringList> CacheReader::distinctValues(const QString &column)
{
    QStringList values;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT MIN(%1) FROM sms_log WHERE %1 > ?").arg(column));
    QString last = QStringLiteral("");
    for (;;) {
        query.addBindValue(last);
        if (!query.exec() || !query.next())
            return std::nullopt; // an error or an interruption: no partial list passed off as whole
        if (query.value(0).isNull())
            return values;
        last = query.value(0).toString();
        values << last;
    }
}

void CacheReader::fetchChoices(quint64 id)
{
    const GateScope scope(*m_gate, id);
    if (!scope.started())
        return;
    if (!isOpen())
        return fail(id, tr("The cache is not open."), {});
    const auto statuses = distinctValues(QStringLiteral("status"));
    const auto errorCodes = distinctValues(QStringLiteral("error_code"));
    const auto projectIds = distinctValues(QStringLiteral("project_id"));
    if (!statuses || !errorCodes || !projectIds)
        return fail(id, tr("Reading the filter choices failed."), m_db.lastError().text());
    FilterChoices choices;
    choices.statuses = *statuses;
    choices.errorCodes = *errorCodes;
    for (const QString &projectId : *projectIds) {
        const QString name = projectName(projectId);
        choices.projects.append({projectId, name.isEmpty() ? projectId : name});
    }
    std::sort(choices.projects.begin(), choices.projects.end(),
              [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
    emit choicesFetched(id, choices);
}
