// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smslogsource.h"

#include <memory>

class CacheReader;
class IntegrityCheck;
class QThread;
class RequestGate;
class RowPositions;

// SMS logs from a cache file, opened read-only. Four worker threads, each with its own
// connection, run requests in the order they were asked for: rows (the table's pages, never
// queued behind a count); counts and the position scan (keyset bookmarks of the shown query,
// started after its first page, so that a page at any depth is an index walk); totals and filter
// choices; cost reports (whose top recipients read every matching row, so never ahead of the
// totals). cancel() skips queued requests and interrupts a running one.
// Opening checks the header and schema (cheap); the integrity of the whole file is checked on
// another thread after opened(), and a damaged file ends in failed().
class SqliteCacheSource : public SmsLogSource
{
    Q_OBJECT
public:
    explicit SqliteCacheSource(const QString &path, QObject *parent = nullptr);
    ~SqliteCacheSource() override;

    // Whether opening also starts the background integrity check of the whole file (on by
    // default, for the window). A one-shot reader (`smslog summary`) that only reads the roll-ups
    // turns it off: the check reads every page, minutes on a large file with a cold page cache.
    // Set before open().
    void setIntegrityChecked(bool check) { m_checkIntegrity = check; }

    QString description() const override;
    QList<SmsColumn> sortableColumns() const override;
    // For a snapshot (an export): where it came from, when, which filter, redacted or not.
    QString banner() const override;
    // From the sync's record of the project's instance (a snapshot's source instance otherwise).
    DashboardBase dashboardBase(const QString &projectId) const override;
    void open() override;
    RequestId requestRows(const SmsQuery &query, qint64 offset, int count) override;
    RequestId requestCount(const SmsFilter &filter) override;
    RequestId requestChoices() override;
    RequestId requestLinkCandidates(LinkKind kind, qint64 number, const QString &projectId) override;
    RequestId requestContexts(const QList<SmsRecord> &records) override;
    // Reports by day without recipients (the totals) are read on one reader, from the daily
    // roll-ups where the filter allows (milliseconds at any size); hourly ones and those with
    // recipients (every matching row) on another, so that they never hold the totals up.
    RequestId requestCostReport(const SmsFilter &filter, int topRecipients,
                                CostResolution resolution = CostResolution::Hour,
                                ErrorCodeTotals errorCodes = ErrorCodeTotals::Omitted) override;
    // Cells come from the roll-ups; recipients read every matching row.
    bool costReportRecipientsAreSlow() const override { return true; }
    void cancel(RequestId id) override;
    // Every page of `query` can be read from a bookmark (or needs none): positionsReady was sent.
    bool positionsKnown(const SmsQuery &query) const;

Q_SIGNALS:
    // The background integrity check ended (ok: the file passed; otherwise failed() follows).
    void integrityChecked(bool ok);
    // Every page of `query` can now be read from a bookmark (or needs none).
    void positionsReady(const SmsQuery &query);

private:
    // One reader thread and connection each, so that long totals never hold up the table.
    struct Worker {
        std::shared_ptr<RequestGate> gate;
        QThread *thread = nullptr;
        CacheReader *reader = nullptr; // lives on `thread`; deleted when it finishes
    };

    QString m_path;
    QVariantHash m_info; // cache_info, read when opened
    // Starts the position scan of `query` unless it is done or running; cancels another one.
    void scanPositions(const SmsQuery &query);

    std::shared_ptr<RowPositions> m_positions;
    Worker m_tableWorker; // rows
    Worker m_countWorker; // counts and position scans
    Worker m_summaryWorker; // totals and filter choices
    Worker m_reportWorker; // cost reports
    RequestId m_scanRequest = 0;
    SmsQuery m_scanQuery; // of m_scanRequest, or the last one scanned
    IntegrityCheck *m_integrity = nullptr;
    bool m_checkIntegrity = true;
};
