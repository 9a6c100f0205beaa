// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "integritycheck.h"

#include "backgroundjob.h"
#include "cacheschema.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>
#include <QVariant>
#include <sqlite3.h>

namespace {

std::optional<SourceError> runCheck(const QString &path, JobControl &control)
{
    const QString name
        = QStringLiteral("smslog-integrity-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<SourceError> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            CacheSchema::hardenConnection(db);
            const QVariant handle = db.driver()->handle();
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
                control.setConnection(*static_cast<sqlite3 *const *>(handle.constData()));
            if (!control.isCancelled())
                result = CacheSchema::checkIntegrity(db);
            control.setConnection(nullptr);
            db.close();
        } else {
            result
                = SourceError{SourceError::Kind::FileUnreadable,
                              IntegrityCheck::tr("The file could not be opened a second time to check it."),
                              db.lastError().text()};
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

IntegrityCheck::IntegrityCheck(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_job(new BackgroundJob(QStringLiteral("cache integrity check"), this))
{
    connect(m_job, &BackgroundJob::succeeded, this, &IntegrityCheck::passed);
    connect(m_job, &BackgroundJob::failed, this, &IntegrityCheck::failed);
}

IntegrityCheck::~IntegrityCheck()
{
    delete m_job; // interrupts the check and waits for it; nothing is reported
}

void IntegrityCheck::start()
{
    // Idle: on Linux SCHED_IDLE, so that reading a large file end to end never takes a core
    // from the table's readers or the GUI.
    m_job->start(
        [path = m_path](JobControl &control) {
            return JobResult{runCheck(path, control), 0};
        },
        QThread::IdlePriority);
}
