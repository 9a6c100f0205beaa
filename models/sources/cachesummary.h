// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "costsummary.h"
#include "smsquery.h"
#include "sourceerror.h"

#include <QString>
#include <optional>
#include <variant>

// Cost summaries of a cache file, for the `smslog` tool and scripts. Blocking: each call opens its
// own read-only connection on the calling thread (the way CacheReader does: header checked before
// SQLite sees the file, QSQLITE_OPEN_READONLY, hardened pragmas, schema validated, query_only)
// and closes it before returning. Never writes to the file.
namespace CacheSummary {

enum class Check {
    Quick, // header and schema: cheap at any size
    Full, // also PRAGMA quick_check, which reads the whole file
};

// Whether `path` is a cache this version can read. nullopt when it is; otherwise the error says
// why (FileNotFound, FileUnreadable, NotADatabase, ForeignFile, NewerSchema).
std::optional<SourceError> checkCache(const QString &path, Check check = Check::Quick);

// Message count and cost (integer cents, exact; SQLite's integer SUM) of the rows matching
// `filter`, grouped `by`, with the file checked first (Check::Full). `filter` must be valid
// (SmsFilter::validationError() empty). Errors: those of checkCache, or Query (a cost that is not
// a whole number of cents, sums too large for 64 bits, a failed statement).
std::variant<CostSummary, SourceError> summarize(const QString &path, const SmsFilter &filter,
                                                 SummaryGrouping by);

} // namespace CacheSummary
