// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "filterhistory.h"

void FilterHistory::visit(const ViewState &view)
{
    if (!isEmpty() && current().view == view)
        return;
    m_entries.resize(m_index + 1); // what was ahead is forgotten
    HistoryEntry entry;
    entry.view = view;
    m_entries.append(entry);
    if (m_entries.size() > maxEntries)
        m_entries.removeFirst();
    m_index = m_entries.size() - 1;
}

void FilterHistory::setPlace(const QString &messageId, int row, int scroll)
{
    if (isEmpty())
        return;
    HistoryEntry &entry = m_entries[m_index];
    entry.messageId = messageId;
    entry.row = row;
    entry.scroll = scroll;
}

std::optional<HistoryEntry> FilterHistory::back()
{
    if (!canGoBack())
        return std::nullopt;
    return m_entries.at(--m_index);
}

std::optional<HistoryEntry> FilterHistory::forward()
{
    if (!canGoForward())
        return std::nullopt;
    return m_entries.at(++m_index);
}
