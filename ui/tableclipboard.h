// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QList>
#include <QObject>

class LogTableView;
class QAction;
class QStatusBar;
class TableCopier;

// Copying from the log table to the clipboard: the selected rows (tab-separated, in the columns
// shown, in their order; rows not loaded are read first, through TableCopier) or the current
// cell, saying what happened in the status bar. GUI thread only; the view (its model) and the
// status bar are not owned.
class TableClipboard : public QObject
{
    Q_OBJECT
public:
    TableClipboard(LogTableView *table, QStatusBar *statusBar, QObject *parent = nullptr);

    // Edit → Copy rows (Ctrl+C), Copy rows with headers and Copy cell, in that order.
    QList<QAction *> actions() const { return m_actions; }
    // The selected rows, or the current row when none is selected; `headers`: with a first line
    // of column titles. At most TableCopier::maxRows.
    void copyRows(bool headers);
    void copyCell();
    // Stops a copy reading rows; returns whether one was under way.
    bool cancel();
    bool isRunning() const;

    // The columns shown, in the order shown (logical indexes).
    QList<int> visibleColumns() const;

Q_SIGNALS:
    // The clipboard holds `text`.
    void copied(const QString &text);

private:
    LogTableView *m_table;
    QStatusBar *m_statusBar;
    TableCopier *m_copier;
    QList<QAction *> m_actions;
};
