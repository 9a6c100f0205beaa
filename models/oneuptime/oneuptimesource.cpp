// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "oneuptimesource.h"

#include "oneuptimecontext.h"

#include "oneuptimepageparser.h"
#include "oneuptimeparser.h"
#include "smsstatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>
#include <climits>

namespace {

// Messages whose createdAt is this close to the server's "now" may still be committing.
constexpr qint64 commitMarginMs = 2000;
// A request whose select the server keeps refusing column by column gives up after this many.
constexpr int maxSelectAdaptations = 4;
// Totals pages fetched at once.
constexpr int totalsPagesInFlight = 2;

// CostReportKind: a caller's cost report, answered by the AggregatePass it waits on (one paging
// pass through every matching message serves every report of the same query).
enum RequestKind { Open, Rows, Count, Choices, NewCount, CostReportKind, AggregatePass, Contexts };

SourceError badResponse(SourceError error)
{
    // The parser says what was wrong with the body; to the user it is an unreadable answer.
    error.kind = SourceError::Kind::BadResponse;
    return error;
}

QString normalized(QString name)
{
    name.remove(u' ');
    name.remove(u'-');
    return name.toLower();
}

} // namespace

struct OneUptimeSource::Request {
    int kind = Rows;
    // Rows: answers of the calls, in order.
    qint64 offset = 0;
    QList<QList<SmsRecord>> chunks;
    int pendingChunks = 0;
    // AggregatePass: paging state and the sums so far.
    QJsonObject query;
    QByteArray queryKey; // the query as compact JSON: passes and answers are shared by it
    int pageSize = 0;
    qint64 expected = -1; // matching rows, from the first page
    qint64 nextSkip = 0;
    int inFlight = 0;
    qint64 rowsDone = 0;
    qint64 messages = 0;
    bool overflow = false;
    QSet<QString> seen; // ids added up so far: pages that overlap never count a message twice
    qint64 unreadableCosts = 0; // messages whose cost came as something else than whole cents
    // Cost reports: (hour, project id, status) → cell; recipient number → group.
    QMap<std::tuple<qint64, QString, QString>, CostCell> cells;
    QHash<QString, CostGroup> recipients;
    QHash<QString, CostGroup> errorCodes; // error code ("" for none) → group
    QHash<QString, QString> projectNames;
    QList<RequestId> waiters; // the CostReportKind requests this pass answers
    // CostReportKind: what the caller asked for, and the pass it waits on.
    int topRecipients = 0;
    CostResolution resolution = CostResolution::Hour;
    ErrorCodeTotals errorCodeTotals = ErrorCodeTotals::Omitted;
    RequestId pass = 0;
};

// The report of the last pass that finished, for the query it was made under (so for one snapshot):
// a report asked for again (the Costs tab opened after the totals came) costs no second pass.
struct OneUptimeSource::Aggregate {
    QByteArray queryKey;
    CostReport report; // hourly cells, every recipient in the report's order
};

OneUptimeSource::OneUptimeSource(const OneUptimeSettings &settings, QObject *parent)
    : SmsLogSource(parent)
    , m_client(new OneUptimeClient(settings, this))
    , m_parser(new OneUptimePageParser(this))
    , m_contextReader(new OneUptimeContextReader(m_client, this))
{ }

OneUptimeSource::~OneUptimeSource()
{
    // Before the client (a child, deleted after this body) aborts the reader's calls: their
    // answers would otherwise reach the reader's callbacks into this source, gone by then.
    delete m_contextReader;
    m_contextReader = nullptr;
    qDeleteAll(m_requests);
}

DashboardBase OneUptimeSource::dashboardBase(const QString &projectId) const
{
    Q_UNUSED(projectId)
    const QUrl instance
        = DashboardLinks::instanceBase(OneUptimeClient::apiBase(m_client->settings().instance));
    if (instance.isEmpty())
        return {{}, tr("The connection's address is not a web address.")};
    return {instance, {}};
}

QString OneUptimeSource::description() const
{
    const OneUptimeSettings &settings = m_client->settings();
    QString where
        = settings.label.isEmpty() ? OneUptimeClient::apiBase(settings.instance).host() : settings.label;
    if (!m_info.projectName.isEmpty())
        where += QStringLiteral(" — ") + m_info.projectName;
    if (!m_info.version.isEmpty())
        where += QStringLiteral(" (OneUptime ") + m_info.version + u')';
    return tr("Live: %1").arg(where);
}

