// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "resourcecontext.h"
#include "smslogsource.h"

#include <QObject>
#include <QPointer>

class SmsLogTableModel;

// The context of the message shown in the detail pane (its incident's prefixed number, state and
// severity, its monitor's type: SmsLogSource::requestContexts), asked of the table's source, one
// message at a time: asking for another one drops the answer still awaited. GUI thread only; the
// table is not owned.
class ContextFinder : public QObject
{
    Q_OBJECT
public:
    explicit ContextFinder(SmsLogTableModel *table, QObject *parent = nullptr);

    // Asks for `record`'s contexts → found(record.id, ...); nothing when the source knows none.
    void ask(const SmsRecord &record);
    // Forgets the message asked about (no answer follows).
    void clear();

Q_SIGNALS:
    void found(const QString &recordId, const ResourceContexts &contexts);

private:
    SmsLogTableModel *m_table;
    QPointer<SmsLogSource> m_source; // the source of the request under way
    SmsLogSource::RequestId m_request = 0;
    SmsRecord m_asked; // the message of the request under way
};
