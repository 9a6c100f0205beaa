// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "savedviewsmenu.h"

#include <QInputDialog>
#include <QMessageBox>

SavedViewsMenu::SavedViewsMenu(QWidget *parent)
    : QMenu(tr("Saved &views"), parent)
{
    setObjectName(QStringLiteral("savedViewsMenu"));
    rebuild();
}

void SavedViewsMenu::setViews(const QMap<QString, ViewState> &views)
{
    m_views = views;
    rebuild();
}

QString SavedViewsMenu::insertView(const QString &name, const ViewState &state)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return {};
    m_views.insert(trimmed, state);
    rebuild();
    emit viewsChanged(m_views);
    return trimmed;
}

void SavedViewsMenu::removeView(const QString &name)
{
    if (m_views.remove(name) == 0)
        return;
    rebuild();
    emit viewsChanged(m_views);
}

void SavedViewsMenu::askName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(parentWidget(), tr("Save the current view"),
                                               tr("Name of the view (filters, sort and columns):"),
                                               QLineEdit::Normal, {}, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_views.contains(name)
        && QMessageBox::question(parentWidget(), tr("Replace the view?"),
                                 tr("A view named “%1” exists. Replace it?").arg(name))
            != QMessageBox::Yes)
        return;
    emit saveRequested(name);
}

void SavedViewsMenu::rebuild()
{
    clear();
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it) {
        const QString name = it.key();
        addAction(name, this, [this, name] { emit viewChosen(name); });
    }
    if (!m_views.isEmpty())
        addSeparator();
    QAction *save = addAction(tr("&Save the current view…"), this, &SavedViewsMenu::askName);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    QMenu *remove = addMenu(tr("&Delete a view"));
    remove->setEnabled(!m_views.isEmpty());
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it) {
        const QString name = it.key();
        remove->addAction(name, this, [this, name] { removeView(name); });
    }
}
