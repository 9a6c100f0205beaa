// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "profilestore.h"

#include <QSet>
#include <QSettings>
#include <algorithm>

namespace {

const QString groupKey = QStringLiteral("connections");
const QString arrayKey = QStringLiteral("profiles");
const QString nameKey = QStringLiteral("name");
const QString urlKey = QStringLiteral("url");
const QString caFileKey = QStringLiteral("caFile");
const QString lastUsedKey = QStringLiteral("lastUsed");

} // namespace

ProfileStore::ProfileStore(QSettings &settings)
    : m_settings(settings)
{ }

ProfileStore::ProfileStore(const QString &iniFilePath)
    : m_ownedSettings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
    , m_settings(*m_ownedSettings)
{ }

ProfileStore::~ProfileStore() = default;

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    QSet<QString> seen;
    m_settings.beginGroup(groupKey);
    const int count = m_settings.beginReadArray(arrayKey);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile profile;
        profile.name = m_settings.value(nameKey).toString();
        profile.url = QUrl(m_settings.value(urlKey).toString());
        profile.caFile = m_settings.value(caFileKey).toString();
        if (profile.name.trimmed().isEmpty() || seen.contains(profile.name))
            continue;
        seen.insert(profile.name);
        result.append(profile);
    }
    m_settings.endArray();
    m_settings.endGroup();
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &profile : all) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return;
    QList<ConnectionProfile> all = profiles();
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&profile](const ConnectionProfile &p) { return p.name == profile.name; });
    if (it != all.end())
        *it = profile;
    else
        all.append(profile);
    write(all);
}

void ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> all = profiles();
    const auto removed = all.removeIf([&name](const ConnectionProfile &p) { return p.name == name; });
    if (removed == 0)
        return;
    m_settings.beginGroup(groupKey);
    if (m_settings.value(lastUsedKey).toString() == name)
        m_settings.remove(lastUsedKey);
    m_settings.endGroup();
    write(all);
}

QString ProfileStore::lastUsed() const
{
    m_settings.beginGroup(groupKey);
    const QString name = m_settings.value(lastUsedKey).toString();
    m_settings.endGroup();
    return profile(name) ? name : QString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings.beginGroup(groupKey);
    if (name.isEmpty())
        m_settings.remove(lastUsedKey);
    else
        m_settings.setValue(lastUsedKey, name);
    m_settings.endGroup();
    m_settings.sync();
}

void ProfileStore::write(const QList<ConnectionProfile> &profiles)
{
    m_settings.beginGroup(groupKey);
    m_settings.remove(arrayKey); // drop entries beyond the new size
    m_settings.beginWriteArray(arrayKey, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &profile = profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(nameKey, profile.name);
        m_settings.setValue(urlKey, profile.url.toString(QUrl::FullyEncoded));
        if (profile.caFile.isEmpty())
            m_settings.remove(caFileKey);
        else
            m_settings.setValue(caFileKey, profile.caFile);
    }
    m_settings.endArray();
    m_settings.endGroup();
    m_settings.sync();
}
