// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "sessionkeeper.h"

#include "mainwindow.h"
#include "theme.h"
#include "timedisplay.h"

#include <QFileInfo>

SessionKeeper::SessionKeeper(const QString &iniFile, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_store(std::make_unique<SessionStore>(iniFile))
{
    m_window->setRecentFiles(m_store->recentCaches());
    m_window->setRecentConnections(m_store->recentConnections());
    m_window->setSavedViews(m_store->savedViews());
    connect(m_window, &MainWindow::savedViewsChanged, this,
            [this](const QMap<QString, ViewState> &views) { m_store->setSavedViews(views); });
    connect(m_window, &MainWindow::timeDisplayChanged, this,
            [this](const TimeDisplay &display) { m_store->setTimesInUtc(display.isUtc()); });
    connect(m_window, &MainWindow::themeRequested, this, [this](const QString &name) {
        applyTheme(name);
        m_store->setTheme(name);
    });
}

void SessionKeeper::openingCache(const QString &absolutePath, bool demo)
{
    // Ten at most, newest first; the demo is always one menu item away and not listed.
    if (!demo)
        m_store->addRecentCache(absolutePath);
    m_window->setRecentFiles(m_store->recentCaches());
    m_openingKind = demo ? SessionStore::Session::Kind::Demo : SessionStore::Session::Kind::Cache;
    m_openingValue = demo ? QString() : absolutePath;
}

void SessionKeeper::openingProfile(const QString &profile)
{
    // A profile is remembered (its key is in the keyring); a bare URL is not.
    m_openingKind
        = profile.isEmpty() ? SessionStore::Session::Kind::None : SessionStore::Session::Kind::Profile;
    m_openingValue = profile;
}

void SessionKeeper::sourceShown()
{
    m_kind = m_openingKind;
    m_value = m_openingValue;
    if (m_kind == SessionStore::Session::Kind::Profile) {
        m_store->addRecentConnection(m_value);
        m_window->setRecentConnections(m_store->recentConnections());
    }
    if (m_restoring) {
        m_window->applyViewState(m_restoring->view);
        m_window->selectRow(m_restoring->row);
        m_restoring.reset();
    }
}

std::optional<SessionStore::Session> SessionKeeper::takeSessionToRestore()
{
    using Kind = SessionStore::Session::Kind;
    const SessionStore::Session session = m_store->session();
    if (session.kind == Kind::None || (session.kind == Kind::Cache && !QFileInfo::exists(session.value)))
        return std::nullopt;
    m_restoring = session;
    return session;
}

void SessionKeeper::restoreSettings()
{
    m_window->setTimeDisplay(m_store->timesInUtc() ? TimeDisplay::utc() : TimeDisplay());
    if (const QByteArray layout = m_store->layout(); !layout.isEmpty())
        m_window->restoreLayout(layout);
    applyTheme(themeName(startupTheme(themeFromName(m_store->theme()))));
}

void SessionKeeper::applyTheme(const QString &name)
{
    ::applyTheme(themeFromName(name));
    m_window->setThemeName(themeName(themeFromName(name)));
}

void SessionKeeper::save()
{
    if (!m_save)
        return;
    m_store->setLayout(m_window->saveLayout());
    SessionStore::Session session;
    session.kind = m_kind;
    session.value = m_value;
    session.view = m_window->viewState();
    session.row = m_window->currentRow();
    m_store->setSession(session);
}
