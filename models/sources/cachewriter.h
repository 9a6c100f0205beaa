// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

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

    // Creates a new cache at `path`, which must not exist yet. Returns an error text or "".
    QString create(const QString &path);

    // Writes `records` in one transaction: all or nothing. Returns an error text or "".
    QString write(const QList<SmsRecord> &records);

    // Stores a metadata value in cache_info (project name, source instance, ...).
    QString setInfo(const QString &key, const QString &value);

    // Closes the file. Further calls fail until create() is called again.
    void close();

private:
    QString upsert(const SmsRecord &record);
    QString storeLink(const QString &kind, const LinkedResource &link);

    struct Statements;

    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<Statements> m_statements;  // prepared once per open file
    QHash<QString, LinkedResource> m_storedLinks;  // "kind/id" → what the file holds, to skip rewrites
};
