// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QDialog>

class QHeaderView;
class QListWidget;
class QMenu;
class QPushButton;

// The table's columns: which show and in which order, changed on the header itself as the user
// ticks and moves them (widths are dragged on the header). At least one column always shows.
// "Reset" restores the order, visibility and widths the window started with.
class ColumnChooser : public QDialog
{
    Q_OBJECT
public:
    // `defaults`: QHeaderView::saveState() of the columns as the window starts.
    ColumnChooser(QHeaderView *header, const QByteArray &defaults, QWidget *parent = nullptr);

    // Adds a checkable action per column (in the header's order) to `menu`, toggling it.
    static void addColumnActions(QMenu *menu, QHeaderView *header);

private:
    void fill();
    void handleItemChanged();
    void move(int step);
    void updateButtons();

    QHeaderView *m_header;
    QByteArray m_defaults;
    QListWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
    bool m_filling = false;
};
