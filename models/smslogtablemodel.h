// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smslogsource.h"
#include "timedisplay.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

class QTimer;
class StatusIconProvider;
#include <limits>
#include <memory>

// The log table: every row of the current query, with a full-length scrollbar. It knows the
// exact row count and loads pages of rows on demand into a bounded cache, so memory does not grow
// with the number of rows and a jump anywhere loads only what is shown. Rows not loaded yet show a
// placeholder and are filled in by dataChanged. Filtering and sorting are done by the source.
//
// GUI thread only. The source is not owned and must be open before setSource().
class SmsLogTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // typed value: QDateTime (UTC), qint64 cents, QString
        RecordRole, // the whole SmsRecord; invalid while not loaded
        LoadedRole, // bool: the row's data is here
    };

    static constexpr int pageSize = 256; // rows per request
    static constexpr int maxCachedPages = 24; // least recently used pages beyond this are dropped
    static constexpr int maxPendingPages = 6; // older page requests are cancelled beyond this
    static constexpr int maxRows = std::numeric_limits<int>::max() / 64; // rows of 64 px still fit in int
    static constexpr int growthStep = 250000; // rows inserted per turn of the event loop
    static constexpr int readAheadScreens = 3; // readAhead() reaches this many screens beyond

    explicit SmsLogTableModel(QObject *parent = nullptr);
    ~SmsLogTableModel() override;

    void setSource(SmsLogSource *source);
    SmsLogSource *source() const { return m_source; }

    const SmsQuery &query() const { return m_query; }
    void setFilter(const SmsFilter &filter);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isSortable(int column) const;
    // Runs the current query again (after the data changed). A live source takes in every
    // message up to now. With rows shown, they stay until the new count and the pages around the
    // visible rows are here, then are replaced at once (rowsAboutToBeReplaced, rowsReplaced); a
    // refresh that fails keeps them, says so (errorOccurred) and marks them stale.
    void refresh();
    // The rows shown are as they were before a refresh that failed.
    bool isStale() const { return m_stale; }
    // The row of the loaded message `id`, -1 when no loaded page holds it.
    int loadedRowOf(const QString &id) const;

    // Follow mode (live sources): every followInterval() the source is asked for messages newer
    // than the rows shown. Ordered by time, they are inserted (at the top when newest first)
    // without disturbing the cached rows; in any other order they wait for refresh().
    void setFollowing(bool following);
    bool isFollowing() const { return m_following; }
    void setFollowInterval(int ms);
    int followInterval() const;
    // Asks for new messages now (follow mode does this on its timer).
    void checkForNewRows();
    // Live sources: reads `row`'s message again (its status may have changed since the page was
    // read) and updates it in place → rowRefreshed.
    void refreshRow(int row);

    // New messages taken in since the query started; and those waiting for a refresh.
    qint64 newRowCount() const { return m_newRows; }
    qint64 waitingRowCount() const { return m_waitingRows; }

    // The source grows while open (a live server): follow mode and snapshots apply.
    bool isLive() const { return m_source && m_source->isLive(); }
    // What the source cannot honour exactly in the current filter, in plain words.
    QStringList filterNotes() const
    {
        return m_source ? m_source->filterNotes(m_query.filter) : QStringList();
    }

    // The view shows rows firstVisible … lastVisible: the pages up to readAheadScreens screens
    // beyond either edge are asked for now, so that the next page-downs or page-ups find their
    // rows here.
    void readAhead(int firstVisible, int lastVisible);

    // Rows matching the query; -1 while it is being counted.
    qint64 matchCount() const { return m_matchCount; }
    bool isLoading() const { return m_countRequest != 0 || !m_pendingPages.isEmpty() || m_refresh; }
    int cachedPageCount() const { return int(m_pages.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(SmsColumn column);
    // The header of a column: its title, and for times the zone they are shown in
    // ("Sent at (UTC)").
    QString columnHeader(SmsColumn column) const;

    // Local time or UTC for the time column (display, header and ISO 8601 tooltip).
    void setTimeDisplay(const TimeDisplay &display);
    const TimeDisplay &timeDisplay() const { return m_time; }
    // The icon beside each status (Qt::DecorationRole of the Status column); none by default.
    // Not owned; see StatusIconProvider.
    void setStatusIconProvider(const StatusIconProvider *provider);
    const StatusIconProvider *statusIconProvider() const { return m_statusIcons; }
    // A cell as text for the clipboard: the display text, but times in ISO 8601 with their
    // offset and costs as plain dollars ("0.75"). Empty for rows not loaded.
    QString copyText(const QModelIndex &index) const;

    // Whether `row` is loaded, on its way, or could not be read.
    enum class RowState { Loaded, Pending, Failed };
    RowState rowState(int row) const;
    // Stops every row and count request under way (Esc). Rows not read say so until the next
    // refresh or query; an unfinished count leaves matchCount() at -1 with countCancelled().
    void cancelLoading();
    bool isCountCancelled() const { return m_countCancelled; }

Q_SIGNALS:
    void matchCountChanged(qint64 count);
    void loadingChanged(bool loading);
    void errorOccurred(const SourceError &error);
    void queryChanged(const SmsQuery &query);
    void followingChanged(bool following);
    // The source's word while waiting (retrying after "too many requests"…); empty clears it.
    void noticeChanged(const QString &notice);
    void newRowsChanged(qint64 shown, qint64 waiting);
    // The message of `row` was read again; `found` false: the source no longer has it.
    void rowRefreshed(int row, bool found);
    // A refresh is about to put its rows in place of those shown, and has done so.
    void rowsAboutToBeReplaced();
    void rowsReplaced();
    void staleChanged(bool stale);
    // A page or a count was read: an earlier read error no longer holds.
    void readSucceeded();

private:
    void handleRowsFetched(SmsLogSource::RequestId id, qint64 offset, const QList<SmsRecord> &rows);
    void handleCountFetched(SmsLogSource::RequestId id, qint64 count);
    void handleRequestFailed(SmsLogSource::RequestId id, const SourceError &error);
    void handleNewCount(qint64 count);
    void handleRecordFetched(SmsLogSource::RequestId id, const SmsRecord &record, bool found);
    // Inserts up to growthStep more rows towards m_targetRows, and goes on at the next turn.
    void growRows();
    // Inserts the rest of m_targetRows at once.
    void finishGrowing();
    // Moves every cached row `count` rows down (new rows at the top), keeping whole pages only.
    void shiftPages(qint64 count);

    // A refresh with rows shown: what it has read so far, beside the rows still shown.
    struct Refresh;
    void handleRefreshAnswer();
    void failRefresh(const SourceError &error);
    // Stops the refresh; a live source goes back to the snapshot of the rows shown.
    void abandonRefresh();
    void cancelRefresh();
    void setStale(bool stale);

    enum class Snapshot { Renew, Keep };
    // Reads the query from scratch; a live source's snapshot moves to now unless kept.
    void restart(Snapshot snapshot = Snapshot::Renew);
    void cancelPending();
    // The record of `row`, or nullptr when it is not here: `pending` tells whether its page is on
    // its way (requested now if needed) or came back without it.
    const SmsRecord *record(int row, bool *pending) const;
    void requestPage(qint64 page) const;
    void dropOldPages(qint64 keep);
    bool isCancelledRow(int row) const;
    // dataChanged for the rows of a page that exist in the table.
    void announcePage(qint64 pageNumber);
    void reportLoading();
    QVariant displayValue(const SmsRecord &record, SmsColumn column) const;

    struct Page {
        QList<SmsRecord> rows;
        mutable quint64 lastUse = 0;
        bool cancelled = false; // not read because the user stopped loading
    };

    QPointer<SmsLogSource> m_source;
    SmsQuery m_query;
    int m_rowCount = 0; // rows the views have
    int m_targetRows = 0; // rows the count says there are; m_rowCount grows to it
    qint64 m_matchCount = -1;
    SmsLogSource::RequestId m_countRequest = 0;
    // Mutable: data() is const but loads pages on demand.
    mutable QHash<qint64, Page> m_pages; // page number → rows
    mutable QHash<SmsLogSource::RequestId, qint64> m_pendingPages; // request → page number
    mutable QList<SmsLogSource::RequestId> m_pendingOrder; // oldest first
    mutable quint64 m_useClock = 0;
    bool m_reportedLoading = false; // last value sent with loadingChanged
    QTimer *m_followTimer;
    QTimer *m_growTimer;
    bool m_following = false;
    SmsLogSource::RequestId m_newCountRequest = 0;
    QDateTime m_newCountUntil;
    qint64 m_newRows = 0;
    qint64 m_waitingRows = 0;
    QHash<SmsLogSource::RequestId, QString> m_recordRequests; // request → message id
    TimeDisplay m_time;
    bool m_countCancelled = false;
    const StatusIconProvider *m_statusIcons = nullptr;
    std::unique_ptr<Refresh> m_refresh;
    bool m_stale = false;
    int m_firstVisible = 0; // the rows last seen by readAhead()
    int m_lastVisible = 0;
};
