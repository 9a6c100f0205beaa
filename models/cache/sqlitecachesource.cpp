// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "sqlitecachesource.h"

#include "cachereader.h"
#include "cacheschema.h"
#include "integritycheck.h"
#include "requestgate.h"
#include "rowpositions.h"
#include "sqlquerybuilder.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <limits>

SqliteCacheSource::SqliteCacheSource(const QString &path, QObject *parent)
    : SmsLogSource(parent)
    , m_path(path)
    , m_positions(std::make_shared<RowPositions>())
{
    for (Worker *worker : {&m_tableWorker, &m_countWorker, &m_summaryWorker, &m_reportWorker}) {
        worker->gate = std::make_shared<RequestGate>();
        worker->thread = new QThread(this);
        worker->reader = new CacheReader(path, worker->gate, m_positions);
        worker->reader->moveToThread(worker->thread);
        connect(worker->thread, &QThread::finished, worker->reader, &QObject::deleteLater);
        connect(worker->reader, &CacheReader::requestFailed, this, &SmsLogSource::requestFailed);
    }
    m_tableWorker.thread->setObjectName(QStringLiteral("cache reader: table"));
    m_countWorker.thread->setObjectName(QStringLiteral("cache reader: counts"));
    m_summaryWorker.thread->setObjectName(QStringLiteral("cache reader: totals"));
    m_reportWorker.thread->setObjectName(QStringLiteral("cache reader: cost reports"));

    connect(m_tableWorker.reader, &CacheReader::opened, this, [this](const QVariantHash &info) {
        m_info = info;
        emit opened();
        if (!m_checkIntegrity)
            return;
        m_integrity = new IntegrityCheck(m_path, this);
        connect(m_integrity, &IntegrityCheck::passed, this, [this] { emit integrityChecked(true); });
        connect(m_integrity, &IntegrityCheck::failed, this, [this](const SourceError &error) {
            emit integrityChecked(false);
            emit failed(error);
        });
        m_integrity->start();
    });
    connect(m_tableWorker.reader, &CacheReader::openFailed, this, &SmsLogSource::openFailed);
    connect(m_tableWorker.reader, &CacheReader::rowsFetched, this, &SmsLogSource::rowsFetched);
    connect(m_countWorker.reader, &CacheReader::countFetched, this, &SmsLogSource::countFetched);
    connect(m_countWorker.reader, &CacheReader::positionsScanned, this,
            [this](quint64 id, const SmsQuery &query, bool complete) {
                if (id == m_scanRequest)
                    m_scanRequest = 0;
                if (complete)
                    emit positionsReady(query);
            });
    // The second reader makes the same checks; should it still fail, its requests say so.
    connect(m_summaryWorker.reader, &CacheReader::costReportFetched, this, &SmsLogSource::costReportFetched);
    connect(m_summaryWorker.reader, &CacheReader::choicesFetched, this, &SmsLogSource::choicesFetched);
    connect(m_summaryWorker.reader, &CacheReader::linkCandidatesFetched, this,
            &SmsLogSource::linkCandidatesFetched);
    connect(m_summaryWorker.reader, &CacheReader::contextsFetched, this, &SmsLogSource::contextsFetched);
    connect(m_reportWorker.reader, &CacheReader::costReportFetched, this, &SmsLogSource::costReportFetched);
    m_tableWorker.thread->start();
    m_summaryWorker.thread->start();
    m_reportWorker.thread->start();
    // Idle (SCHED_IDLE on Linux): a position scan reads millions of index entries in the
    // background and must never take a core from the page reads and the GUI of the next gesture.
    m_countWorker.thread->start(QThread::IdlePriority);
}

