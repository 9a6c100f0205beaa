// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "syncbench.h"

#include "benchutil.h"
#include "demogenerator.h"
#include "oneuptimeserver.h"

namespace {

const QString benchKey = QStringLiteral("5e1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

} // namespace

LoopbackServer::LoopbackServer(qint64 rows)
    : m_anchor(std::make_unique<QObject>())
{
    if (!m_dir.isValid())
        throw Bench::Error(QStringLiteral("no temporary folder for the loopback server"));
    const QString data = m_dir.filePath(QStringLiteral("server.sqlite"));
    DemoOptions options;
    options.rows = rows;
    options.seed = 11;
    options.end = QDateTime::currentDateTimeUtc().addSecs(-3600);
    options.days = 30;
    if (const QString error = writeDemoCache(data, options); !error.isEmpty())
        throw Bench::Error(QStringLiteral("the loopback server's data: ") + error);
    m_thread.setObjectName(QStringLiteral("loopback OneUptime server"));
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
    QString error;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_anchor.get(),
        [&] {
            m_server = new OneUptimeServer;
            error = m_server->loadCache(data);
            if (!error.isEmpty())
                return;
            const QString project = m_server->largestProject();
            QList<OneUptimeRecord> records = m_server->records();
            for (OneUptimeRecord &record : records)
                record.projectId = project;
            m_server->setRecords(records, m_server->linked());
            m_rows = records.size();
            m_server->addKey(benchKey, project, QStringLiteral("ReadSmsLog"));
            port = m_server->listen();
            m_url = m_server->url();
        },
        Qt::BlockingQueuedConnection);
    if (!error.isEmpty() || port == 0)
        throw Bench::Error(QStringLiteral("the loopback server did not start: ") + error);
}

LoopbackServer::~LoopbackServer()
{
    QMetaObject::invokeMethod(
        m_anchor.get(), [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString LoopbackServer::key() const
{
    return benchKey;
}
