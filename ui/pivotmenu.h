// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "pivot.h"

#include <functional>

class QMenu;
class QObject;

// The pivots of a message in a menu ("Messages of this incident", ...), as the table's context menu
// and the linked-resource choices offer them.
namespace PivotMenu {

// One action per pivot, in order, each calling `chosen` (in `context`) with its pivot.
void addActions(QMenu *menu, const QList<Pivot> &pivots, QObject *context,
                const std::function<void(const Pivot &)> &chosen);

} // namespace PivotMenu
