// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "costsummary.h"

#include <QLocale>
#include <QString>
#include <optional>

// The three ways `smslog summary` prints a CostSummary. Pure functions; the texts end in a newline.
namespace SummaryFormat {

enum class Format { Table, Csv, Json };

// "table", "csv", "json".
std::optional<Format> fromName(const QString &name);

// One JSON object on one line, keys in this order:
// {"by": "project", "total": {"count": N, "costInUSDCents": C},
//  "groups": [{"key": "...", "label": "...", "count": N, "costInUSDCents": C}, ...]}
// Counts and cents are JSON integers written from qint64 (never through a double).
QString json(const CostSummary &summary);

// A header row (key,label,count,costInUSDCents), then one row per group; RFC 4180 quoting,
// lines ending in \n. No total row: it is the sum of the rows.
QString csv(const CostSummary &summary);

// Aligned columns for people, money as dollars and cents in `locale`, and a total line.
QString table(const CostSummary &summary, const QLocale &locale);

QString format(const CostSummary &summary, Format format, const QLocale &locale);

} // namespace SummaryFormat
