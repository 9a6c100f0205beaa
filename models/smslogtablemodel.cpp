// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "smslogtablemodel.h"

#include "money.h"
#include "providererrortable.h"
#include "smsstatus.h"
#include "statusiconprovider.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QTimer>
#include <map>

namespace {

QString dash()
{
    return QStringLiteral("—");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? dash() : text;
}

QString linkedSummary(const SmsRecord &r)
{
    auto numbered = [](const LinkedResource &link, const QString &kind) -> QString {
        QString text = kind;
        if (link.number)
            text += QStringLiteral(" #") + QString::number(*link.number);
        return text + QStringLiteral(": ") + orDash(link.name.isEmpty() ? link.id : link.name);
    };
    if (r.link(LinkKind::Incident).isSet())
        return numbered(r.link(LinkKind::Incident), SmsLogTableModel::tr("Incident"));
    if (r.link(LinkKind::Alert).isSet())
        return numbered(r.link(LinkKind::Alert), SmsLogTableModel::tr("Alert"));
    for (LinkKind kind : {LinkKind::Monitor, LinkKind::ScheduledMaintenance, LinkKind::StatusPageAnnouncement,
                          LinkKind::StatusPage, LinkKind::OnCallDutyPolicy}) {
        const LinkedResource &link = r.link(kind);
        if (link.isSet())
            return linkKindTitle(kind) + QStringLiteral(": ") + (link.name.isEmpty() ? link.id : link.name);
    }
    return {};
}

} // namespace

SmsLogTableModel::SmsLogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_followTimer(new QTimer(this))
    , m_growTimer(new QTimer(this))
{
    m_growTimer->setSingleShot(true);
    m_growTimer->setInterval(0);
    connect(m_growTimer, &QTimer::timeout, this, &SmsLogTableModel::growRows);
    m_followTimer->setInterval(30000);
    connect(m_followTimer, &QTimer::timeout, this, &SmsLogTableModel::checkForNewRows);
}

struct SmsLogTableModel::Refresh {
    QHash<SmsLogSource::RequestId, qint64> pages; // request → page number, still to come
    QHash<qint64, Page> fresh; // the pages read again
    SmsLogSource::RequestId count = 0; // 0 once answered
    qint64 matchCount = -1;
    QDateTime oldSnapshot; // a live source's, to go back to when the refresh fails
};

SmsLogTableModel::~SmsLogTableModel() = default;

void SmsLogTableModel::setFollowing(bool following)
{
    if (following == m_following)
        return;
    m_following = following;
    if (following)
        m_followTimer->start();
    else
        m_followTimer->stop();
    emit followingChanged(following);
}

void SmsLogTableModel::setFollowInterval(int ms)
{
    m_followTimer->setInterval(ms);
}

int SmsLogTableModel::followInterval() const
{
    return m_followTimer->interval();
}

void SmsLogTableModel::checkForNewRows()
{
    // Not while the count is on its way: the rows it counts are the base of the new ones.
    // Nor before it is known (it failed: a refresh starts again from scratch).
    if (!m_source || !m_source->isLive() || m_newCountRequest != 0 || m_countRequest != 0 || m_matchCount < 0)
        return;
    m_newCountUntil = m_source->liveNow();
    m_newCountRequest = m_source->requestNewCount(m_query.filter, m_newCountUntil);
}

void SmsLogTableModel::handleNewCount(qint64 count)
{
    m_newCountRequest = 0;
    const bool byTime = m_query.sort.column == SmsColumn::SentAt;
    if (count == 0 || byTime)
        m_source->setSnapshotTime(m_newCountUntil); // nothing new, or taken in just below
    if (count == 0)
        return;
    if (!byTime) {
        // Where they belong in this order is unknown without reading everything again.
        m_waitingRows = count;
        emit newRowsChanged(m_newRows, m_waitingRows);
        return;
    }
    finishGrowing(); // new rows go at the top or the very end of the whole table
    // Pages on their way were read before the new rows: their offsets are off now.
    for (SmsLogSource::RequestId id : std::as_const(m_pendingOrder))
        m_source->cancel(id);
    m_pendingPages.clear();
    m_pendingOrder.clear();

    const int added = int(qMin<qint64>(count, maxRows - m_rowCount));
    m_matchCount += count;
    m_newRows += count;
    if (added > 0) {
        if (m_query.sort.order == Qt::DescendingOrder) {
            shiftPages(added);
            beginInsertRows({}, 0, added - 1);
        } else {
            m_pages.remove(m_rowCount / pageSize); // the last page grows
            beginInsertRows({}, m_rowCount, m_rowCount + added - 1);
        }
        m_rowCount += added;
        m_targetRows = m_rowCount;
        endInsertRows();
    }
    emit matchCountChanged(m_matchCount);
    emit newRowsChanged(m_newRows, m_waitingRows);
    reportLoading();
}