SqliteCacheSource::~SqliteCacheSource()
{
    delete m_integrity; // interrupts a running check
    for (Worker *worker : {&m_tableWorker, &m_countWorker, &m_summaryWorker, &m_reportWorker}) {
        worker->gate->cancelUpTo(std::numeric_limits<quint64>::max());
        worker->thread->quit();
    }
    for (Worker *worker : {&m_tableWorker, &m_countWorker, &m_summaryWorker, &m_reportWorker})
        worker->thread->wait();
}

QString SqliteCacheSource::description() const
{
    return tr("Cache %1").arg(QFileInfo(m_path).fileName());
}

QString SqliteCacheSource::banner() const
{
    if (m_info.value(QStringLiteral("generator")).toString() == u"demo")
        return tr("Demo data: made-up messages, people and numbers, not read from any OneUptime "
                  "server. File → Connect to OneUptime… shows real ones.");
    const QString taken = m_info.value(QStringLiteral("snapshot_time")).toString();
    if (taken.isEmpty())
        return {};
    const QDateTime time = QDateTime::fromString(taken, Qt::ISODateWithMs);
    QStringList parts;
    parts << tr("Snapshot taken %1 (UTC), read-only.")
                 .arg(time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : taken);
    const QString source = m_info.value(QStringLiteral("snapshot_source")).toString();
    if (!source.isEmpty())
        parts << tr("Source: %1.").arg(source);
    // A JSON array of {"id", "name"} (exports write that); any other text is shown as it is.
    QString projects = m_info.value(QStringLiteral("snapshot_projects")).toString();
    const QJsonDocument list = QJsonDocument::fromJson(projects.toUtf8());
    if (list.isArray()) {
        QStringList names;
        for (const QJsonValue &project : list.array()) {
            const QString name = project.toObject().value(QStringLiteral("name")).toString();
            names << (name.isEmpty() ? project.toObject().value(QStringLiteral("id")).toString() : name);
        }
        projects = names.join(QStringLiteral(", "));
    }
    if (!projects.isEmpty())
        parts << tr("Projects: %1.").arg(projects);
    const QString filter = m_info.value(QStringLiteral("snapshot_filter")).toString();
    parts << (filter.isEmpty() ? tr("All messages, no filter.") : tr("Filter: %1.").arg(filter));
    if (m_info.value(QStringLiteral("snapshot_redacted")).toString() == u"yes")
        parts << tr("Redacted: phone numbers show their last four digits only and SMS texts are left out.");
    return parts.join(u' ');
}

QList<SmsColumn> SqliteCacheSource::sortableColumns() const
{
    return SqlQueryBuilder::sortableColumns();
}

void SqliteCacheSource::open()
{
    for (Worker *worker : {&m_tableWorker, &m_countWorker, &m_summaryWorker, &m_reportWorker})
        QMetaObject::invokeMethod(worker->reader, &CacheReader::open, Qt::QueuedConnection);
}

SmsLogSource::RequestId SqliteCacheSource::requestRows(const SmsQuery &query, qint64 offset, int count)
{
    const RequestId id = nextRequestId();
    QMetaObject::invokeMethod(
        m_tableWorker.reader,
        [reader = m_tableWorker.reader, id, query, offset, count] {
            reader->fetchRows(id, query, offset, count);
        },
        Qt::QueuedConnection);
    // After the counts asked for with this page (the table asks for both at once).
    QMetaObject::invokeMethod(
        this, [this, query] { scanPositions(query); }, Qt::QueuedConnection);
    return id;
}

void SqliteCacheSource::scanPositions(const SmsQuery &query)
{
    if (query == m_scanQuery && (m_scanRequest != 0 || m_positions->isComplete(query)))
        return;
    if (m_scanRequest != 0)
        m_countWorker.gate->cancel(m_scanRequest);
    m_scanQuery = query;
    m_scanRequest = nextRequestId();
    QMetaObject::invokeMethod(
        m_countWorker.reader,
        [reader = m_countWorker.reader, id = m_scanRequest, query] { reader->scanPositions(id, query); },
        Qt::QueuedConnection);
}

