// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "followscrollkeeper.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

FollowScrollKeeper::FollowScrollKeeper(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first) { handleRowsAboutToBeInserted(first); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { handleRowsInserted(first, last); });
}

void FollowScrollKeeper::handleRowsAboutToBeInserted(int first)
{
    m_scrollBeforeInsert
        = first == 0 && m_view->model()->rowCount() > 0 ? m_view->verticalScrollBar()->value() : -1;
}

void FollowScrollKeeper::handleRowsInserted(int first, int last)
{
    if (first != 0 || m_scrollBeforeInsert < 0)
        return;
    const int rows = last - first + 1;
    const auto *table = qobject_cast<const QTableView *>(m_view);
    const int step = m_view->verticalScrollMode() == QAbstractItemView::ScrollPerPixel && table
        ? table->verticalHeader()->defaultSectionSize()
        : 1;
    m_view->verticalScrollBar()->setValue(m_scrollBeforeInsert + rows * step);
    m_scrollBeforeInsert = -1;
}
