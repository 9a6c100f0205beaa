// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

// The records of a CSV text as the tests read it: RFC 4180, strictly (a line end after every
// record, the last one too; quotes only around whole fields, doubled inside them; UTF-8 without a
// byte order mark). Files use CRLF; `smslog summary` prints LF lines. On a breach, `error` says
// what and where and the result is empty.
enum class LineEnds { Crlf, Lf };
QList<QStringList> readCsv(const QByteArray &bytes, QString *error, LineEnds lineEnds = LineEnds::Crlf);
