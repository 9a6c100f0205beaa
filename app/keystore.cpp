// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "keystore.h"

#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeyStore, "smslog.keystore")

namespace {

const QString serviceName = QStringLiteral("smslog-viewer");

// Settings shared by every job: deleted after finished(), and never the plain-text fallback
// QtKeychain offers when no keyring is found.
template <typename JobType>
JobType *makeJob(const QString &profileName, QObject *parent)
{
    auto *job = new JobType(serviceName, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(profileName);
    return job;
}

} // namespace

KeyStore::KeyStore(Backend backend, QObject *parent)
    : QObject(parent)
    , m_sessionOnly(backend == Backend::SessionOnly)
{ }

KeyStore::~KeyStore() = default;

void KeyStore::readKey(const QString &profileName)
{
    if (m_sessionOnly) {
        QTimer::singleShot(
            0, this, [this, profileName] { emit keyRead(profileName, m_sessionKeys.value(profileName)); });
        return;
    }
    auto *job = makeJob<QKeychain::ReadPasswordJob>(profileName, this);
    connect(job, &QKeychain::Job::finished, this, [this, profileName](QKeychain::Job *finished) {
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (readJob->error()) {
        case QKeychain::NoError: emit keyRead(profileName, readJob->textData()); return;
        case QKeychain::EntryNotFound: break;
        default: fallBackToSession(readJob->errorString()); break;
        }
        emit keyRead(profileName, m_sessionKeys.value(profileName));
    });
    job->start();
}

void KeyStore::writeKey(const QString &profileName, const QString &key)
{
    if (m_sessionOnly) {
        m_sessionKeys.insert(profileName, key);
        QTimer::singleShot(0, this, [this, profileName] { emit keyWritten(profileName, false); });
        return;
    }
    auto *job = makeJob<QKeychain::WritePasswordJob>(profileName, this);
    job->setTextData(key);
    // The key is captured only for the fallback and dropped with the connection (job deleted).
    connect(job, &QKeychain::Job::finished, this, [this, profileName, key](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            m_sessionKeys.remove(profileName);
            emit keyWritten(profileName, true);
            return;
        }
        fallBackToSession(finished->errorString());
        m_sessionKeys.insert(profileName, key);
        emit keyWritten(profileName, false);
    });
    job->start();
}

void KeyStore::deleteKey(const QString &profileName)
{
    m_sessionKeys.remove(profileName);
    if (m_sessionOnly) {
        QTimer::singleShot(0, this, [this, profileName] { emit keyDeleted(profileName); });
        return;
    }
    auto *job = makeJob<QKeychain::DeletePasswordJob>(profileName, this);
    connect(job, &QKeychain::Job::finished, this, [this, profileName](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
            fallBackToSession(finished->errorString());
        emit keyDeleted(profileName);
    });
    job->start();
}

bool KeyStore::isSessionOnly() const
{
    return m_sessionOnly;
}

QString KeyStore::notice() const
{
    return m_sessionOnly ? tr("No system keyring is available: the API key is kept only until you quit.")
                         : QString();
}

void KeyStore::fallBackToSession(const QString &reason)
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    // QtKeychain's error text names the backend failure, never the secret.
    qCInfo(lcKeyStore, "System keyring unavailable, keeping API keys for this session only: %s",
           qUtf8Printable(reason));
    emit noticeChanged(notice());
}
