// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class SmsLogSummary;
struct CostTotals;
struct SourceError;

// Totals of the whole filter: message count, total cost, and cost per project and per status.
// Shows "computing" while the source works and says so when totals could not be computed.
class TotalsPane : public QWidget
{
    Q_OBJECT
public:
    explicit TotalsPane(SmsLogSummary *summary, QWidget *parent = nullptr);

    QString headline() const; // the count and cost line as shown

private:
    void showTotals(const CostTotals &totals);
    void showLoading(bool loading);
    void showError(const SourceError &error);

    SmsLogSummary *m_summary;
    QLabel *m_messages;
    QLabel *m_cost;
    QLabel *m_state;
    QTableView *m_byProject;
    QTableView *m_byStatus;
};
