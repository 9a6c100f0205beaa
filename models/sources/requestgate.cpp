// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "requestgate.h"

#include <sqlite3.h>

void RequestGate::cancel(quint64 id)
{
    if (id == 0)
        return; // no request has id 0; m_running is 0 when idle
    const QMutexLocker lock(&m_mutex);
    if (id == m_running) {
        m_runningCancelled = true;
        if (m_connection)
            sqlite3_interrupt(m_connection);
    } else if (id > m_running) {
        m_cancelled.insert(id);
    }
}

void RequestGate::cancelUpTo(quint64 lastId)
{
    const QMutexLocker lock(&m_mutex);
    m_cancelledUpTo = qMax(m_cancelledUpTo, lastId);
    if (m_running != 0 && m_running <= lastId && m_connection)
        sqlite3_interrupt(m_connection);
}

bool RequestGate::begin(quint64 id)
{
    const QMutexLocker lock(&m_mutex);
    // Ids below this one have run already: forget their cancellations.
    m_cancelled.removeIf([id](quint64 cancelled) { return cancelled < id; });
    if (m_cancelled.remove(id) || id <= m_cancelledUpTo)
        return false;
    m_running = id;
    m_runningCancelled = false;
    return true;
}

void RequestGate::end()
{
    const QMutexLocker lock(&m_mutex);
    m_running = 0;
}

void RequestGate::setConnection(sqlite3 *connection)
{
    const QMutexLocker lock(&m_mutex);
    m_connection = connection;
}

bool RequestGate::wasCancelled()
{
    const QMutexLocker lock(&m_mutex);
    return m_cancelledUpTo != 0;
}

bool RequestGate::isCancelled(quint64 id)
{
    const QMutexLocker lock(&m_mutex);
    return id <= m_cancelledUpTo || m_cancelled.contains(id) || (id == m_running && m_runningCancelled);
}
