// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QMenu>
#include <QStringList>

// File → Open recent: the recently opened cache files and connection profiles, newest first,
// each in its own section; disabled while both lists are empty. GUI thread only.
class RecentMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentMenu(QWidget *parent = nullptr);

    // Absolute paths of cache files (shown by file name, the path as tooltip).
    void setFiles(const QStringList &paths);
    // Names of connection profiles.
    void setConnections(const QStringList &profiles);

Q_SIGNALS:
    void fileChosen(const QString &path);
    void connectionChosen(const QString &profile);

private:
    void rebuild();

    QStringList m_files;
    QStringList m_connections;
};
