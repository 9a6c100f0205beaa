// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "timedisplay.h"
#include "viewstate.h"

#include <QMainWindow>
#include <QMap>

class CostReportModel;
class CostView;
class DetailPane;
class FilterBar;
class HistoryNavigator;
class JobControls;
class LogSession;
class LogTableView;
class MainMenuBar;
class QDragEnterEvent;
class QDropEvent;
class SmsLogSummary;
class SmsLogTableModel;
class StatusStrip;
class TableArea;
class TableClipboard;
class TotalsPane;
class WindowPanes;
struct Pivot;
struct SmsFilter;
struct SourceError;

// The main window: filter bar, log table, detail pane, totals and status bar, wired to a
// LogSession (not owned), which it asks for every change of filter, sort, refresh or stop. It
// knows nothing of where the data comes from.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // A window over `session` (not owned); with its cost report when it has one.
    explicit MainWindow(LogSession *session, QWidget *parent = nullptr);
    // A window over models made elsewhere (not owned), through a session of its own.
    MainWindow(SmsLogTableModel *table, SmsLogSummary *summary, QWidget *parent = nullptr);

    LogSession *session() const { return m_session; }

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

    // The cost view's model (not owned), when the session has none: adds the Costs tab, which
    // follows the filter, the time display and refreshes.
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
    const QMap<QString, ViewState> &savedViews() const;
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
    // Replaces the filter by exactly `pivot`'s value (through the filter bar, which shows it) and
    // shows the messages.
    void showPivot(const Pivot &pivot);
    // Back and forward through filters (Alt+Left, Alt+Right).
    HistoryNavigator *history() const { return m_history; }

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
    void addCostTab(CostReportModel *costs);
    void showCurrentRecord();
    void handleTableAction(int action); // TableArea::Action
    void chooseCacheFile();
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void updateLiveControls();

    LogSession *m_session;
    SmsLogTableModel *m_model; // the session's table
    SmsLogSummary *m_summary; // the session's totals
    FilterBar *m_filterBar;
    TableArea *m_tableArea;
    LogTableView *m_table; // the table area's
    DetailPane *m_detail;
    TotalsPane *m_totals;
    WindowPanes *m_panes = nullptr;
    QAction *m_followAction = nullptr;
    StatusStrip *m_strip = nullptr;
    MainMenuBar *m_menus = nullptr;
    JobControls *m_jobs = nullptr;
    HistoryNavigator *m_history = nullptr;
    TableClipboard *m_clipboard = nullptr;
    CostView *m_costView = nullptr;
    TimeDisplay m_timeDisplay;
    QString m_sourceDescription;
    QString m_readError; // said in the status bar until a read succeeds
};
