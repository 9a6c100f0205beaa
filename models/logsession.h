// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smslogsource.h"
#include "timedisplay.h"

#include <QObject>
#include <QPointer>

class CostReportModel;
class ContextFinder;
class LinkCandidateFinder;
class SmsLogSummary;
class SmsLogTableModel;
class StatusIconProvider;

// What is being looked at: the source, the query (filter and sort) and every model that follows
// them, the log table (SmsLogTableModel), the totals (SmsLogSummary) and the cost report
// (CostReportModel), and what a number in its linked-resource filter may stand for
// (LinkCandidateFinder). Widgets and the composition root change the source, the filter or the sort,
// refresh or stop with one call here; none of them fans a change out to the models by hand.
//
// A new source, no source, or a source that refuses itself after it opened (SmsLogSource::failed)
// resets every model: nothing of the previous source stays on screen.
//
// GUI thread only. The source is not owned (the composition root opens it, and deletes it after
// setSource(nullptr) or another source). The models are owned when the session made them,
// otherwise held and must outlive it.
class LogSession : public QObject
{
    Q_OBJECT
public:
    // A session with models of its own (table, totals and cost report).
    explicit LogSession(QObject *parent = nullptr);
    // A session over models made elsewhere; `costs` may be null (none, or setCostReport() later).
    LogSession(SmsLogTableModel *table, SmsLogSummary *summary, CostReportModel *costs = nullptr,
               QObject *parent = nullptr);

    SmsLogTableModel *table() const { return m_table; }
    SmsLogSummary *summary() const { return m_summary; }
    CostReportModel *costs() const { return m_costs; }
    // Whether the filter's incident or alert number names one resource in each of several projects.
    LinkCandidateFinder *linkCandidates() const { return m_linkCandidates; }
    // The detail pane's message's context (incident state and severity, monitor type).
    ContextFinder *contexts() const { return m_contexts; }
    // Adds a cost report made elsewhere (not owned) when the session has none: it takes the
    // session's source, filter and time zone from now on.
    void setCostReport(CostReportModel *costs);

    // The source every model shows; null for none. Also null once the source was refused or
    // destroyed.
    SmsLogSource *source() const { return m_source; }
    // Shows `source` (open, or null) in every model; the filter and sort are kept.
    void setSource(SmsLogSource *source);

    const SmsQuery &query() const;
    void setFilter(const SmsFilter &filter);
    void sort(SmsColumn column, Qt::SortOrder order);
    bool isSortable(SmsColumn column) const;
    // What the source cannot honour exactly in the current filter, in plain words.
    QStringList filterNotes() const;
    // The OneUptime instance of a project's messages (SmsLogSource::dashboardBase), or why none.
    DashboardBase dashboardBase(const QString &projectId) const;

    // Asks every model again (F5).
    void refresh();
    // Stops loading rows, counting, adding up totals and the cost report (Esc). Returns whether
    // anything was under way.
    bool stop();
    bool isLoading() const;

    // Local time or UTC: the table's times and the cost report's days.
    void setTimeDisplay(const TimeDisplay &display);
    // The icon of each status in the table and the per-status breakdowns (null: none). Not
    // owned; see StatusIconProvider.
    void setStatusIconProvider(const StatusIconProvider *provider);

Q_SIGNALS:
    // Every model now shows `source` (null: nothing).
    void sourceChanged(SmsLogSource *source);
    // The source refused itself after it opened; every model was reset to no source. The
    // source is still the composition root's to delete.
    void sourceRefused(SmsLogSource *source, const SourceError &error);
    // A new query (filter, sort or source), with what the source cannot honour in its filter.
    void queryChanged(const SmsQuery &query, const QStringList &filterNotes);

private:
    void connectModels();
    void handleSourceFailed(const SourceError &error);

    SmsLogTableModel *m_table;
    SmsLogSummary *m_summary;
    CostReportModel *m_costs;
    LinkCandidateFinder *m_linkCandidates;
    ContextFinder *m_contexts;
    QPointer<SmsLogSource> m_source;
    const StatusIconProvider *m_statusIcons = nullptr;
    TimeDisplay m_time;
};
