// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "oneuptimeclient.h"
#include "oneuptimeparser.h"
#include "oneuptimequery.h"
#include "smslogsource.h"

#include <QHash>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

class OneUptimeCall;
class OneUptimeContextReader;
class OneUptimePageParser;

// What opening a connection found, in facts a connection test can report.
struct OneUptimeServerInfo {
    QString version; // as the server says; empty when it would not say
    OneUptimeQuery::ServerFeatures features;
    QString projectId; // the key's project; empty while the project has no SMS logs
    QString projectName;
    qint64 messageCount = -1; // SMS logs the key can read
};

// SMS logs read live from a OneUptime instance over its REST API (../shared/oneuptime-api.md).
//
// Row positions are kept stable while messages arrive: every answer covers only the messages
// created up to the snapshot time (taken from the server's clock), so new messages never shift
// the pages being read; requestNewCount() and setSnapshotTime() take them in (follow mode).
// Rows are de-duplicated by id within each request. Pages larger than the server's limit are
// fetched in several requests at once. Totals page through every matching row with a minimal
// select and the largest page the server accepts (the API has no sums), reporting progress.
//
// GUI thread. Network calls are asynchronous; big totals pages are parsed on a worker thread.
class OneUptimeSource : public SmsLogSource
{
    Q_OBJECT
public:
    explicit OneUptimeSource(const OneUptimeSettings &settings, QObject *parent = nullptr);
    ~OneUptimeSource() override;

    QString description() const override;
    QList<SmsColumn> sortableColumns() const override;
    void open() override;
    RequestId requestRows(const SmsQuery &query, qint64 offset, int count) override;
    RequestId requestCount(const SmsFilter &filter) override;
    RequestId requestChoices() override;
    RequestId requestRecord(const QString &id) override;
    // One get-list of these messages with the context relations (OneUptimeQuery::Fields::Context),
    // then what OneUptimeContextReader adds: state and severity names, monitor types.
    RequestId requestContexts(const QList<SmsRecord> &records) override;
    // Pages through every matching message (the API has no sums) with a minimal select and the
    // largest page the server accepts, reporting progress: exact or refused. One pass serves every
    // report of the same query (the totals and the cost view together); the last one answered is
    // kept for its query (its snapshot), so asking again costs nothing.
    RequestId requestCostReport(const SmsFilter &filter, int topRecipients,
                                CostResolution resolution = CostResolution::Hour,
                                ErrorCodeTotals errorCodes = ErrorCodeTotals::Omitted) override;
    void cancel(RequestId id) override;

    // The connection's instance (every project of a connection lives on it).
    DashboardBase dashboardBase(const QString &projectId) const override;
    bool isLive() const override { return true; }
    QDateTime snapshotTime() const override { return m_snapshot; }
    void setSnapshotTime(const QDateTime &time) override;
    QDateTime liveNow() const override;
    RequestId requestNewCount(const SmsFilter &filter, const QDateTime &until) override;

    const OneUptimeServerInfo &serverInfo() const { return m_info; }
    // Plain-words notes on filters the server cannot honour exactly (wildcards, fields searched).
    QStringList filterNotes(const SmsFilter &filter) const;
    // Largest page for totals; tests lower it to exercise paging.
    void setTotalsPageSize(int rows) { m_totalsPageSize = rows; }

private:
    struct Request; // one caller request: several calls, one answer
    struct ListCall; // one get-list call of a request

    RequestId startRequest(int kind);
    void finishRequest(RequestId id);
    void failRequest(RequestId id, const SourceError &error);

    // get-list of `query` (from queryFor(), so fixed to the snapshot it was made under) with select
    // adaptation: a 400 naming a column is answered by dropping that column and trying again.
    // `done` gets the body; failures go to failRequest.
    void list(RequestId id, const QJsonObject &query, const OneUptimeQuery::SortFields &sort,
              OneUptimeQuery::Fields fields, qint64 skip, int limit,
              std::function<void(const QByteArray &)> done, int attempt = 0);
    void count(RequestId id, const QJsonObject &query, std::function<void(qint64)> done);
    void track(RequestId id, OneUptimeCall *call);

    QJsonObject queryFor(const SmsFilter &filter) const; // with the snapshot bound
    QJsonObject selectFor(OneUptimeQuery::Fields fields) const; // without dropped columns
    bool dropRejectedColumn(const QString &serverMessage);

    void openProbe(RequestId id);
    void resolveAnnouncements(RequestId id, QList<SmsRecord> rows,
                              std::function<void(const QList<SmsRecord> &)> done);
    void fillAnnouncementNames(QList<SmsRecord> &rows) const;
    // Parses a get-list answer on the parser's thread; `done` runs on this thread if `id` is still
    // wanted; a body that is not a page fails the request.
    void parsePage(RequestId id, const QByteArray &body,
                   std::function<void(const OneUptimeParser::ListPage &)> done);
    // Aggregate passes: the first page, then nextPassPages; finishPass answers every waiter.
    void startPass(RequestId id);
    void nextPassPages(RequestId id);
    void finishPass(RequestId id);
    void addPassPage(RequestId id, const QByteArray &body);
    // Answers the cost report `id` from a pass's report (its recipients cut, its cells by day).
    void answerReport(RequestId id, CostReport report);
    // The rule of totals added up from the API's pages: exact or refused. Refused when some cost
    // was not whole cents or when the messages read (each id once) are not as many as the server
    // counted (`counted`, -1 when it gave no count). `again` says what to do then.
    static std::optional<SourceError> inexactTotals(qint64 unreadableCosts, qint64 counted, qint64 read,
                                                    const QString &again);

    OneUptimeClient *m_client;
    OneUptimePageParser *m_parser; // get-list answers, parsed on a thread of its own
    OneUptimeContextReader *m_contextReader; // state, severity and monitor type names
    OneUptimeServerInfo m_info;
    QDateTime m_snapshot; // inclusive upper bound on createdAt of every answer
    int m_totalsPageSize = 0; // 0: the server's largest
    QSet<QString> m_droppedColumns; // "errorCode", "incident.incidentNumber", ...
    QHash<QString, QString> m_announcementTitles; // id → title
    QHash<QString, QList<std::function<void()>>> m_announcementWaiters; // id → requests awaiting its title
    bool m_announcementsReadable = true; // false after the key was refused
    QHash<RequestId, Request *> m_requests;
    struct Aggregate;
    QHash<QByteArray, RequestId> m_passes; // query (compact JSON) → the pass under way for it
    std::unique_ptr<Aggregate> m_lastAggregate;
    QHash<OneUptimeCall *, RequestId> m_calls;
    QSet<OneUptimeCall *> m_retryingCalls; // waiting to try again: the notice is shown
};
