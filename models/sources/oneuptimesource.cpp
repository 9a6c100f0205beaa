// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "oneuptimesource.h"

#include "exacttotals.h"
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

enum RequestKind { Open, Rows, Count, Totals, Choices, NewCount, CostReportKind };

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
    // Totals: paging state and the sums so far.
    QJsonObject query;
    int pageSize = 0;
    qint64 expected = -1; // matching rows, from the first page
    qint64 nextSkip = 0;
    int inFlight = 0;
    qint64 rowsDone = 0;
    qint64 messages = 0;
    qint64 costCents = 0;
    QHash<QString, CostGroup> byStatus;
    QMap<QString, CostGroup> byDay; // "yyyy-MM-dd" (UTC) or "none"
    QHash<QString, CostGroup> byProject;
    bool overflow = false;
    QSet<QString> seen; // ids added up so far: pages that overlap never count a message twice
    qint64 unreadableCosts = 0; // messages whose cost came as something else than whole cents
    // Cost reports: (hour, project id, status) → cell; recipient number → group.
    QMap<std::tuple<qint64, QString, QString>, CostCell> cells;
    QHash<QString, CostGroup> recipients;
    QHash<QString, QString> projectNames;
    int topRecipients = 0;
};

OneUptimeSource::OneUptimeSource(const OneUptimeSettings &settings, QObject *parent)
    : SmsLogSource(parent)
    , m_client(new OneUptimeClient(settings, this))
    , m_parser(new OneUptimePageParser(this))
{ }

OneUptimeSource::~OneUptimeSource()
{
    qDeleteAll(m_requests);
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
    delete m_requests.take(id);
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
    finishRequest(id);
    if (kind == Open)
        Q_EMIT openFailed(error);
    else
        Q_EMIT requestFailed(id, error);
}

void OneUptimeSource::cancel(RequestId id)
{
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
        return {{QStringLiteral("_id"),
                 QJsonObject{{QStringLiteral("_type"), QStringLiteral("Includes")},
                             {QStringLiteral("value"), QJsonArray()}}}};
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
        const QJsonObject select = selectFor(OneUptimeQuery::Fields::Full);
        QStringList candidates;
        for (auto it = select.begin(); it != select.end(); ++it) {
            if (it.value().isObject() && it.value().toObject().contains(column))
                candidates << it.key();
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
    // A cost report's pages also name the recipient (the Totals fields do not).
    if (const Request *request = m_requests.value(id); request && request->kind == CostReportKind)
        select.insert(QStringLiteral("toNumber"), true);
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

// ---- totals ----

SmsLogSource::RequestId OneUptimeSource::requestTotals(const SmsFilter &filter)
{
    const RequestId id = startRequest(Totals);
    startTotals(id, filter);
    return id;
}

SmsLogSource::RequestId OneUptimeSource::requestCostReport(const SmsFilter &filter, int topRecipients)
{
    const RequestId id = startRequest(CostReportKind);
    m_requests.value(id)->topRecipients = std::max(0, topRecipients);
    startTotals(id, filter);
    return id;
}

void OneUptimeSource::startTotals(RequestId id, const SmsFilter &filter)
{
    Request *request = m_requests.value(id);
    request->query = queryFor(filter);
    const int largest = std::max(1, m_info.features.maxPageSize);
    request->pageSize = m_totalsPageSize > 0 ? std::min(m_totalsPageSize, largest) : largest;
    // The first page tells how many pages there are; then a few at a time.
    request->nextSkip = request->pageSize;
    request->inFlight = 1;
    const auto sort = OneUptimeQuery::sort({}, m_info.features).value_or(OneUptimeQuery::SortFields{});
    list(id, request->query, sort, OneUptimeQuery::Fields::Totals, 0, request->pageSize,
         [this, id](const QByteArray &body) { addTotalsPage(id, body); });
}

void OneUptimeSource::nextTotalsPages(RequestId id)
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
             [this, id](const QByteArray &body) { addTotalsPage(id, body); });
    }
    if (request->inFlight > 0)
        return;
    finishTotals(id);
}

