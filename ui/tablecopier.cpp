// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "tablecopier.h"

#include "smslogtablemodel.h"

#include <QLocale>
#include <algorithm>

TableCopier::TableCopier(QObject *parent)
    : QObject(parent)
{ }

QString TableCopier::line(const QStringList &fields)
{
    QStringList clean;
    clean.reserve(fields.size());
    for (QString field : fields) {
        for (QChar &c : field)
            if (c == u'\t' || c == u'\n' || c == u'\r' || c == QChar::LineSeparator
                || c == QChar::ParagraphSeparator)
                c = u' ';
        clean.append(field);
    }
    return clean.join(u'\t');
}

void TableCopier::start(SmsLogTableModel *model, QList<int> rows, const QList<int> &columns, bool headers)
{
    cancel();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (!model || rows.isEmpty() || columns.isEmpty()) {
        emit failed(tr("Select the rows to copy first."));
        return;
    }
    if (rows.size() > maxRows) {
        emit failed(tr("%1 rows are selected; at most %2 can be copied. Export the view (Ctrl+E) "
                       "to take more.")
                        .arg(QLocale().toString(rows.size()), QLocale().toString(maxRows)));
        return;
    }
    m_model = model;
    m_rows = rows;
    m_columns = columns;
    m_next = 0;
    m_text.clear();
    if (headers) {
        QStringList titles;
        for (const int column : columns)
            titles << model->headerData(column, Qt::Horizontal).toString();
        m_text += line(titles) + u'\n';
    }
    connect(model, &QAbstractItemModel::dataChanged, this, &TableCopier::proceed);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        cancel();
        emit failed(tr("The table changed before the rows were copied. Copy them again."));
    });
    proceed();
}

void TableCopier::cancel()
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = nullptr;
    m_rows.clear();
    m_text.clear();
}

void TableCopier::proceed()
{
    if (!m_model)
        return;
    while (m_next < m_rows.size()) {
        const int row = m_rows.at(m_next);
        if (row >= m_model->rowCount()) {
            cancel();
            emit failed(tr("The table changed before the rows were copied. Copy them again."));
            return;
        }
        switch (m_model->rowState(row)) {
        case SmsLogTableModel::RowState::Pending:
            m_model->data(m_model->index(row, 0), SmsLogTableModel::LoadedRole); // asks for its page
            emit progressed(int(m_next), int(m_rows.size()));
            return; // dataChanged brings us back
        case SmsLogTableModel::RowState::Failed:
            cancel();
            emit failed(tr("Row %1 could not be read, so nothing was copied. Refresh (F5) and try "
                           "again.")
                            .arg(QLocale().toString(row + 1)));
            return;
        case SmsLogTableModel::RowState::Loaded: break;
        }
        QStringList fields;
        for (const int column : std::as_const(m_columns))
            fields << m_model->copyText(m_model->index(row, column));
        m_text += line(fields) + u'\n';
        ++m_next;
    }
    const QString text = m_text;
    const int rows = int(m_rows.size());
    cancel();
    emit finished(text, rows);
}
