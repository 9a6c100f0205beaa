// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "sourceerror.h"

#include <QString>
#include <optional>

class QSqlDatabase;
class QSqlError;

// The cache file format. The full description is in README.md ("The cache file").
namespace CacheSchema {

inline constexpr int version = 3; // PRAGMA user_version; 1 and 2 are read and upgraded
inline constexpr qint64 msPerHour = 3600000;
inline constexpr qint64 msPerDay = 24 * msPerHour;
// The roll-up bucket of messages without a time (before every real hour and day).
inline constexpr qint64 noTimeBucket = -(qint64(1) << 62);

// value / unit rounded down (C++ and SQLite truncate towards zero).
inline constexpr qint64 floorDiv(qint64 value, qint64 unit)
{
    return value >= 0 ? value / unit : (value + 1) / unit - 1;
}

// The same in SQL for a time column (`column` may be NULL: noTimeBucket), e.g. the UTC day of
// "s.created_at" with unit msPerDay.
QString bucketSql(const QString &column, qint64 unit);
inline constexpr int applicationId = 0x534D534C; // PRAGMA application_id, "SMSL"

// The columns of sms_log that hold a record's fields, in SmsRecord order (all but rid): the 12
// fields, then the 11 linked resource ids in LinkKind order.
QStringList recordColumns();

// Column names of sms_log that hold the ids of linked resources, indexed by LinkKind.
QString linkColumn(int linkKindIndex);

enum class Indexes {
    Now, // with the tables: every write maintains them
    Later, // for a bulk load into a new file: createIndexes() builds them (and the full-text index) once
};

// Creates the schema in an empty database, in one transaction. Returns an error text or "".
QString create(QSqlDatabase &db, Indexes indexes = Indexes::Now);

// Builds the indexes, the full-text index and the cost roll-ups of a cache created with
// Indexes::Later.
QString createIndexes(QSqlDatabase &db);

// Statements that fill the (empty) cost roll-ups from sms_log.
QStringList rollupFillStatements();

// Brings a cache of an earlier format to this one in one transaction, keeping every row (format 1
// gains the cost roll-ups, filled from its rows; format 2 the empty context table). Returns an error text or
// "".
QString upgrade(QSqlDatabase &db);

// The text an SQL failure is reported with: SQLite's own words, preceded by diskFullText() when
// the disk (or the user's quota) is full (SQLITE_FULL), so that a caller can tell the user what to
// do. Every function here and CacheWriter report their SQL failures this way.
QString errorText(const QSqlError &error);
// "The disk is full." (translated): what errorText() puts first for a full disk.
QString diskFullText();
// Whether an error text of errorText(), CacheWriter or a function here says the disk is full.
bool saysDiskFull(const QString &errorText);

// The cache_info key under which a sync records the OneUptime instance (its API base) that the
// messages of `projectId` came from ("sync/<projectId>/instance").
QString projectInstanceKey(const QString &projectId);

// PRAGMA user_version of an open cache; 0 when unreadable.
int fileVersion(QSqlDatabase &db);

// Looks at the file before SQLite does: exists, regular, readable, non-empty, SQLite header,
// not shorter than its header says (truncated). Never writes. Cheap at any size. A file in a
// folder the user may not enter is FileUnreadable, not FileNotFound.
std::optional<SourceError> checkFile(const QString &path);

// Checks an open database: application id, schema version, every expected table and column, and
// no triggers or views. Never writes. Cheap at any size.
std::optional<SourceError> validateSchema(QSqlDatabase &db);

// PRAGMA quick_check: reads the whole file (seconds on large caches), so run it off the path to
// the first rows. Never writes.
std::optional<SourceError> checkIntegrity(QSqlDatabase &db);

// Applies the pragmas for a file that came from elsewhere: no trusted schema, cell size checks,
// no memory mapping. Call right after opening.
void hardenConnection(QSqlDatabase &db);

// Opens `path` as a cache for reading, the one way every reader does: checkFile(), the read-only
// connect option, hardenConnection(), validateSchema(). `db` comes from addDatabase() and is left
// open only on success. Cheap at any size (no integrity check).
std::optional<SourceError> openReadOnly(QSqlDatabase &db, const QString &path);

} // namespace CacheSchema
