// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "linkcandidatesbutton.h"

#include "icons.h"

#include <QMenu>

LinkCandidatesButton::LinkCandidatesButton(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("linkCandidatesButton"));
    setIcon(Icons::action(QStringLiteral("filter")));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed); // its words always show
    setMenu(m_menu);
    setVisible(false);
}

void LinkCandidatesButton::setCandidates(const QList<LinkCandidate> &candidates)
{
    m_menu->clear();
    setVisible(!candidates.isEmpty());
    if (candidates.isEmpty())
        return;
    const int projects = int(candidates.size());
    setText(tr("In %n projects", "", projects));
    const LinkCandidate &first = candidates.first();
    const QString what
        = QStringLiteral("%1 #%2").arg(linkKindTitle(first.kind)).arg(first.resource.number.value_or(0));
    const QString sentence
        = tr("%1 is a number in each of %n projects: the filter matches all of them. Choose one.", "",
             projects)
              .arg(what);
    setToolTip(sentence);
    setAccessibleName(sentence);
    for (const LinkCandidate &candidate : candidates)
        m_menu->addAction(candidate.label(), this,
                          [this, pivot = candidate.pivot()] { emit pivotChosen(pivot); });
}
