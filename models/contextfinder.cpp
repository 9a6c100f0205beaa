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
    if (source && source == m_source && m_request != 0 && record == m_asked)
        return; // the same message (and links), asked already
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
                    emit found(m_asked.id, contexts);
                });
    }
    m_asked = record;
    m_request = source->requestContexts({record});
}

void ContextFinder::clear()
{
    if (m_source && m_request != 0)
        m_source->cancel(m_request);
    m_request = 0;
    m_asked = {};
}
