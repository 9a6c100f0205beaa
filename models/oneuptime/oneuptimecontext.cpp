// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "oneuptimecontext.h"

#include "oneuptimeclient.h"
#include "oneuptimeparser.h"
#include "oneuptimequery.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <memory>
#include <optional>

namespace {

constexpr int listLimit = 1000; // states and severities of a project: a handful

QString idOf(const QJsonValue &value)
{
    return OneUptimeParser::unwrap(value).toString();
}

} // namespace

struct OneUptimeContextReader::NameList {
    bool read = false; // asked and answered (or failed): waiters run
    bool asking = false;
    QHash<QString, QString> names; // id → name
    QList<std::function<void()>> waiters;
};

OneUptimeContextReader::OneUptimeContextReader(OneUptimeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

OneUptimeContextReader::~OneUptimeContextReader()
{
    qDeleteAll(m_lists);
}

void OneUptimeContextReader::getList(const QString &path, const QJsonObject &query, const QJsonObject &select,
                                     int limit, const std::function<void(OneUptimeCall *)> &track,
                                     std::function<void(const std::optional<QJsonArray> &)> done)
{
    if (m_refused.contains(path)) {
        QTimer::singleShot(0, this, [done] { done(std::nullopt); });
        return;
    }
    QUrlQuery paging;
    paging.addQueryItem(QStringLiteral("skip"), QStringLiteral("0"));
    paging.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const QByteArray body
        = QJsonDocument(QJsonObject{{QStringLiteral("query"), query}, {QStringLiteral("select"), select}})
              .toJson(QJsonDocument::Compact);
    OneUptimeCall *call = m_client->post(path + QStringLiteral("/get-list"), paging, body);
    if (track)
        track(call);
    // Exactly one answer, whichever comes first: success, failure, or the call gone (closing).
    auto answered = std::make_shared<bool>(false);
    const auto answer = [answered, done](const std::optional<QJsonArray> &data) {
        if (*answered)
            return;
        *answered = true;
        done(data);
    };
    connect(call, &OneUptimeCall::succeeded, this, [answer](const QByteArray &body) {
        const QJsonValue data = QJsonDocument::fromJson(body).object().value(QStringLiteral("data"));
        answer(data.isArray() ? std::optional<QJsonArray>(data.toArray()) : std::nullopt);
    });
    connect(call, &OneUptimeCall::failed, this, [this, path, answer](const SourceError &, int status) {
        // Refused (the key's permissions), or a route this server does not have (404).
        if (status == 401 || status == 403 || status == 404 || status == 422)
            m_refused.insert(path);
        answer(std::nullopt);
    });
    connect(call, &QObject::destroyed, this, [answer] { answer(std::nullopt); });
}

void OneUptimeContextReader::withNames(const QString &path, std::function<void()> then)
{
    NameList *&list = m_lists[path];
    if (!list)
        list = new NameList;
    if (list->read) {
        QTimer::singleShot(0, this, then);
        return;
    }
    list->waiters.append(std::move(then));
    if (list->asking)
        return;
    list->asking = true;
    // Not tracked: a list serves every request waiting for it.
    getList(path, {}, QJsonObject{{QStringLiteral("name"), true}}, listLimit, {},
            [this, path](const std::optional<QJsonArray> &data) {
                NameList *list = m_lists.value(path);
                list->asking = false;
                // A failure other than a refusal is asked again next time.
                list->read = data.has_value() || m_refused.contains(path);
                if (data) {
                    for (const QJsonValue &row : *data) {
                        const QJsonObject object = row.toObject();
                        const QString name
                            = OneUptimeParser::unwrap(object.value(QStringLiteral("name"))).toString();
                        if (!name.isEmpty())
                            list->names.insert(idOf(object.value(QStringLiteral("_id"))), name);
                    }
                }
                const QList<std::function<void()>> waiters = std::exchange(list->waiters, {});
                for (const auto &waiter : waiters)
                    waiter();
            });
}

QString OneUptimeContextReader::nameOf(const QString &path, const QString &id) const
{
    const NameList *list = m_lists.value(path);
    return list && !id.isEmpty() ? list->names.value(id) : QString();
}

void OneUptimeContextReader::complete(const ContextDraft &draft, std::function<void(OneUptimeCall *)> track,
                                      std::function<void(const ResourceContexts &)> done)
{
    struct Work {
        ResourceContexts contexts;
        QHash<QString, QString> severityIds; // key → severity id
        int pending = 1; // the steps under way, and complete() itself until it has started them all
        std::function<void(const ResourceContexts &)> done;
    };
    auto work = std::make_shared<Work>();
    work->contexts = draft.contexts;
    work->done = std::move(done);
    const QPointer<OneUptimeContextReader> self(this);
    const auto stepDone = [this, self, work, draft] {
        if (!self || --work->pending > 0)
            return;
        // Every list is in: names by id.
        for (auto it = draft.stateIds.cbegin(); it != draft.stateIds.cend(); ++it) {
            const QString kind = it.key().section(u'/', 0, 0);
            const QString state = nameOf(QLatin1Char('/') + kind + QStringLiteral("-state"), it.value());
            if (!state.isEmpty())
                work->contexts[it.key()].state = state;
        }
        for (auto it = work->severityIds.cbegin(); it != work->severityIds.cend(); ++it) {
            const QString kind = it.key().section(u'/', 0, 0);
            const QString severity
                = nameOf(QLatin1Char('/') + kind + QStringLiteral("-severity"), it.value());
            if (!severity.isEmpty())
                work->contexts[it.key()].severity = severity;
        }
        ResourceContexts contexts;
        for (auto it = work->contexts.cbegin(); it != work->contexts.cend(); ++it)
            if (!it.value().isEmpty())
                contexts.insert(it.key(), it.value());
        work->done(contexts);
    };

    // Incidents and alerts: the state names, and each one's severity with the severity names.
    for (const LinkKind kind : {LinkKind::Incident, LinkKind::Alert}) {
        const QString key = linkKindKey(kind);
        QStringList ids;
        for (auto it = draft.stateIds.cbegin(); it != draft.stateIds.cend(); ++it)
            if (it.key().startsWith(key + u'/'))
                ids << it.key().mid(key.size() + 1);
        for (auto it = draft.contexts.cbegin(); it != draft.contexts.cend(); ++it) {
            const QString id = it.key().mid(key.size() + 1);
            if (it.key().startsWith(key + u'/') && !ids.contains(id))
                ids << id;
        }
        if (ids.isEmpty())
            continue;
        work->pending += 2;
        withNames(QLatin1Char('/') + key + QStringLiteral("-state"), stepDone);
        const QString severityField = key + QStringLiteral("SeverityId");
        getList(QLatin1Char('/') + key, OneUptimeQuery::byIds(ids), QJsonObject{{severityField, true}},
                int(ids.size()), track,
                [this, self, work, key, severityField, stepDone](const std::optional<QJsonArray> &data) {
                    if (!self)
                        return;
                    bool any = false;
                    for (const QJsonValue &row : data.value_or(QJsonArray())) {
                        const QJsonObject object = row.toObject();
                        const QString severity = idOf(object.value(severityField));
                        if (severity.isEmpty())
                            continue;
                        work->severityIds.insert(key + u'/' + idOf(object.value(QStringLiteral("_id"))),
                                                 severity);
                        any = true;
                    }
                    if (!any) {
                        stepDone();
                        return;
                    }
                    withNames(QLatin1Char('/') + key + QStringLiteral("-severity"), stepDone);
                });
    }

    // Monitors whose type the relation did not give: from /monitor, if the key may read monitors.
    if (!draft.monitorsWithoutType.isEmpty()) {
        ++work->pending;
        getList(QStringLiteral("/monitor"), OneUptimeQuery::byIds(draft.monitorsWithoutType),
                QJsonObject{{QStringLiteral("monitorType"), true}}, int(draft.monitorsWithoutType.size()),
                track, [self, work, stepDone](const std::optional<QJsonArray> &data) {
                    if (!self)
                        return;
                    for (const QJsonValue &row : data.value_or(QJsonArray())) {
                        const QJsonObject object = row.toObject();
                        const QString type
                            = OneUptimeParser::unwrap(object.value(QStringLiteral("monitorType"))).toString();
                        if (!type.isEmpty())
                            work->contexts[resourceContextKey(LinkKind::Monitor,
                                                              idOf(object.value(QStringLiteral("_id"))))]
                                .type
                                = type;
                    }
                    stepDone();
                });
    }
    // complete() has started every step; answered later even when there was nothing to ask.
    QTimer::singleShot(0, this, stepDone);
}
