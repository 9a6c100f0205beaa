// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "sourceopener.h"

#include "smslogsource.h"

SourceOpener::SourceOpener(QObject *parent)
    : QObject(parent)
{ }

SourceOpener::~SourceOpener()
{
    cancel();
}

void SourceOpener::cancel()
{
    delete m_opening;
}

void SourceOpener::open(SmsLogSource *source)
{
    cancel(); // the newest request wins
    m_opening = source;
    connect(source, &SmsLogSource::opened, this, [this, source] {
        if (source != m_opening)
            return;
        m_opening = nullptr;
        disconnect(source, nullptr, this, nullptr);
        emit opened(source);
    });
    connect(source, &SmsLogSource::openFailed, this, [this, source](const SourceError &error) {
        if (source != m_opening)
            return;
        m_opening = nullptr;
        disconnect(source, nullptr, this, nullptr);
        source->deleteLater();
        emit failed(error);
    });
    source->open();
}
