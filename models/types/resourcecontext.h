// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "linkkind.h"

#include <QHash>
#include <QMetaType>
#include <QString>

struct SmsRecord;

// What OneUptime says about a message's incident, alert or monitor beyond its name and number, as
// far as the source could read it: a key that may read SMS logs only gets the numbers with their
// prefix and no state or severity. Empty fields are unknown, never guessed.
struct ResourceContext {
    QString label; // the number with the project's prefix ("INC-42"), where the server has one
    QString state; // the current state's name ("Acknowledged"): incidents and alerts
    QString severity; // the severity's name ("Critical"): incidents and alerts
    QString type; // the monitor's type ("API", "Ping", ...)

    bool isEmpty() const
    {
        return label.isEmpty() && state.isEmpty() && severity.isEmpty() && type.isEmpty();
    }
    bool operator==(const ResourceContext &) const = default;
};

// Contexts by resource, keyed by resourceContextKey().
using ResourceContexts = QHash<QString, ResourceContext>;

// The kinds that have a context: incidents, alerts and monitors.
bool hasResourceContext(LinkKind kind);
// "incident/<id>": the key of a resource in ResourceContexts (the cache's (kind, id)).
QString resourceContextKey(LinkKind kind, const QString &id);
// The keys of the resources with a context that `records` link to, each once.
QStringList resourceContextKeys(const QList<SmsRecord> &records);

Q_DECLARE_METATYPE(ResourceContext)
Q_DECLARE_METATYPE(ResourceContexts)
