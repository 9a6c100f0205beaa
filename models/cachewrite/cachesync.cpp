// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachesync.h"

#include "cacheschema.h"
#include "cachesyncwriter.h"
#include "oneuptimesource.h"
#include "requestgate.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QSet>
#include <QThread>
#include <limits>

// How a run works. A run copies the project's messages created up to `until` (the server's clock
// at its start, less the commit margin) and, after the first run, changed since the previous
// run's `until`. It reads them newest first (so the server deleting its oldest rows, as the cloud
// does daily, never shifts the pages still to read; new messages are outside `until`), several
// pages at once, and commits them in page order, each batch with the run's position: every
// message of the run created after `resumeBefore` is in the cache. A run that stopped (a kill, a
// lost connection) is continued by the next sync from that position; when it ends, `done` becomes
// its `until`, the starting point of the next run's "changed since".
namespace {

// The writer holds one batch at a time: while it commits that one, the next pages are read, and a
// cancel finds nothing queued behind the batch being written.
constexpr int batchesAtWriter = 1;
// Requests to the server at once, at most.
constexpr int requestsInFlight = 3;
constexpr int largestPage = 10000;
// Rows per request unless told otherwise: the GUI thread (Qt's network layer taking the answer in,
// the source handing its rows on) spends time in proportion to a page, ~0.3 s for 10,000 rows
// on a busy machine (smslog-bench G11), ~15 ms for 1,000. A batch then takes every page that has
// arrived in order when the writer is free, up to largestPage rows (one transaction, as with the
// largest pages), and up to readAheadRows are read ahead. With a page size given, a batch is one
// page and three pages are read ahead.
constexpr int defaultPage = 1000;
constexpr int readAheadRows = 3 * largestPage;

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
    OneUptimeSource *source = nullptr;
    bool cancelled = false;
    bool over = false; // concluded: the writer is closing, or the sync has ended
    bool ended = false; // finished() or failed() was emitted

    // The writer thread.
    QThread *thread = nullptr;
    CacheSyncWriter *writer = nullptr; // lives on `thread`; deleted when it finishes
    std::shared_ptr<RequestGate> gate = std::make_shared<RequestGate>();
    quint64 lastWrite = 0; // id of the newest request to the writer
    quint64 openRequest = 0;
    quint64 infoRequest = 0;
    quint64 startWrite = 0; // the run's start values
    quint64 doneWrite = 0; // the run's end values
    quint64 closeRequest = 0;
    QList<quint64> writing; // page batches at the writer, in order
    QHash<quint64, qint64> batchRows; // batch → rows in it
    std::optional<SourceError> outcome; // of a concluded sync: emitted when the writer has closed

    // The run.
    SyncResult result;
    SmsQuery query; // the run's filter, newest first
    QDateTime until;
    qint64 expected = -1;
    qint64 nextOffset = 0; // next page to ask for
    qint64 committedOffset = 0; // pages before this are in the cache or at the writer
    int pageSize = 0;
    int batchLimit = 0; // rows per batch, at most
    int pagesAhead = 3; // pages asked for or arrived and waiting for the writer, at most
    QMap<qint64, QList<SmsRecord>> arrived; // offset → rows, waiting for the pages before them
    QHash<qint64, ResourceContexts> arrivedContexts; // offset → its resources' contexts
    // A page whose rows are in, waiting for its contexts (its request in `pending` is then the
    // contexts' request): context request → rows.
    QHash<SmsLogSource::RequestId, QList<SmsRecord>> awaitingContexts;
    QSet<QString> contextsAsked; // resources (resourceContextKey) whose context this run asked for
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
    if (!d->thread)
        return;
    // Writes not started are skipped; the one being written completes (all or nothing), and the
    // writer closes the file when it is deleted on its thread.
    d->gate->cancelUpTo(std::numeric_limits<quint64>::max());
    d->thread->quit();
    d->thread->wait();
}

quint64 CacheSync::nextWrite()
{
    return ++d->lastWrite;
}

