// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "smslogsummary.h"

SmsLogSummary::SmsLogSummary(QObject *parent)
    : QObject(parent)
    , m_byProject(new CostBreakdownModel(tr("Project"), this))
    , m_byStatus(new CostBreakdownModel(tr("Status"), this))
{ }

void SmsLogSummary::setSource(SmsLogSource *source)
{
    const bool hadSource = m_source;
    const bool wasLoading = isLoading();
    if (m_source) {
        disconnect(m_source, nullptr, this, nullptr);
        if (m_totalsRequest != 0)
            m_source->cancel(m_totalsRequest);
        if (m_choicesRequest != 0)
            m_source->cancel(m_choicesRequest);
    }
    m_totalsRequest = 0;
    m_choicesRequest = 0;
    m_source = source;
    if (hadSource) {
        // Nothing of the previous source stays on screen.
        m_totals = {};
        m_choices = {};
        m_byProject->setGroups({}, 0);
        m_byStatus->setGroups({}, 0);
        emit totalsChanged(m_totals);
        emit choicesChanged(m_choices);
    }
    if (wasLoading)
        emit loadingChanged(false);
    if (m_source) {
        connect(m_source, &SmsLogSource::totalsFetched, this, &SmsLogSummary::handleTotalsFetched);
        connect(m_source, &SmsLogSource::choicesFetched, this, &SmsLogSummary::handleChoicesFetched);
        connect(m_source, &SmsLogSource::requestFailed, this, &SmsLogSummary::handleRequestFailed);
        connect(m_source, &SmsLogSource::progressed, this,
                [this](SmsLogSource::RequestId id, qint64 done, qint64 total) {
                    if (id == m_totalsRequest && id != 0)
                        emit progressChanged(done, total);
                });
    }
    refresh();
}

void SmsLogSummary::setFilter(const SmsFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    requestTotals();
}

void SmsLogSummary::refresh()
{
    if (m_source)
        m_choicesRequest = m_source->requestChoices();
    requestTotals();
}

void SmsLogSummary::cancel()
{
    if (!m_source || m_totalsRequest == 0)
        return;
    const SmsLogSource::RequestId id = m_totalsRequest;
    m_source->cancel(id);
    handleRequestFailed(id, {SourceError::Kind::Cancelled, {}, {}});
    emit errorOccurred({SourceError::Kind::Cancelled,
                        tr("Totals were stopped before they were complete. Refresh (F5) to add them up."),
                        {}});
}

void SmsLogSummary::requestTotals()
{
    if (!m_source)
        return;
    const bool wasLoading = isLoading();
    if (m_totalsRequest != 0)
        m_source->cancel(m_totalsRequest);
    m_totalsRequest = m_source->requestTotals(m_filter);
    if (!wasLoading)
        emit loadingChanged(true);
}

void SmsLogSummary::handleTotalsFetched(SmsLogSource::RequestId id, const CostTotals &totals)
{
    if (id != m_totalsRequest)
        return; // superseded by a newer filter
    m_totalsRequest = 0;
    m_totals = totals;
    m_byProject->setGroups(totals.byProject, totals.costCents);
    m_byStatus->setGroups(totals.byStatus, totals.costCents);
    emit totalsChanged(m_totals);
    emit loadingChanged(false);
}

void SmsLogSummary::handleChoicesFetched(SmsLogSource::RequestId id, const FilterChoices &choices)
{
    if (id != m_choicesRequest)
        return;
    m_choicesRequest = 0;
    m_choices = choices;
    emit choicesChanged(m_choices);
}

void SmsLogSummary::handleRequestFailed(SmsLogSource::RequestId id, const SourceError &error)
{
    if (id == m_totalsRequest) {
        // Never leave the figures of another filter on screen as if they were these.
        m_totalsRequest = 0;
        m_totals = {};
        m_byProject->setGroups({}, 0);
        m_byStatus->setGroups({}, 0);
        emit loadingChanged(false);
    } else if (id == m_choicesRequest) {
        m_choicesRequest = 0;
    } else {
        return;
    }
    if (error.kind != SourceError::Kind::Cancelled)
        emit errorOccurred(error);
}
