// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "costbreakdownmodel.h"
#include "costreport.h"
#include "smslogsource.h"
#include "smsstatus.h"

#include <QDate>
#include <QPointer>
#include <QTimeZone>
#include <optional>

// The cost report of the current filter (asked of the source, never summed from loaded rows),
// added up into days, ISO weeks or months of a time zone and stacked by status or project, for a
// chart; plus its per-project, per-status and top-recipient tables.
//
// Asks the source only while active (the view is visible); a change while inactive is asked for
// when it becomes active. Where recipients cost much more than the cells
// (SmsLogSource::costReportRecipientsAreSlow), the cells are asked for first and the recipients
// after them, so that the chart does not wait for a scan of every matching row. Time zone, granularity and
// stacking re-arrange the last answer without asking again. GUI thread only; the source is not owned and must
// be open.
class CostReportModel : public QObject
{
    Q_OBJECT
public:
    enum class Granularity { Auto, Day, Week, Month };
    enum class StackBy { Status, Project };

    // One stack of the chart: a status, a project, or "Other" (the projects after the first
    // maxSeries - 1 by cost).
    struct Series {
        QString key; // status value or project id; "" for none; Other: empty and `other` set
        QString name; // what the legend says
        SmsStatus::Outcome outcome = SmsStatus::Outcome::Unknown; // Status only
        bool other = false;
        bool operator==(const Series &) const = default;
    };
    // One bar: a day, an ISO week (Monday first) or a month of the time zone.
    struct Bucket {
        QDate start; // first day (in the zone)
        QString label; // short, for the axis ("23 Mar", "Mar 2026")
        QString title; // long, for tooltips ("Monday 23 March 2026", "Week 13, 2026 (from 23 Mar)")
        QList<qint64> messages; // per series, in series() order
        QList<qint64> costCents; // per series
        qint64 totalMessages = 0;
        qint64 totalCostCents = 0;
    };

    static constexpr int defaultTopRecipients = 10;
    static constexpr int maxSeries = 9; // at most 8 projects or statuses, then "Other"
    // Auto: a span up to this many days is shown by day, up to yearDays by week, else by month.
    static constexpr int dayThreshold = 62;
    static constexpr int weekThreshold = 366;
    // A forced granularity that would make more bars than this is replaced by a coarser one.
    static constexpr int maxBuckets = 400;

    explicit CostReportModel(QObject *parent = nullptr);

    void setSource(SmsLogSource *source);
    void setFilter(const SmsFilter &filter);
    const SmsFilter &filter() const { return m_filter; }
    // Asks again (F5), when active; otherwise when it becomes active.
    void refresh();
    // Stops adding up (Esc): the view says it was stopped, until refresh() or the next filter.
    void cancel();
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // The zone of days, weeks and months (the app's Local/UTC choice). Default: the system's.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    void setGranularity(Granularity granularity);
    Granularity granularity() const { return m_granularity; }
    void setStackBy(StackBy stackBy);
    StackBy stackBy() const { return m_stackBy; }
    // How many recipients the top-recipient table holds (asks again when it changes).
    void setTopRecipientCount(int count);
    int topRecipientCount() const { return m_topRecipients; }

    bool hasSource() const { return m_source != nullptr; }
    // Something is still being added up: the chart or the recipients.
    bool isLoading() const { return m_request != 0 || m_recipientsRequest != 0; }
    // The chart's cells are being added up (nothing for this filter to show yet).
    bool isChartLoading() const { return m_request != 0; }
    // The chart is shown; its top recipients are still being added up.
    bool isLoadingRecipients() const { return m_recipientsRequest != 0; }
    // Why the top recipients could not be added up (the chart is shown all the same).
    const std::optional<SourceError> &recipientsError() const { return m_recipientsError; }
    // An answer for the current filter is shown (possibly with no messages).
    bool hasReport() const { return m_hasReport; }
    const CostReport &report() const { return m_report; }
    // The last request's failure, until the next answer or request.
    const std::optional<SourceError> &error() const { return m_error; }