void CacheSync::cancel()
{
    d->cancelled = true;
    if (d->over)
        return;
    if (!d->writer) {
        // Not started: nothing to stop.
        d->over = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (d->ended)
                    return;
                d->ended = true;
                emit failed({SourceError::Kind::Cancelled,
                             tr("The sync was cancelled; what it had copied is kept."),
                             {}});
            },
            Qt::QueuedConnection);
        return;
    }
    // The batch being written is completed; failed() follows once the writer has closed.
    conclude(SourceError{
        SourceError::Kind::Cancelled, tr("The sync was cancelled; what it had copied is kept."), {}});
}

void CacheSync::start()
{
    if (d->thread || d->over)
        return;
    d->thread = new QThread(this);
    d->thread->setObjectName(QStringLiteral("cache sync writer"));
    d->writer = new CacheSyncWriter(d->path, d->gate);
    d->writer->moveToThread(d->thread);
    connect(d->thread, &QThread::finished, d->writer, &QObject::deleteLater);
    connect(d->writer, &CacheSyncWriter::opened, this, &CacheSync::handleWriterOpened);
    connect(d->writer, &CacheSyncWriter::infoRead, this, &CacheSync::handleInfoRead);
    connect(d->writer, &CacheSyncWriter::written, this, &CacheSync::handleWritten);
    connect(d->writer, &CacheSyncWriter::closed, this, [this](quint64 id) {
        if (id != d->closeRequest || d->ended)
            return;
        d->ended = true;
        if (d->outcome)
            emit failed(*d->outcome);
        else
            emit finished(d->result);
    });
    d->thread->start();
    d->openRequest = nextWrite();
    QMetaObject::invokeMethod(
        d->writer, [writer = d->writer, id = d->openRequest] { writer->open(id); }, Qt::QueuedConnection);
}

void CacheSync::handleWriterOpened(quint64 id, bool existed, bool refused, const SourceError &problem,
                                   const QString &error)
{
    if (id != d->openRequest || d->over)
        return;
    // A file that is there but cannot be used (damaged, foreign, unreadable, unreachable, a
    // folder) is refused with the reason, and never created over.
    if (refused) {
        conclude(SourceError{problem.kind,
                             tr("The cache %1 cannot be added to: %2").arg(d->path, problem.message),
                             problem.detail});
        return;
    }
    if (!error.isEmpty()) {
        // A cache that could not be created (a full disk) is not left behind (CacheWriter::create).
        if (CacheSchema::saysDiskFull(error))
            conclude(writeFailed(error)); // an upgrade or a new file ran out of space: nothing changed
        else
            conclude(SourceError{existed ? SourceError::Kind::ForeignFile : SourceError::Kind::FileUnreadable,
                                 existed ? tr("The cache %1 cannot be added to: %2").arg(d->path, error)
                                         : tr("The cache %1 cannot be created: %2").arg(d->path, error),
                                 error});
        return;
    }
    d->source = new OneUptimeSource(d->settings, this);
    connect(d->source, &SmsLogSource::opened, this, &CacheSync::beginRun);
    connect(d->source, &SmsLogSource::openFailed, this, &CacheSync::finishWithError);
    connect(d->source, &SmsLogSource::rowsFetched, this, &CacheSync::handleRows);
    connect(d->source, &SmsLogSource::contextsFetched, this, &CacheSync::handleContexts);
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
    if (d->over)
        return;
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
    d->infoRequest = nextWrite();
    const QStringList keys{key(project, "run_until"), key(project, "run_changed_from"),
                           key(project, "run_since"), key(project, "run_resume_before"),
                           key(project, "done")};
    QMetaObject::invokeMethod(
        d->writer, [writer = d->writer, id = d->infoRequest, keys] { writer->readInfo(id, keys); },
        Qt::QueuedConnection);
}