QList<SmsColumn> OneUptimeSource::sortableColumns() const
{
    QList<SmsColumn> columns{SmsColumn::SentAt, SmsColumn::To, SmsColumn::From, SmsColumn::Status,
                             SmsColumn::Cost};
    if (m_info.features.errorCode && !m_droppedColumns.contains(QStringLiteral("errorCode")))
        columns.append(SmsColumn::ErrorCode);
    return columns;
}

QDateTime OneUptimeSource::liveNow() const
{
    const QDateTime now = m_client->serverNow().addMSecs(-commitMarginMs);
    return QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
}

void OneUptimeSource::setSnapshotTime(const QDateTime &time)
{
    m_snapshot = time.toUTC();
}

QStringList OneUptimeSource::filterNotes(const SmsFilter &filter) const
{
    QStringList notes;
    OneUptimeQuery::query(filter, m_info.features, &notes);
    return notes;
}

// ---- requests and calls ----

SmsLogSource::RequestId OneUptimeSource::startRequest(int kind)
{
    const RequestId id = nextRequestId();
    auto *request = new Request;
    request->kind = kind;
    m_requests.insert(id, request);
    return id;
}

void OneUptimeSource::finishRequest(RequestId id)
{
    Request *request = m_requests.take(id);
    if (request && request->kind == AggregatePass && m_passes.value(request->queryKey) == id)
        m_passes.remove(request->queryKey);
    delete request;
    for (auto it = m_calls.begin(); it != m_calls.end();) {
        if (it.value() == id) {
            it.key()->abort();
            it = m_calls.erase(it);
        } else {
            ++it;
        }
    }
}

void OneUptimeSource::failRequest(RequestId id, const SourceError &error)
{
    Request *request = m_requests.value(id);
    if (!request)
        return;
    const int kind = request->kind;
    const QList<RequestId> waiters = request->waiters;
    finishRequest(id);
    if (kind == Open) {
        Q_EMIT openFailed(error);
    } else if (kind == Contexts) {
        Q_EMIT contextsFetched(id, {}); // contexts are extra: what could not be read is left out
    } else if (kind == AggregatePass) {
        for (const RequestId waiter : waiters)
            failRequest(waiter, error);
    } else {
        Q_EMIT requestFailed(id, error);
    }
}

void OneUptimeSource::cancel(RequestId id)
{
    // A pass goes on while another report still waits on it.
    if (const Request *request = m_requests.value(id); request && request->kind == CostReportKind) {
        if (Request *pass = m_requests.value(request->pass)) {
            pass->waiters.removeAll(id);
            if (pass->waiters.isEmpty())
                finishRequest(request->pass);
        }
    }
    finishRequest(id);
}

void OneUptimeSource::track(RequestId id, OneUptimeCall *call)
{
    m_calls.insert(call, id);
    // The notice stays while some call waits to try again; it is cleared when the last of them
    // is over, however it ended (success, failure or abort).
    connect(call, &QObject::destroyed, this, [this, call] {
        m_calls.remove(call);
        if (m_retryingCalls.remove(call) && m_retryingCalls.isEmpty())
            Q_EMIT noticeChanged({});
    });
    connect(call, &OneUptimeCall::retrying, this, [this, call](const QString &message) {
        m_retryingCalls.insert(call);
        Q_EMIT noticeChanged(message);
    });
}

// ---- query building ----

QJsonObject OneUptimeSource::queryFor(const SmsFilter &filter) const
{
    SmsFilter bounded = filter;
    if (m_snapshot.isValid() && (!bounded.sentTo.isValid() || bounded.sentTo > m_snapshot))
        bounded.sentTo = m_snapshot;
    const QJsonObject query = OneUptimeQuery::query(bounded, m_info.features);
    // A filter the server cannot express (an error code on a server without them, a link it does
    // not record, an announcement by title) matches nothing, as filterNotes() says; leaving it
    // out would match everything.
    const bool codeLeftOut = !filter.errorCode.isEmpty() && !query.contains(QStringLiteral("errorCode"));
    bool linkLeftOut = false;
    if (filter.linkKind && !filter.linkText.trimmed().isEmpty()) {
        const QString relation = linkKindKey(*filter.linkKind);
        linkLeftOut = !query.contains(relation) && !query.contains(relation + QStringLiteral("Id"));
    }
    if (codeLeftOut || linkLeftOut
        || (bounded.sentFrom.isValid() && bounded.sentTo.isValid() && bounded.sentFrom > bounded.sentTo)) {
        // Nothing can match: an empty Includes matches no row (section 7.1).
        return OneUptimeQuery::byIds({});
    }
    return query;
}

