// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "resourcecontext.h"
#include "smsrecord.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>

// Writes SMS logs into a cache file: creates new caches and upserts records (a record whose `_id`
// is already present is updated, never duplicated). Keeps the full-text index, the phone number
// table and the linked resource names in step with the rows. Use from one thread only.
class CacheWriter
{
public:
    CacheWriter();
    ~CacheWriter();
    CacheWriter(const CacheWriter &) = delete;
    CacheWriter &operator=(const CacheWriter &) = delete;

    enum class Mode {
        // Every write() is a durable transaction that keeps every index up to date.
        Durable,
        // For filling a new file that nobody reads yet (built under a temporary name): no
        // journal, no syncing, indexes and the full-text index built once by finish(). A crash
        // leaves a damaged file, so only use it on a file that is renamed into place afterwards.
        Bulk,
    };

    // Creates a new cache at `path`, which must not exist yet. Returns an error text or ""; on
    // failure (a full disk) nothing is left at `path`.
    QString create(const QString &path, Mode mode = Mode::Durable);

    // Opens an existing cache for more rows (Durable mode): a cache of this format, or of an
    // earlier one, which is upgraded first (in one transaction, keeping every row).
    // Returns an error text or "".
    QString open(const QString &path);

    // Writes `records`, the `info` values and the resources' `contexts` (keyed by
    // resourceContextKey(); a field left empty keeps what the file has) in one transaction: all or
    // nothing. Returns an error text or "".
    QString write(const QList<SmsRecord> &records, const QHash<QString, QString> &info = {},
                  const ResourceContexts &contexts = {});

    // Removes the messages with these ids (those not stored are skipped) in one transaction, with
    // their words, and their count and cost from the roll-ups. Returns an error text or "".
    QString remove(const QStringList &ids);

    // Stores a metadata value in cache_info (project name, source instance, ...).
    QString setInfo(const QString &key, const QString &value);
    // A metadata value; null when absent.
    QString info(const QString &key) const;

    // Completes the file: builds what Bulk mode left out, then flushes it to disk and closes it.
    // Returns an error text or "". After an error the file is incomplete: discard it.
    QString finish();

    // Closes the file without completing it. Further calls fail until create() is called again.
    void close();

private:
    struct RollupDelta;
    QString upsert(const SmsRecord &record, RollupDelta &rollup);
    QString applyRollup(const RollupDelta &rollup);
    // Applies the roll-up changes and commits the open transaction; rolls back on failure.
    QString commitWith(const RollupDelta &rollup);
    QString storeLink(const QString &kind, const LinkedResource &link);
    QString storeContext(const QString &key, const ResourceContext &context);

    struct Statements;

    QString m_connectionName;
    QString m_path;
    Mode m_mode = Mode::Durable;
    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_statements; // prepared once per open file
    QHash<QString, LinkedResource> m_storedLinks; // "kind/id" → what the file holds, to skip rewrites
};
