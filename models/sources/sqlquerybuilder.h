// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smsquery.h"

#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

// Pure helpers that turn filters and sorts into SQL for the cache file. Values are always
// bound (never inlined); column names come only from fixed allow-lists.
namespace SqlQueryBuilder {

struct Fragment {
    QString sql; // e.g. "WHERE s.status IN (?, ?)" or "" for no condition
    QVariantList values; // bound in order of the placeholders
};

// The WHERE clause (with the word WHERE) over the table alias `s` of sms_log.
// The filter must be valid (SmsFilter::validationError() empty).
Fragment where(const SmsFilter &filter);

// "ORDER BY ..." for a sortable column, with rid as the tie-breaker; nullopt when the column is
// not on the allow-list (sorting by it would scan the table).
std::optional<QString> orderBy(const SmsSort &sort);

// The columns orderBy() accepts.
QList<SmsColumn> sortableColumns();

// "%text%" with %, _ and \ escaped for LIKE ... ESCAPE '\'.
QString containsPattern(const QString &literal);

// An FTS5 MATCH expression: every word of `text` must occur as a word prefix. Each word is
// quoted, so FTS5 operators typed by the user are searched for as text. Empty when `text` has
// no searchable word.
QString fullTextExpression(const QString &text);

} // namespace SqlQueryBuilder
