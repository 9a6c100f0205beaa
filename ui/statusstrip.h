// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QObject>

class LogSession;
class QAction;
class QLabel;
class QStatusBar;
class QToolButton;

// The window's status bar widgets: what is open, how many messages match, the follow-mode button
// and its "▲ 5 new messages" button, the source's or a job's notice, and what is loading. They
// follow the session's table and totals by themselves. GUI thread only; the status bar, the
// session and the follow action are not owned (the widgets are the status bar's).
class StatusStrip : public QObject
{
    Q_OBJECT
public:
    StatusStrip(QStatusBar *statusBar, LogSession *session, QAction *follow);

    // Where a job's progress or the source's word is shown (JobControls writes to it).
    QLabel *noticeLabel() const { return m_notice; }
    // What is open ("Cache demo.sqlite"); empty: nothing.
    void setSourceDescription(const QString &description);
    // A long job without a table yet, in place of the loading state; empty: none.
    void setBusyText(const QString &text);
    void updateCount();
    void updateLoading();
    // The follow controls and the new-rows button for what is open (live or not).
    void updateLiveControls();
    // A new query: no new rows seen yet.
    void resetNewRows();

Q_SIGNALS:
    // The new-rows button asks for the new messages in place (`newestFirst`: at the top).
    void newRowsShown(bool newestFirst);

private:
    void updateNewRowsButton();
    void handleNewRowsButton();
    void handleNewRows(qint64 shown);

    QStatusBar *m_statusBar;
    LogSession *m_session;
    QAction *m_follow;
    QLabel *m_source;
    QLabel *m_count;
    QLabel *m_loading;
    QLabel *m_notice; // the source's word while it waits (retries), a job's progress
    QToolButton *m_newRows; // follow mode: "▲ 5 new messages"
    QToolButton *m_followButton;
    bool m_sourceOpen = false;
    QString m_busyText;
    qint64 m_seenNewRows = 0; // new rows the user has gone to see
    qint64 m_totalledNewRows = 0; // new rows the totals were last asked to include
};
