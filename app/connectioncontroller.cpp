// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "connectioncontroller.h"

#include "connectiondialog.h"
#include "oneuptimesource.h"
#include "plural.h"

#include <QLocale>

ConnectionController::ConnectionController(const QString &profilesFile, KeyStore::Backend keyring,
                                           QObject *parent)
    : QObject(parent)
    , m_profiles(profilesFile)
    , m_keys(keyring)
{
    connect(&m_keys, &KeyStore::noticeChanged, this, [this](const QString &notice) {
        if (m_dialog)
            m_dialog->setKeyNotice(notice);
        if (!notice.isEmpty())
            emit noticed(notice);
    });
    connect(&m_keys, &KeyStore::keyRead, this, [this](const QString &name, const QString &key) {
        if (m_dialog)
            m_dialog->setKeyForProfile(name, key);
        if (name != m_pendingProfile)
            return;
        m_pendingProfile.clear();
        const auto profile = m_profiles.profile(name);
        if (!profile)
            return;
        if (key.isEmpty()) {
            // Nothing stored (another machine, a keyring that was reset): ask.
            showDialog(m_pendingParent);
            return;
        }
        m_profiles.setLastUsed(name);
        emit openRequested(settingsFor(*profile, key));
    });
}

ConnectionDialog *ConnectionController::dialog() const
{
    return m_dialog;
}

OneUptimeSettings ConnectionController::settingsFor(const ConnectionProfile &profile, const QString &key)
{
    OneUptimeSettings settings;
    settings.instance = profile.url;
    settings.apiKey = key;
    settings.caFile = profile.caFile;
    settings.label = profile.name;
    return settings;
}

QString ConnectionController::testReport(const OneUptimeServerInfo &info)
{
    QStringList lines;
    lines << (info.version.isEmpty() ? tr("The server is OneUptime (it does not say which version).")
                                     : tr("The server is OneUptime %1.").arg(info.version));
    if (info.messageCount > 0) {
        const QString project = info.projectName.isEmpty() ? info.projectId : info.projectName;
        lines << tr("The key belongs to the project \"%1\" and may read its SMS logs: %Ln message(s) on "
                    "the server now.",
                    nullptr, pluralCount(info.messageCount))
                     .arg(project);
    } else {
        lines << tr("The key may read SMS logs, but its project has none on the server now (OneUptime's "
                    "cloud keeps them for three days).");
    }
    if (!info.features.errorCode)
        lines << tr("This server version records no delivery statuses or provider error codes; those "
                    "filters will find nothing.");
    return lines.join(u'\n');
}

void ConnectionController::showDialog(QWidget *parent, const QUrl &lastUrl, const QString &lastProfile)
{
    if (m_dialog && !m_dialog->isVisible())
        delete m_dialog; // closed, waiting to be deleted
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ConnectionDialog(parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool savedProfile = !lastProfile.isEmpty() && m_profiles.profile(lastProfile);
    const bool newUrl = !savedProfile && lastUrl.isValid();
    const QString current = savedProfile ? lastProfile : newUrl ? QString() : m_profiles.lastUsed();
    m_dialog->setProfiles(m_profiles.profiles(), current);
    if (newUrl)
        m_dialog->setNewConnectionUrl(lastUrl);
    m_dialog->setKeyNotice(m_keys.notice());
    connect(m_dialog, &ConnectionDialog::profileChosen, &m_keys, &KeyStore::readKey);
    connect(m_dialog, &ConnectionDialog::testRequested, this, &ConnectionController::handleTestRequested);
    connect(m_dialog, &ConnectionDialog::deleteRequested, this, &ConnectionController::handleDeleteRequested);
    connect(m_dialog, &QDialog::accepted, this, &ConnectionController::handleAccepted);
    if (!current.isEmpty())
        m_keys.readKey(current);
    m_dialog->open();
}

void ConnectionController::connectProfile(const QString &name, QWidget *dialogParent)
{
    if (!m_profiles.profile(name)) {
        emit failed(tr("There is no saved connection named \"%1\". Saved connections: %2.")
                        .arg(
                            name, m_profiles.profiles().isEmpty() ? tr("none yet") : [this] {
                                QStringList names;
                                for (const ConnectionProfile &p : m_profiles.profiles())
                                    names << p.name;
                                return names.join(QStringLiteral(", "));
                            }()));
        return;
    }
    m_pendingProfile = name;
    m_pendingParent = dialogParent;
    m_keys.readKey(name);
}

void ConnectionController::handleTestRequested(const ConnectionProfile &profile, const QString &key)
{
    delete m_test;
    auto *source = new OneUptimeSource(settingsFor(profile, key), this);
    m_test = source;
    const auto finish = [this, source](bool ok, const QString &text) {
        if (m_dialog && m_test == source)
            m_dialog->showTestResult(ok, text);
        source->deleteLater();
    };
    connect(source, &SmsLogSource::opened, this,
            [source, finish] { finish(true, testReport(source->serverInfo())); });
    connect(source, &SmsLogSource::openFailed, this,
            [finish](const SourceError &error) { finish(false, error.message); });
    source->open();
}

void ConnectionController::handleAccepted()
{
    if (!m_dialog)
        return;
    const ConnectionProfile profile = m_dialog->profile();
    const QString key = m_dialog->key();
    const QString renamedFrom = m_dialog->chosenProfile();
    if (!renamedFrom.isEmpty() && renamedFrom != profile.name) {
        m_profiles.remove(renamedFrom);
        m_keys.deleteKey(renamedFrom);
    }
    m_profiles.save(profile);
    m_profiles.setLastUsed(profile.name);
    m_keys.writeKey(profile.name, key);
    emit openRequested(settingsFor(profile, key));
}

void ConnectionController::handleDeleteRequested(const QString &name)
{
    m_profiles.remove(name);
    m_keys.deleteKey(name);
}
