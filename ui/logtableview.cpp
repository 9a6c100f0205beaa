// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "logtableview.h"

#include "smslogtablemodel.h"
#include "smsstatus.h"

#include <QHeaderView>
#include <QScrollBar>

LogTableView::LogTableView(QWidget *parent)
    : QTableView(parent)
{
    setAccessibleName(tr("SMS log messages"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection); // several rows to copy
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false); // Tab leaves the table for the detail pane; arrows move in it
    // Fixed row heights: sizing rows to contents would read every row.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &LogTableView::readAhead);
}

void LogTableView::setLogModel(SmsLogTableModel *model)
{
    m_model = model;
    setModel(model);
    if (!model)
        return;
    // Widths from typical values, not from the rows: sizing to contents would read every row.
    // Narrow enough that the last column (Linked to) is seen at the first-run size.
    const QString typical[SmsColumnCount] = {QStringLiteral("2026-12-31 23:59:59 CEST"),
                                             QStringLiteral("+919876543210"),
                                             QStringLiteral("+919876543210"),
                                             QStringLiteral("Undelivered"),
                                             QStringLiteral("Error code"),
                                             QStringLiteral("$10.00"),
                                             QStringLiteral("Nordwind Log"),
                                             QStringLiteral("Jane Doe"),
                                             QString()};
    const int iconWidth = iconSize().width() > 0 ? iconSize().width() : 16;
    for (int column = 0; column < SmsColumnCount - 1; ++column) {
        int width = fontMetrics().horizontalAdvance(typical[column]);
        if (column == int(SmsColumn::Status)) {
            for (const QString &status : SmsStatus::knownValues())
                width = qMax(width, fontMetrics().horizontalAdvance(status));
            width += iconWidth + 8;
        }
        horizontalHeader()->resizeSection(column, width + 14);
    }
    // Rows arrive after the model is set (first page, then the count): read ahead from the top.
    connect(model, &QAbstractItemModel::rowsInserted, this, &LogTableView::readAhead);
}

void LogTableView::readAhead()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const int first = qMax(0, rowAt(0));
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    m_model->readAhead(first, last);
}
