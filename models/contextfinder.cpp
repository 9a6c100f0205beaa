// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "contextfinder.h"

#include "smslogtablemodel.h"

ContextFinder::ContextFinder(SmsLogTableModel *table, QObject *parent)
    : QObject(parent)
    , m_table(table)
{ }

void ContextFinder::ask(const SmsRecord &record)
{
    SmsLogSource *source = m_table->source();
    if (source && source == m_source && m_request != 0 && record.id == m_recordId)
        return; // the same message, asked already
    clear();
    if (!source)
        return;
    if (source != m_source) {
        if (m_source)
            disconnect(m_source, nullptr, this, nullptr);
        m_source = source;
        connect(source, &SmsLogSource::contextsFetched, this,
                [this](SmsLogSource::RequestId id, const ResourceContexts &contexts) {
                    if (id == 0 || id != m_request)
                        return;
                    m_request = 0;
                    emit found(m_recordId, contexts);
                });
    }
    m_recordId = record.id;
    m_request = source->requestContexts({record});
}

void ContextFinder::clear()
{
    if (m_source && m_request != 0)
        m_source->cancel(m_request);
    m_request = 0;
    m_recordId.clear();
}
