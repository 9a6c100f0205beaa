// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "resourcecontext.h"

#include "smsrecord.h"

#include <QSet>

bool hasResourceContext(LinkKind kind)
{
    return kind == LinkKind::Incident || kind == LinkKind::Alert || kind == LinkKind::Monitor;
}

QString resourceContextKey(LinkKind kind, const QString &id)
{
    return linkKindKey(kind) + u'/' + id;
}

QStringList resourceContextKeys(const QList<SmsRecord> &records)
{
    QStringList keys;
    QSet<QString> seen;
    for (const SmsRecord &record : records) {
        for (const LinkKind kind : {LinkKind::Incident, LinkKind::Alert, LinkKind::Monitor}) {
            const LinkedResource &link = record.link(kind);
            if (!link.isSet())
                continue;
            const QString key = resourceContextKey(kind, link.id);
            if (!seen.contains(key)) {
                seen.insert(key);
                keys << key;
            }
        }
    }
    return keys;
}
