// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "smslogsource.h"

SmsLogSource::SmsLogSource(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SmsLogSource::RequestId>("SmsLogSource::RequestId");
    qRegisterMetaType<SmsRecord>();
    qRegisterMetaType<QList<SmsRecord>>();
    qRegisterMetaType<CostTotals>();
    qRegisterMetaType<FilterChoices>();
    qRegisterMetaType<SourceError>();
    qRegisterMetaType<SmsQuery>();
}
