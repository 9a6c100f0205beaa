// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "recentmenu.h"

#include <QFileInfo>

RecentMenu::RecentMenu(QWidget *parent)
    : QMenu(tr("Open &recent"), parent)
{
    rebuild();
}

void RecentMenu::setFiles(const QStringList &paths)
{
    m_files = paths;
    rebuild();
}

void RecentMenu::setConnections(const QStringList &profiles)
{
    m_connections = profiles;
    rebuild();
}

void RecentMenu::rebuild()
{
    clear();
    if (!m_files.isEmpty())
        addSection(tr("Cache files"));
    for (const QString &path : std::as_const(m_files)) {
        QAction *action
            = addAction(QFileInfo(path).fileName(), this, [this, path] { emit fileChosen(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (!m_connections.isEmpty())
        addSection(tr("Connections"));
    for (const QString &profile : std::as_const(m_connections)) {
        QAction *action = addAction(profile, this, [this, profile] { emit connectionChosen(profile); });
        action->setToolTip(tr("Connection profile %1").arg(profile));
    }
    setEnabled(!m_files.isEmpty() || !m_connections.isEmpty());
}
