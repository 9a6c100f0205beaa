// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "resourcecontext.h"
#include "smslogsource.h"

#include <QObject>
#include <QPointer>

// The context of the message shown in the detail pane (its incident's prefixed number, state and
// severity, its monitor's type: SmsLogSource::requestContexts), one message at a time: asking
// for another one drops the answer still awaited. GUI thread only.
class ContextFinder : public QObject
{
    Q_OBJECT
public:
    explicit ContextFinder(QObject *parent = nullptr);

    void setSource(SmsLogSource *source);
    // Asks for `record`'s contexts → found(record.id, ...); nothing when the source knows none.
    void ask(const SmsRecord &record);
    // Forgets the message asked about (no answer follows).
    void clear();

Q_SIGNALS:
    void found(const QString &recordId, const ResourceContexts &contexts);

private:
    QPointer<SmsLogSource> m_source;
    SmsLogSource::RequestId m_request = 0;
    QString m_recordId;
};
