// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "backgroundjob.h"

#include "requestgate.h"

#include <QDeadlineTimer>
#include <limits>

namespace {

constexpr qint64 reportEveryMs = 100;

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

} // namespace

JobControl::JobControl(quint64 id, std::shared_ptr<RequestGate> gate, JobWorker *worker)
    : m_id(id)
    , m_gate(std::move(gate))
    , m_worker(worker)
    , m_started(nowMs())
{ }

bool JobControl::report(qint64 done, qint64 total)
{
    const qint64 now = nowMs() - m_started;
    if (m_lastReport < 0 || now - m_lastReport >= reportEveryMs || (total >= 0 && done >= total)) {
        m_lastReport = now;
        emit m_worker->progressed(m_id, done, total);
    }
    return !isCancelled();
}

bool JobControl::isCancelled() const
{
    return m_gate->isCancelled(m_id);
}

void JobControl::setConnection(sqlite3 *connection)
{
    m_gate->setConnection(connection);
}

JobWorker::JobWorker(std::shared_ptr<RequestGate> gate)
    : m_gate(std::move(gate))
{ }

void JobWorker::run(quint64 id, const BackgroundJob::Work &work)
{
    if (!m_gate->begin(id)) {
        emit done(id, false, {SourceError::Kind::Cancelled, tr("Cancelled."), {}}, 0);
        return;
    }
    JobControl control(id, m_gate, this);
    JobResult result = work(control);
    m_gate->setConnection(nullptr);
    const bool cancelled = control.isCancelled();
    m_gate->end();
    if (result.error && cancelled)
        result.error->kind = SourceError::Kind::Cancelled;
    emit done(id, !result.error, result.error.value_or(SourceError{}), result.count);
}

BackgroundJob::BackgroundJob(const QString &name, QObject *parent)
    : QObject(parent)
    , m_gate(std::make_shared<RequestGate>())
    , m_thread(new QThread(this))
    , m_worker(new JobWorker(m_gate))
{
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &JobWorker::progressed, this, [this](quint64 id, qint64 done, qint64 total) {
        if (id == m_running)
            emit progressed(done, total);
    });
    connect(m_worker, &JobWorker::done, this, &BackgroundJob::handleDone);
}

BackgroundJob::~BackgroundJob()
{
    m_gate->cancelUpTo(std::numeric_limits<quint64>::max());
    // A thread that ran deletes its worker as it finishes (finished → deleteLater); one that never
    // started never finishes, so its worker is deleted here.
    const bool started = m_thread->isRunning() || m_thread->isFinished();
    m_thread->quit();
    m_thread->wait();
    if (!started)
        delete m_worker;
}

void BackgroundJob::start(Work work, QThread::Priority priority)
{
    if (m_running != 0)
        m_gate->cancel(m_running);
    if (!m_thread->isRunning())
        m_thread->start(priority);
    else
        m_thread->setPriority(priority);
    m_running = ++m_lastId;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id = m_running, work = std::move(work)] { worker->run(id, work); },
        Qt::QueuedConnection);
}

void BackgroundJob::cancel()
{
    if (m_running != 0)
        m_gate->cancel(m_running);
}

void BackgroundJob::handleDone(quint64 id, bool ok, const SourceError &error, qint64 count)
{
    if (id != m_running)
        return; // superseded
    m_running = 0;
    if (ok)
        emit succeeded(count);
    else
        emit failed(error);
}