QJsonObject OneUptimeSource::selectFor(OneUptimeQuery::Fields fields) const
{
    QJsonObject select = OneUptimeQuery::select(fields, m_info.features);
    for (const QString &dropped : m_droppedColumns) {
        const qsizetype dot = dropped.indexOf(u'.');
        if (dot < 0) {
            select.remove(dropped);
            continue;
        }
        const QString relation = dropped.left(dot);
        if (!select.value(relation).isObject())
            continue;
        QJsonObject inner = select.value(relation).toObject();
        inner.remove(dropped.mid(dot + 1));
        select.insert(relation, inner.isEmpty() ? QJsonValue(true) : QJsonValue(inner));
    }
    return select;
}

bool OneUptimeSource::dropRejectedColumn(const QString &message)
{
    // 400 "Invalid select clause. Cannot select on "X". This column does not exist on SMS Log."
    static const QRegularExpression topLevel(QStringLiteral("Cannot select on \"([A-Za-z_]+)\""));
    // 400 "Column X not found on Incident" / "Column X on Status Page Announcement does not support
    // read on relation query."
    static const QRegularExpression related(
        QStringLiteral("Column ([A-Za-z_]+) (?:not found on|on) ([A-Za-z -]+?)(?: does not support|\\.|$)"));
    QStringList drop;
    if (const auto match = topLevel.match(message); match.hasMatch()) {
        drop << match.captured(1);
    } else if (const auto match = related.match(message); match.hasMatch()) {
        const QString column = match.captured(1);
        const QString relatedName = normalized(match.captured(2));
        QStringList candidates;
        for (const auto fields : {OneUptimeQuery::Fields::Full, OneUptimeQuery::Fields::Context}) {
            const QJsonObject select = selectFor(fields);
            for (auto it = select.begin(); it != select.end(); ++it) {
                if (it.value().isObject() && it.value().toObject().contains(column)
                    && !candidates.contains(it.key()))
                    candidates << it.key();
            }
        }
        for (const QString &relation : std::as_const(candidates)) {
            if (normalized(relation) == relatedName)
                drop = {relation + u'.' + column};
        }
        if (drop.isEmpty()) // the server's name for the resource differs from the relation's
            for (const QString &relation : std::as_const(candidates))
                drop << relation + u'.' + column;
        // Dropped meanwhile for another call that was refused the same way: that is news too.
        for (const QString &dropped : std::as_const(m_droppedColumns))
            if (dropped.endsWith(u'.' + column) && !drop.contains(dropped))
                drop << dropped;
    }
    // A column another call already dropped still calls for this call to be repeated without it
    // (the attempts are bounded by the caller).
    bool changed = false;
    for (const QString &column : std::as_const(drop)) {
        m_droppedColumns.insert(column);
        changed = true;
    }
    return changed;
}

void OneUptimeSource::list(RequestId id, const QJsonObject &query, const OneUptimeQuery::SortFields &sort,
                           OneUptimeQuery::Fields fields, qint64 skip, int limit,
                           std::function<void(const QByteArray &)> done, int attempt)
{
    QUrlQuery paging;
    paging.addQueryItem(QStringLiteral("skip"), QString::number(skip));
    paging.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    QJsonObject select = selectFor(fields);
    // An aggregate pass's pages also name the recipient and the error code (the Totals fields do
    // not): one pass serves the totals, the cost view's most expensive recipients and the report
    // by error code.
    if (const Request *request = m_requests.value(id); request && request->kind == AggregatePass) {
        select.insert(QStringLiteral("toNumber"), true);
        if (m_info.features.errorCode)
            select.insert(QStringLiteral("errorCode"), true);
    }
    const QByteArray body = OneUptimeQuery::requestBody(query, select, sort);
    OneUptimeCall *call = m_client->post(QStringLiteral("/sms-log/get-list"), paging, body);
    track(id, call);
    connect(call, &OneUptimeCall::succeeded, this, [this, id, done](const QByteArray &answer) {
        if (m_requests.contains(id))
            done(answer);
    });
    connect(call, &OneUptimeCall::failed, this,
            [this, id, query, sort, fields, skip, limit, done, call, attempt](const SourceError &error,
                                                                              int status) {
                if (!m_requests.contains(id))
                    return;
                // A column this server does not have: leave it out from now on and ask again.
                if (status == 400 && attempt < maxSelectAdaptations
                    && dropRejectedColumn(OneUptimeParser::errorMessage(call->answerBody()))) {
                    list(id, query, sort, fields, skip, limit, done, attempt + 1);
                    return;
                }
                failRequest(id, error);
            });
}

