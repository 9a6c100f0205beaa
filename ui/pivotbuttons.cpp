// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "pivotbuttons.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QToolButton>

PivotButtons::PivotButtons(QObject *parent)
    : QObject(parent)
{ }

QString PivotButtons::objectName(const PivotTarget &target)
{
    switch (target.field) {
    case PivotField::Link: return QStringLiteral("pivot_link_") + linkKindKey(target.linkKind);
    case PivotField::ToNumber: return QStringLiteral("pivot_toNumber");
    case PivotField::FromNumber: return QStringLiteral("pivot_fromNumber");
    case PivotField::Project: return QStringLiteral("pivot_project");
    case PivotField::ErrorCode: return QStringLiteral("pivot_errorCode");
    case PivotField::Status: return QStringLiteral("pivot_status");
    }
    return {};
}

QWidget *PivotButtons::wrap(QWidget *value, const PivotTarget &target)
{
    auto *row = new QWidget(value->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(value, 1);
    auto *button = new QToolButton(row);
    button->setObjectName(objectName(target));
    button->setIcon(Icons::action(QStringLiteral("filter")));
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus); // Tab reaches it
    button->setToolTip(target.title());
    button->setAccessibleName(target.title());
    button->setVisible(false);
    layout->addWidget(button, 0, Qt::AlignTop);
    connect(button, &QToolButton::clicked, this, [this, target] {
        if (const std::optional<Pivot> pivot = pivotOf(m_record, target))
            emit pivotChosen(*pivot);
    });
    m_buttons.append({target, button});
    return row;
}

void PivotButtons::setRecord(const SmsRecord &record)
{
    m_record = record;
    for (const auto &[target, button] : std::as_const(m_buttons))
        button->setVisible(pivotOf(record, target).has_value());
}

void PivotButtons::clear()
{
    setRecord({});
}
