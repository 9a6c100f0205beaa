// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "dashboardlinks.h"

class QMenu;

// "Open in OneUptime" and "Copy link" for the dashboard pages of a message: the one way the detail
// pane and the table's menu open and copy them. GUI thread only.
namespace DashboardLinkActions {

// "smsLog" for the project's SMS log page, else the link kind's key: object names end with it.
QString key(const DashboardLink &link);
// Opens the page in the user's browser (QDesktopServices::openUrl); false when there is no page or
// the browser could not be started.
bool open(const DashboardLink &link);
// Puts the page's address on the clipboard (nothing when there is none).
void copy(const DashboardLink &link);
// Adds the submenus "Open in OneUptime" and "Copy OneUptime link" (object names openInOneUptime and
// copyOneUptimeLink) with one entry per page (open_<key>, copy_<key>); a page without an address is
// shown disabled with the reason as its tooltip and status tip.
void addMenus(QMenu *menu, const QList<DashboardLink> &links);

} // namespace DashboardLinkActions
