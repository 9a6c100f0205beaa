// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "sqlitecachesource.h"

#include "cachereader.h"
#include "integritycheck.h"
#include "requestgate.h"
#include "sqlquerybuilder.h"

#include <QFileInfo>
#include <QThread>

SqliteCacheSource::SqliteCacheSource(const QString &path, QObject *parent)
    : SmsLogSource(parent)
    , m_path(path)
    , m_gate(std::make_shared<RequestGate>())
    , m_thread(new QThread(this))
    , m_reader(new CacheReader(path, m_gate))
{
    m_thread->setObjectName(QStringLiteral("cache reader"));
    m_reader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_reader, &CacheReader::opened, this, [this] {
        emit opened();
        m_integrity = new IntegrityCheck(m_path, this);
        connect(m_integrity, &IntegrityCheck::passed, this, [this] { emit integrityChecked(true); });
        connect(m_integrity, &IntegrityCheck::failed, this, [this](const SourceError &error) {
            emit integrityChecked(false);
            emit failed(error);
        });
        m_integrity->start();
    });
    connect(m_reader, &CacheReader::openFailed, this, &SmsLogSource::openFailed);
    connect(m_reader, &CacheReader::rowsFetched, this, &SmsLogSource::rowsFetched);
    connect(m_reader, &CacheReader::countFetched, this, &SmsLogSource::countFetched);
    connect(m_reader, &CacheReader::totalsFetched, this, &SmsLogSource::totalsFetched);
    connect(m_reader, &CacheReader::choicesFetched, this, &SmsLogSource::choicesFetched);
    connect(m_reader, &CacheReader::requestFailed, this, &SmsLogSource::requestFailed);
    m_thread->start();
}

SqliteCacheSource::~SqliteCacheSource()
{
    delete m_integrity; // interrupts a running check
    m_gate->cancelUpTo(std::numeric_limits<quint64>::max());
    m_thread->quit();
    m_thread->wait();
}

QString SqliteCacheSource::description() const
{
    return tr("Cache %1").arg(QFileInfo(m_path).fileName());
}

QList<SmsColumn> SqliteCacheSource::sortableColumns() const
{
    return SqlQueryBuilder::sortableColumns();
}

void SqliteCacheSource::open()
{
    QMetaObject::invokeMethod(m_reader, &CacheReader::open, Qt::QueuedConnection);
}

SmsLogSource::RequestId SqliteCacheSource::requestRows(const SmsQuery &query, qint64 offset, int count)
{
    const RequestId id = nextRequestId();
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, id, query, offset, count] { reader->fetchRows(id, query, offset, count); },
        Qt::QueuedConnection);
    return id;
}

SmsLogSource::RequestId SqliteCacheSource::requestCount(const SmsFilter &filter)
{
    const RequestId id = nextRequestId();
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, id, filter] { reader->fetchCount(id, filter); }, Qt::QueuedConnection);
    return id;
}

SmsLogSource::RequestId SqliteCacheSource::requestTotals(const SmsFilter &filter)
{
    const RequestId id = nextRequestId();
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, id, filter] { reader->fetchTotals(id, filter); }, Qt::QueuedConnection);
    return id;
}

SmsLogSource::RequestId SqliteCacheSource::requestChoices()
{
    const RequestId id = nextRequestId();
    QMetaObject::invokeMethod(
        m_reader, [reader = m_reader, id] { reader->fetchChoices(id); }, Qt::QueuedConnection);
    return id;
}

void SqliteCacheSource::cancel(RequestId id)
{
    m_gate->cancel(id);
}