void CacheSync::handleInfoRead(quint64 id, const QHash<QString, QString> &values)
{
    if (id != d->infoRequest || d->over)
        return;
    const QString project = d->result.projectId;
    QHash<QString, QString> start;
    QDateTime until = fromIso(values.value(key(project, "run_until")));
    QDateTime changedFrom = fromIso(values.value(key(project, "run_changed_from")));
    QDateTime since = fromIso(values.value(key(project, "run_since")));
    const QDateTime resumeBefore = fromIso(values.value(key(project, "run_resume_before")));
    const QDateTime done = fromIso(values.value(key(project, "done")));
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
    start.insert(key(project, "name"), d->result.projectName);
    start.insert(CacheSchema::projectInstanceKey(project),
                 OneUptimeClient::apiBase(d->settings.instance).toString());
    // Written before any page (the writer runs its requests in order); a failure ends the run.
    d->startWrite = nextWrite();
    QMetaObject::invokeMethod(
        d->writer, [writer = d->writer, id = d->startWrite, start] { writer->write(id, {}, start); },
        Qt::QueuedConnection);
    d->until = until;
    d->source->setSnapshotTime(until);
    d->query.filter.changedFrom = changedFrom;
    d->query.filter.sentFrom = since;
    // Continuing a run: its newest part is in the cache already (the rows at that very moment may
    // be read twice; they are updated, not duplicated).
    d->query.filter.sentTo = resumeBefore;
    d->query.sort = {SmsColumn::SentAt, Qt::DescendingOrder};
    d->pageSize = std::clamp(m_pageSize > 0 ? m_pageSize : defaultPage, 1, largestPage);
    d->batchLimit = m_pageSize > 0 ? d->pageSize : largestPage;
    d->pagesAhead = m_pageSize > 0 ? 3 : std::max(3, readAheadRows / d->pageSize);
    d->clock.start();
    d->countRequest = d->source->requestCount(d->query.filter);
}

void CacheSync::askForPages()
{
    if (d->over || d->cancelled || d->expected < 0)
        return;
    while (d->pending.size() < requestsInFlight && d->pending.size() + d->arrived.size() < d->pagesAhead
           && !d->exhausted && d->nextOffset < d->expected) {
        const qint64 offset = d->nextOffset;
        d->nextOffset += d->pageSize;
        d->pending.insert(d->source->requestRows(d->query, offset, d->pageSize), offset);
    }
    if (d->pending.isEmpty() && d->arrived.isEmpty() && d->writing.isEmpty())
        finishRun();
}

void CacheSync::handleRows(quint64 id, qint64 offset, const QList<SmsRecord> &rows)
{
    if (d->pending.remove(id) == 0 || d->over)
        return;
    // The page waits for what the key may read of its incidents, alerts and monitors (states,
    // severities, monitor types), which is written with it, so that offline review shows them.
    // One message per resource this run has not asked about yet: many messages share one.
    QList<SmsRecord> ask;
    for (const SmsRecord &record : rows) {
        bool fresh = false;
        for (const QString &key : resourceContextKeys({record}))
            if (!d->contextsAsked.contains(key)) {
                d->contextsAsked.insert(key);
                fresh = true;
            }
        if (fresh)
            ask << record;
    }
    if (const SmsLogSource::RequestId contexts = ask.isEmpty() ? 0 : d->source->requestContexts(ask)) {
        d->pending.insert(contexts, offset);
        d->awaitingContexts.insert(contexts, rows);
        return;
    }
    handlePage(offset, rows, {});
}

void CacheSync::handleContexts(quint64 id, const ResourceContexts &contexts)
{
    const auto rows = d->awaitingContexts.find(id);
    if (rows == d->awaitingContexts.end())
        return;
    const QList<SmsRecord> page = *rows;
    d->awaitingContexts.erase(rows);
    const qint64 offset = d->pending.take(id);
    if (!d->over)
        handlePage(offset, page, contexts);
}

void CacheSync::handlePage(qint64 offset, const QList<SmsRecord> &rows, const ResourceContexts &contexts)
{
    d->arrived.insert(offset, rows);
    if (!contexts.isEmpty())
        d->arrivedContexts.insert(offset, contexts);
    if (rows.isEmpty())
        d->exhausted = true; // the result shrank (deleted on the server): nothing after this
    writePages();
    askForPages();
}

