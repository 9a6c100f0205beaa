// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "sourceerror.h"

#include <optional>

// The rule of totals added up from the API's pages (the app's live totals and `smslog summary
// --url`): exact or refused. Refused when some cost was not whole cents (`unreadableCosts` > 0)
// or when the messages read (each id once) are not as many as the server counted (`counted`,
// -1 when it gave no count). `again` is the sentence that says what to do then.
std::optional<SourceError> inexactTotals(qint64 unreadableCosts, qint64 counted, qint64 read,
                                         const QString &again);
