// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "fakesource.h"

#include "costsummary.h"

#include <QHash>
#include <QMap>
#include <algorithm>

FakeSource::FakeSource(QList<SmsRecord> table, QObject *parent)
    : SmsLogSource(parent)
    , m_table(std::move(table))
{ }

QList<SmsRecord> FakeSource::makeTable(int n)
{
    static const QStringList statuses{QStringLiteral("Delivered"), QStringLiteral("Failed"),
                                      QStringLiteral("Sending"), QStringLiteral("Undelivered")};
    const QDateTime newest(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    QList<SmsRecord> table;
    table.reserve(n);
    for (int i = 0; i < n; ++i) {
        SmsRecord r;
        r.id = QStringLiteral("id-%1").arg(i);
        r.createdAt = newest.addSecs(-60 * qint64(i));
        r.status = statuses.at(i % statuses.size());
        r.projectId = QStringLiteral("project-%1").arg(i % 3);
        r.projectName = QStringLiteral("Project %1").arg(i % 3);
        r.toNumber = QStringLiteral("+1555%1").arg(i, 7, 10, QLatin1Char('0'));
        if (i % 7 != 6)
            r.costCents = i % 7;
        table.append(r);
    }
    return table;
}

QList<SmsRecord> FakeSource::matching(const SmsQuery &query) const
{
    QList<SmsRecord> rows;
    for (const SmsRecord &r : m_table) {
        if (query.filter.statuses.isEmpty() || query.filter.statuses.contains(r.status))
            rows.append(r);
    }
    // The table is SentAt descending; a stable sort keeps that order within equal statuses.
    const bool ascending = query.sort.order == Qt::AscendingOrder;
    if (query.sort.column == SmsColumn::Status) {
        std::stable_sort(rows.begin(), rows.end(), [ascending](const SmsRecord &a, const SmsRecord &b) {
            return ascending ? a.status < b.status : b.status < a.status;
        });
    } else if (ascending) {
        std::reverse(rows.begin(), rows.end());
    }
    return rows;
}

CostTotals FakeSource::totalsOf(const SmsFilter &filter) const
{
    CostTotals totals;
    QMap<QString, CostGroup> projects;
    QMap<QString, CostGroup> statuses;
    QMap<QString, CostGroup> days;
    for (const SmsRecord &r : matching(SmsQuery{filter, {}})) {
        const qint64 cost = r.costCents.value_or(0);
        const auto add = [cost](QMap<QString, CostGroup> &groups, const QString &key, const QString &label) {
            CostGroup &group = groups[key];
            group.key = key;
            group.label = label;
            group.messages += 1;
            group.costCents += cost;
        };
        totals.messages += 1;
        totals.costCents += cost;
        add(projects, r.projectId, r.projectName);
        add(statuses, r.status, r.status);
        const QString day = r.createdAt.toUTC().date().toString(Qt::ISODate);
        add(days, day, day);
    }
    totals.byProject = projects.values();
    totals.byStatus = statuses.values();
    totals.byDay = days.values();
    const auto order = [](QList<CostGroup> &groups, SummaryGrouping by) {
        std::sort(groups.begin(), groups.end(),
                  [by](const CostGroup &a, const CostGroup &b) { return summaryGroupBefore(by, a, b); });
    };
    order(totals.byProject, SummaryGrouping::Project);
    order(totals.byStatus, SummaryGrouping::Status);
    order(totals.byDay, SummaryGrouping::Day);
    return totals;
}

CostReport FakeSource::costReportOf(const SmsFilter &filter, int topRecipients,
                                    CostResolution resolution) const
{
    CostReport report;
    QHash<QString, CostGroup> recipients;
    for (const SmsRecord &r : matching(SmsQuery{filter, {}})) {
        const qint64 cost = r.costCents.value_or(0);
        report.cells.append({CostReport::hourOf(r.createdAt), r.projectId, r.status, 1, cost});
        if (!r.projectName.isEmpty())
            report.projectNames.insert(r.projectId, r.projectName);
        CostGroup &recipient = recipients[r.toNumber];
        recipient.key = recipient.label = r.toNumber;
        recipient.messages += 1;
        recipient.costCents += cost;
    }
    report.topRecipients = recipients.values();
    if (!report.normalize())
        qFatal("FakeSource: cost report overflow");
    report.topRecipients = report.topRecipients.mid(0, topRecipients);
    if (resolution == CostResolution::Day && !report.coarsenToDays())
        qFatal("FakeSource: cost report overflow");
    return report;
}

SmsLogSource::RequestId FakeSource::log(Request request)
{
    request.id = nextRequestId();
    requests.append(request);
    return request.id;
}

SmsLogSource::RequestId FakeSource::requestRows(const SmsQuery &query, qint64 offset, int count)
{
    return log({Type::Rows, 0, query, offset, count, {}});
}

SmsLogSource::RequestId FakeSource::requestCount(const SmsFilter &filter)
{
    return log({Type::Count, 0, SmsQuery{filter, {}}, 0, 0, {}});
}

SmsLogSource::RequestId FakeSource::requestNewCount(const SmsFilter &filter, const QDateTime &until)
{
    Request request{Type::NewCount, 0, SmsQuery{filter, {}}, 0, 0, until};
    return log(request);
}

SmsLogSource::RequestId FakeSource::requestChoices()
{
    return log({Type::Choices, 0, {}, 0, 0, {}});
}

SmsLogSource::RequestId FakeSource::requestCostReport(const SmsFilter &filter, int topRecipients,
                                                      CostResolution resolution, ErrorCodeTotals errorCodes)
{
    Q_UNUSED(errorCodes) // model tests ask for no error codes
    const bool totals = topRecipients <= 0 && resolution == CostResolution::Day;
    return log({totals ? Type::Totals : Type::CostReport,
                0,
                SmsQuery{filter, {}},
                0,
                topRecipients,
                {},
                resolution});
}

const FakeSource::Request &FakeSource::request(RequestId id) const
{
    const auto it
        = std::find_if(requests.cbegin(), requests.cend(), [id](const Request &r) { return r.id == id; });
    if (it == requests.cend())
        qFatal("FakeSource: unknown request id %llu", static_cast<unsigned long long>(id));
    return *it;
}

QList<FakeSource::Request> FakeSource::requestsOf(Type type) const
{
    QList<Request> result;
    std::copy_if(requests.cbegin(), requests.cend(), std::back_inserter(result),
                 [type](const Request &r) { return r.type == type; });
    return result;
}

QList<FakeSource::Request> FakeSource::pending() const
{
    QList<Request> result;
    std::copy_if(requests.cbegin(), requests.cend(), std::back_inserter(result), [this](const Request &r) {
        return !m_answered.contains(r.id) && !cancelled.contains(r.id);
    });
    return result;
}

QList<FakeSource::Request> FakeSource::pending(Type type) const
{
    QList<Request> result = pending();
    result.removeIf([type](const Request &r) { return r.type != type; });
    return result;
}

void FakeSource::answerRows(RequestId id)
{
    const Request &r = request(id);
    answerRows(id, matching(r.query).mid(r.offset, r.count));
}

void FakeSource::answerRows(RequestId id, const QList<SmsRecord> &rows)
{
    m_answered.insert(id);
    emit rowsFetched(id, request(id).offset, rows);
}

void FakeSource::answerCount(RequestId id)
{
    answerCount(id, matching(request(id).query).size());
}

void FakeSource::answerCount(RequestId id, qint64 count)
{
    m_answered.insert(id);
    emit countFetched(id, count);
}

void FakeSource::answerTotals(RequestId id)
{
    answerCostReport(id, costReportOf(request(id).query.filter, 0, CostResolution::Day));
}

void FakeSource::answerChoices(RequestId id)
{
    FilterChoices choices;
    for (const SmsRecord &r : std::as_const(m_table)) {
        if (!choices.statuses.contains(r.status))
            choices.statuses.append(r.status);
    }
    m_answered.insert(id);
    emit choicesFetched(id, choices);
}

void FakeSource::answerCostReport(RequestId id)
{
    const Request &r = request(id);
    answerCostReport(id, costReportOf(r.query.filter, r.count, r.resolution));
}

void FakeSource::answerCostReport(RequestId id, const CostReport &report)
{
    m_answered.insert(id);
    emit costReportFetched(id, report);
}

void FakeSource::fail(RequestId id, SourceError::Kind kind, const QString &message)
{
    m_answered.insert(id);
    emit requestFailed(id, SourceError{kind, message, QStringLiteral("fake detail")});
}

void FakeSource::answerAll()
{
    for (const Request &r : pending()) {
        if (cancelled.contains(r.id))
            continue; // cancelled by the model while answering an earlier one
        switch (r.type) {
        case Type::Rows: answerRows(r.id); break;
        case Type::Count: answerCount(r.id); break;
        case Type::Totals: answerTotals(r.id); break;
        case Type::Choices: answerChoices(r.id); break;
        case Type::NewCount: answerCount(r.id, 0); break;
        case Type::CostReport: answerCostReport(r.id); break;
        }
    }
}
