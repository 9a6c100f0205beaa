// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QObject>

class QAbstractItemView;
class QAbstractItemModel;

// Follow mode inserts new messages at the top of the table: this keeps what the user is reading
// where it was, by moving the scroll bar down by the rows inserted above it. Rows inserted
// anywhere else, or into an empty table, move nothing. GUI thread only; the view and its model
// are not owned (the keeper is the view's child).
class FollowScrollKeeper : public QObject
{
    Q_OBJECT
public:
    explicit FollowScrollKeeper(QAbstractItemView *view);

private:
    void handleRowsAboutToBeInserted(int first);
    void handleRowsInserted(int first, int last);

    QAbstractItemView *m_view;
    int m_scrollBeforeInsert = -1; // the scroll position while rows are inserted at the top
};
