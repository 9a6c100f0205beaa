// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QStackedWidget>

class LogSession;
class LogTableView;
class QLabel;
class QPushButton;
class SmsLogTableModel;
struct Pivot;
struct SmsSort;
struct SourceError;

// The log table, or in its place a page saying why there are no rows to show (nothing open,
// something under way, a failure, no match) with the one button that helps. Which page and which
// button follow from state(); the button's choice is an Action, never its translated text.
// Also the table's own controls: sorting by the header (refused for columns the source cannot
// order by), the row and header context menus, the columns dialog, and selecting a row the table
// does not have yet. GUI thread only; the session is not owned.
class TableArea : public QStackedWidget
{
    Q_OBJECT
public:
    // What the table area shows, most important first.
    enum class State {
        Rows, // the table
        OpenError, // the source could not be opened, or was refused
        Busy, // opening or creating something, no table yet
        QueryError, // the current query failed and there are no rows
        CountStopped, // loading was stopped before the messages were counted
        NothingOpen,
        NoMatch, // the filter matches nothing
        EmptyServer, // the live project has no messages (yet)
        EmptyCache, // the cache file holds no messages
    };
    Q_ENUM(State)
    // The button under the message.
    enum class Action { None, OpenAnotherCache, ConnectionSettings, Refresh, OpenDemo, ClearFilters };
    Q_ENUM(Action)

    TableArea(LogSession *session, QWidget *parent = nullptr);

    LogTableView *table() const { return m_table; }
    State state() const { return m_state; }
    Action action() const { return m_action; }
    // The message shown in place of the table; empty on the table.
    QString message() const;

    // Whether a source is open (else: "No SMS log is open").
    void setSourceOpen(bool open);
    // A failure to open or use a source: shown until setSourceOpen() or clearErrors(). A
    // connection's failure offers the connection settings, any other another cache file.
    void showOpenError(const SourceError &error);
    // A long job without a table yet; empty: none.
    void setBusyText(const QString &text);
    // The current query failed: shown while there are no rows; cleared by clearQueryError() and
    // by the next query.
    void showQueryError(const SourceError &error);
    void clearQueryError();
    // Forgets every error and busy text.
    void clearErrors();
    // Chooses the page again (after the model's rows, count or query changed).
    void update();

    // The error's message, and a few lines of its detail at most.
    static QString errorText(const SourceError &error);

    // The current row, or -1; selectRow() selects and shows a row once the table has it.
    int currentRow() const;
    void selectRow(int row);
    // The SmsRecord of the current row; invalid when there is none or it is not loaded yet.
    QVariant currentRecord() const;
    // Asks for a row number (Ctrl+G) and selects that row. false: the table has no rows (said
    // with noticed()) or the user cancelled.
    bool goToRow();
    // The header as the table started (for Reset).
    QByteArray defaultColumns() const { return m_defaultColumns; }
    // Shows the columns of a QHeaderView::saveState() (the default ones if it would hide them
    // all) without sorting.
    void restoreColumns(const QByteArray &columns);
    // Shows `sort` in the header without sorting.
    void showSortIndicator(const SmsSort &sort);
    void showColumnChooser();

Q_SIGNALS:
    // The page's button was pressed.
    void actionTriggered(TableArea::Action action);
    // The table has no rows (any page): the detail pane has nothing to show.
    void emptied();
    // Another row is current, or the current row's data arrived: see currentRecord().
    void currentRecordChanged();
    // The context menu's choices.
    void copyRowsRequested(bool headers);
    void copyCellRequested();
    void detailRequested();
    // A pivot of the context menu: show the messages that share the cell's value.
    void pivotRequested(const Pivot &pivot);
    // A passing word for the status bar (a column that cannot be sorted).
    void noticed(const QString &text, int timeout);

private:
    State chooseState() const;
    void showState(State state);
    void handleSortIndicatorChanged(int column);
    void showTableMenu(const QPoint &pos);
    void showHeaderMenu(const QPoint &pos);

    LogSession *m_session;
    SmsLogTableModel *m_model;
    LogTableView *m_table;
    QLabel *m_message;
    QPushButton *m_button;
    State m_state = State::NothingOpen;
    Action m_action = Action::None;
    bool m_sourceOpen = false;
    bool m_errorIsLive = false;
    QString m_errorText; // the source could not be used
    QString m_queryErrorText; // the current query failed
    QString m_busyText;
    QByteArray m_defaultColumns;
    int m_pendingRow = -1; // selectRow() waiting for the table to have it
    // The current message while a refresh replaces the rows: its id and its row's place on screen.
    QString m_keptId;
    int m_keptRow = -1;
    int m_keptTop = 0;
};
