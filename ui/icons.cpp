// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "icons.h"

#include "statusicon.h"
#include "svgiconengine.h"

#include <QHash>

namespace Icons {

QStringList actionNames()
{
    return {QStringLiteral("open"),      QStringLiteral("connect"),   QStringLiteral("refresh"),
            QStringLiteral("export"),    QStringLiteral("follow"),    QStringLiteral("cost"),
            QStringLiteral("chart"),     QStringLiteral("filter"),    QStringLiteral("filter-clear"),
            QStringLiteral("copy"),      QStringLiteral("go-to-row"), QStringLiteral("help"),
            QStringLiteral("shortcuts"), QStringLiteral("theme"),     QStringLiteral("search"),
            QStringLiteral("sync"),      QStringLiteral("cancel"),    QStringLiteral("columns"),
            QStringLiteral("detail")};
}

QIcon action(const QString &name)
{
    static QHash<QString, QIcon> icons;
    auto it = icons.find(name);
    if (it != icons.end())
        return *it;
    if (!actionNames().contains(name)) {
        qWarning("Icons::action: no icon called \"%s\"", qPrintable(name));
        return {};
    }
    const QString path = QStringLiteral(":/smslog/icons/actions/%1.svg").arg(name);
    return *icons.insert(name, QIcon(new SvgIconEngine(path, SvgIconEngine::Ink::Palette)));
}

QIcon status(const QString &status)
{
    return StatusIcon::icon(status);
}

QIcon application()
{
    static const QIcon icon(
        new SvgIconEngine(QStringLiteral(":/smslog/icons/smslog-viewer.svg"), SvgIconEngine::Ink::Own));
    return icon;
}

} // namespace Icons
