// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "oneuptimequery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace OneUptimeQuery {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OneUptimeQuery", text);
}

bool atLeast(const QVersionNumber &version, int major, int minor, int micro)
{
    return !version.isNull() && version >= QVersionNumber(major, minor, micro);
}

QJsonObject op(const QString &type, const QJsonValue &value)
{
    return {{QStringLiteral("_type"), type}, {QStringLiteral("value"), value}};
}

QString noteWildcards(const QString &field)
{
    return tr("The server treats %1 and _ as wildcards in %2.").arg(QStringLiteral("%"), field);
}

// The name and number fields of each relation the server lets us read through the SMS log.
struct RelationFields {
    LinkKind kind;
    QString nameField;
    QString numberField; // empty when the resource has no number
};

QList<RelationFields> relationFields(const ServerFeatures &server)
{
    QList<RelationFields> fields{
        {LinkKind::Incident, QStringLiteral("title"),
         server.incidentNumber ? QStringLiteral("incidentNumber") : QString()},
        {LinkKind::Alert, QStringLiteral("title"),
         server.alertNumber ? QStringLiteral("alertNumber") : QString()},
        {LinkKind::Monitor, QStringLiteral("name"), {}},
        {LinkKind::ScheduledMaintenance, QStringLiteral("title"), {}},
        {LinkKind::StatusPage, QStringLiteral("name"), {}},
        // The announcement title cannot be read through the SMS log (400); its id can.
        {LinkKind::StatusPageAnnouncement, {}, {}},
        {LinkKind::OnCallDutyPolicy, QStringLiteral("name"), {}},
        {LinkKind::OnCallDutyPolicyEscalationRule, QStringLiteral("name"), {}},
        {LinkKind::OnCallDutyPolicySchedule, QStringLiteral("name"), {}},
        {LinkKind::Team, QStringLiteral("name"), {}},
        {LinkKind::User, QStringLiteral("name"), {}},
    };
    if (!server.monitor)
        fields.removeIf([](const RelationFields &f) { return f.kind == LinkKind::Monitor; });
    return fields;
}

} // namespace

ServerFeatures featuresFor(const QVersionNumber &version)
{
    ServerFeatures f;
    f.version = version;
    f.relations = atLeast(version, 7, 0, 4972);
    f.monitor = atLeast(version, 9, 5, 2);
    f.incidentNumber = atLeast(version, 9, 4, 13);
    f.alertNumber = atLeast(version, 9, 5, 0);
    f.numberPrefix = atLeast(version, 9, 5, 4);
    f.multiSearch = atLeast(version, 10, 2, 6);
    f.relationSearch = atLeast(version, 10, 0, 0);
    f.errorCode = atLeast(version, 10, 5, 9);
    // 300 (2023), 1000 (early 2024), 10000 since 7.0.3515; the documented 100 is safe everywhere.
    f.maxPageSize = atLeast(version, 7, 0, 3515) ? 10000 : 100;
    return f;
}

