// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "money.h"

QString formatCents(qint64 cents, const QLocale &locale)
{
    const bool negative = cents < 0;
    // Work on the unsigned magnitude so that the smallest qint64 does not overflow.
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(cents) : static_cast<quint64>(cents);
    const QString dollars = locale.toString(static_cast<qulonglong>(magnitude / 100));
    const QString fraction = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (negative ? locale.negativeSign() : QString()) + QStringLiteral("$") + dollars
        + locale.decimalPoint() + fraction;
}