void OneUptimeSource::count(RequestId id, const QJsonObject &query, std::function<void(qint64)> done)
{
    const QByteArray body
        = QJsonDocument(QJsonObject{{QStringLiteral("query"), query}}).toJson(QJsonDocument::Compact);
    OneUptimeCall *call = m_client->post(QStringLiteral("/sms-log/count"), {}, body);
    track(id, call);
    connect(call, &OneUptimeCall::succeeded, this, [this, id, done](const QByteArray &answer) {
        if (!m_requests.contains(id))
            return;
        const auto parsed = OneUptimeParser::parseCount(answer);
        if (const auto *error = std::get_if<SourceError>(&parsed))
            failRequest(id, badResponse(*error));
        else
            done(std::get<qint64>(parsed));
    });
    connect(call, &OneUptimeCall::failed, this,
            [this, id](const SourceError &error) { failRequest(id, error); });
}

// ---- open ----

void OneUptimeSource::open()
{
    const RequestId id = startRequest(Open);
    // The version decides what may be selected; it needs no key, so none is sent.
    OneUptimeCall *call = m_client->get(QStringLiteral("/version"), false);
    track(id, call);
    const auto useVersion = [this, id](const QString &version) {
        m_info.version = version;
        m_info.features = OneUptimeQuery::featuresFor(QVersionNumber::fromString(version));
        m_snapshot = liveNow();
        openProbe(id);
    };
    connect(call, &OneUptimeCall::succeeded, this, [this, id, useVersion](const QByteArray &body) {
        if (!m_requests.contains(id))
            return;
        const QString version
            = QJsonDocument::fromJson(body).object().value(QStringLiteral("version")).toString();
        useVersion(version);
    });
    connect(call, &OneUptimeCall::failed, this, [this, id, useVersion](const SourceError &error, int status) {
        if (!m_requests.contains(id))
            return;
        // A proxy may hide /version: go on with what every version can do.
        if (status == 404 || status == 200)
            useVersion({});
        else
            failRequest(id, error);
    });
}

void OneUptimeSource::openProbe(RequestId id)
{
    // One row proves the key, its permission and the project; the count comes with it.
    const auto sort = OneUptimeQuery::sort({}, m_info.features).value_or(OneUptimeQuery::SortFields{});
    list(id, queryFor({}), sort, OneUptimeQuery::Fields::Totals, 0, 1, [this, id](const QByteArray &body) {
        const auto parsed = OneUptimeParser::parseListPage(body);
        if (const auto *error = std::get_if<SourceError>(&parsed)) {
            failRequest(id, badResponse(*error));
            return;
        }
        const auto &page = std::get<OneUptimeParser::ListPage>(parsed);
        m_info.messageCount = page.count;
        if (!page.records.isEmpty()) {
            m_info.projectId = page.records.first().projectId;
            m_info.projectName = page.records.first().projectName;
        }
        finishRequest(id);
        Q_EMIT opened();
    });
}

// ---- rows ----

SmsLogSource::RequestId OneUptimeSource::requestRows(const SmsQuery &query, qint64 offset, int count)
{
    const RequestId id = startRequest(Rows);
    Request *request = m_requests.value(id);
    request->offset = offset;
    const auto sort = OneUptimeQuery::sort(query.sort, m_info.features);
    if (!sort || count <= 0) {
        QTimer::singleShot(0, this, [this, id, offset, count] {
            if (!m_requests.contains(id))
                return;
            if (count > 0) {
                failRequest(id, {SourceError::Kind::Query, tr("The server cannot sort by this column."), {}});
                return;
            }
            finishRequest(id);
            Q_EMIT rowsFetched(id, offset, {});
        });
        return id;
    }
    const int chunk = std::max(1, m_info.features.maxPageSize);
    const int chunks = (count + chunk - 1) / chunk;
    request->chunks.resize(chunks);
    request->pendingChunks = chunks;
    const QJsonObject where = queryFor(query.filter); // one snapshot for every chunk
    for (int i = 0; i < chunks; ++i) {
        const int limit = std::min(chunk, count - i * chunk);
        list(id, where, *sort, OneUptimeQuery::Fields::Full, offset + qint64(i) * chunk, limit,
             [this, id, i, limit](const QByteArray &body) {
                 parsePage(id, body, [this, id, i, limit](const OneUptimeParser::ListPage &page) {
                     Request *request = m_requests.value(id);
                     // A server that answers more than was asked for: the rows beyond belong to
                     // the next chunk's place, not this one's.
                     request->chunks[i] = page.records.mid(0, limit);
                     if (--request->pendingChunks > 0)
                         return;
                     QList<SmsRecord> rows;
                     QSet<QString> seen;
                     for (const QList<SmsRecord> &part : std::as_const(request->chunks))
                         for (const SmsRecord &record : part)
                             if (!seen.contains(record.id)) {
                                 seen.insert(record.id);
                                 rows.append(record);
                             }
                     resolveAnnouncements(id, rows, [this, id](const QList<SmsRecord> &rows) {
                         const qint64 offset = m_requests.value(id)->offset;
                         finishRequest(id);
                         Q_EMIT rowsFetched(id, offset, rows);
                     });
                 });
             });
    }
    return id;
}