SmsLogSource::RequestId SqliteCacheSource::requestCount(const SmsFilter &filter)
{
    // A count answers before the scan of another filter goes on.
    if (m_scanRequest != 0 && m_scanQuery.filter != filter) {
        m_countWorker.gate->cancel(m_scanRequest);
        m_scanRequest = 0;
        m_scanQuery = {};
    }
    const RequestId id = nextRequestId();
    QMetaObject::invokeMethod(
        m_countWorker.reader, [reader = m_countWorker.reader, id, filter] { reader->fetchCount(id, filter); },
        Qt::QueuedConnection);
    return id;
}

SmsLogSource::RequestId SqliteCacheSource::requestChoices()
{
    const RequestId id = nextRequestId();
    QMetaObject::invokeMethod(
        m_summaryWorker.reader, [reader = m_summaryWorker.reader, id] { reader->fetchChoices(id); },
        Qt::QueuedConnection);
    return id;
}

SmsLogSource::RequestId SqliteCacheSource::requestContexts(const QList<SmsRecord> &records)
{
    const QStringList keys = resourceContextKeys(records);
    if (keys.isEmpty())
        return 0;
    const RequestId id = nextRequestId();
    QMetaObject::invokeMethod(
        m_summaryWorker.reader,
        [reader = m_summaryWorker.reader, id, keys] { reader->fetchContexts(id, keys); },
        Qt::QueuedConnection);
    return id;
}

SmsLogSource::RequestId SqliteCacheSource::requestLinkCandidates(LinkKind kind, qint64 number,
                                                                 const QString &projectId)
{
    const RequestId id = nextRequestId();
    QMetaObject::invokeMethod(
        m_summaryWorker.reader,
        [reader = m_summaryWorker.reader, id, kind, number, projectId] {
            reader->fetchLinkCandidates(id, kind, number, projectId);
        },
        Qt::QueuedConnection);
    return id;
}

SmsLogSource::RequestId SqliteCacheSource::requestCostReport(const SmsFilter &filter, int topRecipients,
                                                             CostResolution resolution,
                                                             ErrorCodeTotals errorCodes)
{
    const RequestId id = nextRequestId();
    // Totals (days, no recipients) come from the daily roll-ups in milliseconds; charts (hours),
    // recipients and error codes (every matching row) take longer and must never hold the totals up.
    const bool totals
        = topRecipients <= 0 && resolution == CostResolution::Day && errorCodes == ErrorCodeTotals::Omitted;
    CacheReader *reader = totals ? m_summaryWorker.reader : m_reportWorker.reader;
    QMetaObject::invokeMethod(
        reader,
        [reader, id, filter, topRecipients, resolution, errorCodes] {
            reader->fetchCostReport(id, filter, topRecipients, resolution, errorCodes);
        },
        Qt::QueuedConnection);
    return id;
}

bool SqliteCacheSource::positionsKnown(const SmsQuery &query) const
{
    return m_positions->isComplete(query);
}

void SqliteCacheSource::cancel(RequestId id)
{
    // Ids are unique across the readers; the one that does not have it forgets it soon.
    for (Worker *worker : {&m_tableWorker, &m_countWorker, &m_summaryWorker, &m_reportWorker})
        worker->gate->cancel(id);
}

DashboardBase SqliteCacheSource::dashboardBase(const QString &projectId) const
{
    if (m_info.value(QStringLiteral("generator")).toString() == u"demo")
        return {{}, tr("The demo data did not come from a OneUptime instance.")};
    for (const QString &key :
         {CacheSchema::projectInstanceKey(projectId), QStringLiteral("snapshot_source_instance")}) {
        const QUrl instance = DashboardLinks::instanceBase(QUrl(m_info.value(key).toString()));
        if (!instance.isEmpty())
            return {instance, {}};
    }
    return {{}, tr("This cache does not say which OneUptime instance it came from.")};
}
