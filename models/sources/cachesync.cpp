// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachesync.h"

#include "cacheschema.h"
#include "cachewriter.h"
#include "oneuptimesource.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>

// How a run works. A run copies the project's messages created up to `until` (the server's clock
// at its start, less the commit margin) and, after the first run, changed since the previous
// run's `until`. It reads them newest first (so the server deleting its oldest rows, as the cloud
// does daily, never shifts the pages still to read; new messages are outside `until`), several
// pages at once, and commits them in page order, each batch with the run's position: every
// message of the run created after `resumeBefore` is in the cache. A run that stopped (a kill, a
// lost connection) is continued by the next sync from that position; when it ends, `done` becomes
// its `until`, the starting point of the next run's "changed since".
namespace {

constexpr int pagesInFlight = 3;
constexpr int largestPage = 10000;

QString key(const QString &projectId, const char *name)
{
    return QStringLiteral("sync/") + projectId + u'/' + QLatin1String(name);
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

} // namespace

struct CacheSync::State {
    OneUptimeSettings settings;
    QString path;
    std::unique_ptr<CacheWriter> writer;
    OneUptimeSource *source = nullptr;
    bool cancelled = false;
    bool over = false;

    // The run.
    SyncResult result;
    SmsQuery query; // the run's filter, newest first
    QDateTime until;
    qint64 expected = -1;
    qint64 nextOffset = 0; // next page to ask for
    qint64 committedOffset = 0; // pages before this are in the cache
    int pageSize = 0;
    QMap<qint64, QList<SmsRecord>> arrived; // offset → rows, waiting for the pages before them
    QHash<SmsLogSource::RequestId, qint64> pending; // request → offset
    SmsLogSource::RequestId countRequest = 0;
    bool exhausted = false; // a page came back short: nothing after it
    QElapsedTimer clock;
};

SourceError CacheSync::writeFailed(const QString &error) const
{
    if (CacheSchema::saysDiskFull(error))
        return {SourceError::Kind::Query,
                tr("The disk holding the cache %1 is full. Free some space and sync again: what was "
                   "copied so far is kept, and the sync continues where it stopped.")
                    .arg(d->path),
                error};
    return {SourceError::Kind::Query, tr("The cache %1 could not be written.").arg(d->path), error};
}

CacheSync::CacheSync(const OneUptimeSettings &settings, const QString &cachePath, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<State>())
{
    d->settings = settings;
    d->path = cachePath;
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncResult>();
}

CacheSync::~CacheSync()
{
    if (d->writer)
        d->writer->close();
}

void CacheSync::cancel()
{
    d->cancelled = true;
    if (d->over)
        return;
    // Nothing is half-written between answers: stop now.
    if (d->source) {
        for (auto it = d->pending.cbegin(); it != d->pending.cend(); ++it)
            d->source->cancel(it.key());
        if (d->countRequest)
            d->source->cancel(d->countRequest);
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (d->over)
                return;
            d->over = true;
            emit failed({SourceError::Kind::Cancelled,
                         tr("The sync was cancelled; what it had copied is kept."),
                         {}});
        },
        Qt::QueuedConnection);
}

void CacheSync::start()
{
    const auto fail = [this](const SourceError &error) {
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                if (d->over)
                    return;
                d->over = true;
                emit failed(error);
            },
            Qt::QueuedConnection);
    };
    // A file that is there but cannot be used (damaged, foreign, unreadable, unreachable, a
    // folder) is refused with the reason, and never created over.
    const std::optional<SourceError> problem = CacheSchema::checkFile(d->path);
    const bool exists
        = QFileInfo::exists(d->path) || (problem && problem->kind != SourceError::Kind::FileNotFound);
    if (exists && problem) {
        fail({problem->kind, tr("The cache %1 cannot be added to: %2").arg(d->path, problem->message),
              problem->detail});
        return;
    }
    d->writer = std::make_unique<CacheWriter>();
    const QString error = exists ? d->writer->open(d->path) : d->writer->create(d->path);
    if (!error.isEmpty()) {
        // A cache that could not be created (a full disk) is not left behind (CacheWriter::create).
        if (CacheSchema::saysDiskFull(error))
            fail(writeFailed(error)); // an upgrade or a new file ran out of space: nothing changed
        else
            fail({exists ? SourceError::Kind::ForeignFile : SourceError::Kind::FileUnreadable,
                  exists ? tr("The cache %1 cannot be added to: %2").arg(d->path, error)
                         : tr("The cache %1 cannot be created: %2").arg(d->path, error),
                  error});
        return;
    }
    d->source = new OneUptimeSource(d->settings, this);
    connect(d->source, &SmsLogSource::opened, this, &CacheSync::beginRun);
    connect(d->source, &SmsLogSource::openFailed, this, &CacheSync::finishWithError);
    connect(d->source, &SmsLogSource::rowsFetched, this, &CacheSync::handleRows);
    connect(d->source, &SmsLogSource::countFetched, this, [this](SmsLogSource::RequestId id, qint64 count) {
        if (id != d->countRequest)
            return;
        d->countRequest = 0;
        d->expected = count;
        askForPages();
    });
    connect(d->source, &SmsLogSource::requestFailed, this,
            [this](SmsLogSource::RequestId, const SourceError &error) { finishWithError(error); });
    d->source->open();
}