void OneUptimeSource::fillAnnouncementNames(QList<SmsRecord> &rows) const
{
    for (SmsRecord &record : rows) {
        LinkedResource &link = record.link(LinkKind::StatusPageAnnouncement);
        if (link.isSet() && link.name.isEmpty())
            link.name = m_announcementTitles.value(link.id);
    }
}

void OneUptimeSource::resolveAnnouncements(RequestId id, QList<SmsRecord> rows,
                                           std::function<void(const QList<SmsRecord> &)> done)
{
    // Announcement titles cannot be selected through the SMS log (section 6): each is read with
    // the announcement's own get-item, once, if the key may read announcements.
    QSet<QString> missing;
    if (m_announcementsReadable) {
        for (const SmsRecord &record : std::as_const(rows)) {
            const LinkedResource &link = record.link(LinkKind::StatusPageAnnouncement);
            if (link.isSet() && link.name.isEmpty() && !m_announcementTitles.contains(link.id))
                missing.insert(link.id);
        }
    }
    if (missing.isEmpty()) {
        fillAnnouncementNames(rows);
        done(rows);
        return;
    }
    auto pending = std::make_shared<int>(int(missing.size()));
    const auto oneDone = [this, id, rows, done, pending] {
        if (--*pending > 0 || !m_requests.contains(id))
            return;
        QList<SmsRecord> named = rows;
        fillAnnouncementNames(named);
        done(named);
    };
    const QByteArray body = QByteArrayLiteral("{\"select\":{\"title\":true}}");
    for (const QString &announcement : std::as_const(missing)) {
        // One call per announcement, whichever requests need it at the time (pages are asked for
        // several at once): later ones wait for the first one's answer.
        QList<std::function<void()>> &waiters = m_announcementWaiters[announcement];
        waiters.append(oneDone);
        if (waiters.size() > 1)
            continue;
        OneUptimeCall *call = m_client->post(QStringLiteral("/status-page-announcement/")
                                                 + QString::fromLatin1(QUrl::toPercentEncoding(announcement))
                                                 + QStringLiteral("/get-item"),
                                             {}, body);
        // Not tied to the request (id 0 is none): cancelling it must not leave others waiting.
        track(0, call);
        const auto finished = [this, announcement] {
            const QList<std::function<void()>> waiting = m_announcementWaiters.take(announcement);
            for (const auto &waiter : waiting)
                waiter();
        };
        connect(
            call, &OneUptimeCall::succeeded, this, [this, announcement, finished](const QByteArray &answer) {
                const QJsonObject object = QJsonDocument::fromJson(answer).object();
                // {} means not found (or another project's): remembered as "no title".
                m_announcementTitles.insert(
                    announcement, OneUptimeParser::unwrap(object.value(QStringLiteral("title"))).toString());
                finished();
            });
        connect(call, &OneUptimeCall::failed, this, [this, finished](const SourceError &, int status) {
            // The key may read SMS logs but not announcements: ids only, and no more asking.
            if (status == 401 || status == 403 || status == 422)
                m_announcementsReadable = false;
            finished();
        });
        // Gone without an answer (the source is closing): nobody waits forever.
        connect(call, &QObject::destroyed, this, finished);
    }
}

// ---- counts ----

SmsLogSource::RequestId OneUptimeSource::requestCount(const SmsFilter &filter)
{
    const RequestId id = startRequest(Count);
    count(id, queryFor(filter), [this, id](qint64 n) {
        finishRequest(id);
        Q_EMIT countFetched(id, n);
    });
    return id;
}

SmsLogSource::RequestId OneUptimeSource::requestNewCount(const SmsFilter &filter, const QDateTime &until)
{
    const RequestId id = startRequest(NewCount);
    SmsFilter newer = filter;
    const QDateTime after = m_snapshot.addMSecs(1);
    if (!newer.sentFrom.isValid() || newer.sentFrom < after)
        newer.sentFrom = after;
    if (!newer.sentTo.isValid() || newer.sentTo > until)
        newer.sentTo = until;
    // queryFor() bounds by the snapshot, which is exactly what is left out here.
    const QDateTime snapshot = m_snapshot;
    m_snapshot = {};
    const QJsonObject query = queryFor(newer);
    m_snapshot = snapshot;
    count(id, query, [this, id](qint64 n) {
        finishRequest(id);
        Q_EMIT countFetched(id, n);
    });
    return id;
}

