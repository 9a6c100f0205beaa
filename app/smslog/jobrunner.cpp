// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "jobrunner.h"

#include "interruptwatcher.h"
#include "progressline.h"

#include <QEventLoop>

namespace SmslogCommands {

JobResult runJob(const QString &name, const BackgroundJob::Work &work, ProgressLine &progress)
{
    InterruptWatcher interrupts;
    BackgroundJob job(name);
    QEventLoop loop;
    JobResult result;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &job, &BackgroundJob::cancel);
    QObject::connect(&job, &BackgroundJob::progressed, &loop,
                     [&progress](qint64 done, qint64 total) { progress.update(done, total); });
    QObject::connect(&job, &BackgroundJob::succeeded, &loop, [&](qint64 count) {
        result.count = count;
        loop.quit();
    });
    QObject::connect(&job, &BackgroundJob::failed, &loop, [&](const SourceError &error) {
        result.error = error;
        loop.quit();
    });
    job.start(work);
    loop.exec();
    return result;
}

} // namespace SmslogCommands
