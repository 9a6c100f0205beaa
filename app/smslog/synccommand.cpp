// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachesync.h"
#include "commandline.h"
#include "commands.h"
#include "interruptwatcher.h"
#include "oneuptimequery.h"
#include "progressline.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace SmslogCommands {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smslog", text);
}

} // namespace

int sync(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("sync"), QStringLiteral("sync --url URL --cache FILE [--since ISO8601]"),
        tr("Copy the SMS logs of the API key's project from a OneUptime instance into a cache file, "
           "creating it when missing. The first sync of a project takes everything the server has (or "
           "everything since --since); later ones take new messages and re-read recent ones whose "
           "status can still change. Messages the server has deleted stay in the cache. Several "
           "projects (one key each) can share one cache. Work is committed in batches: after a "
           "crash, a lost connection or Ctrl+C, the next sync continues where this one stopped."),
        tr("The API key comes from SMSLOG_API_KEY or --api-key-file (see smslog --help).\n"
           "--since takes an ISO 8601 date or time (a date alone is the start of that day, UTC; a "
           "time without a zone is UTC) and only applies to the first sync of a project.\n"
           "Prints one line: the rows written, the project, and the server time the cache is complete "
           "up to. Progress (counts, rate, time left) goes to stderr when it is a terminal; Ctrl+C "
           "stops after the batch being written (exit status 1)."));
    line.addConnectionOptions(true);
    line.addOption(QCommandLineOption(QStringLiteral("cache"),
                                      tr("The cache file to write (created when missing)."),
                                      QStringLiteral("FILE")));
    line.addOption(QCommandLineOption(QStringLiteral("since"),
                                      tr("First sync only: take messages created at or after this time."),
                                      QStringLiteral("ISO8601")));
    line.addOption(QCommandLineOption(QStringLiteral("page-size"),
                                      tr("Messages per request (default: the largest the server accepts). "
                                         "Smaller pages commit more often on slow links."),
                                      QStringLiteral("N")));
    if (const auto status = line.parse(arguments))
        return *status;
    const auto url = line.required(QStringLiteral("url"));
    if (!url)
        return ExitStatus::Usage;
    const auto cache = line.required(QStringLiteral("cache"));
    if (!cache)
        return ExitStatus::Usage;
    QDateTime since;
    if (line.isSet(QStringLiteral("since"))) {
        const auto parsed = parseIsoTime(line.value(QStringLiteral("since")), DayBound::Start);
        if (!parsed)
            return line.usageError(
                tr("--since needs an ISO 8601 date or time, such as 2026-06-01 or 2026-06-01T14:30:00Z."));
        since = *parsed;
    }
    const auto settings = line.connection();
    if (const int *status = std::get_if<int>(&settings))
        return *status;

    int pageSize = 10000; // the largest: a terminal has no GUI thread to keep responsive
    if (line.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        pageSize = line.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 10000)
            return line.usageError(tr("--page-size needs a number from 1 to 10000."));
    }

    CacheSync sync(std::get<OneUptimeSettings>(settings), *cache);
    sync.setSince(since);
    sync.setPageSize(pageSize);
    InterruptWatcher interrupts;
    ProgressLine progress(tr("messages"));
    QEventLoop loop;
    int status = ExitStatus::Failure;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &sync, [&progress, &sync] {
        progress.note(tr("Cancelling after the batch being written…"));
        sync.cancel();
    });
    QObject::connect(&sync, &CacheSync::progressed, &loop, [&progress](const SyncProgress &p) {
        progress.update(p.rowsWritten, p.rowsExpected, p.rowsPerSecond, p.secondsLeft);
    });
    QObject::connect(&sync, &CacheSync::finished, &loop, [&](const SyncResult &result) {
        progress.clear();
        const QString project = result.projectName.isEmpty()
            ? result.projectId
            : QStringLiteral("%1 (%2)").arg(result.projectName, result.projectId);
        const QString upTo
            = result.syncedUpTo.isValid() ? OneUptimeQuery::isoTime(result.syncedUpTo) : tr("(unknown)");
        Console::printLine(tr("%1 rows written for project %2; synced up to %3 (%4).")
                               .arg(QString::number(result.rowsWritten), project, upTo,
                                    result.full ? tr("first sync") : tr("incremental sync")));
        status = ExitStatus::Success;
        loop.quit();
    });
    QObject::connect(&sync, &CacheSync::failed, &loop, [&](const SourceError &error) {
        progress.clear();
        status = Console::fail(error);
        loop.quit();
    });
    sync.start();
    loop.exec();
    return status;
}

} // namespace SmslogCommands
