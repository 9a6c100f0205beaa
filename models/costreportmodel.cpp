// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "costreportmodel.h"

#include "costsummary.h"

#include "money.h"

#include <QHash>
#include <QLocale>
#include <algorithm>
#include <climits>
#include <limits>
#include <numeric>

namespace {

constexpr qint64 msPerHour = 3600000;
constexpr qint64 msPerDay = 24 * msPerHour;

// Adds `value` to *sum; true on overflow (then *sum is unspecified).
bool addTo(qint64 *sum, qint64 value)
{
    return qAddOverflow(*sum, value, sum);
}

QDate bucketStart(const QDate &day, CostReportModel::Granularity granularity)
{
    switch (granularity) {
    case CostReportModel::Granularity::Week: return day.addDays(1 - day.dayOfWeek()); // Monday
    case CostReportModel::Granularity::Month: return QDate(day.year(), day.month(), 1);
    default: return day;
    }
}

QDate nextStart(const QDate &start, CostReportModel::Granularity granularity)
{
    switch (granularity) {
    case CostReportModel::Granularity::Week: return start.addDays(7);
    case CostReportModel::Granularity::Month: return start.addMonths(1);
    default: return start.addDays(1);
    }
}

// The index of the bucket starting `start` after the first one, `first`.
qint64 bucketIndex(const QDate &first, const QDate &start, CostReportModel::Granularity granularity)
{
    switch (granularity) {
    case CostReportModel::Granularity::Week: return first.daysTo(start) / 7;
    case CostReportModel::Granularity::Month:
        return qint64(start.year() - first.year()) * 12 + (start.month() - first.month());
    default: return first.daysTo(start);
    }
}

CostReportModel::Granularity coarser(CostReportModel::Granularity granularity)
{
    return granularity == CostReportModel::Granularity::Day ? CostReportModel::Granularity::Week
                                                            : CostReportModel::Granularity::Month;
}

// The UTC offset of a zone at increasing moments, asking the zone only when a transition is
// passed (a conversion costs microseconds; a year has 8,760 hours and two transitions).
class ZoneOffsets
{
public:
    explicit ZoneOffsets(const QTimeZone &zone)
        : m_zone(zone)
        , m_transitions(zone.hasTransitions())
    { }
    // Seconds east of UTC at `ms` (since the epoch, UTC).
    int at(qint64 ms)
    {
        if (m_valid && ms >= m_from && ms < m_until)
            return m_offset;
        const QDateTime moment = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        m_offset = m_zone.offsetFromUtc(moment);
        m_valid = m_transitions;
        if (m_transitions) {
            // Up to the next transition (if the zone knows it), from this moment on.
            const QTimeZone::OffsetData next = m_zone.nextTransition(moment);
            m_from = ms;
            m_until
                = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        }
        return m_offset;
    }

private:
    QTimeZone m_zone;
    bool m_transitions;
    bool m_valid = false;
    qint64 m_from = 0;
    qint64 m_until = 0;
    int m_offset = 0;
};

// Position of a status in the order users expect (SmsStatus::knownValues), others after.
int statusRank(const QString &status)
{
    static const QStringList known = SmsStatus::knownValues();
    const qsizetype index = known.indexOf(status);
    if (status.isEmpty())
        return int(known.size()) + 2;
    return index >= 0 ? int(index) : int(known.size()) + 1;
}

} // namespace

CostReportModel::CostReportModel(QObject *parent)
    : QObject(parent)
    , m_zone(QTimeZone::systemTimeZone())
    , m_bucketZone(m_zone)
    , m_byProject(new CostBreakdownModel(tr("Project"), this))
    , m_byStatus(new CostBreakdownModel(tr("Status"), this))
    , m_recipients(new CostBreakdownModel(tr("Recipient"), this))
{
    qRegisterMetaType<CostReport>();
}

// ---- asking the source ----

void CostReportModel::setSource(SmsLogSource *source)
{
    if (source == m_source)
        return;
    cancelRequest();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        connect(m_source, &SmsLogSource::costReportFetched, this, &CostReportModel::handleCostReportFetched);
        connect(m_source, &SmsLogSource::requestFailed, this, &CostReportModel::handleRequestFailed);
        connect(m_source, &SmsLogSource::progressed, this, &CostReportModel::handleProgressed);
    }
    // Nothing of the previous source stays on screen.
    m_stale = true;
    m_error.reset();
    clearReport();
    if (m_active)
        request();
}

