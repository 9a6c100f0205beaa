// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachereader.h"

#include "cacheconnection.h"
#include "cachecontexts.h"
#include "cacheschema.h"
#include "cachetotals.h"
#include "requestgate.h"
#include "rowpager.h"
#include "rowplan.h"
#include "rowpositions.h"
#include "sqlquerybuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace {

using Reuse = CacheConnection::Reuse;

// Runs a request between gate.begin and gate.end; started() is false when it was cancelled
// before it started. When the request ends, no statement of the connection stays open: a kept
// statement left part-read would hold the file's read lock until the next request, and keep a
// sync from committing into the cache the window reads.
class RequestScope
{
public:
    RequestScope(RequestGate &gate, quint64 id, CacheConnection *connection)
        : m_gate(gate)
        , m_connection(connection)
        , m_started(gate.begin(id))
    { }
    ~RequestScope()
    {
        if (m_connection)
            m_connection->finishStatements();
        if (m_started)
            m_gate.end();
    }
    bool started() const { return m_started; }

private:
    RequestGate &m_gate;
    CacheConnection *m_connection;
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
    m_pager.reset();
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
    m_pager = std::make_unique<RowPager>(*m_connection, m_fileVersion);
    {
        QSqlQuery size
            = m_connection->prepared(QStringLiteral("SELECT max(rid) FROM sms_log"), {}, Reuse::Once);
        if (size.exec() && size.next())
            m_tableRows = size.value(0).toLongLong();
    }
    QVariantHash info;
    {
        QSqlQuery rows = m_connection->prepared(
            QStringLiteral("SELECT key, value FROM cache_info LIMIT 1000"), {}, Reuse::Once);
        if (rows.exec())
            while (rows.next())
                info.insert(rows.value(0).toString(), rows.value(1).toString().left(2000));
    }
    emit opened(info);
}

void CacheReader::fail(quint64 id, const QString &what, const QString &detail)
{
    const bool interrupted = detail.contains(QStringLiteral("interrupted"));
    emit requestFailed(id,
                       {interrupted ? SourceError::Kind::Cancelled : SourceError::Kind::Query, what, detail});
}

std::optional<RowPlan::Kind> CacheReader::plan(const SmsQuery &query, QString *error)
{
    if (m_planKind && m_planFilter == query.filter)
        return m_planKind;
    const auto kind = m_pager->plan(query, m_tableRows, RowPager::Reading::Pages, error);
    if (!kind)
        return std::nullopt;
    m_planFilter = query.filter;
    m_planKind = kind;
    return kind;
}

std::optional<QList<qint64>> CacheReader::pageRids(const SmsQuery &request, RowPlan::Kind kind, qint64 offset,
                                                   int count, QString *error)
{
    if (kind == RowPlan::Kind::SortMatches)
        return m_pager->sortedPage(request, offset, count, error);

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
    const std::optional<RowPager::Page> page = m_pager->walk(request, after, skip, count, error);
    if (!page)
        return std::nullopt;
    // The row after this page starts the next page: a bookmark for reading on.
    const qint64 end = offset + page->rids.size();
    if (page->rids.size() == count && end % stride == 0)
        m_positions->add(request, end / stride, page->last);
    return page->rids;
}

void CacheReader::fetchRows(quint64 id, const SmsQuery &request, qint64 offset, int count)
{
    const RequestScope scope(*m_gate, id, m_connection.get());
    if (!scope.started())
        return;
    if (!isOpen())
        return fail(id, tr("The cache is not open."), {});
    if (!SqlQueryBuilder::orderBy(request.sort))
        return fail(id, tr("This column cannot be sorted."), {});
    QString error;
    const std::optional<RowPlan::Kind> kind = plan(request, &error);
    if (!kind)
        return fail(id, tr("Reading rows from the cache failed."), error);
    const std::optional<QList<qint64>> page = pageRids(request, *kind, offset, count, &error);
    if (!page)
        return fail(id, tr("Reading rows from the cache failed."), error);
    const std::optional<QList<SmsRecord>> rows = m_pager->records(*page, &error);
    if (!rows)
        return fail(id, tr("Reading rows from the cache failed."), error);
    emit rowsFetched(id, offset, *rows);
}