void CacheSync::beginRun()
{
    const OneUptimeServerInfo &info = d->source->serverInfo();
    d->result.projectId = info.projectId;
    d->result.projectName = info.projectName;
    if (info.projectId.isEmpty()) {
        // The project has no SMS logs on the server: nothing to copy, nothing to remember.
        d->result.syncedUpTo = d->source->snapshotTime();
        finishRun();
        return;
    }
    const QString project = info.projectId;
    CacheWriter &w = *d->writer;
    QHash<QString, QString> start;
    QDateTime until = fromIso(w.info(key(project, "run_until")));
    QDateTime changedFrom = fromIso(w.info(key(project, "run_changed_from")));
    QDateTime since = fromIso(w.info(key(project, "run_since")));
    const QDateTime resumeBefore = fromIso(w.info(key(project, "run_resume_before")));
    const QDateTime done = fromIso(w.info(key(project, "done")));
    if (!until.isValid()) {
        // A new run: everything up to now; after the first run, what changed since the last.
        until = d->source->snapshotTime();
        changedFrom = done.isValid() ? done.addMSecs(1) : QDateTime();
        since = done.isValid() ? QDateTime() : m_since;
        start.insert(key(project, "run_until"), iso(until));
        start.insert(key(project, "run_changed_from"), iso(changedFrom));
        start.insert(key(project, "run_since"), iso(since));
    }
    d->result.full = !done.isValid();
    start.insert(QStringLiteral("source_instance"),
                 OneUptimeClient::apiBase(d->settings.instance).toString());
    start.insert(key(project, "name"), info.projectName);
    start.insert(key(project, "instance"), OneUptimeClient::apiBase(d->settings.instance).toString());
    if (const QString error = w.write({}, start); !error.isEmpty()) {
        finishWithError(writeFailed(error));
        return;
    }
    d->until = until;
    d->source->setSnapshotTime(until);
    d->query.filter.changedFrom = changedFrom;
    d->query.filter.sentFrom = since;
    // Continuing a run: its newest part is in the cache already (the rows at that very moment may
    // be read twice; they are updated, not duplicated).
    d->query.filter.sentTo = resumeBefore;
    d->query.sort = {SmsColumn::SentAt, Qt::DescendingOrder};
    d->pageSize = std::clamp(m_pageSize > 0 ? m_pageSize : largestPage, 1, largestPage);
    d->clock.start();
    d->countRequest = d->source->requestCount(d->query.filter);
}

void CacheSync::askForPages()
{
    if (d->over || d->cancelled || d->expected < 0)
        return;
    while (d->pending.size() + d->arrived.size() < pagesInFlight && !d->exhausted
           && d->nextOffset < d->expected) {
        const qint64 offset = d->nextOffset;
        d->nextOffset += d->pageSize;
        d->pending.insert(d->source->requestRows(d->query, offset, d->pageSize), offset);
    }
    if (d->pending.isEmpty() && d->arrived.isEmpty())
        finishRun();
}

void CacheSync::handleRows(quint64 id, qint64 offset, const QList<SmsRecord> &rows)
{
    if (d->pending.remove(id) == 0 || d->over)
        return;
    d->arrived.insert(offset, rows);
    if (rows.isEmpty())
        d->exhausted = true; // the result shrank (deleted on the server): nothing after this
    // Commit the pages that are next in order, each with the run's position.
    while (!d->arrived.isEmpty() && d->arrived.firstKey() == d->committedOffset) {
        const QList<SmsRecord> page = d->arrived.take(d->committedOffset);
        d->committedOffset += d->pageSize;
        if (page.isEmpty())
            continue;
        QDateTime oldest = page.first().createdAt;
        for (const SmsRecord &r : page)
            if (r.createdAt.isValid() && (!oldest.isValid() || r.createdAt < oldest))
                oldest = r.createdAt;
        QHash<QString, QString> position;
        if (oldest.isValid())
            position.insert(key(d->result.projectId, "run_resume_before"), iso(oldest));
        if (const QString error = d->writer->write(page, position); !error.isEmpty()) {
            finishWithError(writeFailed(error));
            return;
        }
        d->result.rowsWritten += page.size();
        SyncProgress progress;
        progress.rowsWritten = d->result.rowsWritten;
        progress.rowsExpected = d->expected;
        const double seconds = d->clock.elapsed() / 1000.0;
        progress.rowsPerSecond = seconds > 0 ? d->result.rowsWritten / seconds : 0;
        if (progress.rowsPerSecond > 0 && d->expected >= d->result.rowsWritten)
            progress.secondsLeft = qint64((d->expected - d->result.rowsWritten) / progress.rowsPerSecond);
        emit progressed(progress);
        if (d->cancelled) {
            cancel();
            return;
        }
    }
    askForPages();
}

void CacheSync::finishRun()
{
    if (d->over)
        return;
    if (!d->result.projectId.isEmpty()) {
        const QString project = d->result.projectId;
        const QHash<QString, QString> done{{key(project, "done"), iso(d->until)},
                                           {key(project, "run_until"), QString()},
                                           {key(project, "run_changed_from"), QString()},
                                           {key(project, "run_since"), QString()},
                                           {key(project, "run_resume_before"), QString()}};
        if (const QString error = d->writer->write({}, done); !error.isEmpty()) {
            finishWithError(writeFailed(error));
            return;
        }
        d->result.syncedUpTo = d->until;
    }
    d->writer->close();
    d->over = true;
    emit finished(d->result);
}

void CacheSync::finishWithError(const SourceError &error)
{
    if (d->over)
        return;
    d->over = true;
    if (d->source) {
        for (auto it = d->pending.cbegin(); it != d->pending.cend(); ++it)
            d->source->cancel(it.key());
    }
    if (d->writer)
        d->writer->close();
    emit failed(error);
}
