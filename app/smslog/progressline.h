// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QElapsedTimer>
#include <QString>

// One self-rewriting progress line on stderr ("12,345 of 100,000 messages, 4,210/s, 0:21 left"),
// shown only when stderr is a terminal, at most a few times per second. Scripts and logs (stderr
// a pipe or a file) get nothing. Any thread, one at a time.
class ProgressLine
{
public:
    // `what` names the units ("messages", "rows").
    explicit ProgressLine(const QString &what);
    ~ProgressLine(); // clears the line

    bool isShown() const { return m_enabled; }
    // `total` -1 while unknown. Rate and time left are measured here unless given (>= 0).
    void update(qint64 done, qint64 total, double perSecond = -1, qint64 secondsLeft = -1);
    // A passing note on the same line ("The server asks to slow down…").
    void note(const QString &text);
    // Clears the line, so that what follows starts on a clean one.
    void clear();

private:
    void show(const QString &text);

    QString m_what;
    bool m_enabled;
    bool m_visible = false;
    QElapsedTimer m_started;
    qint64 m_lastShownMs = -1000;
};