void CostReportModel::setFilter(const SmsFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_stale = true;
    if (m_active) {
        request();
    } else {
        // Figures of another filter are never shown as these; asked for when visible.
        cancelRequest();
        m_error.reset();
        clearReport();
    }
}

void CostReportModel::refresh()
{
    m_stale = true;
    if (m_active)
        request();
}

void CostReportModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_active) {
        if (m_stale)
            request();
    } else if (isLoading()) {
        // Hidden while adding up (a live source reads every message): stop, ask again when shown.
        cancelRequest();
        m_stale = true;
    }
}

void CostReportModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    arrange();
}

void CostReportModel::setGranularity(Granularity granularity)
{
    if (granularity == m_granularity)
        return;
    m_granularity = granularity;
    arrange();
}

void CostReportModel::setStackBy(StackBy stackBy)
{
    if (stackBy == m_stackBy)
        return;
    m_stackBy = stackBy;
    arrange();
}

void CostReportModel::setTopRecipientCount(int count)
{
    count = std::max(0, count);
    if (count == m_topRecipients)
        return;
    m_topRecipients = count;
    refresh();
}

void CostReportModel::setRequests(SmsLogSource::RequestId cells, SmsLogSource::RequestId recipients)
{
    const bool wasLoading = isLoading();
    m_request = cells;
    m_recipientsRequest = recipients;
    if (isLoading() != wasLoading)
        emit loadingChanged(isLoading());
}

void CostReportModel::request()
{
    if (!m_source)
        return;
    // Whatever is still on its way is not wanted; loadingChanged only when the state changes.
    const bool wasLoading = isLoading();
    for (const SmsLogSource::RequestId id : {m_request, m_recipientsRequest})
        if (id != 0)
            m_source->cancel(id);
    m_request = m_recipientsRequest = 0;
    m_stale = false;
    m_error.reset();
    m_recipientsError.reset();
    if (const QString invalid = m_filter.validationError(); !invalid.isEmpty()) {
        // The filter bar shows it at the field; nothing can be added up meanwhile.
        if (wasLoading)
            emit loadingChanged(false);
        m_error = SourceError{SourceError::Kind::Query, invalid, {}};
        clearReport();
        emit errorOccurred(*m_error);
        return;
    }
    m_recipientsApart = m_topRecipients > 0 && m_source->costReportRecipientsAreSlow();
    m_request = m_source->requestCostReport(m_filter, m_recipientsApart ? 0 : m_topRecipients);
    if (!wasLoading)
        emit loadingChanged(true);
    emit changed();
}

void CostReportModel::cancel()
{
    if (!isLoading())
        return;
    const bool cells = m_request != 0;
    cancelRequest();
    if (cells) {
        m_stale = true;
        m_error = SourceError{SourceError::Kind::Cancelled,
                              tr("Adding up the costs was stopped. Refresh (F5) to add them up."),
                              {}};
        clearReport();
    } else {
        m_recipientsError = SourceError{SourceError::Kind::Cancelled,
                                        tr("The top recipients were stopped. Refresh (F5) to add them up."),
                                        {}};
        emit changed();
    }
}

void CostReportModel::cancelRequest()
{
    if (m_source) {
        for (const SmsLogSource::RequestId id : {m_request, m_recipientsRequest})
            if (id != 0)
                m_source->cancel(id);
    }
    setRequests(0, 0);
}

void CostReportModel::handleCostReportFetched(SmsLogSource::RequestId id, const CostReport &report)
{
    if (id == 0)
        return;
    if (id == m_recipientsRequest) {
        m_report.topRecipients = report.topRecipients;
        setRequests(m_request, 0);
        arrangeTables();
        emit changed();
        return;
    }
    if (id != m_request)
        return; // superseded, cancelled, or another model's
    m_report = report;
    m_hasReport = true;
    m_error.reset();
    // The recipients next, now that the chart can be shown.
    const SmsLogSource::RequestId recipients = m_recipientsApart && m_source && !report.cells.isEmpty()
        ? m_source->requestCostReport(m_filter, m_topRecipients)
        : 0;
    setRequests(0, recipients);
    arrange();
}