void OneUptimeSource::finishTotals(RequestId id)
{
    Request *request = m_requests.value(id);
    CostTotals totals;
    totals.messages = request->messages;
    totals.costCents = request->costCents;
    totals.byProject = request->byProject.values();
    totals.byStatus = request->byStatus.values();
    totals.byDay = request->byDay.values(); // QMap: by key, so oldest first ("none" after)
    std::sort(totals.byProject.begin(), totals.byProject.end(), [](const CostGroup &a, const CostGroup &b) {
        return a.costCents != b.costCents ? a.costCents > b.costCents : a.key < b.key;
    });
    std::sort(totals.byStatus.begin(), totals.byStatus.end(), [](const CostGroup &a, const CostGroup &b) {
        return a.messages != b.messages ? a.messages > b.messages : a.key < b.key;
    });
    CostReport report;
    const bool isReport = request->kind == CostReportKind;
    bool overflow = request->overflow;
    if (isReport) {
        report.cells = request->cells.values(); // QMap: in the report's order
        report.projectNames = request->projectNames;
        report.topRecipients = request->recipients.values();
        std::sort(report.topRecipients.begin(), report.topRecipients.end(), CostReport::recipientBefore);
        report.topRecipients = report.topRecipients.mid(0, request->topRecipients);
        overflow = !report.normalize() || overflow;
    }
    const qint64 unreadable = request->unreadableCosts;
    const qint64 expected = request->expected;
    const qint64 read = request->messages;
    finishRequest(id);
    // Totals are exact or not shown: a cost that is not whole cents, or a log that changed while
    // it was read page by page (retention deleting, counts that disagree), says so instead.
    if (overflow) {
        Q_EMIT requestFailed(id,
                             {SourceError::Kind::BadResponse,
                              tr("The costs the server reported are too large to add up."),
                              {}});
    } else if (const auto inexact
               = inexactTotals(unreadable, expected, read, tr("Refresh (F5) to add them up again."))) {
        Q_EMIT requestFailed(id, *inexact);
    } else if (isReport) {
        Q_EMIT costReportFetched(id, report);
    } else {
        Q_EMIT totalsFetched(id, totals);
    }
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

void OneUptimeSource::addTotalsPage(RequestId id, const QByteArray &body)
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
            request->overflow
                = request->overflow || qAddOverflow(request->costCents, cost, &request->costCents);
            ++request->messages;
            CostGroup &status = request->byStatus[record.status];
            status.key = status.label = record.status;
            ++status.messages;
            request->overflow = request->overflow || qAddOverflow(status.costCents, cost, &status.costCents);
            // Days in UTC, as the cache's totals have them.
            const QString day = record.createdAt.isValid()
                ? record.createdAt.toUTC().date().toString(Qt::ISODate)
                : QStringLiteral("none");
            CostGroup &byDay = request->byDay[day];
            byDay.key = day;
            byDay.label = record.createdAt.isValid() ? day : tr("(no time)");
            ++byDay.messages;
            request->overflow = request->overflow || qAddOverflow(byDay.costCents, cost, &byDay.costCents);
            CostGroup &project = request->byProject[record.projectId];
            project.key = record.projectId;
            if (project.label.isEmpty())
                project.label = record.projectName.isEmpty() ? m_info.projectName : record.projectName;
            ++project.messages;
            request->overflow
                = request->overflow || qAddOverflow(project.costCents, cost, &project.costCents);
            if (request->kind == CostReportKind) {
                CostCell &cell
                    = request->cells[{CostReport::hourOf(record.createdAt), record.projectId, record.status}];
                cell.hour = CostReport::hourOf(record.createdAt);
                cell.projectId = record.projectId;
                cell.status = record.status;
                ++cell.messages;
                request->overflow = request->overflow || qAddOverflow(cell.costCents, cost, &cell.costCents);
                if (!project.label.isEmpty() && !record.projectId.isEmpty())
                    request->projectNames.insert(record.projectId, project.label);
                CostGroup &recipient = request->recipients[record.toNumber];
                recipient.key = recipient.label = record.toNumber;
                ++recipient.messages;
                request->overflow
                    = request->overflow || qAddOverflow(recipient.costCents, cost, &recipient.costCents);
            }
        }
        // A page that comes back short means the result shrank: stop there.
        if (page.records.size() < request->pageSize)
            request->nextSkip = std::max(request->nextSkip, request->expected);
        Q_EMIT progressed(id, request->rowsDone, std::max(request->expected, request->rowsDone));
        nextTotalsPages(id);
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