void CacheReader::scanPositions(quint64 id, const SmsQuery &request)
{
    const RequestScope scope(*m_gate, id, m_connection.get());
    if (!scope.started())
        return;
    if (!isOpen() || !SqlQueryBuilder::orderBy(request.sort))
        return emit positionsScanned(id, request, false);
    QString error;
    const std::optional<RowPlan::Kind> kind = plan(request, &error);
    if (kind == RowPlan::Kind::SortMatches) {
        // Few matches: every page sorts them all, with no need for bookmarks.
        m_positions->setComplete(request);
        return emit positionsScanned(id, request, true);
    }
    if (!kind)
        return emit positionsScanned(id, request, false);
    // Millions of rows: stepped with SQLite's own API, converting only every stride-th row.
    const RowPlan::Fragment scan = RowPlan::scan(request, m_fileVersion);
    sqlite3 *db = m_connection->handle();
    if (!db)
        return emit positionsScanned(id, request, false);
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
    const RequestScope scope(*m_gate, id, m_connection.get());
    if (!scope.started())
        return;
    if (!isOpen())
        return fail(id, tr("The cache is not open."), {});
    if (CacheTotals::usesRollups(filter, m_fileVersion)) {
        // Statuses, time range and project: the roll-ups hold the count, exactly, at any size.
        qint64 count = 0;
        if (const QString error = CacheTotals::count(*m_connection, filter, m_fileVersion, &count);
            !error.isEmpty())
            return fail(id, tr("Counting messages failed."), error);
        return emit countFetched(id, count);
    }
    const SqlQueryBuilder::Fragment where = SqlQueryBuilder::where(filter);
    // A text search alone is counted in the full-text index, which holds one row per message
    // (the writer keeps them in step), without reading a row of the table per match.
    QSqlQuery query = RowPlan::isTextOnly(filter)
        ? m_connection->prepared(
            QStringLiteral("SELECT COUNT(*) FROM sms_text_index WHERE sms_text_index MATCH ?"),
            {SqlQueryBuilder::fullTextExpression(filter.text)}, Reuse::Once)
        : m_connection->prepared(QStringLiteral("SELECT COUNT(*) FROM sms_log s ") + where.sql, where.values,
                                 Reuse::Once);
    if (!query.exec() || !query.next())
        return fail(id, tr("Counting messages failed."), query.lastError().text());
    emit countFetched(id, query.value(0).toLongLong());
}