void CostReportModel::handleRequestFailed(SmsLogSource::RequestId id, const SourceError &error)
{
    if (id == 0)
        return;
    if (id == m_recipientsRequest) {
        setRequests(m_request, 0);
        if (error.kind != SourceError::Kind::Cancelled) {
            m_recipientsError = error;
            emit errorOccurred(error);
        }
        emit changed();
        return;
    }
    if (id != m_request)
        return;
    setRequests(0, 0);
    m_stale = true; // asked again when next shown, or by refresh()
    if (error.kind == SourceError::Kind::Cancelled) {
        // Stopped by someone else than this model (which drops what it cancels): said as such,
        // never an empty chart passed off as "no messages".
        m_error = SourceError{SourceError::Kind::Cancelled,
                              tr("Adding up the costs was stopped before it finished."), error.detail};
        clearReport();
        return;
    }
    m_error = error;
    clearReport();
    emit errorOccurred(error);
}

void CostReportModel::handleProgressed(SmsLogSource::RequestId id, qint64 done, qint64 total)
{
    if (id == m_request && id != 0)
        emit progressChanged(done, total);
}

void CostReportModel::clearReport()
{
    m_report = {};
    m_hasReport = false;
    arrange();
}

// ---- arranging ----

QString CostReportModel::projectName(const QString &projectId) const
{
    return summaryGroupLabel(SummaryGrouping::Project, projectId, m_report.projectNames.value(projectId));
}

CostReportModel::Granularity CostReportModel::chooseGranularity(qint64 firstHour, qint64 lastHour) const
{
    // The filter's range where it has one (a chosen "last 30 days" stays by day however few
    // messages it has), else the span of the data.
    const qint64 from
        = m_filter.sentFrom.isValid() ? m_filter.sentFrom.toMSecsSinceEpoch() / msPerHour : firstHour;
    const qint64 to = m_filter.sentTo.isValid() ? m_filter.sentTo.toMSecsSinceEpoch() / msPerHour : lastHour;
    const qint64 days = std::max<qint64>(0, to - from) / 24 + 1;
    if (days <= dayThreshold)
        return Granularity::Day;
    if (days <= weekThreshold)
        return Granularity::Week;
    return Granularity::Month;
}

