// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "oneuptimeclient.h"
#include "resourcecontext.h"
#include "smsrecord.h"
#include "sourceerror.h"

#include <QDateTime>
#include <QObject>
#include <memory>
#include <optional>

class CacheSyncWriter;
class OneUptimeSource;

// Progress of a sync, for a progress bar or a terminal line.
struct SyncProgress {
    qint64 rowsWritten = 0; // committed into the cache so far in this run
    qint64 rowsExpected = -1; // rows this run will read; -1 while unknown
    double rowsPerSecond = 0;
    qint64 secondsLeft = -1; // -1 while unknown
};

// The outcome of a finished sync.
struct SyncResult {
    QString projectId;
    QString projectName;
    qint64 rowsWritten = 0; // rows inserted or updated in this run
    bool full = false; // the first sync of this project into this cache
    QDateTime syncedUpTo; // every message created or changed up to this server time is in the cache
};

// Copies one project's SMS logs from a OneUptime instance into a cache file (the GUI and the
// `smslog` tool share this). The first sync of a project takes everything the server has (or
// everything since `since`); later ones take the messages created or changed since the last one.
// Rows the server has deleted stay in the cache. Rows are committed in batches, each with the
// sync's progress in the same transaction, so a crash, a kill or a lost connection loses nothing
// committed and the next sync continues where this one stopped. Several projects (one key each)
// can be synced into one cache.
//
// GUI thread (or any thread with an event loop): the server is read on that thread; the file is
// opened, read and written only on a writer thread of the sync's own (CacheSyncWriter), to which
// pages are handed by queued calls, one batch at a time (while it is written, the next pages are
// read ahead, a bounded number, and wait here), and whose commits are confirmed by signals. Emits exactly one
// of finished() or failed() after start(), once the writer has closed the file. Destroying a sync that has
// not ended waits for the batch being written.
class CacheSync : public QObject
{
    Q_OBJECT
public:
    CacheSync(const OneUptimeSettings &settings, const QString &cachePath, QObject *parent = nullptr);
    ~CacheSync() override;

    // Only messages created at or after `since` (first sync only); invalid = everything.
    void setSince(const QDateTime &since) { m_since = since; }
    // Rows per request (at most 10,000), and then per committed batch. 0: requests of 1,000 rows,
    // which keeps the GUI thread's share of a page short, committed in batches of what has
    // arrived when the writer is free, up to 10,000 rows.
    void setPageSize(int rows) { m_pageSize = rows; }

    // Creates the cache if it does not exist yet.
    void start();
    // Stops after the batch being written; failed() then reports Kind::Cancelled. What was
    // committed stays.
    void cancel();

Q_SIGNALS:
    void progressed(const SyncProgress &progress);
    void finished(const SyncResult &result);
    void failed(const SourceError &error);

private:
    quint64 nextWrite();
    void handleWriterOpened(quint64 id, bool existed, bool refused, const SourceError &problem,
                            const QString &error);
    void beginRun();
    void handleInfoRead(quint64 id, const QHash<QString, QString> &values);
    void askForPages();
    void handleRows(quint64 id, qint64 offset, const QList<SmsRecord> &rows);
    void handleContexts(quint64 id, const ResourceContexts &contexts);
    // A page with its contexts, ready for the writer in its turn.
    void handlePage(qint64 offset, const QList<SmsRecord> &rows, const ResourceContexts &contexts);
    // Hands the pages that are next in order to the writer as a batch when it has none.
    void writePages();
    void handleWritten(quint64 id, bool skipped, const QString &error);
    void finishRun();
    void finishWithError(const SourceError &error);
    // Ends the run: nothing more is read or written (writes not started are skipped), the writer
    // closes the file, and then finished() (no error) or failed() is emitted.
    void conclude(const std::optional<SourceError> &error);
    // The error for a failed write of the cache: a full disk said as such, with what to do.
    SourceError writeFailed(const QString &error) const;

    struct State;
    std::unique_ptr<State> d;
    QDateTime m_since;
    int m_pageSize = 0;
};

Q_DECLARE_METATYPE(SyncProgress)
Q_DECLARE_METATYPE(SyncResult)
