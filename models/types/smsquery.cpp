// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "smsquery.h"

#include <QCoreApplication>

QString SmsFilter::validationError() const
{
    if (sentFrom.isValid() && sentTo.isValid() && sentTo < sentFrom)
        return QCoreApplication::translate("SmsFilter", "The end of the time range is before its start.");
    if (linkText.trimmed().size() > 0 && !linkKind)
        return QCoreApplication::translate("SmsFilter", "Choose which kind of linked resource to search.");
    return {};
}