void SmsLogTableModel::refreshRow(int row)
{
    if (!m_source || !m_source->isLive() || row < 0 || row >= m_rowCount)
        return;
    bool pending = false;
    const SmsRecord *r = record(row, &pending);
    if (!r)
        return;
    for (auto it = m_recordRequests.cbegin(); it != m_recordRequests.cend(); ++it)
        if (it.value() == r->id)
            return; // asked already
    if (const SmsLogSource::RequestId id = m_source->requestRecord(r->id))
        m_recordRequests.insert(id, r->id);
}

void SmsLogTableModel::handleRecordFetched(SmsLogSource::RequestId id, const SmsRecord &fresh, bool found)
{
    const QString messageId = m_recordRequests.take(id);
    if (messageId.isEmpty())
        return;
    // The row may have moved (new rows at the top) or left the cache: find it by id.
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (qsizetype i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id != messageId)
                continue;
            const int row = int(it.key() * pageSize + i);
            if (found && fresh != it->rows.at(i)) {
                it->rows[i] = fresh;
                emit dataChanged(index(row, 0), index(row, SmsColumnCount - 1));
            }
            emit rowRefreshed(row, found);
            return;
        }
    }
}

void SmsLogTableModel::shiftPages(qint64 count)
{
    std::map<qint64, SmsRecord> rows; // new row number → record
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->rows.size(); ++i)
            rows.emplace(it.key() * pageSize + i + count, it->rows.at(i));
    }
    const qint64 newRowCount = m_rowCount + count;
    QHash<qint64, Page> shifted;
    for (auto it = rows.cbegin(); it != rows.cend();) {
        const qint64 page = it->first / pageSize;
        const qint64 first = page * pageSize;
        const qint64 end = qMin(first + pageSize, newRowCount);
        Page whole;
        for (qint64 row = first; row < end && it != rows.cend() && it->first == row; ++row, ++it)
            whole.rows.append(it->second);
        if (whole.rows.size() == end - first) {
            whole.lastUse = ++m_useClock;
            shifted.insert(page, whole);
        }
        while (it != rows.cend() && it->first < end) // the rest of a page with a gap
            ++it;
    }
    m_pages = shifted;
}

QString SmsLogTableModel::columnTitle(SmsColumn column)
{
    switch (column) {
    case SmsColumn::SentAt: return tr("Sent at");
    case SmsColumn::To: return tr("To");
    case SmsColumn::From: return tr("From");
    case SmsColumn::Status: return tr("Status");
    case SmsColumn::ErrorCode: return tr("Error code");
    case SmsColumn::Cost: return tr("Cost");
    case SmsColumn::Project: return tr("Project");
    case SmsColumn::User: return tr("User");
    case SmsColumn::Linked: return tr("Linked to");
    }
    return {};
}

QString SmsLogTableModel::columnHeader(SmsColumn column) const
{
    if (column == SmsColumn::SentAt)
        return tr("Sent at (%1)").arg(m_time.zoneName());
    return columnTitle(column);
}

void SmsLogTableModel::setTimeDisplay(const TimeDisplay &display)
{
    if (display == m_time)
        return;
    m_time = display;
    const int column = int(SmsColumn::SentAt);
    emit headerDataChanged(Qt::Horizontal, column, column);
    if (m_rowCount > 0)
        emit dataChanged(index(0, column), index(m_rowCount - 1, column), {Qt::DisplayRole, Qt::ToolTipRole});
}

