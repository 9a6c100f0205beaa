// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "oneuptimeparser.h"
#include "sourceerror.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>
#include <variant>

class QThread;
class RequestGate;

// Parses OneUptime get-list answers (OneUptimeParser::parseListPage) on a thread of its own, so
// that a page of 10,000 rows (~70 ms) never holds up the thread that asked: a worker object on
// its thread answers request ids by queued calls, first in, first out. GUI thread API (any thread
// with an event loop). cancel() skips a page not yet parsed and drops its answer; destroying the
// parser drops every answer and waits for the page being parsed.
class OneUptimePageParser : public QObject
{
    Q_OBJECT
public:
    using Result = std::variant<OneUptimeParser::ListPage, SourceError>;
    using Done = std::function<void(const Result &result)>;

    explicit OneUptimePageParser(QObject *parent = nullptr);
    ~OneUptimePageParser() override;

    // Parses `body`; `done` runs on this object's thread with the page or why it is none.
    // Returns the parse's id, for cancel().
    quint64 parse(const QByteArray &body, Done done);
    void cancel(quint64 id);

private:
    void deliver(quint64 id, const Result &result);

    std::shared_ptr<RequestGate> m_gate;
    QThread *m_thread;
    QObject *m_worker; // lives on m_thread: runs the parses there; deleted when it finishes
    QHash<quint64, Done> m_waiting;
    quint64 m_lastId = 0;
};
