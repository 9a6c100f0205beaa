// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "viewstate.h"

#include <QList>
#include <optional>

// One step of the history: the filter and sort, and where the user was in their rows.
struct HistoryEntry {
    ViewState view; // filter, time choice and sort (no columns)
    QString messageId; // the selected message; empty: none
    int row = -1; // the selected message's row when the entry was left; -1: none
    int scroll = 0; // the table's vertical scroll position then

    bool operator==(const HistoryEntry &) const = default;
};

// Back and forward through filters, as in a browser: visiting a new view drops every entry ahead
// of the current one. At most maxEntries are kept (the oldest go first). A plain value, no
// signals; HistoryNavigator drives it.
class FilterHistory
{
public:
    static constexpr int maxEntries = 100;

    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }
    // The entry shown now; only when not empty.
    const HistoryEntry &current() const { return m_entries.at(m_index); }

    // A new view after the current entry. The same view as the current one adds nothing.
    void visit(const ViewState &view);
    // Where the user is now in the current entry's rows (kept when going back or forward).
    void setPlace(const QString &messageId, int row, int scroll);

    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_entries.size(); }
    // Moves one entry back or forward and returns it; nullopt (nothing moves) at either end.
    std::optional<HistoryEntry> back();
    std::optional<HistoryEntry> forward();

private:
    QList<HistoryEntry> m_entries;
    qsizetype m_index = -1;
};
