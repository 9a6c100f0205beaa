// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT (Ctrl+C) and SIGTERM into a request to cancel: a Qt signal for work driven by the
// event loop, and a flag for blocking work that polls it. A second signal ends the process at
// once, as if no handler were installed. One instance at a time, on the main thread; the
// previous handlers come back when it is destroyed.
class InterruptWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InterruptWatcher(QObject *parent = nullptr);
    ~InterruptWatcher() override;

    // Async-signal-safe: set by the first signal, never reset.
    static bool isInterrupted();

Q_SIGNALS:
    // Emitted on the event loop after the first signal.
    void interrupted();

private:
    void handleActivated();

    QSocketNotifier *m_notifier = nullptr;
};
