// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "resourcecontext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>
#include <optional>

class OneUptimeCall;
class OneUptimeClient;

// What the SMS log's relations give of incidents, alerts and monitors (OneUptimeSource reads it
// with OneUptimeQuery::Fields::Context), before the names that take other endpoints.
struct ContextDraft {
    ResourceContexts contexts; // by resourceContextKey(): labels, and types where the relation gave them
    QHash<QString, QString> stateIds; // incident and alert key → current state's id
    QStringList monitorsWithoutType; // monitor ids whose type the relation could not give
};

// Completes ContextDrafts for OneUptimeSource::requestContexts() from OneUptime's other
// endpoints, each with the permission it needs (oneuptime-api.md section 6): the state and
// severity lists (/incident-state, /incident-severity, /alert-state, /alert-severity; read once
// per session), the severity of each incident and alert (/incident, /alert) and monitor types
// (/monitor). An endpoint the key may not read (401, 403, 422) is not asked again this session and
// leaves its fields empty; any other failure leaves them empty this time. Never fails.
class OneUptimeContextReader : public QObject
{
    Q_OBJECT
public:
    explicit OneUptimeContextReader(OneUptimeClient *client, QObject *parent = nullptr);
    ~OneUptimeContextReader() override;

    // `done` gets the draft's contexts with every name this key may read; called once, later
    // (never from within complete()), unless this object is destroyed first. `track` gets each
    // call made for this draft alone (not the shared lists), so that the caller can abort them.
    void complete(const ContextDraft &draft, std::function<void(OneUptimeCall *)> track,
                  std::function<void(const ResourceContexts &)> done);

private:
    struct NameList; // a state or severity list: id → name
    // get-list of `path` ("/incident-state") with `query` and `select`, at most `limit` rows:
    // `done` gets the answer's data, or nullopt when it failed; a refusal (or a server without the
    // route) is remembered. `track` (may be empty) gets the call.
    void getList(const QString &path, const QJsonObject &query, const QJsonObject &select, int limit,
                 const std::function<void(OneUptimeCall *)> &track,
                 std::function<void(const std::optional<QJsonArray> &)> done);
    // Runs `then` once the list at `path` is read (or could not be).
    void withNames(const QString &path, std::function<void()> then);
    QString nameOf(const QString &path, const QString &id) const;

    OneUptimeClient *m_client;
    QSet<QString> m_refused; // endpoints this key may not read, or this server does not have
    QHash<QString, NameList *> m_lists; // path → list (owned)
};
