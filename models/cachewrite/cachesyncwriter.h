// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "resourcecontext.h"
#include "smsrecord.h"
#include "sourceerror.h"

#include <QHash>
#include <QObject>
#include <memory>

class CacheWriter;
class RequestGate;

// The writing half of a CacheSync: a CacheWriter, and so the cache's write connection, on a
// thread of its own, so that committing a page (a second or more with every index) never holds up
// the thread that talks to the server. Lives on its thread: call its methods by queued calls only;
// it answers by signals carrying the request id. Requests run first in, first out, and ids must
// increase. A request cancelled through the gate before it starts is skipped (and answered as
// skipped); one being written is always completed, as a transaction is all or nothing. The file
// is closed by close() or when the object is destroyed (on its thread).
class CacheSyncWriter : public QObject
{
    Q_OBJECT
public:
    CacheSyncWriter(const QString &path, std::shared_ptr<RequestGate> gate);
    ~CacheSyncWriter() override;

    // Opens the cache, creating it if there is no file. A file that is there but cannot be used
    // (damaged, foreign, unreadable, a folder) is refused and never created over.
    void open(quint64 id);
    // Answers the values of `keys` in cache_info (absent keys are left out).
    void readInfo(quint64 id, const QStringList &keys);
    // Writes `records` and `info` in one transaction.
    void write(quint64 id, const QList<SmsRecord> &records, const QHash<QString, QString> &info,
               const ResourceContexts &contexts = {});
    // Closes the file. Never skipped.
    void close(quint64 id);

Q_SIGNALS:
    // `existed`: the file was there. `refused`: it is there but is no cache to add to (`problem`
    // says why). `error`: the open or the creation failed otherwise ("" on success).
    void opened(quint64 id, bool existed, bool refused, const SourceError &problem, const QString &error);
    void infoRead(quint64 id, const QHash<QString, QString> &values);
    // `skipped`: cancelled before it started, nothing written. `error`: "" when committed.
    void written(quint64 id, bool skipped, const QString &error);
    void closed(quint64 id);

private:
    QString m_path;
    std::shared_ptr<RequestGate> m_gate;
    std::unique_ptr<CacheWriter> m_writer;
};
