// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "thememenu.h"

#include "icons.h"

#include <QActionGroup>

ThemeMenu::ThemeMenu(QWidget *parent)
    : QMenu(tr("&Theme"), parent)
{
    setObjectName(QStringLiteral("themeMenu"));
    setIcon(Icons::action(QStringLiteral("theme")));
    auto *themes = new QActionGroup(this);
    const QPair<QString, QString> themeNames[] = {{QStringLiteral("system"), tr("&System")},
                                                  {QStringLiteral("light"), tr("&Light")},
                                                  {QStringLiteral("dark"), tr("&Dark")}};
    for (const auto &[name, title] : themeNames) {
        QAction *action = addAction(title);
        action->setCheckable(true);
        action->setData(name);
        action->setChecked(name == QLatin1String("system"));
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, name = name] { emit themeRequested(name); });
    }
}

void ThemeMenu::setThemeName(const QString &name)
{
    for (QAction *action : actions())
        action->setChecked(action->data().toString() == name);
}
