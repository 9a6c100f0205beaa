// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "pivot.h"

#include <QObject>
#include <QPair>

class QToolButton;
class QWidget;

// The small filter buttons beside the detail pane's values ("Messages of this incident", "Messages to
// this number", ...): each shows while the record has that value, is reachable with Tab, and names
// its pivot for screen readers. Buttons carry object names pivot_<target> for tests and
// automation (pivot_toNumber, pivot_link_incident, ...). GUI thread only; the buttons belong to the
// widgets given to wrap().
class PivotButtons : public QObject
{
    Q_OBJECT
public:
    explicit PivotButtons(QObject *parent = nullptr);

    // A row of `value` with the button of `target` after it, for a form or layout; `value` is
    // reparented into it.
    QWidget *wrap(QWidget *value, const PivotTarget &target);
    // Shows the buttons whose value `record` has.
    void setRecord(const SmsRecord &record);
    // Hides every button.
    void clear();

    // The object name of `target`'s button.
    static QString objectName(const PivotTarget &target);

Q_SIGNALS:
    void pivotChosen(const Pivot &pivot);

private:
    QList<QPair<PivotTarget, QToolButton *>> m_buttons;
    SmsRecord m_record;
};
