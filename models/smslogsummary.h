// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "costbreakdownmodel.h"
#include "smslogsource.h"

#include <QPointer>

// Totals of the current filter (count and cost, per project and per status) and the values a
// filter bar can offer, both asked of the source, never summed from loaded rows.
// GUI thread only; the source is not owned and must be open.
class SmsLogSummary : public QObject
{
    Q_OBJECT
public:
    explicit SmsLogSummary(QObject *parent = nullptr);

    void setSource(SmsLogSource *source);
    void setFilter(const SmsFilter &filter);
    void refresh();
    // Stops the totals being added up (Esc): the figures are cleared and errorOccurred() says
    // they were stopped, until the next filter or refresh().
    void cancel();

    bool isLoading() const { return m_totalsRequest != 0; }
    bool hasSource() const { return m_source != nullptr; }
    const CostTotals &totals() const { return m_totals; }
    const FilterChoices &choices() const { return m_choices; }
    CostBreakdownModel *byProject() const { return m_byProject; }
    CostBreakdownModel *byStatus() const { return m_byStatus; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    void totalsChanged(const CostTotals &totals);
    void choicesChanged(const FilterChoices &choices);
    void errorOccurred(const SourceError &error);
    // Totals being added up: `done` of `total` messages so far (live sources page through them).
    void progressChanged(qint64 done, qint64 total);

private:
    void handleTotalsFetched(SmsLogSource::RequestId id, const CostTotals &totals);
    void handleChoicesFetched(SmsLogSource::RequestId id, const FilterChoices &choices);
    void handleRequestFailed(SmsLogSource::RequestId id, const SourceError &error);
    void requestTotals();

    QPointer<SmsLogSource> m_source;
    SmsFilter m_filter;
    CostTotals m_totals;
    FilterChoices m_choices;
    SmsLogSource::RequestId m_totalsRequest = 0;
    SmsLogSource::RequestId m_choicesRequest = 0;
    CostBreakdownModel *m_byProject;
    CostBreakdownModel *m_byStatus;
};
