// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smslogsource.h"

#include <memory>

class CacheReader;
class IntegrityCheck;
class QThread;
class RequestGate;

// SMS logs from a cache file, opened read-only. Queries run on a worker thread of this source's
// own, in the order they were made; cancel() skips queued ones and interrupts a running one.
// Opening checks the header and schema (cheap); the integrity of the whole file is checked on
// another thread after opened(), and a damaged file ends in failed().
class SqliteCacheSource : public SmsLogSource
{
    Q_OBJECT
public:
    explicit SqliteCacheSource(const QString &path, QObject *parent = nullptr);
    ~SqliteCacheSource() override;

    QString path() const { return m_path; }

    QString description() const override;
    QList<SmsColumn> sortableColumns() const override;
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
    QString m_path;
    std::shared_ptr<RequestGate> m_gate;
    QThread *m_thread = nullptr;
    CacheReader *m_reader = nullptr; // lives on m_thread; deleted when it finishes
    IntegrityCheck *m_integrity = nullptr;
};
