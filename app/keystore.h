// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

// API keys of connection profiles, stored in the system keyring through QtKeychain (service
// "smslog-viewer", entry = profile name), never in a settings file and never in plain-text
// fallback storage. The key is never logged or put into a message.
//
// Where no keyring works (no D-Bus session, no Secret Service, access denied), the store turns
// session-only for the rest of its life: keys are then kept in memory until the application
// quits, isSessionOnly() is true and notice() tells the user so. This happens on the first
// keyring error other than "no such entry" on a read, and is announced by noticeChanged().
//
// Every call answers asynchronously with a signal (also in session-only mode, where the answer is
// queued), in the order the calls were made; only calls made while a keyring failure is still
// being reported may be answered out of order. GUI thread only.
class KeyStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend {
        System, // the system keyring, with the in-memory fallback described above
        SessionOnly, // memory only from the start (tests, or a user who wants no keyring)
    };

    explicit KeyStore(Backend backend = Backend::System, QObject *parent = nullptr);
    ~KeyStore() override;

    // Looks up the key of `profileName`; answers with keyRead(), whose key is empty when none
    // is stored.
    void readKey(const QString &profileName);
    // Stores `key` for `profileName`, replacing any previous one; answers with keyWritten().
    void writeKey(const QString &profileName, const QString &key);
    // Forgets the key of `profileName` (no error when there is none); answers with keyDeleted().
    void deleteKey(const QString &profileName);

    bool isSessionOnly() const;
    // A sentence for the UI while session-only, an empty string otherwise.
    QString notice() const;

signals:
    void keyRead(const QString &profileName, const QString &key);
    // `persistent` is false when the key is only kept in memory for this session.
    void keyWritten(const QString &profileName, bool persistent);
    void keyDeleted(const QString &profileName);
    void noticeChanged(const QString &notice);

private:
    // Turns session-only after a keyring failure; `reason` is QtKeychain's error text (no key).
    void fallBackToSession(const QString &reason);

    bool m_sessionOnly = false;
    QHash<QString, QString> m_sessionKeys; // profile name → key, session-only mode
};
