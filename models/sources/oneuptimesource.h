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

class OneUptimeCall;
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
    RequestId requestTotals(const SmsFilter &filter) override;
    RequestId requestChoices() override;
    RequestId requestRecord(const QString &id) override;
    // Pages through every matching message like requestTotals (with the recipient number
    // selected too), with the same progress and the same rule: exact or refused.
    RequestId requestCostReport(const SmsFilter &filter, int topRecipients) override;
    void cancel(RequestId id) override;

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
    // Totals and cost reports: the first page, then nextTotalsPages.
    void startTotals(RequestId id, const SmsFilter &filter);
    void nextTotalsPages(RequestId id);
    void finishTotals(RequestId id);
    void addTotalsPage(RequestId id, const QByteArray &body);

    OneUptimeClient *m_client;
    OneUptimePageParser *m_parser; // get-list answers, parsed on a thread of its own
    OneUptimeServerInfo m_info;
    QDateTime m_snapshot; // inclusive upper bound on createdAt of every answer
    int m_totalsPageSize = 0; // 0: the server's largest
    QSet<QString> m_droppedColumns; // "errorCode", "incident.incidentNumber", ...
    QHash<QString, QString> m_announcementTitles; // id → title
    QHash<QString, QList<std::function<void()>>> m_announcementWaiters; // id → requests awaiting its title
    bool m_announcementsReadable = true; // false after the key was refused
    QHash<RequestId, Request *> m_requests;
    QHash<OneUptimeCall *, RequestId> m_calls;
    QSet<OneUptimeCall *> m_retryingCalls; // waiting to try again: the notice is shown
};
