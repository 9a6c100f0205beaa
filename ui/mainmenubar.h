// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QList>
#include <QMenuBar>

class RecentMenu;
class SavedViewsMenu;
class ThemeMenu;

// The main window's menus: File, Edit, View and Help, with their shortcuts and icons. Choices
// are announced as signals (the window decides what they do); the job, copy and follow actions
// and the recent, saved-views and theme menus belong to their own classes and are only placed
// here. GUI thread only.
class MainMenuBar : public QMenuBar
{
    Q_OBJECT
public:
    // `jobActions` go to File (JobControls), `copyActions` to Edit (TableClipboard); `follow`
    // (not owned) is made checkable and goes to View, telling it checks every `followSeconds`.
    MainMenuBar(const QList<QAction *> &jobActions, const QList<QAction *> &copyActions, QAction *follow,
                int followSeconds, QWidget *parent = nullptr);

    RecentMenu *recentMenu() const { return m_recent; }
    SavedViewsMenu *savedViewsMenu() const { return m_savedViews; }
    ThemeMenu *themeMenu() const { return m_theme; }
    // Edit → Show details: Enter, for the table to add (a shortcut of that widget only).
    QAction *detailAction() const { return m_detail; }
    // Checks View → Times in UTC without announcing it.
    void setUtc(bool utc);

Q_SIGNALS:
    void openCacheChosen();
    void openDemoChosen();
    void connectChosen();
    void goToRowChosen();
    void detailChosen();
    void findChosen();
    void clearFiltersChosen();
    void refreshChosen();
    void stopChosen();
    // View → Messages (0) or Costs (1).
    void tabChosen(int index);
    void columnsChosen();
    void utcToggled(bool utc);
    void shortcutsChosen();

private:
    RecentMenu *m_recent;
    SavedViewsMenu *m_savedViews;
    ThemeMenu *m_theme;
    QAction *m_detail = nullptr;
    QAction *m_utc = nullptr;
};
