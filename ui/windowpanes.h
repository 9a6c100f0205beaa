// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QWidget>

class CostView;
class DetailPane;
class FilterBar;
class QLabel;
class QSplitter;
class QTabWidget;
class TableArea;
class TotalsPane;

// The main window's central widget: a banner about what is open, the filter bar and its notes,
// then the Messages and Costs tabs with the totals under them on the left and the detail of the
// current row on the right, in two splitters. The Costs tab takes the whole width (no totals, no
// detail). GUI thread only; the panes given are reparented into it.
class WindowPanes : public QWidget
{
    Q_OBJECT
public:
    WindowPanes(FilterBar *filterBar, TableArea *table, TotalsPane *totals, DetailPane *detail,
                QWidget *parent = nullptr);

    // A line above the table about what is open (a snapshot's origin); hidden when empty.
    void setBanner(const QString &banner);
    // What the source cannot honour in the filter; hidden when empty.
    void showFilterNotes(const QStringList &notes);
    // Says that the rows shown are from before a refresh that failed.
    void showStale(bool stale);
    // Adds the Costs tab (index 1).
    void addCostTab(CostView *costs);
    // Shows the messages (0) or the costs (1); other indexes are ignored.
    void showTab(int index);
    int currentTab() const;
    // Opens the detail pane if it was dragged shut, and gives the keyboard to its first control.
    void showDetail();

    // The splitters' states (QSplitter::saveState()), for the window's layout.
    QByteArray splitState() const;
    QByteArray leftSplitState() const;
    void restoreSplits(const QByteArray &split, const QByteArray &leftSplit);

private:
    QLabel *m_banner;
    QLabel *m_filterNotes;
    QLabel *m_staleNote;
    QTabWidget *m_tabs;
    QSplitter *m_leftSplit;
    QSplitter *m_split;
    TotalsPane *m_totals;
    DetailPane *m_detail;
};
