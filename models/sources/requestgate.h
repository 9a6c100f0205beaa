// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QMutex>
#include <QSet>

struct sqlite3;

// Cancellation shared between the GUI thread (cancel) and the cache worker thread (begin/end).
// Thread-safe. Requests must begin in increasing id order (the worker runs them first in, first out).
class RequestGate
{
public:
    // GUI thread: the request is not to run; if it is running, interrupt its SQLite statement.
    void cancel(quint64 id);
    // GUI thread: interrupt whatever runs and refuse everything queued up to `lastId`.
    void cancelUpTo(quint64 lastId);

    // Any thread: cancelUpTo() was called.
    bool wasCancelled();
    // Any thread: `id` was cancelled (before it began, or while it runs).
    bool isCancelled(quint64 id);

    // Worker thread: returns false when the request was cancelled before it started.
    bool begin(quint64 id);
    // Worker thread: the request `begin` allowed has finished.
    void end();
    // Worker thread: the connection that cancel() interrupts; nullptr when closed.
    void setConnection(sqlite3 *connection);

private:
    QMutex m_mutex;
    QSet<quint64> m_cancelled;
    quint64 m_cancelledUpTo = 0;
    quint64 m_running = 0;
    bool m_runningCancelled = false; // cancel(m_running) was called
    sqlite3 *m_connection = nullptr;
};
