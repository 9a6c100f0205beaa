// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "statusstrip.h"

#include "costreportmodel.h"
#include "logsession.h"
#include "plural.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QToolButton>

StatusStrip::StatusStrip(QStatusBar *statusBar, LogSession *session, QAction *follow)
    : QObject(statusBar)
    , m_statusBar(statusBar)
    , m_session(session)
    , m_follow(follow)
    , m_source(new QLabel(statusBar))
    , m_count(new QLabel(statusBar))
    , m_loading(new QLabel(statusBar))
    , m_notice(new QLabel(statusBar))
    , m_newRows(new QToolButton(statusBar))
    , m_followButton(new QToolButton(statusBar))
{
    m_source->setAccessibleName(tr("Open source"));
    m_count->setAccessibleName(tr("Matching messages"));
    m_loading->setAccessibleName(tr("Loading state"));
    m_notice->setAccessibleName(tr("Server notice"));
    m_newRows->setObjectName(QStringLiteral("newRowsButton"));
    m_newRows->setAutoRaise(true);
    m_newRows->hide();
    connect(m_newRows, &QToolButton::clicked, this, &StatusStrip::handleNewRowsButton);
    m_followButton->setObjectName(QStringLiteral("followButton"));
    m_followButton->setDefaultAction(m_follow);
    m_followButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_followButton->hide();
    statusBar->addWidget(m_source);
    statusBar->addWidget(m_count);
    statusBar->addWidget(m_newRows);
    statusBar->addPermanentWidget(m_followButton);
    statusBar->addPermanentWidget(m_notice);
    statusBar->addPermanentWidget(m_loading);

    SmsLogTableModel *model = session->table();
    connect(model, &SmsLogTableModel::loadingChanged, this, &StatusStrip::updateLoading);
    connect(session->summary(), &SmsLogSummary::loadingChanged, this, &StatusStrip::updateLoading);
    connect(model, &SmsLogTableModel::newRowsChanged, this, &StatusStrip::handleNewRows);
    connect(model, &SmsLogTableModel::followingChanged, m_follow, &QAction::setChecked);
    connect(model, &SmsLogTableModel::noticeChanged, m_notice, &QLabel::setText);
}

void StatusStrip::setSourceDescription(const QString &description)
{
    m_sourceOpen = !description.isEmpty();
    m_busyText.clear();
    m_source->setText(description.isEmpty() ? tr("Nothing open") : description);
    updateLiveControls();
    updateCount();
    updateLoading();
}

void StatusStrip::setBusyText(const QString &text)
{
    m_busyText = text;
    if (text.isEmpty())
        updateLoading();
    else
        m_loading->setText(text);
}

void StatusStrip::updateCount()
{
    const SmsLogTableModel *model = m_session->table();
    const qint64 count = model->matchCount();
    if (!m_sourceOpen)
        m_count->clear();
    else if (count < 0 && model->isCountCancelled())
        m_count->setText(tr("Counting stopped (F5 counts again)"));
    else if (count < 0)
        m_count->setText(tr("Counting messages…"));
    else if (count > SmsLogTableModel::maxRows) // rows the view can position (the table grows to it)
        m_count->setText(tr("%1 messages; the table shows the first %2, narrow the filter to see the rest")
                             .arg(QLocale().toString(count), QLocale().toString(SmsLogTableModel::maxRows)));
    else
        m_count->setText(tr("%Ln message(s)", nullptr, pluralCount(count)));
}

void StatusStrip::updateLoading()
{
    if (!m_busyText.isEmpty())
        return;
    QStringList work;
    if (m_session->table()->isLoading())
        work << tr("Loading rows…");
    if (m_session->summary()->isLoading())
        work << tr("Computing totals…");
    if (m_session->costs() && m_session->costs()->isLoading())
        work << tr("Computing costs…");
    m_loading->setText(work.isEmpty() ? tr("Ready") : work.join(QStringLiteral(" ")));
}

void StatusStrip::updateLiveControls()
{
    SmsLogTableModel *model = m_session->table();
    const bool live = model->isLive();
    m_follow->setEnabled(live);
    m_followButton->setVisible(live);
    m_follow->setChecked(live && model->isFollowing());
    if (!live) {
        model->setFollowing(false);
        m_notice->clear();
    }
    updateNewRowsButton();
}

void StatusStrip::resetNewRows()
{
    m_seenNewRows = 0;
}

void StatusStrip::handleNewRows(qint64 shown)
{
    // New messages taken into the table belong in the totals too.
    if (shown > m_totalledNewRows)
        m_session->summary()->refresh();
    m_totalledNewRows = shown;
    updateNewRowsButton();
}

void StatusStrip::updateNewRowsButton()
{
    const SmsLogTableModel *model = m_session->table();
    const qint64 shown = model->newRowCount() - m_seenNewRows;
    const qint64 waiting = model->waitingRowCount();
    const bool newestFirst = model->query().sort.order == Qt::DescendingOrder;
    if (waiting > 0) {
        m_newRows->setText(
            tr("%n new message(s): refresh to show", nullptr, int(qMin<qint64>(waiting, INT_MAX))));
        m_newRows->setAccessibleName(m_newRows->text());
    } else if (shown > 0) {
        m_newRows->setText((newestFirst ? QStringLiteral("▲ ") : QStringLiteral("▼ "))
                           + tr("%n new message(s)", nullptr, int(qMin<qint64>(shown, INT_MAX))));
        m_newRows->setAccessibleName(tr("Go to the new messages"));
    }
    m_newRows->setVisible(waiting > 0 || shown > 0);
}

void StatusStrip::handleNewRowsButton()
{
    const SmsLogTableModel *model = m_session->table();
    if (model->waitingRowCount() > 0) {
        m_session->refresh();
        return;
    }
    m_seenNewRows = model->newRowCount();
    emit newRowsShown(model->query().sort.order == Qt::DescendingOrder);
    updateNewRowsButton();
}
