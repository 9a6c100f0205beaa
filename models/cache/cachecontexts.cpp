// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachecontexts.h"

#include "cacheconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace CacheContexts {

std::optional<ResourceContexts> read(CacheConnection &connection, int fileVersion, const QStringList &keys)
{
    ResourceContexts contexts;
    if (fileVersion < 3 || keys.isEmpty())
        return contexts;
    QJsonArray asked;
    for (const QString &key : keys)
        asked.append(key);
    QSqlQuery query = connection.prepared(
        // One primary-key lookup per asked key ("kind/id").
        QStringLiteral(
            "SELECT j.value, r.label, r.state, r.severity, r.type FROM json_each(?) j"
            " CROSS JOIN resource_context r ON r.kind = substr(j.value, 1, instr(j.value, '/') - 1)"
            " AND r.id = substr(j.value, instr(j.value, '/') + 1)"),
        {QString::fromUtf8(QJsonDocument(asked).toJson(QJsonDocument::Compact))},
        CacheConnection::Reuse::Keep);
    if (!query.exec())
        return std::nullopt;
    while (query.next())
        contexts.insert(query.value(0).toString(),
                        ResourceContext{query.value(1).toString(), query.value(2).toString(),
                                        query.value(3).toString(), query.value(4).toString()});
    if (query.lastError().isValid())
        return std::nullopt;
    return contexts;
}

} // namespace CacheContexts
