// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cacherecord.h"

#include "cacheschema.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace CacheRecord {

QString select()
{
    // The record's own fields in SmsRecord order (the schema's list without the link ids), then
    // the project name, then id, name, number and email per link.
    QStringList fields
        = CacheSchema::recordColumns().mid(0, CacheSchema::recordColumns().size() - LinkKindCount);
    for (QString &field : fields)
        field.prepend(QStringLiteral("s."));
    QString sql
        = QStringLiteral("SELECT s.rid, ") + fields.join(QStringLiteral(", ")) + QStringLiteral(", p.name");
    QString joins = QStringLiteral(
        " FROM sms_log s LEFT JOIN linked_resource p ON p.kind = 'project' AND p.id = s.project_id");
    for (int i = 0; i < LinkKindCount; ++i) {
        const QString column = CacheSchema::linkColumn(i);
        sql += QStringLiteral(", s.%1, l%2.name, l%2.number, l%2.email").arg(column).arg(i);
        joins += QStringLiteral(" LEFT JOIN linked_resource l%1 ON l%1.kind = '%2' AND l%1.id = s.%3")
                     .arg(i)
                     .arg(linkKindKey(allLinkKinds[i]), column);
    }
    return sql + joins;
}

namespace {

QDateTime timeFromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

SmsRecord read(const QSqlQuery &q)
{
    SmsRecord r;
    r.id = q.value(1).toString();
    r.createdAt = timeFromMs(q.value(2));
    r.updatedAt = timeFromMs(q.value(3));
    r.projectId = q.value(4).toString();
    r.toNumber = q.value(5).toString();
    r.fromNumber = q.value(6).toString();
    r.smsText = q.value(7).toString();
    r.statusMessage = q.value(8).toString();
    r.providerExternalId = q.value(9).toString();
    r.errorCode = q.value(10).toString();
    r.status = q.value(11).toString();
    const QVariant cost = q.value(12);
    if (cost.typeId() == QMetaType::LongLong || cost.typeId() == QMetaType::Int)
        r.costCents = cost.toLongLong(); // anything else is no amount of cents: shown as unknown
    r.projectName = q.value(13).toString();
    int column = 14;
    for (LinkedResource &link : r.links) {
        link.id = q.value(column).toString();
        link.name = q.value(column + 1).toString();
        if (!q.value(column + 2).isNull())
            link.number = q.value(column + 2).toLongLong();
        link.email = q.value(column + 3).toString();
        column += 4;
    }
    return r;
}

} // namespace CacheRecord