void CostReportModel::arrange()
{
    m_series.clear();
    m_buckets.clear();
    m_notes.clear();
    m_totalMessages = m_totalCostCents = 0;
    m_failedMessages = m_failedCostCents = 0;
    m_undatedMessages = m_undatedCostCents = 0;
    m_bucketZone = m_zone;
    m_effective = m_granularity == Granularity::Auto ? Granularity::Day : m_granularity;
    m_projectGroups.clear();
    m_statusGroups.clear();

    const QList<CostCell> &cells = m_report.cells;
    bool overflow = false;

    // Projects and statuses numbered, so that the work per cell is integer work (a report of a
    // year holds a hundred thousand cells or more).
    QHash<QString, int> projectNumbers;
    QHash<QString, int> statusNumbers;
    QList<CostGroup> projects;
    QList<CostGroup> statuses;
    QList<int> cellProject(cells.size());
    QList<int> cellStatus(cells.size());
    const auto number = [](QHash<QString, int> &numbers, QList<CostGroup> &groups, const QString &key) {
        const auto it = numbers.constFind(key);
        if (it != numbers.cend())
            return it.value();
        numbers.insert(key, int(groups.size()));
        groups.append({key, {}, 0, 0});
        return int(groups.size() - 1);
    };
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const CostCell &cell = cells.at(i);
        // Consecutive cells often share their project.
        cellProject[i] = i > 0 && cell.projectId == cells.at(i - 1).projectId
            ? cellProject.at(i - 1)
            : number(projectNumbers, projects, cell.projectId);
        cellStatus[i] = number(statusNumbers, statuses, cell.status);
        CostGroup &project = projects[cellProject.at(i)];
        CostGroup &status = statuses[cellStatus.at(i)];
        overflow = overflow || addTo(&m_totalMessages, cell.messages)
            || addTo(&m_totalCostCents, cell.costCents) || addTo(&project.messages, cell.messages)
            || addTo(&project.costCents, cell.costCents) || addTo(&status.messages, cell.messages)
            || addTo(&status.costCents, cell.costCents);
        if (cell.hour == CostCell::noTime)
            overflow = overflow || addTo(&m_undatedMessages, cell.messages)
                || addTo(&m_undatedCostCents, cell.costCents);
    }
    for (CostGroup &status : statuses) {
        status.label = summaryGroupLabel(SummaryGrouping::Status, status.key);
        if (SmsStatus::outcome(status.key) == SmsStatus::Outcome::Failed)
            overflow = overflow || addTo(&m_failedMessages, status.messages)
                || addTo(&m_failedCostCents, status.costCents);
    }
    for (CostGroup &project : projects)
        project.label = projectName(project.key);
    if (overflow) {
        // Cells that add up past 2^63 cents cannot come from a sound source; never show a wrapped sum.
        m_report = {};
        m_hasReport = false;
        m_error
            = SourceError{SourceError::Kind::BadResponse, tr("The total cost is too large to add up."), {}};
        arrange();
        emit errorOccurred(*m_error);
        return;
    }
    m_projectGroups = projects;
    m_statusGroups = statuses;

    // Series: the most expensive maxSeries - 1 when there are more, then "Other".
    const bool byStatus = m_stackBy == StackBy::Status;
    const QList<CostGroup> &keyed = byStatus ? statuses : projects;
    const QList<int> &cellKey = byStatus ? cellStatus : cellProject;
    QList<int> order(keyed.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const CostGroup &ga = keyed.at(a);
        const CostGroup &gb = keyed.at(b);
        return ga.costCents != gb.costCents ? ga.costCents > gb.costCents : ga.key < gb.key;
    });
    const bool needOther = order.size() > maxSeries;
    if (needOther)
        order.resize(maxSeries - 1);
    if (byStatus) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int ra = statusRank(keyed.at(a).key);
            const int rb = statusRank(keyed.at(b).key);
            return ra != rb ? ra < rb : keyed.at(a).key < keyed.at(b).key;
        });
    }
    const int otherIndex = int(order.size());
    QList<int> keySeries(keyed.size(), otherIndex); // project or status number → series
    for (const int key : std::as_const(order)) {
        Series series;
        series.key = keyed.at(key).key;
        series.name = keyed.at(key).label;
        if (byStatus)
            series.outcome = SmsStatus::outcome(series.key);
        keySeries[key] = int(m_series.size());
        m_series.append(series);
    }
    if (needOther)
        m_series.append(
            {{}, byStatus ? tr("Other statuses") : tr("Other projects"), SmsStatus::Outcome::Unknown, true});

    // The local day of each hour; UTC when the zone's offset is not whole hours at some hour (an
    // hour would then straddle two days).
    QList<QDate> dates(cells.size());
    qint64 firstHour = 0;
    qint64 lastHour = 0;
    bool anyTimed = false;
    for (int pass = 0; pass < 2; ++pass) {
        bool straddles = false;
        int offset = 0;
        ZoneOffsets offsets(m_bucketZone);
        qint64 previousHour = CostCell::noTime;
        QDate previousDate;
        const QDate epoch(1970, 1, 1);
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const qint64 hour = cells.at(i).hour;
            if (hour == CostCell::noTime)
                continue;
            if (!anyTimed) {
                firstHour = hour;
                anyTimed = true;
            }
            lastHour = hour;
            if (hour != previousHour) { // cells come sorted by hour: one conversion per hour
                const qint64 ms = hour * msPerHour;
                offset = offsets.at(ms);
                if (offset % 3600 != 0) {
                    straddles = true;
                    break;
                }
                previousHour = hour;
                // The whole hour falls on one local day: the one its start falls on.
                const qint64 local = ms + qint64(offset) * 1000;
                previousDate = epoch.addDays(local >= 0 ? local / msPerDay : (local + 1) / msPerDay - 1);
            }
            dates[i] = previousDate;
        }
        if (!straddles)
            break;
        m_notes
            << tr("Days start at midnight UTC: the offset of %1 (UTC%2%3) is not a whole number of hours.")
                   .arg(QString::fromUtf8(m_zone.id()),
                        offset < 0 ? QStringLiteral("−") : QStringLiteral("+"),
                        QTime(0, 0).addSecs(qAbs(offset)).toString(QStringLiteral("HH:mm")));
        m_bucketZone = QTimeZone::utc();
        anyTimed = false;
    }

    if (anyTimed) {
        Granularity granularity
            = m_granularity == Granularity::Auto ? chooseGranularity(firstHour, lastHour) : m_granularity;
        QDate firstDay;
        QDate lastDay;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (cells.at(i).hour == CostCell::noTime)
                continue;
            if (!firstDay.isValid() || dates.at(i) < firstDay)
                firstDay = dates.at(i);
            if (!lastDay.isValid() || dates.at(i) > lastDay)
                lastDay = dates.at(i);
        }
        while (
            granularity != Granularity::Month
            && bucketIndex(bucketStart(firstDay, granularity), bucketStart(lastDay, granularity), granularity)
                >= maxBuckets) {
            granularity = coarser(granularity);
            m_notes << (granularity == Granularity::Week
                            ? tr("Too many days for one chart: shown by week.")
                            : tr("Too many weeks for one chart: shown by month."));
        }
        m_effective = granularity;

        const QDate first = bucketStart(firstDay, granularity);
        const QDate last = bucketStart(lastDay, granularity);
        const bool severalYears = first.year() != lastDay.year();
        const QLocale locale;
        for (QDate start = first; start <= last; start = nextStart(start, granularity)) {
            Bucket bucket;
            bucket.start = start;
            bucket.messages.fill(0, m_series.size());
            bucket.costCents.fill(0, m_series.size());
            switch (granularity) {
            case Granularity::Month:
                bucket.label = locale.toString(start, QStringLiteral("MMM yyyy"));
                bucket.title = locale.toString(start, QStringLiteral("MMMM yyyy"));
                break;
            case Granularity::Week: {
                int year = 0;
                const int week = start.weekNumber(&year);
                bucket.label = locale.toString(
                    start, severalYears ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
                bucket.title = tr("Week %1 of %2, from %3")
                                   .arg(week)
                                   .arg(year)
                                   .arg(locale.toString(start, QLocale::LongFormat));
                break;
            }
            default:
                bucket.label = locale.toString(
                    start, severalYears ? QStringLiteral("d MMM yyyy") : QStringLiteral("d MMM"));
                bucket.title = locale.toString(start, QLocale::LongFormat);
            }
            m_buckets.append(bucket);
        }
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const CostCell &cell = cells.at(i);
            if (cell.hour == CostCell::noTime)
                continue;
            Bucket &bucket
                = m_buckets[bucketIndex(first, bucketStart(dates.at(i), granularity), granularity)];
            const int s = keySeries.at(cellKey.at(i));
            // Each sum is at most the total, which did not overflow.
            bucket.messages[s] += cell.messages;
            bucket.costCents[s] += cell.costCents;
            bucket.totalMessages += cell.messages;
            bucket.totalCostCents += cell.costCents;
        }
    } else if (m_granularity == Granularity::Auto && m_filter.sentFrom.isValid()
               && m_filter.sentTo.isValid()) {
        m_effective = chooseGranularity(0, 0);
    }
    if (m_undatedMessages > 0)
        m_notes << tr("%n message(s) without a time (%1) are in the totals and tables but in no bar.",
                      nullptr, int(std::min<qint64>(m_undatedMessages, INT_MAX)))
                       .arg(formatCents(m_undatedCostCents));

    arrangeTables();
    emit changed();
}

