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
// no partial file is left. A process killed meanwhile leaves the previous file too: CSV and JSON
// Lines are written to an unnamed file where the system has them (Linux), which vanishes with the
// process; a snapshot's hidden `.NAME.partial-PID-N` stays, and the next snapshot export to that
// name removes it. A full disk is said as such ("... the disk is full."). Runs on the calling
// thread: run it on a worker for the GUI.
namespace CacheExport {

enum class Format { Csv, JsonLines, Sqlite };

struct Options {
    Format format = Format::Csv;
    // Phone numbers masked but for their last four digits, SMS texts dropped, numbers in status
    // messages masked: for sharing outside the support team.
    bool redact = false;
    // Recorded in a snapshot's metadata (and nowhere else): where the rows came from.
    QString sourceDescription;
    // Filled in by exportRows() from the cache (the OneUptime instance it was synced from).
    QString sourceInstance;
};

// Called every few thousand rows with the rows written so far and the total; return false to
// cancel.
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Exports the rows of `cachePath` matching `filter` (newest first) to `output`. Returns an error
// text for the user (one sentence), "" on success. `rowsWritten` (when given) gets the number of
// rows written, 0 on failure. The cache is opened read-only, as the app opens it, and read page
// by page, so a sync may write to it meanwhile; rows it adds after the export started are left
// out. The rows are read through the table's planner (RowStream, RowPager, RowPlan): a walk in
// time order, or, for a filter whose matches are under a quarter of the cache and that the walk's
// index does not hold (several statuses, text, numbers, error code, link, project), the matches
// sorted once into SQLite's temporary file first (disk, not memory, grows with the matches).
// `progress` can cancel between pages of 2000 rows. A snapshot is filled oldest first, so that
// its row ids follow time as in any cache and the app shows its rows in the source's order. A
// snapshot holds the matching rows, their linked names, and in cache_info: snapshot_source,
// snapshot_projects (JSON array of {"id", "name"}), snapshot_time (ISO UTC), snapshot_filter
// (filterDescription()), snapshot_app_version, snapshot_redacted ("yes"/"no"), snapshot_rows.
QString exportRows(const QString &cachePath, const SmsFilter &filter, const QString &output,
                   const Options &options, const Progress &progress = {}, qint64 *rowsWritten = nullptr);

// The column names of CSV exports, in order (the API's field names, then the linked names). JSON
// Lines objects have the same keys in the same order. 38 columns:
//   _id, createdAt, updatedAt, projectId, toNumber, fromNumber, status, errorCode,
//   smsCostInUSDCents, smsText, statusMessage, providerExternalId — the API's fields;
//   incidentId, alertId, monitorId, scheduledMaintenanceId, statusPageId,
//   statusPageAnnouncementId, onCallDutyPolicyId, onCallDutyPolicyEscalationRuleId,
//   onCallDutyPolicyScheduleId, teamId, userId — the API's relation ids;
//   projectName, incidentTitle, incidentNumber, alertTitle, alertNumber, monitorName,
//   scheduledMaintenanceTitle, statusPageName, statusPageAnnouncementTitle, onCallDutyPolicyName,
//   onCallDutyPolicyEscalationRuleName, onCallDutyPolicyScheduleName, teamName, userName,
//   userEmail — the names the cache knows for them (linked_resource).
// Times are ISO 8601 in UTC with milliseconds ("2026-08-01T12:00:00.000Z"); the cost is an integer
// number of US cents; numbers (cost, incident and alert numbers) are JSON integers. A missing value
// is an empty CSV field and a JSON null. CSV files are UTF-8 without a byte order mark, CRLF line
// ends, with a header row; JSON Lines files have one object per LF-ended line.
QStringList csvColumns();

// Redaction (Options::redact). Phone numbers keep their last four digits; every other digit
// becomes '*', other characters stay, so the length is unchanged: "+15551234567" →
// "+*******4567". Numbers with four digits or fewer are unchanged.
QString maskPhoneNumber(const QString &number);

// Digit runs in free text that look like phone numbers (an optional '+', then at least
// `minimumPhoneDigits` digits with spaces, dashes, dots or parentheses between them, not glued to
// a word or an id) masked with maskPhoneNumber(). Errs on the side of masking: an IP address
// or a long number in a message is masked too; error codes (five digits) are not.
inline constexpr int minimumPhoneDigits = 7;
QString maskPhoneNumbersIn(const QString &text);

// A readable description of a filter, for a snapshot's metadata: "status Failed, Undelivered;
// sent 2026-08-01 … 2026-08-20" ("all messages" for none). With `redact`, number filters are
// masked and the words of a text search are withheld.
QString filterDescription(const SmsFilter &filter, bool redact);

} // namespace CacheExport
