// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "viewstate.h"

#include <QMap>
#include <QMenu>

// View → Saved views: one item per named view (choosing it asks for it to be applied), "Save the
// current view…" (asks a name, and before replacing a view of that name) and "Delete a view".
// Holds the views; every change made through the menu is announced by viewsChanged(). GUI thread
// only.
class SavedViewsMenu : public QMenu
{
    Q_OBJECT
public:
    explicit SavedViewsMenu(QWidget *parent = nullptr);

    // Replaces every view; viewsChanged() is not emitted.
    void setViews(const QMap<QString, ViewState> &views);
    const QMap<QString, ViewState> &views() const { return m_views; }
    // Adds or replaces the view `name` (trimmed; an empty name is ignored). Returns the name used.
    QString insertView(const QString &name, const ViewState &state);
    void removeView(const QString &name);

Q_SIGNALS:
    void viewChosen(const QString &name);
    // The user named the current view (and agreed to replace one of that name).
    void saveRequested(const QString &name);
    void viewsChanged(const QMap<QString, ViewState> &views);

private:
    void rebuild();
    void askName();

    QMap<QString, ViewState> m_views;
};