void SmsLogTableModel::setStatusIconProvider(const StatusIconProvider *provider)
{
    if (provider == m_statusIcons)
        return;
    m_statusIcons = provider;
    const int column = int(SmsColumn::Status);
    if (m_rowCount > 0)
        emit dataChanged(index(0, column), index(m_rowCount - 1, column), {Qt::DecorationRole});
}

QString SmsLogTableModel::copyText(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    bool pending = false;
    const SmsRecord *r = record(index.row(), &pending);
    if (!r)
        return {};
    const auto column = static_cast<SmsColumn>(index.column());
    switch (column) {
    case SmsColumn::SentAt: return m_time.iso(r->createdAt);
    case SmsColumn::Cost: {
        if (!r->costCents)
            return {};
        // Plain dollars with a dot, for spreadsheets: "1234.05", "-0.50".
        const qint64 cents = *r->costCents;
        const quint64 magnitude = cents < 0 ? 0 - quint64(cents) : quint64(cents);
        return (cents < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + u'.'
            + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QChar(u'0'));
    }
    default: {
        const QString text = displayValue(*r, column).toString();
        return text == dash() ? QString() : text;
    }
    }
}

SmsLogTableModel::RowState SmsLogTableModel::rowState(int row) const
{
    const qint64 pageNumber = row / pageSize;
    const auto page = m_pages.constFind(pageNumber);
    if (page == m_pages.constEnd())
        return RowState::Pending;
    return row % pageSize < page->rows.size() ? RowState::Loaded : RowState::Failed;
}

bool SmsLogTableModel::isCancelledRow(int row) const
{
    const auto page = m_pages.constFind(row / pageSize);
    return page != m_pages.constEnd() && page->cancelled;
}

void SmsLogTableModel::cancelLoading()
{
    if (!m_source)
        return;
    abandonRefresh(); // the rows shown stay as they are
    const auto pending = m_pendingPages;
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        m_source->cancel(it.key());
        Page page{{}, ++m_useClock};
        page.cancelled = true; // said in the rows; asked for again by refresh()
        m_pages.insert(it.value(), page);
    }
    m_pendingPages.clear();
    m_pendingOrder.clear();
    for (const qint64 pageNumber : pending)
        announcePage(pageNumber);
    if (m_countRequest != 0) {
        m_source->cancel(m_countRequest);
        m_countRequest = 0;
        m_countCancelled = true;
        emit matchCountChanged(m_matchCount);
    }
    reportLoading();
}

void SmsLogTableModel::setSource(SmsLogSource *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    cancelRefresh();
    cancelPending();
    m_source = source;
    if (m_source) {
        connect(m_source, &SmsLogSource::rowsFetched, this, &SmsLogTableModel::handleRowsFetched);
        connect(m_source, &SmsLogSource::countFetched, this, &SmsLogTableModel::handleCountFetched);
        connect(m_source, &SmsLogSource::requestFailed, this, &SmsLogTableModel::handleRequestFailed);
        connect(m_source, &SmsLogSource::noticeChanged, this, &SmsLogTableModel::noticeChanged);
        connect(m_source, &SmsLogSource::recordFetched, this, &SmsLogTableModel::handleRecordFetched);
    }
    restart();
}

void SmsLogTableModel::setFilter(const SmsFilter &filter)
{
    if (filter == m_query.filter)
        return;
    m_query.filter = filter;
    restart();
}

bool SmsLogTableModel::isSortable(int column) const
{
    return m_source && column >= 0 && column < SmsColumnCount
        && m_source->sortableColumns().contains(static_cast<SmsColumn>(column));
}

void SmsLogTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const SmsSort sort{static_cast<SmsColumn>(column), order};
    if (sort == m_query.sort)
        return;
    m_query.sort = sort;
    // The same messages in another order: the snapshot stays, so the totals still fit.
    restart(Snapshot::Keep);
}

