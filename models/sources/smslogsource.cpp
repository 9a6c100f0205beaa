// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "smslogsource.h"

#include "costsummary.h"

SmsLogSource::SmsLogSource(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SmsLogSource::RequestId>("SmsLogSource::RequestId");
    qRegisterMetaType<SmsRecord>();
    qRegisterMetaType<QList<SmsRecord>>();
    qRegisterMetaType<ResourceContexts>();
    qRegisterMetaType<CostTotals>();
    qRegisterMetaType<FilterChoices>();
    qRegisterMetaType<SourceError>();
    qRegisterMetaType<SmsQuery>();
    qRegisterMetaType<CostReport>();
    // Before any receiver a caller connects: totals are answered as soon as their report is.
    connect(this, &SmsLogSource::costReportFetched, this, &SmsLogSource::projectTotals);
    connect(this, &SmsLogSource::requestFailed, this, [this](RequestId id) { m_totalsRequests.remove(id); });
}

SmsLogSource::RequestId SmsLogSource::requestCostReport(const SmsFilter &filter, int topRecipients,
                                                        CostResolution resolution, ErrorCodeTotals errorCodes)
{
    Q_UNUSED(filter)
    Q_UNUSED(topRecipients)
    Q_UNUSED(resolution)
    Q_UNUSED(errorCodes)
    const RequestId id = nextRequestId();
    QMetaObject::invokeMethod(
        this,
        [this, id] {
            Q_EMIT requestFailed(
                id, {SourceError::Kind::Query, tr("This source cannot add up costs for a chart."), {}});
        },
        Qt::QueuedConnection);
    return id;
}

SmsLogSource::RequestId SmsLogSource::requestTotals(const SmsFilter &filter)
{
    const RequestId id = requestCostReport(filter, 0, CostResolution::Day);
    m_totalsRequests.insert(id);
    return id;
}

void SmsLogSource::projectTotals(RequestId id, const CostReport &report)
{
    if (!m_totalsRequests.remove(id))
        return;
    if (const auto totals = totalsOfReport(report))
        Q_EMIT totalsFetched(id, *totals);
    else
        Q_EMIT requestFailed(id,
                             {SourceError::Kind::Query, tr("The total cost is too large to add up."), {}});
}

DashboardBase SmsLogSource::dashboardBase(const QString &projectId) const
{
    Q_UNUSED(projectId)
    return {{}, tr("This source does not say which OneUptime instance it came from.")};
}
