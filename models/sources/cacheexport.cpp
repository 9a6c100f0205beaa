// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cacheexport.h"

// Work in progress (issue 4): being written.
namespace CacheExport {

QString exportRows(const QString &, const SmsFilter &, const QString &, const Options &, const Progress &, qint64 *)
{
    return QStringLiteral("Export is not written yet.");
}

QStringList csvColumns()
{
    return {};
}

} // namespace CacheExport
