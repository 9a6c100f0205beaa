// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "resourcecontext.h"
#include "smsrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

struct DemoOptions {
    qint64 rows = 100000; // clamped to [0, 100,000,000]
    quint64 seed = 1;
    QDateTime end; // newest message time (UTC); invalid means 2026-06-15 12:00 UTC (fixed,
                   // so that the same options always give the same data)
    int days = 90; // the data spans `days` days before `end`; clamped to [1, 3650]
};

// Makes a realistic, made-up SMS log: four projects (one with its own Twilio account, so free),
// incidents, alerts, maintenance and announcements with their linked resources, the status mix
// of a server upgraded from the legacy statuses, provider error codes, costs, many scripts.
// Deterministic: the same options give the same records, field for field, on every machine
// (integer arithmetic and a self-contained PRNG only). Not thread-safe; use from one thread.
class DemoGenerator
{
public:
    explicit DemoGenerator(const DemoOptions &options);
    ~DemoGenerator();
    DemoGenerator(DemoGenerator &&) noexcept;
    DemoGenerator &operator=(DemoGenerator &&) noexcept;

    // Total number of records this generator yields.
    qint64 total() const;

    // Next `count` records in chronological order (oldest first); fewer at the end; empty when done.
    QList<SmsRecord> next(int count);

    // What is known of the incidents, alerts and monitors of the records handed out so far (and
    // a few planned): prefixed numbers, states as of the last message, severities, monitor types;
    // what a sync keeps (resourcecontext.h). Drawn without the random stream: the records are the
    // same with or without asking.
    ResourceContexts contexts() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Writes a complete demo cache to `path` (which must not exist): builds it in a temporary file
// next to it and renames it into place only when complete, so a crash never leaves half a file.
// `progress(done, total)` is called now and then on the calling thread (may be null); when it
// returns false the work stops, nothing is left behind, and the result says so. Blocks;
// call it off the GUI thread. Returns an error text or "".
QString writeDemoCache(const QString &path, const DemoOptions &options,
                       const std::function<bool(qint64 done, qint64 total)> &progress = {});
