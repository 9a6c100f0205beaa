// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "pivotmenu.h"

#include "icons.h"

#include <QMenu>

void PivotMenu::addActions(QMenu *menu, const QList<Pivot> &pivots, QObject *context,
                           const std::function<void(const Pivot &)> &chosen)
{
    for (const Pivot &pivot : pivots)
        menu->addAction(Icons::action(QStringLiteral("filter")), pivot.title(), context,
                        [chosen, pivot] { chosen(pivot); });
}
