// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachesyncwriter.h"

#include "cacheschema.h"
#include "cachewriter.h"
#include "requestgate.h"

#include <QFileInfo>

CacheSyncWriter::CacheSyncWriter(const QString &path, std::shared_ptr<RequestGate> gate)
    : m_path(path)
    , m_gate(std::move(gate))
{ }

CacheSyncWriter::~CacheSyncWriter()
{
    if (m_writer)
        m_writer->close();
}

void CacheSyncWriter::open(quint64 id)
{
    if (!m_gate->begin(id)) {
        emit opened(id, false, false, {}, tr("Cancelled."));
        return;
    }
    const std::optional<SourceError> problem = CacheSchema::checkFile(m_path);
    const bool exists
        = QFileInfo::exists(m_path) || (problem && problem->kind != SourceError::Kind::FileNotFound);
    if (exists && problem) {
        m_gate->end();
        emit opened(id, true, true, *problem, problem->message);
        return;
    }
    m_writer = std::make_unique<CacheWriter>();
    const QString error = exists ? m_writer->open(m_path) : m_writer->create(m_path);
    if (!error.isEmpty())
        m_writer.reset();
    m_gate->end();
    emit opened(id, exists, false, {}, error);
}

void CacheSyncWriter::readInfo(quint64 id, const QStringList &keys)
{
    QHash<QString, QString> values;
    if (m_gate->begin(id)) {
        if (m_writer) {
            for (const QString &key : keys)
                if (const QString value = m_writer->info(key); !value.isNull())
                    values.insert(key, value);
        }
        m_gate->end();
    }
    emit infoRead(id, values);
}

void CacheSyncWriter::write(quint64 id, const QList<SmsRecord> &records, const QHash<QString, QString> &info,
                            const ResourceContexts &contexts)
{
    if (!m_gate->begin(id)) {
        emit written(id, true, {});
        return;
    }
    const QString error
        = m_writer ? m_writer->write(records, info, contexts) : tr("The cache is not open for writing.");
    m_gate->end();
    emit written(id, false, error);
}

void CacheSyncWriter::close(quint64 id)
{
    if (m_writer) {
        m_writer->close();
        m_writer.reset();
    }
    emit closed(id);
}
