// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smsrecord.h"

#include <QString>

class QSqlQuery;

// Reading whole records out of a cache file: the table, the detail pane and every export read
// the same columns the same way, so an export holds exactly what the app shows.
namespace CacheRecord {

// "SELECT … FROM sms_log s LEFT JOIN …" (no WHERE): rid, the sms_log fields in SmsRecord order,
// the project name, then id, name, number and email per link. Callers add WHERE / ORDER BY on
// columns of `s`.
QString select();

// The record at the current row of a query built on select(). Column 0 (rid) is not read.
SmsRecord read(const QSqlQuery &query);

} // namespace CacheRecord
