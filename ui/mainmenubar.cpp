// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "mainmenubar.h"

#include "icons.h"
#include "recentmenu.h"
#include "savedviewsmenu.h"
#include "thememenu.h"

#include <QApplication>
#include <QMessageBox>

MainMenuBar::MainMenuBar(const QList<QAction *> &jobActions, const QList<QAction *> &copyActions,
                         QAction *follow, int followSeconds, QWidget *parent)
    : QMenuBar(parent)
    , m_recent(new RecentMenu(parent))
    , m_savedViews(new SavedViewsMenu(parent))
    , m_theme(new ThemeMenu(parent))
{
    QMenu *file = addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open cache…"), this, &MainMenuBar::openCacheChosen);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(Icons::action(QStringLiteral("open")));
    file->addMenu(m_recent);
    file->addAction(tr("Open &demo data"), this, &MainMenuBar::openDemoChosen);
    QAction *connectAction = file->addAction(tr("&Connect to OneUptime…"), this, &MainMenuBar::connectChosen);
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connectAction->setIcon(Icons::action(QStringLiteral("connect")));
    file->addActions(jobActions);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = addMenu(tr("&Edit"));
    edit->addActions(copyActions);
    edit->addSeparator();
    QAction *goTo = edit->addAction(tr("&Go to row…"), this, &MainMenuBar::goToRowChosen);
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    goTo->setIcon(Icons::action(QStringLiteral("go-to-row")));
    m_detail = edit->addAction(tr("Show &details of the row"), this, &MainMenuBar::detailChosen);
    m_detail->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_detail->setShortcutContext(Qt::WidgetShortcut); // Enter on the table only
    m_detail->setIcon(Icons::action(QStringLiteral("detail")));

    QMenu *view = addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find in messages"), this, &MainMenuBar::findChosen);
    find->setShortcut(QKeySequence::Find);
    find->setIcon(Icons::action(QStringLiteral("search")));
    view->addAction(Icons::action(QStringLiteral("filter-clear")), tr("&Clear filters"), this,
                    &MainMenuBar::clearFiltersChosen);
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainMenuBar::refreshChosen);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setIcon(Icons::action(QStringLiteral("refresh")));
    QAction *stop = view->addAction(tr("&Stop loading"), this, &MainMenuBar::stopChosen);
    stop->setObjectName(QStringLiteral("stopLoadingAction"));
    stop->setShortcut(QKeySequence(Qt::Key_Escape));
    stop->setIcon(Icons::action(QStringLiteral("cancel")));
    stop->setToolTip(tr("Stop reading rows, counting and adding up totals; Refresh (F5) starts again"));
    view->addAction(follow);
    follow->setObjectName(QStringLiteral("followAction"));
    follow->setCheckable(true);
    follow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    follow->setToolTip(tr("Check the server for new messages every %1 seconds").arg(followSeconds));
    view->addSeparator();
    QAction *messagesTab = view->addAction(tr("&Messages"), this, [this] { emit tabChosen(0); });
    messagesTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *costsTab = view->addAction(tr("C&osts"), this, [this] { emit tabChosen(1); });
    costsTab->setObjectName(QStringLiteral("costsTabAction"));
    costsTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    costsTab->setIcon(Icons::action(QStringLiteral("cost")));
    view->addSeparator();
    QAction *columns = view->addAction(tr("Colu&mns…"), this, &MainMenuBar::columnsChosen);
    columns->setToolTip(tr("Show, hide and order the table's columns"));
    columns->setIcon(Icons::action(QStringLiteral("columns")));
    view->addMenu(m_savedViews);
    m_utc = view->addAction(tr("Times in &UTC"));
    m_utc->setObjectName(QStringLiteral("utcAction"));
    m_utc->setCheckable(true);
    m_utc->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_utc->setToolTip(tr("Show times in UTC instead of your local time zone"));
    connect(m_utc, &QAction::toggled, this, &MainMenuBar::utcToggled);
    view->addMenu(m_theme);

    QMenu *help = addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainMenuBar::shortcutsChosen);
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    keys->setIcon(Icons::action(QStringLiteral("shortcuts")));
    help->addAction(tr("&About SMS Log Viewer"), this, [this] {
        QMessageBox::about(parentWidget(), tr("About SMS Log Viewer"),
                           tr("<p><b>SMS Log Viewer</b> %1</p><p>Browse, total and keep the SMS "
                              "delivery logs of OneUptime.</p><p>GPL-3.0-or-later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainMenuBar::setUtc(bool utc)
{
    const QSignalBlocker blocker(m_utc);
    m_utc->setChecked(utc);
}
