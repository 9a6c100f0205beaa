// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "integritycheck.h"

#include "backgroundjob.h"
#include "cacheconnection.h"
#include "cacheschema.h"

namespace {

std::optional<SourceError> runCheck(const QString &path, JobControl &control)
{
    CacheConnection connection(QStringLiteral("smslog-integrity"));
    if (const auto error = connection.open(path, true))
        return SourceError{error->kind,
                           IntegrityCheck::tr("The file could not be opened a second time to check it."),
                           error->detail.isEmpty() ? error->message : error->detail};
    control.setConnection(connection.handle());
    std::optional<SourceError> result;
    if (!control.isCancelled())
        result = CacheSchema::checkIntegrity(connection.database());
    control.setConnection(nullptr);
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
