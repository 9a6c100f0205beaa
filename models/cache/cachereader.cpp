// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachereader.h"

#include "cacheconnection.h"
#include "cacherecord.h"
#include "cacheschema.h"
#include "cachetotals.h"
#include "requestgate.h"
#include "rowplan.h"
#include "rowpositions.h"
#include "sqlquerybuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
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

CacheReader::CacheReader(const QString &path, std::shared_ptr<RequestGate> gate,
                         std::shared_ptr<RowPositions> positions)
    : m_path(path)
    , m_positions(std::move(positions))
    , m_gate(std::move(gate))
{ }

CacheReader::~CacheReader()
{
    m_gate->setConnection(nullptr);
    m_db = QSqlDatabase(); // before the connection is removed
    m_connection.reset();
}

bool CacheReader::isOpen() const
{
    return m_open;
}

void CacheReader::open()
{
    m_connection = std::make_unique<CacheConnection>(QStringLiteral("smslog-cache"));
    // The cheap checks only; SqliteCacheSource runs the integrity check beside the first queries.
    if (const auto error = m_connection->open(m_path, true)) {
        emit openFailed(*error);
        return;
    }
    m_db = m_connection->database();
    m_gate->setConnection(m_connection->handle());
    m_open = true;
    m_fileVersion = CacheSchema::fileVersion(m_db);
    QSqlQuery size(m_db);
    if (size.exec(QStringLiteral("SELECT max(rid) FROM sms_log")) && size.next())
        m_tableRows = size.value(0).toLongLong();
    size.finish();
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

std::optional<RowPlan::Kind> CacheReader::plan(const SmsQuery &query)
{
    if (query.filter.isEmpty())
        return RowPlan::Kind::Walk;
    if (m_planKind && m_planFilter == query.filter)
        return m_planKind;
    const qint64 limit = RowPlan::sortLimit(m_tableRows, query.filter);
    const RowPlan::Fragment probe = RowPlan::probe(query.filter, limit);
    QSqlQuery count = prepared(probe.sql, probe.values);
    if (!count.exec() || !count.next())
        return std::nullopt;
    m_planFilter = query.filter;
    m_planKind = count.value(0).toLongLong() > limit ? RowPlan::Kind::Walk : RowPlan::Kind::SortMatches;
    return m_planKind;
}

std::optional<QList<qint64>> CacheReader::pageRids(const SmsQuery &request, RowPlan::Kind kind, qint64 offset,
                                                   int count, QString *error)
{
    QList<qint64> rids;
    if (kind == RowPlan::Kind::SortMatches) {
        const RowPlan::Fragment page = RowPlan::sortedPage(request, offset, count);
        QSqlQuery query = prepared(page.sql, page.values);
        if (!query.exec()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        while (query.next())
            rids << query.value(0).toLongLong();
        return rids;
    }

    // Walk from the nearest bookmark; the rows between it and `offset` are skipped.
    constexpr int stride = RowPositions::stride;
    std::optional<RowPositions::Key> after;
    qint64 skip = offset;
    if (offset > 0) {
        if (const auto bookmark = m_positions->nearest(request, offset / stride)) {
            after = bookmark->second;
            skip = offset - bookmark->first * stride;
        }
    }
    RowPositions::Key last;
    if (RowPlan::isTextOnly(request.filter)) {
        // What it could not find by chunks is read on from where it stopped.
        if (!textWalk(request, &after, &skip, count, &rids, &last, error))
            return std::nullopt;
    }
    for (const RowPlan::Fragment &segment : RowPlan::walkSegments(request, after, m_fileVersion)) {
        const int wanted = count - int(rids.size());
        if (wanted <= 0)
            break;
        QSqlQuery query = prepared(segment.sql, segment.values);
        query.addBindValue(wanted);
        query.addBindValue(skip);
        if (!query.exec()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        const qsizetype before = rids.size();
        while (query.next()) {
            rids << query.value(0).toLongLong();
            last = {query.value(1), rids.last()};
        }
        if (query.lastError().isValid()) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        if (rids.size() > before || skip == 0) {
            skip = 0;
            continue;
        }
        // Nothing left after skipping: how many did this segment hold, to skip fewer in the next?
        QSqlQuery held
            = prepared(QStringLiteral("SELECT COUNT(*) FROM (") + segment.sql + u')', segment.values);
        held.addBindValue(skip);
        held.addBindValue(0);
        if (!held.exec() || !held.next()) {
            *error = held.lastError().text();
            return std::nullopt;
        }
        skip -= held.value(0).toLongLong();
    }
    // The row after this page starts the next page: a bookmark for reading on.
    const qint64 end = offset + rids.size();
    if (rids.size() == count && end % stride == 0)
        m_positions->add(request, end / stride, last);
    return rids;
}

bool CacheReader::textWalk(const SmsQuery &request, std::optional<RowPositions::Key> *after, qint64 *skip,
                           int count, QList<qint64> *rids, RowPositions::Key *last, QString *error)
{
    // Materializing every match of a common word costs a second at ten million rows, on every
    // page. Instead: read the next entries of the sort index (index-only), then ask the full-text
    // index which of them match, by rid range, which it answers by seeking. Right when rids grow
    // with the order (caches are written in time order); when a chunk's rids spread too widely,
    // or the matches are far away, the caller's walk with the materialized matches takes over.
    constexpr int chunk = 4096;
    constexpr int maxChunks = 2; // then the matches are not dense: materializing them is cheaper
    const QString match = SqlQueryBuilder::fullTextExpression(request.filter.text);
    SmsQuery order = request;
    order.filter = {};
    for (int round = 0; round < maxChunks && rids->size() < count; ++round) {
        QList<RowPositions::Key> entries;
        for (const RowPlan::Fragment &segment : RowPlan::walkSegments(order, *after, m_fileVersion)) {
            QSqlQuery query = prepared(segment.sql, segment.values);
            query.addBindValue(chunk - int(entries.size()));
            query.addBindValue(0);
            if (!query.exec()) {
                *error = query.lastError().text();
                return false;
            }
            while (query.next())
                entries.append({query.value(1), query.value(0).toLongLong()});
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
        QSqlQuery hits
            = prepared(QStringLiteral("SELECT rowid FROM sms_text_index WHERE sms_text_index MATCH ?"
                                      " AND rowid BETWEEN ? AND ?"),
                       {match, low, high});
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
            rids->append(entry.rid);
            *last = entry;
            if (rids->size() == count)
                return true;
        }
    }
    return true;
}

void CacheReader::fetchRows(quint64 id, const SmsQuery &request, qint64 offset, int count)
{
    const GateScope scope(*m_gate, id);
    if (!scope.started())
        return;
    if (!isOpen())
        return fail(id, tr("The cache is not open."), {});
    if (!SqlQueryBuilder::orderBy(request.sort))
        return fail(id, tr("This column cannot be sorted."), {});
    const std::optional<RowPlan::Kind> kind = plan(request);
    if (!kind)
        return fail(id, tr("Reading rows from the cache failed."), m_db.lastError().text());
    QString error;
    const std::optional<QList<qint64>> page = pageRids(request, *kind, offset, count, &error);
    if (!page)
        return fail(id, tr("Reading rows from the cache failed."), error);

    QJsonArray rids;
    QHash<qint64, int> position;
    for (const qint64 rid : *page) {
        position.insert(rid, int(rids.size()));
        rids.append(rid);
    }
    QList<SmsRecord> rows(rids.size());
    if (!rids.isEmpty()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
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

void CacheReader::scanPositions(quint64 id, const SmsQuery &request)
{
    const GateScope scope(*m_gate, id);
    if (!scope.started())
        return;
    if (!isOpen() || !SqlQueryBuilder::orderBy(request.sort))
        return emit positionsScanned(id, request, false);
    const std::optional<RowPlan::Kind> kind = plan(request);
    if (kind == RowPlan::Kind::SortMatches) {
        // Few matches: every page sorts them all, with no need for bookmarks.
        m_positions->setComplete(request);
        return emit positionsScanned(id, request, true);
    }
    if (!kind)
        return emit positionsScanned(id, request, false);
    // Millions of rows: stepped with SQLite's own API, converting only every stride-th row.
    const RowPlan::Fragment scan = RowPlan::scan(request, m_fileVersion);
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return emit positionsScanned(id, request, false);
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = scan.sql.toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return emit positionsScanned(id, request, false);
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(statement, sqlite3_finalize);
    for (int i = 0; i < scan.values.size(); ++i) {
        const QVariant &value = scan.values.at(i);
        int bound = SQLITE_OK;
        if (value.isNull()) {
            bound = sqlite3_bind_null(statement, i + 1);
        } else if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            bound = sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else if (value.typeId() == QMetaType::Double) {
            bound = sqlite3_bind_double(statement, i + 1, value.toDouble());
        } else {
            bound = sqlite3_bind_int64(statement, i + 1, value.toLongLong());
        }
        if (bound != SQLITE_OK)
            return emit positionsScanned(id, request, false);
    }
    constexpr int stride = RowPositions::stride;
    QList<RowPositions::Key> keys;
    qint64 row = 0;
    qint64 firstPage = 1;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        if (++row % stride != 0)
            continue;
        QVariant value;
        switch (sqlite3_column_type(statement, 0)) {
        case SQLITE_INTEGER: value = qint64(sqlite3_column_int64(statement, 0)); break;
        case SQLITE_FLOAT: value = sqlite3_column_double(statement, 0); break;
        case SQLITE_NULL: break;
        default:
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
                                      sqlite3_column_bytes(statement, 0));
        }
        keys.append({value, qint64(sqlite3_column_int64(statement, 1))});
        if (keys.size() == 1024) {
            m_positions->add(request, firstPage, keys);
            firstPage += keys.size();
            keys.clear();
        }
    }
    m_positions->add(request, firstPage, keys);
    if (step != SQLITE_DONE) // an error, or interrupted by a newer query
        return emit positionsScanned(id, request, false);
    m_positions->setComplete(request);
    emit positionsScanned(id, request, true);
}

void CacheReader::fetchCount(quint64 id, const SmsFilter &filter)
{
    const GateScope scope(*m_gate, id);
    if (!scope.started())
        return;
    if (!isOpen())
        return fail(id, tr("The cache is not open."), {});
    if (CacheTotals::usesRollups(filter, m_fileVersion)) {
        // Statuses, time range and project: the roll-ups hold the count, exactly, at any size.
        qint64 count = 0;
        if (const QString error = CacheTotals::count(m_db, filter, m_fileVersion, &count); !error.isEmpty())
            return fail(id, tr("Counting messages failed."), error);
        return emit countFetched(id, count);
    }
    const SqlQueryBuilder::Fragment where = SqlQueryBuilder::where(filter);
    // A text search alone is counted in the full-text index, which holds one row per message
    // (the writer keeps them in step), without reading a row of the table per match.
    QSqlQuery query = RowPlan::isTextOnly(filter)
        ? prepared(QStringLiteral("SELECT COUNT(*) FROM sms_text_index WHERE sms_text_index MATCH ?"),
                   {SqlQueryBuilder::fullTextExpression(filter.text)})
        : prepared(QStringLiteral("SELECT COUNT(*) FROM sms_log s ") + where.sql, where.values);
    if (!query.exec() || !query.next())
        return fail(id, tr("Counting messages failed."), query.lastError().text());
    emit countFetched(id, query.value(0).toLongLong());
}

void CacheReader::fetchCostReport(quint64 id, const SmsFilter &filter, int topRecipients,
                                  CostResolution resolution)
{
    const GateScope scope(*m_gate, id);
    if (!scope.started())
        return;
    if (!isOpen())
        return fail(id, tr("The cache is not open."), {});
    QList<CacheTotals::Row> rows;
    bool badCost = false;
    const bool byDay = resolution == CostResolution::Day;
    if (const QString error = CacheTotals::run(m_db, filter, m_fileVersion, &rows, &badCost,
                                               byDay ? CacheTotals::Unit::Day : CacheTotals::Unit::Hour);
        !error.isEmpty())
        return fail(id,
                    badCost ? tr("The cache holds costs that are not whole numbers of cents.")
                            : tr("Computing the cost report failed."),
                    error);
    CostReport report;
    report.resolution = resolution;
    report.cells.reserve(rows.size());
    for (const CacheTotals::Row &row : std::as_const(rows)) {
        const bool timed = row.day != CacheSchema::noTimeBucket;
        report.cells.append({timed ? (byDay ? row.day * 24 : row.day) : CostCell::noTime, row.projectId,
                             row.status, row.messages, row.costCents});
        if (!row.projectId.isEmpty() && !report.projectNames.contains(row.projectId)) {
            const QString name = projectName(row.projectId);
            if (!name.isEmpty())
                report.projectNames.insert(row.projectId, name);
        }
    }
    if (!report.normalize())
        return fail(id, tr("The total cost is too large to add up."), {});

    if (topRecipients > 0) {
        // Every matching row, grouped by recipient (no roll-up holds numbers). SUM is an integer
        // only when every cost is one, as in CacheTotals::run.
        const SqlQueryBuilder::Fragment where = SqlQueryBuilder::where(filter);
        QSqlQuery query = prepared(QStringLiteral("SELECT coalesce(s.to_number, ''), COUNT(*),"
                                                  " coalesce(SUM(s.cost_cents), 0) FROM sms_log s %1"
                                                  " GROUP BY 1 ORDER BY 3 DESC, 2 DESC, 1 LIMIT ?")
                                       .arg(where.sql),
                                   where.values);
        query.addBindValue(topRecipients);
        if (!query.exec())
            return fail(id, tr("Computing the cost report failed."), query.lastError().text());
        while (query.next()) {
            const QVariant sum = query.value(2);
            if (sum.typeId() != QMetaType::LongLong && sum.typeId() != QMetaType::Int)
                return fail(id, tr("The cache holds costs that are not whole numbers of cents."),
                            QStringLiteral("SUM(cost_cents) gave %1").arg(sum.toString()));
            const QString number = query.value(0).toString();
            report.topRecipients.append({number, number, query.value(1).toLongLong(), sum.toLongLong()});
        }
        if (query.lastError().isValid())
            return fail(id, tr("Computing the cost report failed."), query.lastError().text());
        std::sort(report.topRecipients.begin(), report.topRecipients.end(), CostReport::recipientBefore);
    }
    emit costReportFetched(id, report);
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
    // Each step starts after the exact bytes of the previous key (bound as a blob, cast back to
    // text): a key that is not valid UTF-8 (a damaged or foreign file) reads back altered as a
    // QString, and seeking after the altered text could find the same key again, for ever. Only
    // text keys (below every blob, above every number): a blob is above any text bound, for ever.
    query.prepare(QStringLiteral("SELECT v, CAST(v AS BLOB) FROM (SELECT MIN(%1) AS v FROM sms_log"
                                 " WHERE %1 > CAST(? AS TEXT) AND %1 < x'')")
                      .arg(column));
    QVariant last = QStringLiteral("");
    for (;;) {
        query.addBindValue(last);
        if (!query.exec() || !query.next())
            return std::nullopt; // an error or an interruption: no partial list passed off as whole
        if (query.value(0).isNull())
            return values;
        values << query.value(0).toString();
        last = query.value(1).toByteArray();
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