    // What the chart shows, valid after changed().
    Granularity effectiveGranularity() const { return m_effective; }
    // The zone buckets are made in: timeZone(), or UTC when its offset is not whole hours.
    QTimeZone bucketZone() const { return m_bucketZone; }
    const QList<Series> &series() const { return m_series; }
    const QList<Bucket> &buckets() const { return m_buckets; }
    // Plain sentences to show beside the chart (UTC fallback, coarser bars, messages without a
    // time); empty when there is nothing to say.
    QStringList notes() const { return m_notes; }

    qint64 totalMessages() const { return m_totalMessages; }
    qint64 totalCostCents() const { return m_totalCostCents; }
    // Messages whose status is a failure (SmsStatus::Outcome::Failed): their cost is charged too.
    qint64 failedMessages() const { return m_failedMessages; }
    qint64 failedCostCents() const { return m_failedCostCents; }
    // Messages without a time: in the totals and tables, in no bar.
    qint64 undatedMessages() const { return m_undatedMessages; }
    qint64 undatedCostCents() const { return m_undatedCostCents; }
    // Largest bar (cents) and largest message count of a bucket, for the axes.
    qint64 maxBucketCostCents() const;
    qint64 maxBucketMessages() const;

    CostBreakdownModel *byProject() const { return m_byProject; }
    CostBreakdownModel *byStatus() const { return m_byStatus; }
    CostBreakdownModel *topRecipients() const { return m_recipients; }

    // The name of a project as the report knows it ("(no project)" for none).
    QString projectName(const QString &projectId) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // Anything shown changed: a new answer, a failure, a cleared report, or a new arrangement.
    void changed();
    void errorOccurred(const SourceError &error);
    // A live source adding up: `done` of `total` messages read so far.
    void progressChanged(qint64 done, qint64 total);

private:
    void handleCostReportFetched(SmsLogSource::RequestId id, const CostReport &report);
    void handleRequestFailed(SmsLogSource::RequestId id, const SourceError &error);
    void handleProgressed(SmsLogSource::RequestId id, qint64 done, qint64 total);
    void request();
    void cancelRequest();
    void setRequests(SmsLogSource::RequestId cells, SmsLogSource::RequestId recipients);
    void clearReport();
    // Re-arranges m_report into series, buckets and tables; emits changed().
    void arrange();
    void arrangeTables();
    Granularity chooseGranularity(qint64 firstHour, qint64 lastHour) const;

    QPointer<SmsLogSource> m_source;
    SmsFilter m_filter;
    bool m_active = false;
    bool m_stale = true; // the filter or source changed since the last request
    QTimeZone m_zone;
    Granularity m_granularity = Granularity::Auto;
    StackBy m_stackBy = StackBy::Status;
    int m_topRecipients = defaultTopRecipients;
    SmsLogSource::RequestId m_request = 0; // the cells (and recipients, unless asked apart)
    SmsLogSource::RequestId m_recipientsRequest = 0; // the recipients, asked after the cells
    bool m_recipientsApart = false; // m_request asked for no recipients
    std::optional<SourceError> m_recipientsError;

    CostReport m_report;
    bool m_hasReport = false;
    std::optional<SourceError> m_error;

    Granularity m_effective = Granularity::Day;
    QTimeZone m_bucketZone;
    QList<Series> m_series;
    QList<Bucket> m_buckets;
    QStringList m_notes;
    qint64 m_totalMessages = 0;
    qint64 m_totalCostCents = 0;
    qint64 m_failedMessages = 0;
    qint64 m_failedCostCents = 0;
    qint64 m_undatedMessages = 0;
    qint64 m_undatedCostCents = 0;
    QList<CostGroup> m_projectGroups; // of the tables, unsorted
    QList<CostGroup> m_statusGroups;

    CostBreakdownModel *m_byProject;
    CostBreakdownModel *m_byStatus;
    CostBreakdownModel *m_recipients;
};

Q_DECLARE_METATYPE(CostReportModel::Granularity)
Q_DECLARE_METATYPE(CostReportModel::StackBy)