QJsonObject byIds(const QStringList &ids)
{
    return {{QStringLiteral("_id"), op(QStringLiteral("Includes"), QJsonArray::fromStringList(ids))}};
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject query(const SmsFilter &filter, const ServerFeatures &server, QStringList *notes)
{
    QJsonObject q;
    const auto note = [notes](const QString &text) {
        if (notes && !notes->contains(text))
            notes->append(text);
    };

    if (!filter.statuses.isEmpty())
        q.insert(QStringLiteral("status"),
                 op(QStringLiteral("Includes"), QJsonArray::fromStringList(filter.statuses)));

    // Dates inside operators must be plain ISO strings (a DateTime wrapper there fails with 500).
    if (filter.sentFrom.isValid() && filter.sentTo.isValid()) {
        q.insert(QStringLiteral("createdAt"),
                 QJsonObject{{QStringLiteral("_type"), QStringLiteral("InBetween")},
                             {QStringLiteral("startValue"), isoTime(filter.sentFrom)},
                             {QStringLiteral("endValue"), isoTime(filter.sentTo)}});
    } else if (filter.sentFrom.isValid()) {
        q.insert(QStringLiteral("createdAt"),
                 op(QStringLiteral("GreaterThanOrEqual"), isoTime(filter.sentFrom)));
    } else if (filter.sentTo.isValid()) {
        q.insert(QStringLiteral("createdAt"), op(QStringLiteral("LessThanOrEqual"), isoTime(filter.sentTo)));
    }

    if (filter.changedFrom.isValid())
        q.insert(QStringLiteral("updatedAt"),
                 op(QStringLiteral("GreaterThanOrEqual"), isoTime(filter.changedFrom)));

    const auto search = [&](const QString &key, const QString &text, const QString &what) {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            return;
        q.insert(key, op(QStringLiteral("Search"), trimmed));
        if (trimmed.contains(u'%') || trimmed.contains(u'_'))
            note(noteWildcards(what));
    };
    search(QStringLiteral("toNumber"), filter.toNumber, tr("the To number"));
    search(QStringLiteral("fromNumber"), filter.fromNumber, tr("the From number"));

    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        if (server.multiSearch) {
            q.insert(QStringLiteral("_multiFieldSearch"),
                     QJsonObject{{QStringLiteral("_type"), QStringLiteral("MultiSearch")},
                                 {QStringLiteral("value"), text},
                                 {QStringLiteral("fields"),
                                  QJsonArray{QStringLiteral("smsText"), QStringLiteral("statusMessage")}}});
        } else {
            q.insert(QStringLiteral("smsText"), op(QStringLiteral("Search"), text));
            note(tr("This server searches the SMS text only, not the status message."));
        }
        if (text.contains(u'%') || text.contains(u'_'))
            note(noteWildcards(tr("the text search")));
        note(tr("The server searches for the text as typed (a part of a word matches), not word by word."));
    }

    if (!filter.projectId.isEmpty())
        q.insert(QStringLiteral("projectId"), filter.projectId);

    if (!filter.errorCode.isEmpty()) {
        if (server.errorCode)
            q.insert(QStringLiteral("errorCode"), filter.errorCode);
        else
            note(tr("This server records no provider error codes; the error code filter matches nothing."));
    }

    const QString linkText = filter.linkText.trimmed();
    if (filter.linkKind && !linkText.isEmpty()) {
        const LinkKind kind = *filter.linkKind;
        const QString relation = linkKindKey(kind);
        const QList<RelationFields> fields = relationFields(server);
        const auto known = std::find_if(fields.cbegin(), fields.cend(),
                                        [kind](const RelationFields &f) { return f.kind == kind; });
        QString numberText = linkText;
        if (numberText.startsWith(u'#'))
            numberText.remove(0, 1);
        bool isNumber = false;
        const qint64 number = numberText.toLongLong(&isNumber);
        if (!server.relations || known == fields.cend()) {
            note(tr("This server does not record %1 links, so this filter matches nothing.")
                     .arg(linkKindTitle(kind).toLower()));
        } else if (!QUuid::fromString(linkText).isNull()) {
            q.insert(relation + QStringLiteral("Id"),
                     QUuid::fromString(linkText).toString(QUuid::WithoutBraces));
        } else if (isNumber && !known->numberField.isEmpty()) {
            q.insert(relation, QJsonObject{{known->numberField, number}});
        } else if (!known->nameField.isEmpty() && server.relationSearch) {
            q.insert(relation, QJsonObject{{known->nameField, op(QStringLiteral("Search"), linkText)}});
            if (linkText.contains(u'%') || linkText.contains(u'_'))
                note(noteWildcards(tr("names")));
        } else if (!known->nameField.isEmpty()) {
            q.insert(relation, QJsonObject{{known->nameField, linkText}});
            note(tr("This server finds %1 links by id, number or whole name: a name matches only as "
                    "written in full.")
                     .arg(linkKindTitle(kind).toLower()));
        } else {
            note(tr("The server finds %1 links by id only: paste the id (a name matches nothing).")
                     .arg(linkKindTitle(kind).toLower()));
        }
    }
    return q;
}

