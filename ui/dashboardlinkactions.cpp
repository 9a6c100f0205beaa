// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "dashboardlinkactions.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>

namespace DashboardLinkActions {

QString key(const DashboardLink &link)
{
    return link.kind ? linkKindKey(*link.kind) : QStringLiteral("smsLog");
}

bool open(const DashboardLink &link)
{
    return !link.url.isEmpty() && QDesktopServices::openUrl(link.url);
}

void copy(const DashboardLink &link)
{
    if (!link.url.isEmpty())
        QGuiApplication::clipboard()->setText(link.url.toString(QUrl::FullyEncoded));
}

void addMenus(QMenu *menu, const QList<DashboardLink> &links)
{
    const auto submenu = [&](const QString &title, const QString &name, const QString &prefix,
                             void (*act)(const DashboardLink &)) {
        QMenu *sub = menu->addMenu(title);
        sub->setObjectName(name);
        sub->setToolTipsVisible(true);
        for (const DashboardLink &link : links) {
            QAction *action = sub->addAction(DashboardLinks::title(link), menu, [link, act] { act(link); });
            action->setObjectName(prefix + key(link));
            action->setEnabled(!link.url.isEmpty());
            const QString tip = link.url.isEmpty() ? link.missingReason : link.url.toString();
            action->setToolTip(tip);
            action->setStatusTip(tip);
        }
    };
    submenu(QCoreApplication::translate("DashboardLinkActions", "Open in &OneUptime"),
            QStringLiteral("openInOneUptime"), QStringLiteral("open_"),
            [](const DashboardLink &link) { open(link); });
    submenu(QCoreApplication::translate("DashboardLinkActions", "Copy OneUptime &link"),
            QStringLiteral("copyOneUptimeLink"), QStringLiteral("copy_"), copy);
}

} // namespace DashboardLinkActions
