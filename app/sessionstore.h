// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "viewstate.h"

#include <QMap>
#include <QString>
#include <QStringList>

// What the window remembers between runs, in one INI file (never an API key): the layout
// (geometry, splitters, columns), the time display and theme, the named saved views, the ten most
// recent caches and connection profiles, and the last session (what was open, its filter, sort,
// columns and selected row). Every call reads or writes the file at once.
class SessionStore
{
public:
    static constexpr int maxRecent = 10;

    explicit SessionStore(const QString &iniFile);
    QString fileName() const { return m_file; }

    QByteArray layout() const;
    void setLayout(const QByteArray &layout);
    bool timesInUtc() const;
    void setTimesInUtc(bool utc);
    QString theme() const; // "system" when unset
    void setTheme(const QString &name);

    QMap<QString, ViewState> savedViews() const;
    void setSavedViews(const QMap<QString, ViewState> &views);

    // Newest first, at most maxRecent; `add` moves an entry to the front.
    QStringList recentCaches() const;
    void addRecentCache(const QString &path);
    QStringList recentConnections() const;
    void addRecentConnection(const QString &profile);

    // The last session.
    struct Session {
        enum class Kind { None, Cache, Demo, Profile };
        Kind kind = Kind::None;
        QString value; // the cache path or the profile name
        ViewState view;
        int row = -1;
        bool operator==(const Session &) const = default;
    };
    Session session() const;
    void setSession(const Session &session);

private:
    QStringList recent(const QString &key) const;
    void addRecent(const QString &key, const QString &value);

    QString m_file;
};
