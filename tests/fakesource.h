// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smslogsource.h"

#include <QSet>

// A scriptable SmsLogSource for model tests. It never answers on its own: every request is logged
// in `requests` and the test decides when and how it is answered (or failed), in which order, and
// whether an answer arrives for a request that was cancelled or superseded (a stale reply).
// Answers are emitted synchronously from the answer*/fail calls. GUI thread only.
class FakeSource : public SmsLogSource
{
    Q_OBJECT
public:
    // Totals: a cost report by day without recipients, as SmsLogSource::requestTotals() asks it;
    // CostReport: any other cost report.
    enum class Type { Rows, Count, Totals, Choices, NewCount, CostReport };
    struct Request {
        Type type = Type::Rows;
        RequestId id = 0;
        SmsQuery query; // Count and Totals: only `query.filter` is set
        qint64 offset = 0;
        int count = 0; // CostReport: the number of top recipients asked for
        QDateTime until; // NewCount only
        CostResolution resolution = CostResolution::Hour; // Totals and CostReport
    };

    // `table` is the whole result of the default query (newest first, as SentAt descending).
    explicit FakeSource(QList<SmsRecord> table, QObject *parent = nullptr);

    // `n` deterministic records: id "id-<i>", createdAt one minute apart, newest first, status
    // cycling through four values, project cycling through three, cost i % 7 cents except that
    // every record with i % 7 == 6 has no cost.
    static QList<SmsRecord> makeTable(int n);
    // The rows of `query`: the table filtered by status and ordered by SentAt or Status.
    QList<SmsRecord> matching(const SmsQuery &query) const;
    // Totals of `filter` over the table, grouped by project, status and UTC day, added up here
    // row by row (not from a cost report) and ordered by the one ordering rule.
    CostTotals totalsOf(const SmsFilter &filter) const;
    // The cost report of `filter` over the table (cells of `resolution`, project names, the
    // `topRecipients` most expensive recipients).
    CostReport costReportOf(const SmsFilter &filter, int topRecipients,
                            CostResolution resolution = CostResolution::Hour) const;

    void setSortableColumns(const QList<SmsColumn> &columns) { m_sortable = columns; }
    // Live mode: a source that grows. addNewest() puts rows in front of the table (newest first).
    void setLive(bool live) { m_live = live; }
    void addNewest(const QList<SmsRecord> &rows) { m_table = rows + m_table; }
    void setLiveNow(const QDateTime &now) { m_liveNow = now; }
    QList<QDateTime> snapshotsSet; // every setSnapshotTime() call, in order

    bool isLive() const override { return m_live; }
    // What dashboardBase() answers for every project (the interface's default until set).
    void setDashboardBase(const DashboardBase &base) { m_dashboardBase = base; }
    DashboardBase dashboardBase(const QString &projectId) const override
    {
        return m_dashboardBase ? *m_dashboardBase : SmsLogSource::dashboardBase(projectId);
    }
    QDateTime snapshotTime() const override { return m_snapshot; }
    void setSnapshotTime(const QDateTime &time) override
    {
        m_snapshot = time;
        snapshotsSet.append(time);
    }
    QDateTime liveNow() const override { return m_live ? m_liveNow : QDateTime(); }
    RequestId requestNewCount(const SmsFilter &filter, const QDateTime &until) override;

    QString description() const override { return QStringLiteral("Fake source"); }
    QList<SmsColumn> sortableColumns() const override { return m_sortable; }
    void open() override { emit opened(); }
    RequestId requestRows(const SmsQuery &query, qint64 offset, int count) override;
    RequestId requestCount(const SmsFilter &filter) override;
    RequestId requestChoices() override;
    RequestId requestCostReport(const SmsFilter &filter, int topRecipients,
                                CostResolution resolution = CostResolution::Hour,
                                ErrorCodeTotals errorCodes = ErrorCodeTotals::Omitted) override;
    bool costReportRecipientsAreSlow() const override { return m_slowRecipients; }
    void setCostReportRecipientsAreSlow(bool slow) { m_slowRecipients = slow; }
    // Only logged: a cancelled request can still be answered, to imitate the race.
    void cancel(RequestId id) override { cancelled.append(id); }

    // Script. Each answer works for any id, including cancelled or already answered ones.
    const Request &request(RequestId id) const;
    QList<Request> requestsOf(Type type) const;
    // Requests neither answered, failed nor cancelled, oldest first.
    QList<Request> pending(Type type) const;
    QList<Request> pending() const;
    bool isAnswered(RequestId id) const { return m_answered.contains(id); }

    void answerRows(RequestId id); // the slice the request asked for
    void answerRows(RequestId id, const QList<SmsRecord> &rows); // any rows, at the asked offset
    void answerCount(RequestId id);
    void answerCount(RequestId id, qint64 count);
    void answerTotals(RequestId id); // the report of the request's filter, by day: totals follow
    void answerChoices(RequestId id);
    void answerCostReport(RequestId id); // costReportOf the request's filter and resolution
    void answerCostReport(RequestId id, const CostReport &report);
    void fail(RequestId id, SourceError::Kind kind, const QString &message);
    // Answers every pending request, oldest first (not those the answers themselves cause).
    void answerAll();

    QList<Request> requests; // every request, oldest first
    QList<RequestId> cancelled; // every cancel() call, in order

private:
    RequestId log(Request request);

    QList<SmsRecord> m_table;
    QList<SmsColumn> m_sortable{SmsColumn::SentAt, SmsColumn::Status};
    QSet<RequestId> m_answered;
    bool m_live = false;
    std::optional<DashboardBase> m_dashboardBase;
    bool m_slowRecipients = false;
    QDateTime m_snapshot;
    QDateTime m_liveNow;
};