void SmsLogTableModel::refresh()
{
    if (!m_source || m_rowCount == 0 || m_matchCount < 0) {
        restart();
        return;
    }
    cancelRefresh();
    cancelPending();
    finishGrowing();
    m_refresh = std::make_unique<Refresh>();
    m_refresh->oldSnapshot = m_source->snapshotTime();
    m_newRows = 0; // the new snapshot takes them in
    m_waitingRows = 0;
    emit newRowsChanged(m_newRows, m_waitingRows);
    if (m_source->isLive())
        m_source->setSnapshotTime(m_source->liveNow()); // everything up to now, nothing later
    m_refresh->count = m_source->requestCount(m_query.filter);
    // The pages on screen are read again; the others when they are scrolled to.
    const qint64 lastPage = qMin<qint64>(qMax(m_firstVisible, m_lastVisible), m_rowCount - 1) / pageSize;
    for (qint64 page = qMax(0, m_firstVisible) / pageSize; page <= lastPage; ++page)
        m_refresh->pages.insert(m_source->requestRows(m_query, page * pageSize, pageSize), page);
    reportLoading();
}

void SmsLogTableModel::handleRefreshAnswer()
{
    if (m_refresh->count != 0 || !m_refresh->pages.isEmpty())
        return; // more to come
    emit rowsAboutToBeReplaced();
    const std::unique_ptr<Refresh> done = std::move(m_refresh);
    cancelPending(); // pages of the rows that were shown, asked for while scrolling meanwhile
    m_pages = done->fresh;
    m_matchCount = done->matchCount;
    m_countCancelled = false;
    const int rows = int(qMin<qint64>(m_matchCount, maxRows));
    if (rows < m_rowCount) {
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = m_targetRows = rows;
        endRemoveRows();
    }
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, SmsColumnCount - 1));
    if (rows > m_rowCount) {
        m_targetRows = rows;
        growRows();
    }
    setStale(false);
    emit matchCountChanged(m_matchCount);
    emit rowsReplaced();
    emit readSucceeded();
    reportLoading();
}

void SmsLogTableModel::failRefresh(const SourceError &error)
{
    abandonRefresh();
    setStale(true);
    emit errorOccurred(error);
    reportLoading();
}

void SmsLogTableModel::abandonRefresh()
{
    if (m_refresh && m_source && m_source->isLive())
        m_source->setSnapshotTime(m_refresh->oldSnapshot); // the rows shown are of that snapshot
    cancelRefresh();
}

void SmsLogTableModel::cancelRefresh()
{
    if (!m_refresh)
        return;
    if (m_source) {
        for (auto it = m_refresh->pages.cbegin(); it != m_refresh->pages.cend(); ++it)
            m_source->cancel(it.key());
        if (m_refresh->count != 0)
            m_source->cancel(m_refresh->count);
    }
    m_refresh.reset();
}

void SmsLogTableModel::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    emit staleChanged(stale);
}

int SmsLogTableModel::loadedRowOf(const QString &id) const
{
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page)
        for (qsizetype i = 0; i < page->rows.size(); ++i)
            if (page->rows.at(i).id == id) {
                const qint64 row = page.key() * pageSize + i;
                return row < m_rowCount ? int(row) : -1;
            }
    return -1;
}

void SmsLogTableModel::cancelPending()
{
    if (m_source) {
        for (SmsLogSource::RequestId id : std::as_const(m_pendingOrder))
            m_source->cancel(id);
        if (m_countRequest != 0)
            m_source->cancel(m_countRequest);
    }
    if (m_source && m_newCountRequest != 0)
        m_source->cancel(m_newCountRequest);
    if (m_source)
        for (auto it = m_recordRequests.cbegin(); it != m_recordRequests.cend(); ++it)
            m_source->cancel(it.key());
    m_recordRequests.clear();
    m_pendingPages.clear();
    m_pendingOrder.clear();
    m_countRequest = 0;
    m_newCountRequest = 0;
}

