// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "costreport.h"
#include "costtotals.h"
#include "dashboardlinks.h"
#include "linkcandidate.h"
#include "resourcecontext.h"
#include "smsquery.h"
#include "smsrecord.h"
#include "sourceerror.h"

#include <QList>
#include <QObject>
#include <QSet>

// Where SMS logs come from: a cache file or a live OneUptime connection.
//
// Contract: every call is made from the GUI thread and returns at once; results arrive later as
// signals on the GUI thread, tagged with the id the request returned. A cancelled request may still
// answer; callers drop answers they no longer want. Request ids are unique per source and never 0.
class SmsLogSource : public QObject
{
    Q_OBJECT
public:
    using RequestId = quint64;

    explicit SmsLogSource(QObject *parent = nullptr);

    // One line for the status bar and title ("Cache demo.sqlite", "oneuptime.com — Project X").
    virtual QString description() const = 0;
    // What a user should know about the source before reading it (a snapshot's origin, filter
    // and redaction), in plain words; empty when there is nothing to say. Valid once open.
    virtual QString banner() const { return {}; }
    // Columns the source can order by without scanning everything.
    virtual QList<SmsColumn> sortableColumns() const = 0;

    // Starts opening; answers with opened() or openFailed().
    virtual void open() = 0;

    // `count` rows of `query` starting at row `offset` (0-based) → rowsFetched.
    virtual RequestId requestRows(const SmsQuery &query, qint64 offset, int count) = 0;
    // Exact number of rows matching `filter` → countFetched.
    virtual RequestId requestCount(const SmsFilter &filter) = 0;
    // The one aggregate request: the cost report of every row matching `filter` (messages and cents
    // per UTC hour or day × project × status), with at most `topRecipients` recipients (0: none)
    // → costReportFetched; with ErrorCodeTotals::Included, also by provider error code
    // (CostReport::errorCodes). Exact or refused (requestFailed with the reason). Every figure about
    // money is a projection of this answer (costsummary.h); no source adds money up another way.
    // A source that cannot make one answers requestFailed (later, like any answer).
    virtual RequestId requestCostReport(const SmsFilter &filter, int topRecipients,
                                        CostResolution resolution = CostResolution::Hour,
                                        ErrorCodeTotals errorCodes = ErrorCodeTotals::Omitted);
    // Count and cost over every row matching `filter`, by project, status and UTC day →
    // totalsFetched: requestCostReport(filter, 0, CostResolution::Day) projected by
    // totalsOfReport(), answered under the same id (errors as requestFailed).
    RequestId requestTotals(const SmsFilter &filter);
    // Whether top recipients cost a cost report much more than its cells (a cache adds up cells
    // from its roll-ups but reads every matching row for recipients), so that a caller asks for the
    // cells first (topRecipients 0) and the recipients in a second request. False when one pass
    // gives both (a live source pages through every message either way).
    virtual bool costReportRecipientsAreSlow() const { return false; }
    // Values a filter bar can offer → choicesFetched.
    virtual RequestId requestChoices() = 0;
    // The current state of one message by id → recordFetched (found false when the source no
    // longer has it). 0 when the source's rows cannot change (a cache file): nothing to ask.
    virtual RequestId requestRecord(const QString &id)
    {
        Q_UNUSED(id)
        return 0;
    }
    // The resources of `kind` numbered `number` (incidents and alerts count per project) that
    // messages link to, each with its project; only those of `projectId` when it is not empty →
    // linkCandidatesFetched. 0 when a number names one resource at most (a source of one
    // project): nothing to ask.
    virtual RequestId requestLinkCandidates(LinkKind kind, qint64 number, const QString &projectId)
    {
        Q_UNUSED(kind)
        Q_UNUSED(number)
        Q_UNUSED(projectId)
        return 0;
    }
    // What is known about the incidents, alerts and monitors that `records` link to (prefixed
    // number, state, severity, monitor type; resourcecontext.h) → contextsFetched, never
    // requestFailed: what cannot be read (a key without the permission, an older server or cache
    // format, a failed call) is left out. 0 when the source knows no contexts: nothing to ask.
    virtual RequestId requestContexts(const QList<SmsRecord> &records)
    {
        Q_UNUSED(records)
        return 0;
    }
    // The OneUptime instance the messages of `projectId` came from, for "Open in OneUptime"; by
    // default unknown, with the reason. Valid once open; answers at once.
    virtual DashboardBase dashboardBase(const QString &projectId) const;
    // Stops the request if it has not answered yet; it then answers nothing or an error of kind
    // Cancelled.
    virtual void cancel(RequestId id) = 0;

    // Plain-words notes on parts of `filter` the source cannot honour exactly (a server that
    // treats % and _ as wildcards, say). Empty when it honours all of it.
    virtual QStringList filterNotes(const SmsFilter &filter) const
    {
        Q_UNUSED(filter)
        return {};
    }

    // Live sources (a server whose logs grow while it is open). Their answers cover only the
    // messages created up to snapshotTime() (inclusive), so row positions stay put while new
    // messages arrive. A source that does not grow answers false / invalid / 0 and ignores the
    // setter.
    virtual bool isLive() const { return false; }
    virtual QDateTime snapshotTime() const { return {}; }
    // Moves the snapshot (later: newer messages are taken in). Answers already given stay valid
    // only for the old snapshot.
    virtual void setSnapshotTime(const QDateTime &time) { Q_UNUSED(time) }
    // The latest moment whose messages are surely all visible (the server's clock, less a margin
    // for transactions still committing).
    virtual QDateTime liveNow() const { return {}; }
    // Messages matching `filter` created after snapshotTime() and up to `until` → countFetched.
    virtual RequestId requestNewCount(const SmsFilter &filter, const QDateTime &until)
    {
        Q_UNUSED(filter)
        Q_UNUSED(until)
        return 0;
    }

Q_SIGNALS:
    void opened();
    void openFailed(const SourceError &error);
    // After opened(): the source turned out to be unusable (a damaged file, say). Its answers so
    // far cannot be trusted; show the error and close it.
    void failed(const SourceError &error);
    void rowsFetched(SmsLogSource::RequestId id, qint64 offset, const QList<SmsRecord> &rows);
    void countFetched(SmsLogSource::RequestId id, qint64 count);
    void totalsFetched(SmsLogSource::RequestId id, const CostTotals &totals);
    void choicesFetched(SmsLogSource::RequestId id, const FilterChoices &choices);
    void costReportFetched(SmsLogSource::RequestId id, const CostReport &report);
    void recordFetched(SmsLogSource::RequestId id, const SmsRecord &record, bool found);
    void linkCandidatesFetched(SmsLogSource::RequestId id, const QList<LinkCandidate> &candidates);
    void contextsFetched(SmsLogSource::RequestId id, const ResourceContexts &contexts);
    void requestFailed(SmsLogSource::RequestId id, const SourceError &error);
    // A long request (totals over a live source) has done `done` of `total` units.
    void progressed(SmsLogSource::RequestId id, qint64 done, qint64 total);
    // Something the user should know while waiting ("The server asks to slow down…"); empty clears.
    void noticeChanged(const QString &notice);

protected:
    RequestId nextRequestId() { return ++m_lastRequestId; }

private:
    void projectTotals(SmsLogSource::RequestId id, const CostReport &report);

    RequestId m_lastRequestId = 0;
    QSet<RequestId> m_totalsRequests; // cost reports asked for by requestTotals()
};
