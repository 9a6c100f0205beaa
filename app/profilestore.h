// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "connectionprofile.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QSettings;

// The saved connection profiles and the name of the one used last, kept in a QSettings under
// the "connections" group. Stores names, URLs and CA file paths only: there is no key field, so
// an API key can never reach the settings file (keys live in KeyStore).
//
// Profiles keep the order in which they were first saved; names are unique (compared exactly).
// Every change is written through at once (QSettings::sync()). Not thread-safe: use it from one
// thread. Entries in the file without a name, or repeating a name, are skipped when reading.
class ProfileStore
{
public:
    // Works on `settings`, which must outlive the store.
    explicit ProfileStore(QSettings &settings);
    // Owns an INI-format QSettings on `iniFilePath` (created on the first write).
    explicit ProfileStore(const QString &iniFilePath);
    ~ProfileStore();

    ProfileStore(const ProfileStore &) = delete;
    ProfileStore &operator=(const ProfileStore &) = delete;

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &name) const;

    // Inserts `profile`, or replaces the one with the same name in place. A profile whose name
    // is blank is not saved. The profile is stored as given, valid or not.
    void save(const ConnectionProfile &profile);
    // Removes the profile called `name` (nothing when there is none); clears lastUsed() if it
    // named that profile. The caller deletes the key from the KeyStore.
    void remove(const QString &name);

    // The name of the profile connected to last; empty when unset or when that profile is gone.
    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    void write(const QList<ConnectionProfile> &profiles);

    std::unique_ptr<QSettings> m_ownedSettings; // set by the file-path constructor only
    QSettings &m_settings;
};