void SmsLogTableModel::restart(Snapshot snapshot)
{
    beginResetModel();
    cancelRefresh();
    setStale(false);
    cancelPending();
    m_growTimer->stop();
    m_pages.clear();
    m_rowCount = 0;
    m_targetRows = 0;
    m_matchCount = -1;
    m_countCancelled = false;
    m_newRows = 0;
    m_waitingRows = 0;
    if (m_source && m_source->isLive()
        && (snapshot == Snapshot::Renew || !m_source->snapshotTime().isValid()))
        m_source->setSnapshotTime(m_source->liveNow()); // everything up to now, nothing later
    endResetModel();
    emit newRowsChanged(m_newRows, m_waitingRows);
    emit queryChanged(m_query);
    emit matchCountChanged(m_matchCount);
    if (m_source) {
        // The first page goes first and shows as soon as it is read; the count follows and
        // extends the table to its full length (on a large cache it takes longer than the page).
        requestPage(0);
        m_countRequest = m_source->requestCount(m_query.filter);
    }
    reportLoading();
}

void SmsLogTableModel::reportLoading()
{
    if (m_reportedLoading == isLoading())
        return;
    m_reportedLoading = isLoading();
    emit loadingChanged(m_reportedLoading);
}

int SmsLogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int SmsLogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : SmsColumnCount;
}

const SmsRecord *SmsLogTableModel::record(int row, bool *pending) const
{
    const qint64 pageNumber = row / pageSize;
    const auto page = m_pages.constFind(pageNumber);
    if (page == m_pages.constEnd()) {
        requestPage(pageNumber);
        *pending = true;
        return nullptr;
    }
    page->lastUse = ++m_useClock;
    *pending = false;
    const int inPage = row % pageSize;
    // A page can come back short (rows deleted since the count) or not at all (an error): those
    // rows stay unavailable until the next refresh instead of being asked for again and again.
    return inPage < page->rows.size() ? &page->rows.at(inPage) : nullptr;
}

void SmsLogTableModel::readAhead(int firstVisible, int lastVisible)
{
    if (!m_source || m_rowCount == 0 || firstVisible < 0 || lastVisible < firstVisible)
        return;
    m_firstVisible = firstVisible;
    m_lastVisible = lastVisible;
    // Up to readAheadScreens screens beyond either edge: where the next page-downs, page-ups or
    // wheel turns go, asked for a few steps before they are needed.
    const qint64 span = qint64(lastVisible - firstVisible + 1) * readAheadScreens;
    const qint64 pages[] = {(lastVisible + 1) / pageSize, (lastVisible + span) / pageSize,
                            (firstVisible - span) / pageSize, (firstVisible - 1) / pageSize};
    for (const qint64 page : pages) {
        if (page < 0 || page * pageSize >= m_rowCount || m_pages.contains(page))
            continue;
        if (page * pageSize > lastVisible + span || (page + 1) * pageSize <= firstVisible - span)
            continue;
        requestPage(page);
    }
}

void SmsLogTableModel::requestPage(qint64 page) const
{
    if (!m_source)
        return;
    for (qint64 pending : std::as_const(m_pendingPages)) {
        if (pending == page)
            return;
    }
    const bool wasLoading = isLoading();
    const SmsLogSource::RequestId id = m_source->requestRows(m_query, page * pageSize, pageSize);
    m_pendingPages.insert(id, page);
    m_pendingOrder.append(id);
    // Scrolling fast asks for many pages; only the newest are still on screen.
    while (m_pendingOrder.size() > maxPendingPages) {
        const SmsLogSource::RequestId oldest = m_pendingOrder.takeFirst();
        m_pendingPages.remove(oldest);
        m_source->cancel(oldest);
    }
    if (!wasLoading) {
        // data() may be running inside a paint: tell listeners after it.
        auto *self = const_cast<SmsLogTableModel *>(this);
        QMetaObject::invokeMethod(self, &SmsLogTableModel::reportLoading, Qt::QueuedConnection);
    }
}

void SmsLogTableModel::dropOldPages(qint64 keep)
{
    while (m_pages.size() > maxCachedPages) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it.key() != keep && (oldest == m_pages.end() || it->lastUse < oldest->lastUse))
                oldest = it;
        }
        if (oldest == m_pages.end())
            return;
        m_pages.erase(oldest);
    }
}

void SmsLogTableModel::announcePage(qint64 pageNumber)
{
    const qint64 first = pageNumber * pageSize;
    const qint64 last = qMin<qint64>(first + pageSize, m_rowCount) - 1;
    if (first <= last)
        emit dataChanged(index(int(first), 0), index(int(last), SmsColumnCount - 1));
}

