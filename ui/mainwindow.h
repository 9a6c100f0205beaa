// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "timedisplay.h"
#include "viewstate.h"

#include <QMainWindow>
#include <QMap>

class DetailPane;
class FilterBar;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class TableCopier;
class CostReportModel;
class CostView;
class QToolButton;
class LogTableView;
class SmsLogSummary;
class SmsLogTableModel;
class TotalsPane;
struct SmsFilter;
struct SourceError;

// The main window: filter bar, log table, detail pane, totals and status bar, wired to the item
// models it is given (not owned). It knows nothing of where the data comes from.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(SmsLogTableModel *table, SmsLogSummary *summary, QWidget *parent = nullptr);

    // What is open, for the title and status bar ("Cache demo.sqlite"). Empty: nothing open.
    void setSourceDescription(const QString &description);
    // A long job without a table yet ("Creating the demo cache… 40 %").
    void showBusy(const QString &message);
    // A failure to open a source, or a source found unusable: shown instead of the table until
    // something else is opened.
    void showError(const SourceError &error);
    // A query of an open source failed: said in the status bar, and instead of the table while it
    // has no rows; cleared by the next query.
    void showQueryError(const SourceError &error);
    void refresh();
    // The recently opened cache files, newest first, for File → Open recent.
    void setRecentFiles(const QStringList &paths);
    // A line above the table about what is open (a snapshot's origin); hidden when empty.
    void setSourceBanner(const QString &banner);
    // A sync or export under way (`running`), with its progress in words; or its end, with its
    // outcome.
    void showJob(bool running, const QString &text);
    // A passing word in the status bar (the key is kept for this session only, …).
    void showNotice(const QString &notice);

    // The cost view's model (not owned): adds the Costs tab, which follows the filter, the time
    // display and refreshes.
    void setCostModel(CostReportModel *costs);
    CostView *costView() const { return m_costView; }
    // Shows the messages (0) or the costs (1).
    void showTab(int index);

    // Recently used connection profiles, newest first, for File → Open recent.
    void setRecentConnections(const QStringList &profiles);

    // The table's filter, sort and columns, as a saved view or the session keeps them.
    ViewState viewState() const;
    // Shows `state`: the filter in the filter bar (a relative time choice anchored now), the
    // sort, and the columns when it has any.
    void applyViewState(const ViewState &state);
    // Named saved views (View → Saved views). Changes made in the window are announced by
    // savedViewsChanged().
    void setSavedViews(const QMap<QString, ViewState> &views);
    const QMap<QString, ViewState> &savedViews() const { return m_savedViews; }
    void applySavedView(const QString &name);
    // Saves the current view under `name` (replacing one of that name).
    void saveCurrentView(const QString &name);

    // Window geometry, splitters and columns, for the next start.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &layout);
    // The current row, or -1; selectRow() selects and shows a row once the table has it.
    int currentRow() const;
    void selectRow(int row);

    // Local time or UTC for every time shown (View → Times in UTC).
    void setTimeDisplay(const TimeDisplay &display);
    const TimeDisplay &timeDisplay() const { return m_timeDisplay; }
    // The colour scheme offered in View → Theme: "system", "light" or "dark".
    void setThemeName(const QString &name);

    // Copies the selected rows (tab-separated, `headers`: with a first line of column titles)
    // or the current cell to the clipboard. Rows not loaded are read first (asynchronously);
    // copyFinished() tells when the clipboard holds them.
    void copyRows(bool headers);
    void copyCell();
    // Stops loading rows, the count and the totals (Esc).
    void stopLoading();
    // Moves the keyboard focus to the detail pane (Enter on the table).
    void showDetail();
    // Opens the shortcuts dialog (Help → Keyboard shortcuts); the columns dialog.
    void showShortcuts();
    void showColumnChooser();

    FilterBar *filterBar() const { return m_filterBar; }
    LogTableView *tableView() const { return m_table; }
    DetailPane *detailPane() const { return m_detail; }
    TotalsPane *totalsPane() const { return m_totals; }

Q_SIGNALS:
    void openCacheRequested(const QString &path);
    void openProfileRequested(const QString &profile);
    void savedViewsChanged(const QMap<QString, ViewState> &views);
    void timeDisplayChanged(const TimeDisplay &display);
    void themeRequested(const QString &name);
    void copyFinished(const QString &text);
    void openDemoRequested();
    void connectRequested();
    // Copy the live source's project into the cache file `path` (created if missing).
    void syncRequested(const QString &path);
    void cancelJobRequested();
    // Write the rows matching `filter` to `path` (the format from its suffix: csv, jsonl, sqlite).
    void exportRequested(const QString &path, const SmsFilter &filter, bool redact);

private:
    void buildMenus();
    void buildStatusBar();
    void handleCurrentRowChanged();
    void handleRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void handleSortIndicatorChanged(int column, Qt::SortOrder order);
    void updateCountLabel();
    void updateLoadingLabel();
    void updateTablePage();
    void chooseCacheFile();
    void updateRecentMenu();
    void updateSavedViewsMenu();
    void askSaveView();
    void goToRow();
    void showTableMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);
    QList<int> visibleColumns() const;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void chooseSyncFile();
    void chooseExportFile(bool redact);
    void updateLiveControls();
    void updateNewRowsButton();
    void handleNewRowsButton();
    void updateFilterNotes();
    static QString errorText(const SourceError &error);

    SmsLogTableModel *m_model;
    SmsLogSummary *m_summary;
    FilterBar *m_filterBar;
    QStackedWidget *m_tableStack;
    LogTableView *m_table;
    QLabel *m_emptyMessage;
    QPushButton *m_emptyAction;
    DetailPane *m_detail;
    TotalsPane *m_totals;
    QLabel *m_sourceLabel;
    QLabel *m_countLabel;
    QLabel *m_loadingLabel;
    QLabel *m_noticeLabel; // the source's word while it waits (retries)
    QLabel *m_filterNotes; // what the source cannot honour in the filter
    QLabel *m_banner; // what the open source is (a snapshot)
    QToolButton *m_newRowsButton; // follow mode: "▲ 5 new messages"
    QAction *m_followAction = nullptr;
    QAction *m_syncAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_savedViewsMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QAction *m_utcAction = nullptr;
    QTabWidget *m_tabs = nullptr;
    TableCopier *m_copier = nullptr;
    CostReportModel *m_costs = nullptr;
    CostView *m_costView = nullptr;
    QSplitter *m_leftSplit = nullptr;
    QSplitter *m_split = nullptr;
    QByteArray m_defaultColumns; // the header as the window started, for Reset
    QStringList m_recentFiles;
    QStringList m_recentConnections;
    QMap<QString, ViewState> m_savedViews;
    TimeDisplay m_timeDisplay;
    int m_pendingRow = -1; // selectRow() waiting for the table to have it
    QAction *m_cancelJobAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportRedactedAction = nullptr;
    QToolButton *m_followButton = nullptr;
    qint64 m_seenNewRows = 0; // new rows the user has gone to see
    qint64 m_totalledNewRows = 0; // new rows the totals were last asked to include
    int m_scrollBeforeInsert = -1; // scroll position while rows are inserted at the top
    bool m_errorIsLive = false; // the shown error is a connection's
    QString m_sourceDescription;
    QString m_errorText; // the source could not be used
    QString m_queryErrorText; // the current query failed
    QString m_busyText;
};
