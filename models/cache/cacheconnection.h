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

    // Whether prepared() keeps a statement for the next call with the same SQL.
    enum class Reuse {
        // Prepared once per connection and reused (at most 32 kept): the next call with the same
        // `sql` finishes and rebinds the same statement, so be done with one before asking for it
        // again. A kept statement left part-read keeps the file's read lock (and a writer from
        // committing) until finishStatements(): call it before the connection waits for anything.
        Keep,
        // A statement of its own, finalized (its read lock let go) when its last copy goes.
        Once,
    };
    // The one way statements are made on this connection: forward-only, for `sql`, with `values`
    // bound to its placeholders in order (all of them: bind nothing more afterwards). A failed
    // prepare shows at exec() and is not kept.
    QSqlQuery prepared(const QString &sql, const QVariantList &values, Reuse reuse);
    // Resets every kept statement, so that none left part-read holds the file's read lock (which
    // would keep a writer from committing).
    void finishStatements();

private:
    QString m_name;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
};
