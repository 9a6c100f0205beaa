// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "sessionstore.h"

#include <QObject>
#include <memory>
#include <optional>

class MainWindow;

// What the window remembers between runs, kept up to date (SessionStore, one INI file): the
// recent cache files and connection profiles, the saved views, the time display, the theme, the
// layout, and the last session (what was open with its view and row), restored at the next start.
//
// The composition root tells it what is being opened and when it shows; the window's own changes
// (saved views, Local/UTC, theme) are saved as they happen. GUI thread only; the window is not
// owned and must outlive it.
class SessionKeeper : public QObject
{
    Q_OBJECT
public:
    SessionKeeper(const QString &iniFile, MainWindow *window, QObject *parent = nullptr);

    SessionStore *store() const { return m_store.get(); }

    // A cache file is being opened (`demo`: the demo cache, which is never listed as recent).
    void openingCache(const QString &absolutePath, bool demo);
    // A live connection is being opened: a profile's name, or empty for a bare URL (not kept).
    void openingProfile(const QString &profile);
    // What was being opened shows now: it is the session from now on, a profile goes to the top
    // of the recent ones, and a session being restored gets its view and selected row back.
    void sourceShown();

    // The last session to open again, its view and row kept for sourceShown(); nothing on a
    // first start or when its cache file is gone.
    std::optional<SessionStore::Session> takeSessionToRestore();
    // Applies the saved layout (geometry, splitters, columns), time display and theme.
    void restoreSettings();
    // Switches to the theme "system", "light" or "dark" without saving the choice.
    void applyTheme(const QString &name);

    // false: nothing is written (screenshots, scripted runs).
    void setSaving(bool save) { m_save = save; }
    // Writes the layout and the session.
    void save();

private:
    MainWindow *m_window;
    std::unique_ptr<SessionStore> m_store;
    SessionStore::Session::Kind m_kind = SessionStore::Session::Kind::None; // shown
    QString m_value;
    SessionStore::Session::Kind m_openingKind = SessionStore::Session::Kind::None; // being opened
    QString m_openingValue;
    std::optional<SessionStore::Session> m_restoring; // its view and row wait for the source
    bool m_save = true;
};