std::optional<SortFields> sort(const SmsSort &sort, const ServerFeatures &server)
{
    QString field;
    switch (sort.column) {
    case SmsColumn::SentAt: field = QStringLiteral("createdAt"); break;
    case SmsColumn::To: field = QStringLiteral("toNumber"); break;
    case SmsColumn::From: field = QStringLiteral("fromNumber"); break;
    case SmsColumn::Status: field = QStringLiteral("status"); break;
    case SmsColumn::ErrorCode:
        if (server.errorCode)
            field = QStringLiteral("errorCode");
        break;
    case SmsColumn::Cost: field = QStringLiteral("smsCostInUSDCents"); break;
    case SmsColumn::Project:
    case SmsColumn::User:
    case SmsColumn::Linked: break; // sorting by relation fields is unconfirmed (section 8)
    }
    if (field.isEmpty())
        return std::nullopt;
    // Only "ASC"/"DESC" are safe: TypeORM takes any other word as ascending.
    return SortFields{
        {field, sort.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC")},
        {QStringLiteral("_id"), QStringLiteral("ASC")}};
}

QByteArray requestBody(const QJsonObject &query, const QJsonObject &select, const SortFields &sort)
{
    QByteArray body = QByteArrayLiteral("{\"query\":") + QJsonDocument(query).toJson(QJsonDocument::Compact)
        + QByteArrayLiteral(",\"select\":") + QJsonDocument(select).toJson(QJsonDocument::Compact);
    if (!sort.isEmpty()) {
        QByteArrayList fields;
        for (const auto &[field, direction] : sort) {
            // Each key and value through QJsonDocument, so that quoting is always right.
            const QByteArray pair
                = QJsonDocument(QJsonObject{{field, direction}}).toJson(QJsonDocument::Compact);
            fields << pair.mid(1, pair.size() - 2);
        }
        body += QByteArrayLiteral(",\"sort\":{") + fields.join(',') + '}';
    }
    return body + '}';
}

QJsonObject select(Fields fields, const ServerFeatures &server)
{
    QJsonObject s;
    if (fields == Fields::Context) {
        if (!server.relations)
            return s;
        // Relation-readable with a key that may read SMS logs only (tests/realserver); a server
        // that refuses one of them gets it dropped (OneUptimeSource::dropRejectedColumn).
        QJsonObject incident{{QStringLiteral("currentIncidentStateId"), true}};
        QJsonObject alert{{QStringLiteral("currentAlertStateId"), true}};
        if (server.numberPrefix) {
            incident.insert(QStringLiteral("incidentNumberWithPrefix"), true);
            alert.insert(QStringLiteral("alertNumberWithPrefix"), true);
        }
        s.insert(QStringLiteral("incident"), incident);
        s.insert(QStringLiteral("alert"), alert);
        if (server.monitor) // not relation-readable on 9.5.13: dropped there, read from /monitor
            s.insert(QStringLiteral("monitor"), QJsonObject{{QStringLiteral("monitorType"), true}});
        return s;
    }
    const auto add = [&s](const QString &field) { s.insert(field, true); };
    add(QStringLiteral("smsCostInUSDCents"));
    add(QStringLiteral("status"));
    add(QStringLiteral("projectId"));
    add(QStringLiteral("createdAt")); // totals by day
    s.insert(QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), true}});
    if (fields == Fields::Totals)
        return s;
    for (const QString &field :
         {QStringLiteral("updatedAt"), QStringLiteral("toNumber"), QStringLiteral("fromNumber"),
          QStringLiteral("smsText"), QStringLiteral("statusMessage")})
        add(field);
    if (server.errorCode)
        add(QStringLiteral("errorCode"));
    // In the resource's document; a server without the column refuses it with 400 and the source
    // drops it for that server (OneUptimeSource::dropRejectedColumn).
    add(QStringLiteral("providerExternalId"));
    if (!server.relations)
        return s;
    for (const RelationFields &relation : relationFields(server)) {
        const QString key = linkKindKey(relation.kind);
        add(key + QStringLiteral("Id"));
        QJsonObject inner;
        if (!relation.nameField.isEmpty())
            inner.insert(relation.nameField, true);
        if (!relation.numberField.isEmpty())
            inner.insert(relation.numberField, true);
        if (relation.kind == LinkKind::User)
            inner.insert(QStringLiteral("email"), true);
        if (inner.isEmpty())
            s.insert(key, true); // the relation with its _id only
        else
            s.insert(key, inner);
    }
    return s;
}

} // namespace OneUptimeQuery
