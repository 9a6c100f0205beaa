// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "sourceerror.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <optional>

struct sqlite3;

// One read-only connection to a cache file, opened the one way every reader, export and check
// opens one: the file's header looked at before SQLite sees it, QSQLITE_OPEN_READONLY, the
// hardened pragmas (no trusted schema, cell size checks, no mmap), the schema checked
// (CacheSchema::openReadOnly). RAII: closed and removed from Qt's connection list when the object
// goes. Not copyable; use it on the thread that opened it only (a worker's own connection).
class CacheConnection
{
public:
    // `purpose`: the start of the connection's unique name ("smslog-export", ...).
    explicit CacheConnection(const QString &purpose);
    ~CacheConnection();
    CacheConnection(const CacheConnection &) = delete;
    CacheConnection &operator=(const CacheConnection &) = delete;

    // Opens `path`; the reason for the user when the file cannot be read as a cache, or nullopt
    // (then isOpen()). `queryOnly`: PRAGMA query_only as well (forbids temporary tables too).
    std::optional<SourceError> open(const QString &path, bool queryOnly = false);
    bool isOpen() const { return m_db.isOpen(); }
    void close();

    QSqlDatabase &database() { return m_db; }
    // The SQLite handle, for sqlite3_interrupt() from another thread (RequestGate); nullptr when
    // closed.
    sqlite3 *handle() const;

    // A forward-only statement for `sql` with `values` bound in order, prepared once per
    // connection and reused (at most 32 kept): the next call with the same `sql` finishes and
    // rebinds the same statement, so be done with one before asking for it again. A failed
    // prepare shows at exec() and is not kept.
    QSqlQuery prepared(const QString &sql, const QVariantList &values = {});
    // Resets every kept statement, so that none left part-read holds the file's read lock (which
    // would keep a writer from committing).
    void finishStatements();

private:
    QString m_name;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
};
