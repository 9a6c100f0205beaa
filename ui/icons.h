// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

// The application's icons, all scalable SVG from the resources, drawn at the exact device size
// (sharp at 1×, 1.5× and 2×). GUI thread only.
namespace Icons {

// A monochrome action icon (":/smslog/icons/actions/<name>.svg") drawn in the current palette's
// text colour, so it stays visible after a theme change (see SvgIconEngine). Names:
// open, connect, refresh, export, follow, cost, chart, filter, filter-clear, copy, go-to-row,
// help, shortcuts, theme, search, sync, cancel, columns, detail. An unknown name gives a null
// icon (and a warning).
QIcon action(const QString &name);
// Every name action() knows.
QStringList actionNames();

// The icon of an SMS status (shape and colour by outcome); see statusicon.h.
QIcon status(const QString &status);

// The application icon (":/smslog/icons/smslog-viewer.svg").
QIcon application();

} // namespace Icons

// Short forms.
inline QIcon actionIcon(const QString &name)
{
    return Icons::action(name);
}
inline QIcon statusIcon(const QString &status)
{
    return Icons::status(status);
}
