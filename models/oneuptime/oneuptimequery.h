// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smsquery.h"

#include <QJsonObject>
#include <QStringList>
#include <QVersionNumber>
#include <optional>

// Pure helpers that turn filters and sorts into the `query`, `sort` and `select` bodies of the
// OneUptime SMS Log API (sections 7 to 9 of the API file), adapted to what a server version has.
// Groundwork for the live source (issue 3).
namespace OneUptimeQuery {

// What a server can do, from its version (GET /api/version). Unknown versions get the safe subset.
struct ServerFeatures {
    QVersionNumber version; // null when unknown
    bool relations = false; // incident, alert, user, team, on-call ... ids and names (7.0.4972)
    bool monitor = false; // monitorId / monitor (9.5.2)
    bool incidentNumber = false; // incident.incidentNumber through the relation (9.4.13)
    bool alertNumber = false; // alert.alertNumber through the relation (9.5.0)
    bool numberPrefix = false; // incidentNumberWithPrefix and alertNumberWithPrefix (9.5.4)
    bool multiSearch = false; // the MultiSearch operator (10.2.6)
    // Operators inside a relation's query ({"incident": {"title": {"_type": "Search", ...}}}):
    // 7.0 to 9.5.13 pass them to the ORM untranslated and match nothing (tests/realserver);
    // the API document's current server translates them. Taken to start with 10.0.
    bool relationSearch = false;
    bool errorCode = false; // errorCode and the delivery statuses (10.5.9)
    int maxPageSize = 100; // the largest `limit` the server accepts

    bool operator==(const ServerFeatures &) const = default;
};

ServerFeatures featuresFor(const QVersionNumber &version);

// The `query` object for `filter`. What the server cannot do exactly is said in `notes`, in plain
// words for the user (e.g. that % and _ act as wildcards there); never silently dropped.
QJsonObject query(const SmsFilter &filter, const ServerFeatures &server, QStringList *notes = nullptr);

// The `sort` fields in order: the column, then "_id" ascending as the tie-breaker for stable
// paging. The order of the JSON keys becomes the ORDER BY, and QJsonObject sorts its keys, so
// this is a list and requestBody() writes it in order. nullopt for columns the API cannot sort by.
using SortFields = QList<QPair<QString, QString>>;
std::optional<SortFields> sort(const SmsSort &sort, const ServerFeatures &server);

enum class Fields {
    Full, // every field and linked name the server has, for the table and the detail
    Totals, // only what cost totals need: cost, status, project
    // What the relations tell of incidents, alerts and monitors beyond their names (prefixed
    // number, current state's id, monitor type): resourcecontext.h
    Context,
};

// The `select` object: only columns the server has (selecting an unknown one fails the request).
QJsonObject select(Fields fields, const ServerFeatures &server);

// The JSON body of get-list: {"query": ..., "select": ..., "sort": {...}} with the sort keys in
// order. An empty `sort` leaves the server's default (createdAt descending).
QByteArray requestBody(const QJsonObject &query, const QJsonObject &select, const SortFields &sort);

// {"_id": {"_type": "Includes", "value": ids}}: the resources with these ids (none for an empty
// list, section 7.1).
QJsonObject byIds(const QStringList &ids);

// ISO 8601 with milliseconds and Z, as the server expects inside operators.
QString isoTime(const QDateTime &time);

} // namespace OneUptimeQuery
