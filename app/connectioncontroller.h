// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "keystore.h"
#include "oneuptimeclient.h"
#include "profilestore.h"

#include <QObject>
#include <QPointer>

class ConnectionDialog;
class OneUptimeSource;
struct OneUptimeServerInfo;
struct SourceError;
class QWidget;

// Connection profiles and their keys as the user meets them: the connection dialog (choose,
// edit, test, delete), `--connect PROFILE`, and the keyring. Profiles live in an INI file, keys
// only in the keyring (or, without one, in memory for the session). Asks for a live source to be
// opened with openRequested(); never opens one itself.
//
// GUI thread.
class ConnectionController : public QObject
{
    Q_OBJECT
public:
    ConnectionController(const QString &profilesFile, KeyStore::Backend keyring, QObject *parent = nullptr);

    // Shows the connection dialog over `parent` (one at a time). With the instance and name of the
    // last connection tried (one that was refused, say), the dialog starts from it: its saved
    // profile, or a new connection with that URL filled in.
    void showDialog(QWidget *parent, const QUrl &lastUrl = {}, const QString &lastProfile = {});
    // Opens the saved profile `name` with its stored key; without a stored key, the dialog asks
    // for it. An unknown name is reported with failed().
    void connectProfile(const QString &name, QWidget *dialogParent);

    ProfileStore &profiles() { return m_profiles; }
    KeyStore &keys() { return m_keys; }
    ConnectionDialog *dialog() const; // the open dialog, or nullptr

    // What a successful connection test found, in plain words.
    static QString testReport(const OneUptimeServerInfo &info);
    static OneUptimeSettings settingsFor(const ConnectionProfile &profile, const QString &key);

Q_SIGNALS:
    void openRequested(const OneUptimeSettings &settings);
    void failed(const QString &message);
    // Something the user should know (the key is kept for this session only, …).
    void noticed(const QString &notice);

private:
    void handleTestRequested(const ConnectionProfile &profile, const QString &key);
    void handleAccepted();
    void handleDeleteRequested(const QString &name);

    ProfileStore m_profiles;
    KeyStore m_keys;
    QPointer<ConnectionDialog> m_dialog;
    QPointer<OneUptimeSource> m_test; // the connection test under way
    QString m_pendingProfile; // --connect waiting for its key
    QPointer<QWidget> m_pendingParent;
};
