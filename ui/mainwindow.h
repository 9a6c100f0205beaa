// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QMainWindow>

class DetailPane;
class FilterBar;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class SmsLogSummary;
class SmsLogTableModel;
class TotalsPane;
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

    FilterBar *filterBar() const { return m_filterBar; }
    QTableView *tableView() const { return m_table; }
    DetailPane *detailPane() const { return m_detail; }
    TotalsPane *totalsPane() const { return m_totals; }

Q_SIGNALS:
    void openCacheRequested(const QString &path);
    void openDemoRequested();

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
    static QString errorText(const SourceError &error);

    SmsLogTableModel *m_model;
    SmsLogSummary *m_summary;
    FilterBar *m_filterBar;
    QStackedWidget *m_tableStack;
    QTableView *m_table;
    QLabel *m_emptyMessage;
    QPushButton *m_emptyAction;
    DetailPane *m_detail;
    TotalsPane *m_totals;
    QLabel *m_sourceLabel;
    QLabel *m_countLabel;
    QLabel *m_loadingLabel;
    QString m_sourceDescription;
    QString m_errorText; // the source could not be used
    QString m_queryErrorText; // the current query failed
    QString m_busyText;
};
