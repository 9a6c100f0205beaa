// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cacheconnection.h"

#include "cacheschema.h"

#include <QSqlDriver>
#include <QUuid>
#include <QVariant>
#include <sqlite3.h>

namespace {

constexpr qsizetype keptStatements = 32;

} // namespace

CacheConnection::CacheConnection(const QString &purpose)
    : m_name(purpose + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

CacheConnection::~CacheConnection()
{
    close();
}

std::optional<SourceError> CacheConnection::open(const QString &path, bool queryOnly)
{
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    if (auto error = CacheSchema::openReadOnly(m_db, path)) {
        close();
        return error;
    }
    if (queryOnly)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = ON"));
    return std::nullopt;
}

void CacheConnection::close()
{
    m_statements.clear();
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

sqlite3 *CacheConnection::handle() const
{
    if (!m_db.isOpen())
        return nullptr;
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

void CacheConnection::finishStatements()
{
    for (QSqlQuery &query : m_statements)
        query.finish();
}

QSqlQuery CacheConnection::prepared(const QString &sql, const QVariantList &values, Reuse reuse)
{
    const auto kept = reuse == Reuse::Keep ? m_statements.constFind(sql) : m_statements.cend();
    QSqlQuery query = kept != m_statements.cend() ? *kept : QSqlQuery(m_db);
    if (kept != m_statements.cend()) {
        query.finish();
    } else {
        query.setForwardOnly(true);
        // A failed prepare shows at exec() and is not kept.
        if (query.prepare(sql) && reuse == Reuse::Keep) {
            if (m_statements.size() >= keptStatements)
                m_statements.clear();
            m_statements.insert(sql, query);
        }
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return query;
}
