// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "integritycheck.h"

#include "cacheschema.h"
#include "requestgate.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>
#include <QVariant>
#include <limits>
#include <sqlite3.h>

namespace {

std::optional<SourceError> runCheck(const QString &path, RequestGate &gate)
{
    const QString name
        = QStringLiteral("smslog-integrity-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<SourceError> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            CacheSchema::hardenConnection(db);
            const QVariant handle = db.driver()->handle();
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
                gate.setConnection(*static_cast<sqlite3 *const *>(handle.constData()));
            if (gate.begin(1)) {
                result = CacheSchema::checkIntegrity(db);
                gate.end();
            }
            gate.setConnection(nullptr);
            db.close();
        } else {
            result
                = SourceError{SourceError::Kind::FileUnreadable,
                              IntegrityCheck::tr("The file could not be opened a second time to check it."),
                              db.lastError().text()};
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

IntegrityCheck::IntegrityCheck(const QString &path, QObject *parent)
    : QObject(parent)
    , m_gate(std::make_shared<RequestGate>())
    , m_result(std::make_shared<std::optional<SourceError>>())
    , m_thread(QThread::create([path, gate = m_gate, result = m_result] { *result = runCheck(path, *gate); }))
{
    m_thread->setParent(this);
    m_thread->setObjectName(QStringLiteral("cache integrity check"));
    connect(m_thread, &QThread::finished, this, [this] {
        // An interrupted check (the source is closing) reports nothing.
        if (m_gate->wasCancelled())
            return;
        if (*m_result)
            emit failed(**m_result);
        else
            emit passed();
    });
}

IntegrityCheck::~IntegrityCheck()
{
    m_gate->cancelUpTo(std::numeric_limits<quint64>::max());
    m_thread->wait();
}

void IntegrityCheck::start()
{
    // Idle: on Linux SCHED_IDLE, so that reading a large file end to end never takes a core
    // from the table's readers or the GUI.
    m_thread->start(QThread::IdlePriority);
}