void CacheReader::fetchCostReport(quint64 id, const SmsFilter &filter, int topRecipients,
                                  CostResolution resolution, ErrorCodeTotals errorCodes)
{
    const RequestScope scope(*m_gate, id, m_connection.get());
    if (!scope.started())
        return;
    if (!isOpen())
        return fail(id, tr("The cache is not open."), {});
    QList<CacheTotals::Row> rows;
    bool badCost = false;
    const bool byDay = resolution == CostResolution::Day;
    if (const QString error = CacheTotals::run(*m_connection, filter, m_fileVersion, &rows, &badCost,
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
        // No roll-up holds numbers.
        auto recipients = sumRowsBy(id, QStringLiteral("to_number"), filter, topRecipients);
        if (!recipients)
            return;
        report.topRecipients = *recipients;
        std::sort(report.topRecipients.begin(), report.topRecipients.end(), CostReport::recipientBefore);
    }
    if (errorCodes == ErrorCodeTotals::Included) {
        // No roll-up holds error codes.
        auto codes = sumRowsBy(id, QStringLiteral("error_code"), filter, -1);
        if (!codes)
            return;
        report.errorCodes = *codes;
        if (!report.normalize()) // merges nothing; puts the codes in their order
            return fail(id, tr("The total cost is too large to add up."), {});
    }
    emit costReportFetched(id, report);
}

std::optional<QList<CostGroup>> CacheReader::sumRowsBy(quint64 id, const QString &column,
                                                       const SmsFilter &filter, int limit)
{
    // Every matching row, grouped by `column` (NULL and '' as one); the most expensive `limit`
    // groups (-1: all). SUM is an integer only when every cost is one, as in CacheTotals::run.
    const SqlQueryBuilder::Fragment where = SqlQueryBuilder::where(filter);
    QSqlQuery query
        = m_connection->prepared(QStringLiteral("SELECT coalesce(s.%1, ''), COUNT(*),"
                                                " coalesce(SUM(s.cost_cents), 0) FROM sms_log s %2"
                                                " GROUP BY 1 ORDER BY 3 DESC, 2 DESC, 1 LIMIT ?")
                                     .arg(column, where.sql),
                                 where.values + QVariantList{limit}, Reuse::Once);
    QList<CostGroup> groups;
    if (!query.exec()) {
        fail(id, tr("Computing the cost report failed."), query.lastError().text());
        return std::nullopt;
    }
    while (query.next()) {
        const QVariant sum = query.value(2);
        if (sum.typeId() != QMetaType::LongLong && sum.typeId() != QMetaType::Int) {
            fail(id, tr("The cache holds costs that are not whole numbers of cents."),
                 QStringLiteral("SUM(cost_cents) gave %1").arg(sum.toString()));
            return std::nullopt;
        }
        const QString key = query.value(0).toString();
        groups.append({key, key, query.value(1).toLongLong(), sum.toLongLong()});
    }
    if (query.lastError().isValid()) {
        fail(id, tr("Computing the cost report failed."), query.lastError().text());
        return std::nullopt;
    }
    return groups;
}

QString CacheReader::projectName(const QString &projectId)
{
    QSqlQuery query = m_connection->prepared(
        QStringLiteral("SELECT name FROM linked_resource WHERE kind = 'project' AND id = ?"), {projectId},
        Reuse::Keep);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

std::optional<QStringList> CacheReader::distinctValues(const QString &column)
{
    QStringList values;
    // Each step starts after the exact bytes of the previous key (bound as a blob, cast back to
    // text): a key that is not valid UTF-8 (a damaged or foreign file) reads back altered as a
    // QString, and seeking after the altered text could find the same key again, for ever. Only
    // text keys (below every blob, above every number): a blob is above any text bound, for ever.
    const QString sql = QStringLiteral("SELECT v, CAST(v AS BLOB) FROM (SELECT MIN(%1) AS v FROM sms_log"
                                       " WHERE %1 > CAST(? AS TEXT) AND %1 < x'')")
                            .arg(column);
    QVariant last = QStringLiteral("");
    for (;;) {
        QSqlQuery query = m_connection->prepared(sql, {last}, Reuse::Keep);
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
    const RequestScope scope(*m_gate, id, m_connection.get());
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

void CacheReader::fetchContexts(quint64 id, const QStringList &keys)
{
    const RequestScope scope(*m_gate, id, m_connection.get());
    if (!scope.started())
        return;
    // A failed read leaves out what it could not read (contexts are extra, never an error).
    const std::optional<ResourceContexts> contexts
        = isOpen() ? CacheContexts::read(*m_connection, m_fileVersion, keys) : std::nullopt;
    emit contextsFetched(id, contexts.value_or(ResourceContexts()));
}

void CacheReader::fetchLinkCandidates(quint64 id, LinkKind kind, qint64 number, const QString &projectId)
{
    const RequestScope scope(*m_gate, id, m_connection.get());
    if (!scope.started())
        return;
    if (!isOpen())
        return fail(id, tr("The cache is not open."), {});
    // A resource belongs to the project of its messages (one message is enough to tell).
    QSqlQuery query = m_connection->prepared(
        QStringLiteral("SELECT id, name, project_id FROM (SELECT r.id, r.name,"
                       " (SELECT s.project_id FROM sms_log s WHERE s.%1 = r.id LIMIT 1) AS project_id"
                       " FROM linked_resource r WHERE r.kind = ? AND r.number = ?)"
                       " WHERE project_id IS NOT NULL AND (coalesce(?, '') = '' OR project_id = ?) ORDER BY "
                       "project_id, id")
            .arg(CacheSchema::linkColumn(static_cast<int>(kind))),
        {linkKindKey(kind), number, projectId, projectId}, Reuse::Once);
    if (!query.exec())
        return fail(id, tr("Reading the linked resources failed."), query.lastError().text());
    QList<LinkCandidate> candidates;
    while (query.next()) {
        LinkCandidate candidate;
        candidate.kind = kind;
        candidate.resource.id = query.value(0).toString();
        candidate.resource.name = query.value(1).toString();
        candidate.resource.number = number;
        candidate.projectId = query.value(2).toString();
        candidates.append(candidate);
    }
    if (query.lastError().isValid()) // interrupted or failed: no partial list
        return fail(id, tr("Reading the linked resources failed."), query.lastError().text());
    for (LinkCandidate &candidate : candidates)
        candidate.projectName = projectName(candidate.projectId);
    emit linkCandidatesFetched(id, candidates);
}
