// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "smslogtablemodel.h"

// Copies rows of the log table as tab-separated text (one line per row, fields in the columns'
// order, times in ISO 8601, costs in plain dollars; an optional first line of column headers).
// Rows not loaded yet are read through the model, page by page, as they arrive; nothing blocks.
// Tabs and line breaks inside a field become spaces, so every line is one row.
//
// GUI thread. One copy at a time: start() again restarts; cancel() stops without an answer.
class TableCopier : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxRows = 100000; // beyond this, exporting (Ctrl+E) is the way

    explicit TableCopier(QObject *parent = nullptr);

    // `rows` in any order (copied in ascending order, once each); `columns` in the order wanted.
    void start(SmsLogTableModel *model, QList<int> rows, const QList<int> &columns, bool headers);
    void cancel();
    bool isRunning() const { return m_model != nullptr; }

    // One line of tab-separated fields, tabs and line breaks replaced by spaces.
    static QString line(const QStringList &fields);

Q_SIGNALS:
    void finished(const QString &text, int rows);
    void failed(const QString &message);
    void progressed(int done, int total);

private:
    void proceed();

    QPointer<SmsLogTableModel> m_model;
    QList<int> m_rows;
    QList<int> m_columns;
    qsizetype m_next = 0;
    QString m_text;
};
