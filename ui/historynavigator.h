// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "filterhistory.h"

#include <QObject>
#include <optional>

class FilterBar;
class LogSession;
class QAction;
class QWidget;
class TableArea;

// Back and forward through filters, as in a browser: Alt+Left and Alt+Right (backAction(),
// forwardAction(), for a toolbar), and the mouse's back and forward buttons anywhere in `window`.
// Every query the session runs is an entry of a FilterHistory. Going back or forward asks for the
// entry's view (viewRequested(), which the window applies through its filter bar, the one way a
// filter is set), then selects the entry's message and scrolls where the table was, once the
// table has those rows. GUI thread only; nothing given is owned.
class HistoryNavigator : public QObject
{
    Q_OBJECT
public:
    HistoryNavigator(LogSession *session, TableArea *table, FilterBar *filterBar, QWidget *window);

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    const FilterHistory &history() const { return m_history; }

    void back();
    void forward();

Q_SIGNALS:
    // Show `view` (its filter, time choice and sort) now; see MainWindow::applyViewState().
    void viewRequested(const ViewState &view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void handleQueryChanged();
    void keepPlace();
    void go(const std::optional<HistoryEntry> &entry);
    void restorePlace();
    void updateActions();

    LogSession *m_session;
    TableArea *m_table;
    FilterBar *m_filterBar;
    QWidget *m_window;
    QAction *m_back;
    QAction *m_forward;
    FilterHistory m_history;
    std::optional<HistoryEntry> m_pendingPlace; // where to go once the table has the rows
    bool m_restoring = false; // the entry's view is being applied: not a new entry
};
