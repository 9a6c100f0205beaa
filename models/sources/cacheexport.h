// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smsquery.h"

#include <QString>
#include <atomic>
#include <functional>

// Writes the rows of a cache that match a filter to another file: CSV (RFC 4180, UTF-8, header
// row), JSON Lines, or an SQLite snapshot (a cache file of its own, with a metadata table saying
// what it is). Streams in constant memory, whatever the number of rows. The output appears
// atomically: written under a temporary name in the same folder, flushed to disk, checked, and
// renamed into place; on any failure (or cancel) the previous file at `output` stays as it was and
// no partial file is left. Runs on the calling thread: run it on a worker for the GUI.
namespace CacheExport {

enum class Format { Csv, JsonLines, Sqlite };

struct Options {
    Format format = Format::Csv;
    // Phone numbers masked but for their last four digits, SMS texts dropped, numbers in status
    // messages masked: for sharing outside the support team.
    bool redact = false;
    // Recorded in a snapshot's metadata (and nowhere else): where the rows came from.
    QString sourceDescription;
};

// Called every few thousand rows with the rows written so far and the total; return false to
// cancel.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Exports the rows of `cachePath` matching `filter` (newest first) to `output`. Returns an error
// text for the user, "" on success. `rowsWritten` (when given) gets the number of rows written.
QString exportRows(const QString &cachePath, const SmsFilter &filter, const QString &output,
                   const Options &options, const Progress &progress = {}, qint64 *rowsWritten = nullptr);

// The column names of CSV exports, in order (the API's field names, then the linked names).
QStringList csvColumns();

} // namespace CacheExport