// ---- the aggregate: cost reports, and the totals projected from them ----

SmsLogSource::RequestId OneUptimeSource::requestCostReport(const SmsFilter &filter, int topRecipients,
                                                           CostResolution resolution,
                                                           ErrorCodeTotals errorCodes)
{
    const RequestId id = startRequest(CostReportKind);
    Request *request = m_requests.value(id);
    request->topRecipients = std::max(0, topRecipients);
    request->resolution = resolution;
    request->errorCodeTotals = errorCodes;
    const QJsonObject query = queryFor(filter);
    const QByteArray key = QJsonDocument(query).toJson(QJsonDocument::Compact);
    if (m_lastAggregate && m_lastAggregate->queryKey == key) {
        // Answered already for this very query (and snapshot): later, like any answer.
        QTimer::singleShot(0, this, [this, id, report = m_lastAggregate->report] {
            if (m_requests.contains(id))
                answerReport(id, report);
        });
        return id;
    }
    RequestId pass = m_passes.value(key);
    if (pass == 0) {
        pass = startRequest(AggregatePass);
        m_passes.insert(key, pass);
        Request *paging = m_requests.value(pass);
        paging->query = query;
        paging->queryKey = key;
        paging->waiters << id;
        request->pass = pass;
        startPass(pass);
    } else {
        m_requests.value(pass)->waiters << id;
        request->pass = pass;
    }
    return id;
}

void OneUptimeSource::answerReport(RequestId id, CostReport report)
{
    const Request *request = m_requests.value(id);
    const int top = request->topRecipients;
    const bool byDay = request->resolution == CostResolution::Day;
    const bool withErrorCodes = request->errorCodeTotals == ErrorCodeTotals::Included;
    finishRequest(id);
    report.topRecipients = report.topRecipients.mid(0, top);
    if (!withErrorCodes)
        report.errorCodes.clear(); // the pass adds them up either way
    if (byDay && !report.coarsenToDays()) {
        Q_EMIT requestFailed(id,
                             {SourceError::Kind::BadResponse,
                              tr("The costs the server reported are too large to add up."),
                              {}});
        return;
    }
    Q_EMIT costReportFetched(id, report);
}

void OneUptimeSource::startPass(RequestId id)
{
    Request *request = m_requests.value(id);
    const int largest = std::max(1, m_info.features.maxPageSize);
    request->pageSize = m_totalsPageSize > 0 ? std::min(m_totalsPageSize, largest) : largest;
    // The first page tells how many pages there are; then a few at a time.
    request->nextSkip = request->pageSize;
    request->inFlight = 1;
    const auto sort = OneUptimeQuery::sort({}, m_info.features).value_or(OneUptimeQuery::SortFields{});
    list(id, request->query, sort, OneUptimeQuery::Fields::Totals, 0, request->pageSize,
         [this, id](const QByteArray &body) { addPassPage(id, body); });
}

void OneUptimeSource::nextPassPages(RequestId id)
{
    Request *request = m_requests.value(id);
    if (!request)
        return;
    const auto sort = OneUptimeQuery::sort({}, m_info.features).value_or(OneUptimeQuery::SortFields{});
    while (request->inFlight < totalsPagesInFlight && request->nextSkip < request->expected) {
        const qint64 skip = request->nextSkip;
        request->nextSkip += request->pageSize;
        ++request->inFlight;
        // Every page with the first page's query (one snapshot) and select adaptation.
        list(id, request->query, sort, OneUptimeQuery::Fields::Totals, skip, request->pageSize,
             [this, id](const QByteArray &body) { addPassPage(id, body); });
    }
    if (request->inFlight > 0)
        return;
    finishPass(id);
}

void OneUptimeSource::finishPass(RequestId id)
{
    Request *request = m_requests.value(id);
    CostReport report;
    report.cells = request->cells.values(); // QMap: in the report's order
    report.projectNames = request->projectNames;
    report.topRecipients = request->recipients.values();
    report.errorCodes = request->errorCodes.values();
    const bool overflow = !report.normalize() || request->overflow; // also sorts the recipients
    const qint64 unreadable = request->unreadableCosts;
    const qint64 expected = request->expected;
    const qint64 read = request->messages;
    const QByteArray key = request->queryKey;
    const QList<RequestId> waiters = request->waiters;
    finishRequest(id);
    // Exact or not shown: a cost that is not whole cents, or a log that changed while it was read
    // page by page (retention deleting, counts that disagree), says so instead.
    std::optional<SourceError> error;
    if (overflow)
        error = SourceError{
            SourceError::Kind::BadResponse, tr("The costs the server reported are too large to add up."), {}};
    else
        error = inexactTotals(unreadable, expected, read, tr("Refresh (F5) to add them up again."));
    if (error) {
        for (const RequestId waiter : waiters)
            failRequest(waiter, *error);
        return;
    }
    m_lastAggregate = std::make_unique<Aggregate>(Aggregate{key, report});
    for (const RequestId waiter : waiters)
        if (m_requests.contains(waiter))
            answerReport(waiter, report);
}

