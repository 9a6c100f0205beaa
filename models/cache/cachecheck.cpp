// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachecheck.h"

#include "cacheschema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace CacheCheck {
namespace {

// One read-only connection for the length of a call; removed again when it goes out of scope.
class Connection
{
public:
    Connection()
        : m_name(QStringLiteral("smslog-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    { }
    ~Connection()
    {
        if (!m_db.isValid())
            return;
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    std::optional<SourceError> open(const QString &path, Check check)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        if (auto error = CacheSchema::openReadOnly(m_db, path))
            return error;
        if (check == Check::Full) {
            if (auto error = CacheSchema::checkIntegrity(m_db))
                return error;
        }
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = ON"));
        return std::nullopt;
    }

    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace

std::optional<SourceError> checkCache(const QString &path, Check check)
{
    Connection connection;
    return connection.open(path, check);
}

} // namespace CacheCheck
