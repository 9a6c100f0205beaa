// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "sourceerror.h"

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

class JobWorker;
class RequestGate;
struct sqlite3;

// What a job's work sees of its job, on the job's thread.
class JobControl
{
public:
    JobControl(quint64 id, std::shared_ptr<RequestGate> gate, JobWorker *worker);

    // Says how far the work is; sent on as progressed() (queued, at most every 100 ms, and always
    // when `done` reaches `total`). Returns false once the job is cancelled: stop then.
    bool report(qint64 done, qint64 total);
    bool isCancelled() const;
    // The SQLite connection that cancel() interrupts (a long statement); nullptr when closed.
    void setConnection(sqlite3 *connection);

private:
    quint64 m_id;
    std::shared_ptr<RequestGate> m_gate;
    JobWorker *m_worker;
    qint64 m_lastReport = -1; // ms since the job started
    qint64 m_started = 0;
};

// The result of a job's work: no error, or why it failed; `count` is the work's own figure (rows
// written, say).
struct JobResult {
    std::optional<SourceError> error;
    qint64 count = 0;
};

// One long job at a time (an export, the demo cache, an integrity check) run by a worker object on
// a thread of its own, the idiom of the cache readers: the work runs there (with any connection it
// opens), its progress arrives here as queued signals, cancel() is a call (it also interrupts the
// SQLite statement the work registered), and each run answers with its request id, so that a
// run's late answers never pass for another's. GUI thread API (any thread with an event loop).
// Emits exactly one of succeeded() or failed() per start() that was not superseded; a cancelled
// run fails with Kind::Cancelled unless its work completed anyway. Destroying the job cancels
// the work and waits for it.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<JobResult(JobControl &control)>;

    // `name`: the thread's name (seen in debuggers and `top -H`).
    explicit BackgroundJob(const QString &name, QObject *parent = nullptr);
    ~BackgroundJob() override;

    // Runs `work` on the job's thread after any run before it (which start() cancels).
    void start(Work work, QThread::Priority priority = QThread::InheritPriority);
    // The running work is told to stop (and its SQLite statement interrupted); failed() follows.
    void cancel();
    bool isRunning() const { return m_running != 0; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void succeeded(qint64 count);
    void failed(const SourceError &error);

private:
    void handleDone(quint64 id, bool ok, const SourceError &error, qint64 count);

    std::shared_ptr<RequestGate> m_gate;
    QThread *m_thread;
    JobWorker *m_worker; // lives on m_thread; deleted when it finishes
    quint64 m_lastId = 0;
    quint64 m_running = 0; // id of the run whose answer is awaited; 0 = none
};

// The worker object of a BackgroundJob, on the job's thread. Internal.
class JobWorker : public QObject
{
    Q_OBJECT
public:
    explicit JobWorker(std::shared_ptr<RequestGate> gate);
    void run(quint64 id, const BackgroundJob::Work &work);

Q_SIGNALS:
    void progressed(quint64 id, qint64 done, qint64 total);
    void done(quint64 id, bool ok, const SourceError &error, qint64 count);

private:
    std::shared_ptr<RequestGate> m_gate;
};