std::optional<SourceError> OneUptimeSource::inexactTotals(qint64 unreadableCosts, qint64 counted, qint64 read,
                                                          const QString &again)
{
    // Computed outside the tr() call: lupdate 6.4 never finishes reading a call that holds
    // `std::min<qint64>(…)` (update_translations hangs).
    const int unreadable = int(std::min<qint64>(unreadableCosts, INT_MAX));
    if (unreadableCosts > 0)
        return SourceError{SourceError::Kind::BadResponse,
                           tr("The server sent %n cost(s) that are not a whole number of cents, so no exact "
                              "total can be given.",
                              nullptr, unreadable),
                           tr("smsCostInUSDCents was text, a fraction or null in %1 of %2 messages.")
                               .arg(unreadableCosts)
                               .arg(read)};
    if (counted >= 0 && read != counted)
        return SourceError{SourceError::Kind::BadResponse,
                           tr("The log changed on the server while the totals were added up. %1").arg(again),
                           tr("The server counted %1 messages but listed %2.").arg(counted).arg(read)};
    return std::nullopt;
}

void OneUptimeSource::parsePage(RequestId id, const QByteArray &body,
                                std::function<void(const OneUptimeParser::ListPage &)> done)
{
    // A page of 256 full rows takes ~8 ms to parse, one of 10,000 totals rows ~70 ms: off the GUI
    // thread. The answer is dropped if the request was cancelled meanwhile.
    m_parser->parse(body, [this, id, done](const OneUptimePageParser::Result &parsed) {
        if (!m_requests.contains(id))
            return;
        if (const auto *error = std::get_if<SourceError>(&parsed))
            failRequest(id, badResponse(*error));
        else
            done(std::get<OneUptimeParser::ListPage>(parsed));
    });
}

void OneUptimeSource::addPassPage(RequestId id, const QByteArray &body)
{
    parsePage(id, body, [this, id](const OneUptimeParser::ListPage &page) {
        Request *request = m_requests.value(id);
        if (request->expected < 0)
            request->expected = std::max<qint64>(0, page.count);
        --request->inFlight;
        request->rowsDone += page.records.size();
        request->unreadableCosts += page.unreadableCosts;
        for (const SmsRecord &record : page.records) {
            if (request->seen.contains(record.id))
                continue;
            request->seen.insert(record.id);
            const qint64 cost = record.costCents.value_or(0);
            ++request->messages;
            const qint64 hour = CostReport::hourOf(record.createdAt);
            CostCell &cell = request->cells[{hour, record.projectId, record.status}];
            cell.hour = hour;
            cell.projectId = record.projectId;
            cell.status = record.status;
            ++cell.messages;
            request->overflow = request->overflow || qAddOverflow(cell.costCents, cost, &cell.costCents);
            const QString projectName
                = record.projectName.isEmpty() ? m_info.projectName : record.projectName;
            if (!projectName.isEmpty() && !record.projectId.isEmpty()
                && !request->projectNames.contains(record.projectId))
                request->projectNames.insert(record.projectId, projectName);
            for (auto [groups, key] : {std::pair{&request->recipients, record.toNumber},
                                       std::pair{&request->errorCodes, record.errorCode}}) {
                CostGroup &group = (*groups)[key];
                group.key = group.label = key;
                ++group.messages;
                request->overflow
                    = request->overflow || qAddOverflow(group.costCents, cost, &group.costCents);
            }
        }
        // A page that comes back short means the result shrank: stop there.
        if (page.records.size() < request->pageSize)
            request->nextSkip = std::max(request->nextSkip, request->expected);
        const qint64 total = std::max(request->expected, request->rowsDone);
        for (const RequestId waiter : std::as_const(request->waiters))
            Q_EMIT progressed(waiter, request->rowsDone, total);
        nextPassPages(id);
    });
}

// ---- one record ----

