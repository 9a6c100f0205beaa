// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVariantList>

// Pure helpers that turn one row of values into the bytes of a CSV record or a JSON Lines line,
// appended to a buffer that the caller flushes to its file now and then: so an export streams,
// whatever its size. No I/O, no state, callable from any thread.
//
// A value is a QVariant: null or invalid means missing (an empty CSV field, JSON null); a value
// of an integer type (int, qint64, ...) is a number (written in full, never as a double); a bool
// is true/false; anything else is text (QVariant::toString()).
namespace ExportWriters {

// One RFC 4180 record: fields separated by commas, ended with CRLF, UTF-8 without a byte order
// mark. A field holding a comma, a double quote, CR or LF is put in double quotes, with its
// double quotes doubled; other fields are written as they are.
void appendCsvRecord(QByteArray &out, const QVariantList &values);

// One field of a CSV record, quoted when it has to be (no separator, no line end).
QByteArray csvField(const QString &text);

// One JSON Lines line: a JSON object with `keys[i]` → `values[i]`, in that order, ended with LF.
// Strings are escaped per RFC 8259 (quote, backslash and control characters; U+2028 and U+2029
// too, for JavaScript readers, and U+FEFF, which a UTF-8 decoder may take for a byte order mark
// and drop); everything else is written as UTF-8.
void appendJsonLine(QByteArray &out, const QStringList &keys, const QVariantList &values);

// A JSON string literal (with its quotes) for `text`, UTF-8.
QByteArray jsonString(const QString &text);

} // namespace ExportWriters
