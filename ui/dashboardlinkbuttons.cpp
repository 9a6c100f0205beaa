// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "dashboardlinkbuttons.h"

#include "dashboardlinkactions.h"

#include <QHBoxLayout>
#include <QToolButton>

DashboardLinkButtons::DashboardLinkButtons(const QString &key, QWidget *parent)
    : QWidget(parent)
    , m_open(new QToolButton(this))
    , m_copy(new QToolButton(this))
{
    m_open->setObjectName(QStringLiteral("open_") + key);
    m_open->setText(tr("Open in OneUptime"));
    m_copy->setObjectName(QStringLiteral("copy_") + key);
    m_copy->setText(tr("Copy link"));
    for (QToolButton *button : {m_open, m_copy})
        button->setAutoRaise(true);
    connect(m_open, &QToolButton::clicked, this, [this] { DashboardLinkActions::open(m_link); });
    connect(m_copy, &QToolButton::clicked, this, [this] { DashboardLinkActions::copy(m_link); });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_open);
    layout->addWidget(m_copy);
    layout->addStretch(1);
    clear();
}

void DashboardLinkButtons::setLink(const DashboardLink &link)
{
    m_link = link;
    const bool known = !link.url.isEmpty();
    const QString title = DashboardLinks::title(link);
    m_open->setEnabled(known);
    m_copy->setEnabled(known);
    m_open->setAccessibleName(tr("Open %1 in OneUptime").arg(title));
    m_copy->setAccessibleName(tr("Copy the OneUptime link to %1").arg(title));
    m_open->setToolTip(known ? tr("Open %1 in your browser").arg(link.url.toString()) : link.missingReason);
    m_copy->setToolTip(known ? tr("Copy %1").arg(link.url.toString()) : link.missingReason);
}

void DashboardLinkButtons::clear()
{
    setLink({});
}