void SmsLogTableModel::handleRowsFetched(SmsLogSource::RequestId id, qint64 offset,
                                         const QList<SmsRecord> &rows)
{
    if (m_refresh && m_refresh->pages.contains(id)) {
        m_refresh->fresh.insert(m_refresh->pages.take(id), Page{rows, ++m_useClock});
        handleRefreshAnswer();
        return;
    }
    const auto pending = m_pendingPages.constFind(id);
    if (pending == m_pendingPages.constEnd())
        return; // a superseded query, or a page cancelled while scrolling
    const qint64 pageNumber = *pending;
    Q_ASSERT(offset == pageNumber * pageSize);
    m_pendingPages.remove(id);
    m_pendingOrder.removeOne(id);
    m_pages.insert(pageNumber, Page{rows, ++m_useClock});
    dropOldPages(pageNumber);
    emit readSucceeded();

    if (pageNumber == 0 && m_matchCount < 0 && m_rowCount < rows.size()) {
        // Before the count: show the first page's rows now; the count adds the rest.
        beginInsertRows({}, m_rowCount, int(rows.size()) - 1);
        m_rowCount = m_targetRows = int(rows.size());
        endInsertRows();
    }
    announcePage(pageNumber);
    reportLoading();
    // Fewer rows than the count promised here: the log changed since it was counted (messages
    // deleted, a server whose list and count disagree). Those rows say "Not available"; this says
    // why and what to do.
    const qint64 promised = qMin<qint64>(pageSize, m_rowCount - offset);
    if (m_matchCount >= 0 && rows.size() < promised)
        emit errorOccurred({SourceError::Kind::BadResponse,
                            tr("The log has fewer messages than were counted; it changed while it was "
                               "read."),
                            tr("Rows %1 to %2 were asked for; %3 came back.")
                                .arg(offset + 1)
                                .arg(offset + promised)
                                .arg(rows.size())});
}

void SmsLogTableModel::handleCountFetched(SmsLogSource::RequestId id, qint64 count)
{
    if (id != 0 && id == m_newCountRequest) {
        handleNewCount(count);
        return;
    }
    if (m_refresh && id != 0 && id == m_refresh->count) {
        m_refresh->count = 0;
        m_refresh->matchCount = count;
        handleRefreshAnswer();
        return;
    }
    if (id != m_countRequest)
        return;
    m_countRequest = 0;
    m_matchCount = count;
    emit readSucceeded();
    // QHeaderView positions rows in int pixels; past this a view cannot show rows anyway.
    // matchCount() keeps the true count, so the window can say that rows were left out.
    const int rows = int(qMin<qint64>(count, maxRows));
    if (rows > m_rowCount) {
        m_targetRows = rows;
        growRows();
    } else if (rows < m_rowCount) { // the first page came from a source that has changed since
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = m_targetRows = rows;
        endRemoveRows();
    }
    emit matchCountChanged(m_matchCount);
    reportLoading();
}

void SmsLogTableModel::growRows()
{
    // A view spends 20 to 90 ms per million rows inserted at once (QHeaderView keeps a section
    // per row and reallocates them as they grow): more than a step is inserted over several
    // turns of the event loop, so the GUI never stalls; the scroll bar reaches its full length
    // within a fraction of a second.
    const int rows = qMin(m_targetRows, m_rowCount + growthStep);
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    }
    if (m_rowCount < m_targetRows)
        m_growTimer->start();
}

void SmsLogTableModel::finishGrowing()
{
    m_growTimer->stop();
    if (m_rowCount < m_targetRows) {
        beginInsertRows({}, m_rowCount, m_targetRows - 1);
        m_rowCount = m_targetRows;
        endInsertRows();
    }
}

