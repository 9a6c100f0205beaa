// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "oneuptimepageparser.h"

#include "requestgate.h"

#include <QThread>
#include <limits>

OneUptimePageParser::OneUptimePageParser(QObject *parent)
    : QObject(parent)
    , m_gate(std::make_shared<RequestGate>())
    , m_thread(new QThread(this))
    , m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("OneUptime page parser"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

OneUptimePageParser::~OneUptimePageParser()
{
    m_gate->cancelUpTo(std::numeric_limits<quint64>::max());
    m_thread->quit();
    m_thread->wait();
}

quint64 OneUptimePageParser::parse(const QByteArray &body, Done done)
{
    const quint64 id = ++m_lastId;
    m_waiting.insert(id, std::move(done));
    // Runs on the parser thread; the answer comes back as a queued call, which Qt drops should
    // this object be gone by then.
    QMetaObject::invokeMethod(
        m_worker,
        [this, gate = m_gate, id, body] {
            if (!gate->begin(id))
                return;
            Result result = OneUptimeParser::parseListPage(body);
            gate->end();
            QMetaObject::invokeMethod(
                this, [this, id, result = std::move(result)] { deliver(id, result); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

void OneUptimePageParser::cancel(quint64 id)
{
    m_gate->cancel(id);
    m_waiting.remove(id);
}

void OneUptimePageParser::deliver(quint64 id, const Result &result)
{
    const Done done = m_waiting.take(id);
    if (done)
        done(result);
}
