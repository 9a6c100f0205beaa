// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "exacttotals.h"

#include <QCoreApplication>
#include <climits>

std::optional<SourceError> inexactTotals(qint64 unreadableCosts, qint64 counted, qint64 read,
                                         const QString &again)
{
    // Computed outside the translate() call: lupdate 6.4 never finishes reading a call that holds
    // `std::min<qint64>(…)` (update_translations hangs).
    const int unreadable = int(std::min<qint64>(unreadableCosts, INT_MAX));
    if (unreadableCosts > 0)
        return SourceError{SourceError::Kind::BadResponse,
                           QCoreApplication::translate("ExactTotals",
                                                       "The server sent %n cost(s) that are not a whole "
                                                       "number of cents, so no exact total can be given.",
                                                       nullptr, unreadable),
                           QCoreApplication::translate("ExactTotals",
                                                       "smsCostInUSDCents was text, a fraction or null in "
                                                       "%1 of %2 messages.")
                               .arg(unreadableCosts)
                               .arg(read)};
    if (counted >= 0 && read != counted)
        return SourceError{
            SourceError::Kind::BadResponse,
            QCoreApplication::translate("ExactTotals",
                                        "The log changed on the server while the totals "
                                        "were added up. %1")
                .arg(again),
            QCoreApplication::translate("ExactTotals", "The server counted %1 messages but listed %2.")
                .arg(counted)
                .arg(read)};
    return std::nullopt;
}
