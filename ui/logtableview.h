// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QTableView>

class SmsLogTableModel;

// The log table's view: fixed row heights and column widths from typical values (sizing rows or
// columns to their contents would read every row), sorting through the model, and read-ahead: on
// every scroll it tells the model which rows show, so the pages a screen away are on their way
// before the user gets there.
class LogTableView : public QTableView
{
    Q_OBJECT
public:
    explicit LogTableView(QWidget *parent = nullptr);

    // Sets the model (not owned) and sizes the columns.
    void setLogModel(SmsLogTableModel *model);
    SmsLogTableModel *logModel() const { return m_model; }

private:
    void readAhead();

    SmsLogTableModel *m_model = nullptr;
};
