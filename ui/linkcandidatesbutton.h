// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "linkcandidate.h"

#include <QToolButton>

class QMenu;

// Beside the linked-resource filter when its number names a resource in each of several projects
// ("#1362: 3 projects"): says so, and its menu offers each resource ("Incident #1362 — Database
// unreachable (Acme)"), which pivots to it by id. Hidden otherwise. Object name
// "linkCandidatesButton".
class LinkCandidatesButton : public QToolButton
{
    Q_OBJECT
public:
    explicit LinkCandidatesButton(QWidget *parent = nullptr);

    // Shows `candidates` (more than one), or hides the button (none).
    void setCandidates(const QList<LinkCandidate> &candidates);
    QMenu *candidatesMenu() const { return m_menu; }

Q_SIGNALS:
    void pivotChosen(const Pivot &pivot);

private:
    QMenu *m_menu;
};
