// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "sourceerror.h"

#include <QString>
#include <optional>

// Whether a file is a cache this version can read, for the `smslog` tool. Blocking: each call opens its
// own read-only connection on the calling thread (the way CacheReader does: header checked before
// SQLite sees the file, QSQLITE_OPEN_READONLY, hardened pragmas, schema validated, query_only)
// and closes it before returning. Never writes to the file.
namespace CacheCheck {

enum class Check {
    Quick, // header and schema: cheap at any size
    Full, // also PRAGMA quick_check, which reads the whole file
};

// Whether `path` is a cache this version can read. nullopt when it is; otherwise the error says
// why (FileNotFound, FileUnreadable, NotADatabase, ForeignFile, NewerSchema).
std::optional<SourceError> checkCache(const QString &path, Check check = Check::Quick);

} // namespace CacheCheck
