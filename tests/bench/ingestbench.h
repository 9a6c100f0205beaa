// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "benchreport.h"
#include "smsrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

class DemoGenerator;

// Goal G10, sync ingest: writes `rows` demo records (seed 7, ids "bench-ingest-N") into the cache
// file through CacheWriter in committed batches of 10,000, as sync does, then removes them again so
// that the file is as before. Nothing else may have the file open. Blocks; throws Bench::Error.
class IngestBench
{
public:
    IngestBench(const QString &cachePath, int rows);

    GoalResult run();
    // After run(): how fast CacheWriter::remove() took the rows out again.
    double removeRowsPerSecond() const { return m_removeRowsPerSecond; }

    static constexpr int batchSize = 10000;

private:
    // The next batch of the generator, with unique ids (appended to `ids` when given).
    QList<SmsRecord> nextBatch(DemoGenerator &generator, qint64 first, QStringList *ids = nullptr) const;
    // The floor: the same rows inserted into an unindexed temporary table, one statement, one
    // transaction. Rows per second.
    double rawInsertRowsPerSecond() const;

    QString m_path;
    int m_rows;
    double m_removeRowsPerSecond = 0;
};