SmsLogSource::RequestId OneUptimeSource::requestRecord(const QString &messageId)
{
    const RequestId id = startRequest(Rows);
    const QByteArray body
        = QJsonDocument(QJsonObject{{QStringLiteral("select"), selectFor(OneUptimeQuery::Fields::Full)}})
              .toJson(QJsonDocument::Compact);
    OneUptimeCall *call
        = m_client->post(QStringLiteral("/sms-log/") + QString::fromLatin1(QUrl::toPercentEncoding(messageId))
                             + QStringLiteral("/get-item"),
                         {}, body);
    track(id, call);
    connect(call, &OneUptimeCall::succeeded, this, [this, id](const QByteArray &answer) {
        if (!m_requests.contains(id))
            return;
        const auto parsed = OneUptimeParser::parseItem(answer);
        if (const auto *error = std::get_if<SourceError>(&parsed)) {
            failRequest(id, badResponse(*error));
            return;
        }
        const auto &record = std::get<std::optional<SmsRecord>>(parsed);
        if (!record) { // {}: deleted (retention) or never this project's
            finishRequest(id);
            Q_EMIT recordFetched(id, {}, false);
            return;
        }
        resolveAnnouncements(id, {*record}, [this, id](const QList<SmsRecord> &rows) {
            finishRequest(id);
            Q_EMIT recordFetched(id, rows.first(), true);
        });
    });
    connect(call, &OneUptimeCall::failed, this,
            [this, id](const SourceError &error) { failRequest(id, error); });
    return id;
}

// ---- contexts ----

SmsLogSource::RequestId OneUptimeSource::requestContexts(const QList<SmsRecord> &records)
{
    QStringList messages;
    for (const SmsRecord &record : records)
        if (!resourceContextKeys({record}).isEmpty())
            messages << record.id;
    if (messages.isEmpty() || !m_info.features.relations)
        return 0;
    const RequestId id = startRequest(Contexts);
    // The relations of these messages give labels, state ids and monitor types with any key that
    // may read SMS logs; the context reader adds what other endpoints give this key.
    list(id, OneUptimeQuery::byIds(messages), {}, OneUptimeQuery::Fields::Context, 0, int(messages.size()),
         [this, id](const QByteArray &body) {
             const QJsonArray data
                 = QJsonDocument::fromJson(body).object().value(QStringLiteral("data")).toArray();
             const bool typeRefused = m_droppedColumns.contains(QStringLiteral("monitor.monitorType"));
             ContextDraft draft;
             for (const QJsonValue &row : data) {
                 const QJsonObject message = row.toObject();
                 for (const LinkKind kind : {LinkKind::Incident, LinkKind::Alert, LinkKind::Monitor}) {
                     const QString relation = linkKindKey(kind);
                     const QJsonObject object = message.value(relation).toObject();
                     const QString resource
                         = OneUptimeParser::unwrap(object.value(QStringLiteral("_id"))).toString();
                     if (resource.isEmpty())
                         continue;
                     const QString key = resourceContextKey(kind, resource);
                     const auto field = [&object](const QString &name) {
                         return OneUptimeParser::unwrap(object.value(name)).toString();
                     };
                     if (kind == LinkKind::Monitor) {
                         const QString type = field(QStringLiteral("monitorType"));
                         if (!type.isEmpty())
                             draft.contexts[key].type = type;
                         else if (typeRefused && !draft.monitorsWithoutType.contains(resource))
                             draft.monitorsWithoutType << resource;
                         continue;
                     }
                     const QString label = field(relation + QStringLiteral("NumberWithPrefix"));
                     if (!label.isEmpty())
                         draft.contexts[key].label = label;
                     const QString capitalized = relation.left(1).toUpper() + relation.mid(1);
                     const QString state
                         = field(QStringLiteral("current") + capitalized + QStringLiteral("StateId"));
                     draft.stateIds.insert(key, state); // empty: its severity may still be read
                 }
             }
             m_contextReader->complete(
                 draft, [this, id](OneUptimeCall *call) { track(id, call); },
                 [this, id](const ResourceContexts &contexts) {
                     if (!m_requests.contains(id))
                         return;
                     finishRequest(id);
                     Q_EMIT contextsFetched(id, contexts);
                 });
         });
    return id;
}

// ---- choices ----

SmsLogSource::RequestId OneUptimeSource::requestChoices()
{
    const RequestId id = startRequest(Choices);
    QTimer::singleShot(0, this, [this, id] {
        if (!m_requests.contains(id))
            return;
        FilterChoices choices;
        choices.statuses = SmsStatus::knownValues();
        if (!m_info.projectId.isEmpty())
            choices.projects.append({m_info.projectId, m_info.projectName});
        // The API cannot list distinct error codes cheaply; the filter takes any typed code.
        finishRequest(id);
        Q_EMIT choicesFetched(id, choices);
    });
    return id;
}
