// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smsrecord.h"
#include "sourceerror.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <optional>
#include <variant>

// Pure functions that turn OneUptime SMS Log API response bodies into value types
// (sections 3, 4 and 10 of ../shared/oneuptime-api.md). No network, no globals, no Gui: callable
// from any thread. Both the plain values of the API document and the {"_type", "value"} wrappers
// real servers send are accepted; every field but `_id` is optional and unknown fields are
// ignored. A value of the wrong type never crashes: the field is left unset and a warning says so.
//
// Errors are SourceError::Kind::Query with a plain-words `message` and a `detail` holding at most
// the first 200 characters of the body (plus a short technical reason), so a multi-megabyte HTML
// page never ends up in a dialog. Warnings are translated sentences naming the record and field.
namespace OneUptimeParser {

struct ListPage {
    QList<SmsRecord> records; // in server order, unique by id
    qint64 count = -1; // total matching rows reported by the server; -1 when absent or unusable
    QStringList warnings; // skipped elements, duplicates, fields left unset
    // Records whose cost was sent but is not a whole number of cents (text, a fraction, null):
    // their cost is unknown, so no total over them is exact.
    int unreadableCosts = 0;
};

// The body of POST /api/sms-log/get-list: {"data": [...], "count": N, "skip": .., "limit": ..}.
// Fails for an empty body, invalid or truncated JSON, an HTML page, a non-object, or "data"
// missing or not an array. Elements that are not objects or have no usable `_id` are skipped;
// a repeated `_id` keeps the first element. Each skip adds a warning. The echoed skip/limit are
// ignored on purpose (they only reflect the query string, section 3.1).
std::variant<ListPage, SourceError> parseListPage(const QByteArray &body);

// The body of POST /api/sms-log/count: {"count": N}. N must be a non-negative JSON integer
// (a number without fraction); a string, a fraction, a negative number or no count fails.
std::variant<qint64, SourceError> parseCount(const QByteArray &body);

// The body of POST /api/sms-log/:id/get-item. The server answers a missing record (or one of
// another project) with 200 `{}`: any object without an `_id` key is "not found" (nullopt),
// unless it carries an "error"/"message" text, which is returned as an error. An `_id` that is
// present but unusable, or a body that is not a JSON object, is an error. Field warnings of a
// found record are appended to `warnings` when given.
std::variant<std::optional<SmsRecord>, SourceError> parseItem(const QByteArray &body,
                                                              QStringList *warnings = nullptr);

// One record object (a list element or a get-item answer). nullopt when `_id` is missing, empty
// or not a string (or an ObjectID wrapper around a string). Problems with other fields leave
// those fields unset and append warnings to `warnings` (when given).
std::optional<SmsRecord> parseRecord(const QJsonObject &object, QStringList *warnings = nullptr);

// The message of an error body: {"error": "..."} first, then {"message": "..."} (section 10).
// Empty when the body has neither as a non-empty string (e.g. an HTML page); the caller then
// falls back to the HTTP reason phrase.
QString errorMessage(const QByteArray &body);

// {"_type": T, "value": V} (T a string) → V. Anything else, including a typed object without
// "value" (e.g. {"_type": "NotNull"}), is returned unchanged.
QJsonValue unwrap(const QJsonValue &value);

} // namespace OneUptimeParser
