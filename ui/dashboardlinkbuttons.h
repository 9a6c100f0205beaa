// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "dashboardlinks.h"

#include <QWidget>

class QToolButton;

// Two small buttons beside a value of the detail pane: "Open in OneUptime" and "Copy link" for one
// dashboard page (object names open_<key> and copy_<key>, see DashboardLinkActions::key). Without
// an address both are disabled and their tooltip says why.
class DashboardLinkButtons : public QWidget
{
    Q_OBJECT
public:
    // `key` names the buttons before the first setLink().
    explicit DashboardLinkButtons(const QString &key, QWidget *parent = nullptr);

    void setLink(const DashboardLink &link);
    // Nothing to open (no message shown).
    void clear();

private:
    DashboardLink m_link;
    QToolButton *m_open;
    QToolButton *m_copy;
};
