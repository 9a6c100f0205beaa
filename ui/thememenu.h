// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QMenu>

// View → Theme: System, Light or Dark, one checked. Choosing one asks for it (themeRequested);
// setThemeName() shows the one in use. GUI thread only.
class ThemeMenu : public QMenu
{
    Q_OBJECT
public:
    explicit ThemeMenu(QWidget *parent = nullptr);

    // "system", "light" or "dark".
    void setThemeName(const QString &name);

Q_SIGNALS:
    void themeRequested(const QString &name);
};
