// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "interruptwatcher.h"

#include <QSocketNotifier>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace {

volatile std::sig_atomic_t interruptedFlag = 0;
int wakeFds[2] = {-1, -1}; // self-pipe: the handler writes, the event loop reads
struct sigaction previousInt;
struct sigaction previousTerm;

void handleSignal(int signalNumber)
{
    if (interruptedFlag) {
        // A second Ctrl+C: stop now, the way the default action would.
        ::signal(signalNumber, SIG_DFL);
        ::raise(signalNumber);
        return;
    }
    interruptedFlag = 1;
    if (wakeFds[1] >= 0) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t written = ::write(wakeFds[1], &byte, 1);
    }
}

} // namespace

InterruptWatcher::InterruptWatcher(QObject *parent)
    : QObject(parent)
{
    if (::pipe2(wakeFds, O_CLOEXEC | O_NONBLOCK) == 0) {
        m_notifier = new QSocketNotifier(wakeFds[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::handleActivated);
    }
    struct sigaction action = {};
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &previousInt);
    ::sigaction(SIGTERM, &action, &previousTerm);
}

InterruptWatcher::~InterruptWatcher()
{
    ::sigaction(SIGINT, &previousInt, nullptr);
    ::sigaction(SIGTERM, &previousTerm, nullptr);
    delete m_notifier;
    for (int &fd : wakeFds) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

bool InterruptWatcher::isInterrupted()
{
    return interruptedFlag != 0;
}

void InterruptWatcher::handleActivated()
{
    char buffer[16];
    while (::read(wakeFds[0], buffer, sizeof buffer) > 0) { }
    Q_EMIT interrupted();
}
