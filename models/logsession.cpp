// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "logsession.h"

#include "contextfinder.h"

#include "costreportmodel.h"
#include "linkcandidatefinder.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"

LogSession::LogSession(QObject *parent)
    : LogSession(nullptr, nullptr, nullptr, parent)
{ }

LogSession::LogSession(SmsLogTableModel *table, SmsLogSummary *summary, CostReportModel *costs,
                       QObject *parent)
    : QObject(parent)
    , m_table(table ? table : new SmsLogTableModel(this))
    , m_summary(summary ? summary : new SmsLogSummary(this))
    , m_costs(costs || table || summary ? costs : new CostReportModel(this))
    , m_linkCandidates(new LinkCandidateFinder(m_table, this))
    , m_contexts(new ContextFinder(m_table, this))
{
    connectModels();
}

void LogSession::connectModels()
{
    connect(m_table, &SmsLogTableModel::queryChanged, this,
            [this](const SmsQuery &query) { emit queryChanged(query, m_table->filterNotes()); });
    if (m_costs)
        m_costs->setFilter(m_table->query().filter);
}

void LogSession::setCostReport(CostReportModel *costs)
{
    if (m_costs || !costs)
        return;
    m_costs = costs;
    m_costs->setFilter(m_table->query().filter);
    m_costs->setTimeZone(m_time.zone());
    m_costs->setSource(m_source);
    if (m_statusIcons)
        m_costs->byStatus()->setStatusIconProvider(m_statusIcons);
}

void LogSession::setSource(SmsLogSource *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source)
        connect(m_source, &SmsLogSource::failed, this, &LogSession::handleSourceFailed);
    // Every model, even when the source is the same: a refused source's report must not stay.
    m_table->setSource(source);
    m_summary->setSource(source);
    if (m_costs)
        m_costs->setSource(source);
    emit sourceChanged(source);
}

void LogSession::handleSourceFailed(const SourceError &error)
{
    SmsLogSource *source = m_source;
    setSource(nullptr); // nothing it shows can be trusted
    emit sourceRefused(source, error);
}

const SmsQuery &LogSession::query() const
{
    return m_table->query();
}

void LogSession::setFilter(const SmsFilter &filter)
{
    m_table->setFilter(filter);
    m_summary->setFilter(filter);
    if (m_costs)
        m_costs->setFilter(filter);
}

void LogSession::sort(SmsColumn column, Qt::SortOrder order)
{
    m_table->sort(int(column), order);
}

bool LogSession::isSortable(SmsColumn column) const
{
    return m_table->isSortable(int(column));
}

DashboardBase LogSession::dashboardBase(const QString &projectId) const
{
    if (!m_source)
        return {{}, tr("No SMS log is open.")};
    return m_source->dashboardBase(projectId);
}

QStringList LogSession::filterNotes() const
{
    return m_table->filterNotes();
}

void LogSession::refresh()
{
    m_table->refresh();
    m_summary->refresh();
    if (m_costs)
        m_costs->refresh();
}

bool LogSession::isLoading() const
{
    return m_table->isLoading() || m_summary->isLoading() || (m_costs && m_costs->isLoading());
}

bool LogSession::stop()
{
    const bool busy = isLoading();
    m_table->cancelLoading();
    m_summary->cancel();
    if (m_costs)
        m_costs->cancel();
    return busy;
}

void LogSession::setTimeDisplay(const TimeDisplay &display)
{
    m_time = display;
    m_table->setTimeDisplay(display);
    if (m_costs)
        m_costs->setTimeZone(display.zone());
}

void LogSession::setStatusIconProvider(const StatusIconProvider *provider)
{
    m_statusIcons = provider;
    m_table->setStatusIconProvider(provider);
    m_summary->byStatus()->setStatusIconProvider(provider);
    if (m_costs)
        m_costs->byStatus()->setStatusIconProvider(provider);
}