void CostReportModel::arrangeTables()
{
    // The one ordering rule of every table of groups (costsummary.h).
    const auto ordered = [](QList<CostGroup> groups, SummaryGrouping by) {
        std::sort(groups.begin(), groups.end(),
                  [by](const CostGroup &a, const CostGroup &b) { return summaryGroupBefore(by, a, b); });
        return groups;
    };
    const QList<CostGroup> byProject = ordered(m_projectGroups, SummaryGrouping::Project);
    const QList<CostGroup> byStatus = ordered(m_statusGroups, SummaryGrouping::Status);
    QList<CostGroup> recipients = m_report.topRecipients;
    for (CostGroup &recipient : recipients)
        if (recipient.key.isEmpty())
            recipient.label = tr("(no number)");
    m_byProject->setGroups(byProject, m_totalCostCents);
    m_byStatus->setGroups(byStatus, m_totalCostCents);
    m_recipients->setGroups(recipients, m_totalCostCents);
}

qint64 CostReportModel::maxBucketCostCents() const
{
    qint64 most = 0;
    for (const Bucket &bucket : m_buckets)
        most = std::max(most, bucket.totalCostCents);
    return most;
}

qint64 CostReportModel::maxBucketMessages() const
{
    qint64 most = 0;
    for (const Bucket &bucket : m_buckets)
        most = std::max(most, bucket.totalMessages);
    return most;
}
