// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <memory>

class OneUptimeServer;

// The loopback OneUptime imitation (tests/oneuptimeserver) serving `rows` demo messages (seed 11,
// every one moved into one project, so that one key syncs them all), on a thread of its own so
// that serving pages costs the bench's GUI thread nothing. Throws Bench::Error when it cannot
// start. Files live in a temporary folder, removed with the object.
class LoopbackServer
{
public:
    explicit LoopbackServer(qint64 rows);
    ~LoopbackServer();
    LoopbackServer(const LoopbackServer &) = delete;
    LoopbackServer &operator=(const LoopbackServer &) = delete;

    QUrl url() const { return m_url; }
    QString key() const;
    qint64 rows() const { return m_rows; }
    // A path in the temporary folder where nothing is yet.
    QString newFilePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QThread m_thread;
    std::unique_ptr<QObject> m_anchor; // lives on m_thread: runs the calls there
    OneUptimeServer *m_server = nullptr; // lives on m_thread
    QUrl m_url;
    qint64 m_rows = 0;
};