void SmsLogTableModel::handleRequestFailed(SmsLogSource::RequestId id, const SourceError &error)
{
    if (m_refresh && id != 0 && (id == m_refresh->count || m_refresh->pages.contains(id))) {
        if (error.kind != SourceError::Kind::Cancelled)
            failRefresh(error);
        return;
    }
    if (id != 0 && id == m_newCountRequest) {
        m_newCountRequest = 0; // tried again on the next tick; the error is still worth saying
    } else if (id == m_countRequest) {
        m_countRequest = 0;
    } else if (const auto page = m_pendingPages.constFind(id); page != m_pendingPages.constEnd()) {
        const qint64 pageNumber = *page;
        m_pendingPages.erase(page);
        m_pendingOrder.removeOne(id);
        if (error.kind != SourceError::Kind::Cancelled) {
            // Remember the failure as an empty page: its rows say so, and are not asked for again.
            m_pages.insert(pageNumber, Page{{}, ++m_useClock});
            dropOldPages(pageNumber);
            announcePage(pageNumber);
        }
    } else if (m_recordRequests.remove(id) == 0) {
        return; // not ours, or superseded
    }
    if (error.kind != SourceError::Kind::Cancelled)
        emit errorOccurred(error);
    reportLoading();
}

QVariant SmsLogTableModel::displayValue(const SmsRecord &r, SmsColumn column) const
{
    switch (column) {
    case SmsColumn::SentAt: return r.createdAt.isValid() ? m_time.text(r.createdAt) : dash();
    case SmsColumn::To: return orDash(r.toNumber);
    case SmsColumn::From: return orDash(r.fromNumber);
    case SmsColumn::Status: return orDash(r.status);
    case SmsColumn::ErrorCode: return r.errorCode;
    case SmsColumn::Cost: return r.costCents ? formatCents(*r.costCents) : dash();
    case SmsColumn::Project: return orDash(r.projectName.isEmpty() ? r.projectId : r.projectName);
    case SmsColumn::User: {
        const LinkedResource &user = r.link(LinkKind::User);
        return user.name.isEmpty() ? user.email : user.name;
    }
    case SmsColumn::Linked: return linkedSummary(r);
    }
    return {};
}

QVariant SmsLogTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = static_cast<SmsColumn>(index.column());
    if (role == Qt::TextAlignmentRole) {
        return column == SmsColumn::Cost ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    switch (role) { // the roles this model answers; views ask for several more per cell
    case Qt::DisplayRole:
    case Qt::DecorationRole:
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
    case RawValueRole:
    case RecordRole:
    case LoadedRole: break;
    default: return {};
    }
    bool pending = false;
    const SmsRecord *r = record(index.row(), &pending);
    if (!r) {
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && column == SmsColumn::SentAt)
            return pending                    ? tr("Loading…")
                : isCancelledRow(index.row()) ? tr("Not loaded")
                                              : tr("Not available");
        if (role == Qt::ToolTipRole && !pending)
            return rowState(index.row()) == RowState::Failed && isCancelledRow(index.row())
                ? tr("Loading was stopped. Refresh (F5) to read the log again.")
                : tr("This row could not be read. Refresh (F5) to read the log again.");
        if (role == Qt::ForegroundRole) // dimmed, yet readable in light and dark palettes
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole: return displayValue(*r, column);
    case LoadedRole: return true;
    case RecordRole: return QVariant::fromValue(*r);
    case Qt::DecorationRole:
        if (column == SmsColumn::Status && m_statusIcons) // the outcome by shape, beside the text
            return m_statusIcons->icon(r->status);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case SmsColumn::SentAt: return m_time.iso(r->createdAt);
        case SmsColumn::Status: return r->statusMessage;
        case SmsColumn::ErrorCode: return ProviderErrorTable::builtIn().label(r->errorCode);
        case SmsColumn::Linked: return linkedSummary(*r);
        default: return {};
        }
    case RawValueRole:
        switch (column) {
        case SmsColumn::SentAt: return r->createdAt;
        case SmsColumn::Cost: return r->costCents ? QVariant(*r->costCents) : QVariant();
        case SmsColumn::Project: return r->projectId;
        case SmsColumn::User: return r->link(LinkKind::User).id;
        default: return displayValue(*r, column);
        }
    default: return {};
    }
}

QVariant SmsLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= SmsColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnHeader(static_cast<SmsColumn>(section));
    if (role == Qt::ToolTipRole && !isSortable(section))
        return isLive() ? tr("This column cannot be sorted: the server cannot order by it.")
                        : tr("This column cannot be sorted: the cache has no index for it.");
    return {};
}
