// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QDialog>

class QTableWidget;

// Every keyboard shortcut of a window, read from its actions (so the list is always the one in
// force), in menu order, with what it does.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // `window`: its menu bar's actions and the actions added to it and its children are listed.
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // (what, keys) pairs as shown, for tests.
    QList<QPair<QString, QString>> entries() const;

private:
    QTableWidget *m_table;
};
