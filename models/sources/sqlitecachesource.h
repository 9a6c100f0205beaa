// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smslogsource.h"

#include <memory>

class CacheReader;
class IntegrityCheck;
class QThread;
class RequestGate;

// SMS logs from a cache file, opened read-only. Rows and counts run on one worker thread, totals
// and filter choices on another, each in the order they were asked for; cancel() skips queued
// requests and interrupts a running one.
// Opening checks the header and schema (cheap); the integrity of the whole file is checked on
// another thread after opened(), and a damaged file ends in failed().
class SqliteCacheSource : public SmsLogSource
{
    Q_OBJECT
public:
    explicit SqliteCacheSource(const QString &path, QObject *parent = nullptr);
    ~SqliteCacheSource() override;

    QString description() const override;
    QList<SmsColumn> sortableColumns() const override;
    // For a snapshot (an export): where it came from, when, which filter, redacted or not.
    QString banner() const override;
    void open() override;
    RequestId requestRows(const SmsQuery &query, qint64 offset, int count) override;
    RequestId requestCount(const SmsFilter &filter) override;
    RequestId requestTotals(const SmsFilter &filter) override;
    RequestId requestChoices() override;
    void cancel(RequestId id) override;

Q_SIGNALS:
    // The background integrity check ended (ok: the file passed; otherwise failed() follows).
    void integrityChecked(bool ok);

private:
    // One reader thread and connection each, so that long totals never hold up the table.
    struct Worker {
        std::shared_ptr<RequestGate> gate;
        QThread *thread = nullptr;
        CacheReader *reader = nullptr; // lives on `thread`; deleted when it finishes
    };

    QString m_path;
    QVariantHash m_info; // cache_info, read when opened
    Worker m_tableWorker; // rows and counts
    Worker m_summaryWorker; // totals and filter choices
    IntegrityCheck *m_integrity = nullptr;
};
