// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "oneuptimeclient.h"
#include "smsrecord.h"
#include "sourceerror.h"

#include <QDateTime>
#include <QObject>
#include <memory>

class CacheWriter;
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
// GUI thread (or any thread with an event loop); the file is written on that thread between
// network answers. Emits exactly one of finished() or failed() after start().
class CacheSync : public QObject
{
    Q_OBJECT
public:
    CacheSync(const OneUptimeSettings &settings, const QString &cachePath, QObject *parent = nullptr);
    ~CacheSync() override;

    // Only messages created at or after `since` (first sync only); invalid = everything.
    void setSince(const QDateTime &since) { m_since = since; }
    // Rows per request; 0 = the largest the server accepts.
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
    void beginRun();
    void askForPages();
    void handleRows(quint64 id, qint64 offset, const QList<SmsRecord> &rows);
    void finishRun();
    void finishWithError(const SourceError &error);
    // The error for a failed write of the cache: a full disk said as such, with what to do.
    SourceError writeFailed(const QString &error) const;

    struct State;
    std::unique_ptr<State> d;
    QDateTime m_since;
    int m_pageSize = 0;
};

Q_DECLARE_METATYPE(SyncProgress)
Q_DECLARE_METATYPE(SyncResult)