void CacheSync::writePages()
{
    // The pages that are next in order go to the writer as one batch, with the run's position.
    while (!d->over && d->writing.size() < batchesAtWriter) {
        QList<QList<SmsRecord>> pages;
        ResourceContexts contexts;
        qint64 rows = 0;
        while (!d->arrived.isEmpty() && d->arrived.firstKey() == d->committedOffset
               && (rows == 0 || rows + d->arrived.first().size() <= d->batchLimit)) {
            const QList<SmsRecord> page = d->arrived.take(d->committedOffset);
            contexts.insert(d->arrivedContexts.take(d->committedOffset));
            d->committedOffset += d->pageSize;
            if (page.isEmpty())
                continue;
            rows += page.size();
            pages.append(page);
        }
        if (pages.isEmpty())
            return;
        QDateTime oldest = pages.first().first().createdAt;
        for (const QList<SmsRecord> &page : std::as_const(pages))
            for (const SmsRecord &r : page)
                if (r.createdAt.isValid() && (!oldest.isValid() || r.createdAt < oldest))
                    oldest = r.createdAt;
        QHash<QString, QString> position;
        if (oldest.isValid())
            position.insert(key(d->result.projectId, "run_resume_before"), iso(oldest));
        const quint64 batch = nextWrite();
        d->writing.append(batch);
        d->batchRows.insert(batch, rows);
        // Runs on the writer thread: the pages are joined there.
        QMetaObject::invokeMethod(
            d->writer,
            [writer = d->writer, batch, pages, rows, position, contexts] {
                QList<SmsRecord> records;
                records.reserve(rows);
                for (const QList<SmsRecord> &page : pages)
                    records += page;
                writer->write(batch, records, position, contexts);
            },
            Qt::QueuedConnection);
    }
}

void CacheSync::handleWritten(quint64 id, bool skipped, const QString &error)
{
    if (id == d->startWrite) {
        if (!error.isEmpty())
            finishWithError(writeFailed(error));
        return;
    }
    if (id == d->doneWrite) {
        if (d->over)
            return;
        if (!error.isEmpty()) {
            finishWithError(writeFailed(error));
            return;
        }
        d->result.syncedUpTo = d->until;
        conclude(std::nullopt);
        return;
    }
    if (d->writing.isEmpty() || d->writing.first() != id)
        return;
    d->writing.removeFirst();
    const qint64 rows = d->batchRows.take(id);
    if (skipped)
        return; // cancelled before it started
    if (!error.isEmpty()) {
        finishWithError(writeFailed(error));
        return;
    }
    d->result.rowsWritten += rows;
    if (d->over)
        return; // the sync was cancelled or failed while this batch was written: it is kept
    SyncProgress progress;
    progress.rowsWritten = d->result.rowsWritten;
    progress.rowsExpected = d->expected;
    const double seconds = d->clock.elapsed() / 1000.0;
    progress.rowsPerSecond = seconds > 0 ? d->result.rowsWritten / seconds : 0;
    if (progress.rowsPerSecond > 0 && d->expected >= d->result.rowsWritten)
        progress.secondsLeft = qint64((d->expected - d->result.rowsWritten) / progress.rowsPerSecond);
    emit progressed(progress);
    if (d->over)
        return; // cancelled from a slot of progressed()
    writePages();
    askForPages();
}

void CacheSync::finishRun()
{
    if (d->over || d->doneWrite != 0)
        return;
    if (d->result.projectId.isEmpty()) {
        conclude(std::nullopt);
        return;
    }
    const QString project = d->result.projectId;
    const QHash<QString, QString> done{{key(project, "done"), iso(d->until)},
                                       {key(project, "run_until"), QString()},
                                       {key(project, "run_changed_from"), QString()},
                                       {key(project, "run_since"), QString()},
                                       {key(project, "run_resume_before"), QString()}};
    d->doneWrite = nextWrite();
    QMetaObject::invokeMethod(
        d->writer, [writer = d->writer, id = d->doneWrite, done] { writer->write(id, {}, done); },
        Qt::QueuedConnection);
}

void CacheSync::finishWithError(const SourceError &error)
{
    conclude(error);
}

void CacheSync::conclude(const std::optional<SourceError> &error)
{
    if (d->over)
        return;
    d->over = true;
    d->outcome = error;
    if (d->source) {
        for (auto it = d->pending.cbegin(); it != d->pending.cend(); ++it)
            d->source->cancel(it.key());
        d->pending.clear();
        if (d->countRequest)
            d->source->cancel(d->countRequest);
        d->countRequest = 0;
    }
    d->arrived.clear();
    d->arrivedContexts.clear();
    d->awaitingContexts.clear();
    // Writes not started are skipped (a finished run has none); the one being written completes.
    if (error)
        d->gate->cancelUpTo(d->lastWrite);
    d->closeRequest = nextWrite();
    QMetaObject::invokeMethod(
        d->writer, [writer = d->writer, id = d->closeRequest] { writer->close(id); }, Qt::QueuedConnection);
}
