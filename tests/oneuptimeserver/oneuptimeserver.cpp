// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "oneuptimeserver.h"

#include "cacheschema.h"
#include "linkkind.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <algorithm>
#include <functional>

namespace {

// An error answer; thrown inside request handling and turned into a response.
struct HttpError {
    int status;
    QString message;
    QString key = QStringLiteral("error");
};

HttpError serverError()
{
    return {500, QStringLiteral("Server Error")};
}

enum class Type { Id, ObjectId, Date, Phone, Text, Number, Name, Email };

// A value as the database would compare it. Dates are numbers (ms) with an ISO text.
struct Cell {
    bool null = true;
    bool isNumber = false;
    double number = 0;
    QString text;
};

Cell textCell(const std::optional<QString> &text)
{
    Cell c;
    if (text) {
        c.null = false;
        c.text = *text;
    }
    return c;
}

Cell numberCell(std::optional<qint64> value)
{
    Cell c;
    if (value) {
        c.null = false;
        c.isNumber = true;
        c.number = double(*value);
        c.text = QString::number(*value);
    }
    return c;
}

QString isoText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// Dates compare as numbers; their ISO text is made only when written out (toJson).
Cell dateCell(std::optional<qint64> ms)
{
    return numberCell(ms);
}

bool isUuid(const QString &text)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

QJsonObject wrapped(const char *type, const QJsonValue &value)
{
    return QJsonObject{{QStringLiteral("_type"), QLatin1String(type)}, {QStringLiteral("value"), value}};
}

QJsonValue toJson(const Cell &cell, Type type)
{
    if (cell.null)
        return QJsonValue::Null;
    switch (type) {
    case Type::Id: return cell.text;
    case Type::ObjectId: return wrapped("ObjectID", cell.text);
    case Type::Date: return wrapped("DateTime", isoText(qint64(cell.number)));
    case Type::Phone: return wrapped("Phone", cell.text);
    case Type::Name: return wrapped("Name", cell.text);
    case Type::Email: return wrapped("Email", cell.text);
    case Type::Number: return cell.number;
    case Type::Text: return cell.text;
    }
    return QJsonValue::Null;
}

const QString readPermissionText = QStringLiteral(
    "You need one of these permissions: Project Owner, Project Admin, Project Member, Viewer, Read SMS Log");

QString legacyStatus(const QString &status)
{
    if (status == u"Delivered" || status == u"Sent")
        return QStringLiteral("Success");
    if (status == u"Failed" || status == u"Undelivered")
        return QStringLiteral("Error");
    return status;
}

// ---- the model: scalar columns and relations ----

struct Column {
    QString name;
    Type type;
    std::function<Cell(const OneUptimeRecord &, bool oldServer)> get;
};

struct Relation {
    QString key;
    QString singular;
    QStringList readable; // besides the base fields
    QStringList unreadable; // known on the related model but not readable on relation queries
};

const QStringList baseFields{QStringLiteral("_id"), QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
                             QStringLiteral("deletedAt"), QStringLiteral("version")};
const QStringList forbiddenColumns{QStringLiteral("statusCallbackToken"), QStringLiteral("deletedByUserId"),
                                   QStringLiteral("deletedByUser")};

const QList<Relation> &relations()
{
    static const QList<Relation> list{
        {QStringLiteral("project"),
         QStringLiteral("Project"),
         {QStringLiteral("name"), QStringLiteral("planName")},
         {QStringLiteral("apiKey")}},
        {QStringLiteral("incident"),
         QStringLiteral("Incident"),
         {QStringLiteral("title"), QStringLiteral("incidentNumber"),
          QStringLiteral("incidentNumberWithPrefix"), QStringLiteral("currentIncidentStateId"),
          QStringLiteral("projectId"), QStringLiteral("createdByProbeId")},
         {QStringLiteral("description"), QStringLiteral("currentIncidentState")}},
        {QStringLiteral("alert"),
         QStringLiteral("Alert"),
         {QStringLiteral("title"), QStringLiteral("alertNumber"), QStringLiteral("alertNumberWithPrefix"),
          QStringLiteral("currentAlertStateId"), QStringLiteral("projectId"),
          QStringLiteral("createdByProbeId")},
         {QStringLiteral("description"), QStringLiteral("currentAlertState")}},
        {QStringLiteral("monitor"),
         QStringLiteral("Monitor"),
         {QStringLiteral("name"), QStringLiteral("monitorType"), QStringLiteral("currentMonitorStatusId"),
          QStringLiteral("monitorTemplateId"), QStringLiteral("monitorSteps"), QStringLiteral("projectId")},
         {QStringLiteral("description")}},
        {QStringLiteral("scheduledMaintenance"),
         QStringLiteral("Scheduled Maintenance Event"),
         {QStringLiteral("title"), QStringLiteral("projectId")},
         {QStringLiteral("description")}},
        {QStringLiteral("statusPage"),
         QStringLiteral("Status Page"),
         {QStringLiteral("name"), QStringLiteral("smtpConfigId"), QStringLiteral("callSmsConfigId"),
          QStringLiteral("defaultBarColor"), QStringLiteral("subscriberEmailNotificationFooterText"),
          QStringLiteral("projectId")},
         {QStringLiteral("description")}},
        {QStringLiteral("statusPageAnnouncement"),
         QStringLiteral("Status Page Announcement"),
         {QStringLiteral("projectId")},
         {QStringLiteral("title"), QStringLiteral("description")}},
        {QStringLiteral("onCallDutyPolicy"),
         QStringLiteral("On-Call Policy"),
         {QStringLiteral("name"), QStringLiteral("repeatPolicyIfNoOneAcknowledgesNoOfTimes"),
          QStringLiteral("projectId")},
         {QStringLiteral("description")}},
        {QStringLiteral("onCallDutyPolicyEscalationRule"),
         QStringLiteral("Escalation Rule"),
         {QStringLiteral("name"), QStringLiteral("escalateAfterInMinutes"),
          QStringLiteral("onCallDutyPolicyId"), QStringLiteral("projectId")},
         {QStringLiteral("description")}},
        {QStringLiteral("onCallDutyPolicySchedule"),
         QStringLiteral("On-Call Schedule"),
         {QStringLiteral("name"), QStringLiteral("currentUserIdOnRoster"), QStringLiteral("projectId")},
         {QStringLiteral("description")}},
        {QStringLiteral("team"),
         QStringLiteral("Team"),
         {QStringLiteral("name"), QStringLiteral("projectId")},
         {QStringLiteral("description")}},
        {QStringLiteral("user"),
         QStringLiteral("User"),
         {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("profilePictureId"),
          QStringLiteral("twoFactorAuthEnabled")},
         {QStringLiteral("password")}},
        {QStringLiteral("userOnCallLogTimeline"),
         QStringLiteral("User On-Call Log Timeline"),
         {QStringLiteral("onCallDutyPolicyId"), QStringLiteral("triggeredByIncidentId"),
          QStringLiteral("userSmsId"), QStringLiteral("projectId")},
         {}},
    };
    return list;
}

// Relations and columns an old (7.0.1000) server does not have.
bool newOnly(const QString &name)
{
    if (name == u"project" || name == u"projectId")
        return false;
    if (name == u"errorCode")
        return true;
    for (const Relation &relation : relations()) {
        if (name == relation.key || name == relation.key + u"Id")
            return true;
    }
    return false;
}

QList<Column> makeColumns()
{
    using R = OneUptimeRecord;
    QList<Column> list{
        {QStringLiteral("_id"), Type::Id, [](const R &r, bool) { return textCell(r.id); }},
        {QStringLiteral("createdAt"), Type::Date, [](const R &r, bool) { return dateCell(r.createdAtMs); }},
        {QStringLiteral("updatedAt"), Type::Date, [](const R &r, bool) { return dateCell(r.updatedAtMs); }},
        {QStringLiteral("deletedAt"), Type::Date, [](const R &, bool) { return Cell{}; }},
        {QStringLiteral("version"), Type::Number, [](const R &, bool) { return numberCell(1); }},
        {QStringLiteral("projectId"), Type::ObjectId, [](const R &r, bool) { return textCell(r.projectId); }},
        {QStringLiteral("toNumber"), Type::Phone, [](const R &r, bool) { return textCell(r.toNumber); }},
        {QStringLiteral("fromNumber"), Type::Phone, [](const R &r, bool) { return textCell(r.fromNumber); }},
        {QStringLiteral("smsText"), Type::Text, [](const R &r, bool) { return textCell(r.smsText); }},
        {QStringLiteral("statusMessage"), Type::Text,
         [](const R &r, bool) { return textCell(r.statusMessage); }},
        {QStringLiteral("status"), Type::Text,
         [](const R &r, bool old) {
             return textCell(old && r.status ? std::optional<QString>(legacyStatus(*r.status)) : r.status);
         }},
        {QStringLiteral("errorCode"), Type::Text, [](const R &r, bool) { return textCell(r.errorCode); }},
        {QStringLiteral("providerExternalId"), Type::Text,
         [](const R &r, bool) { return textCell(r.providerExternalId); }},
        {QStringLiteral("smsCostInUSDCents"), Type::Number,
         [](const R &r, bool) { return numberCell(r.costCents); }},
    };
    for (const Relation &relation : relations()) {
        if (relation.key == u"project")
            continue;
        const QString key = relation.key;
        list.append({key + u"Id", Type::ObjectId, [key](const R &r, bool) {
                         const auto it = r.links.constFind(key);
                         return it == r.links.cend() ? Cell{} : textCell(*it);
                     }});
    }
    return list;
}

const QList<Column> &allColumns()
{
    static const QList<Column> list = makeColumns();
    return list;
}

const Column *findColumn(const QString &name, bool old)
{
    if (old && newOnly(name))
        return nullptr;
    for (const Column &column : allColumns()) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

const Relation *findRelation(const QString &name, bool old)
{
    if (old && newOnly(name))
        return nullptr;
    for (const Relation &relation : relations()) {
        if (relation.key == name)
            return &relation;
    }
    return nullptr;
}

Type relatedType(const Relation &relation, const QString &field)
{
    if (field == u"_id")
        return Type::Id;
    if (field == u"createdAt" || field == u"updatedAt" || field == u"deletedAt")
        return Type::Date;
    if (relation.key == u"user" && field == u"name")
        return Type::Name;
    if (relation.key == u"user" && field == u"email")
        return Type::Email;
    if (field.endsWith(u"Number") || field == u"version" || field == u"escalateAfterInMinutes"
        || field == u"repeatPolicyIfNoOneAcknowledgesNoOfTimes")
        return Type::Number;
    if (field.endsWith(u"Id") || field == u"currentUserIdOnRoster")
        return Type::ObjectId;
    return Type::Text;
}

// ---- LIKE matching ----

bool ilike(const QString &text, const QString &pattern)
{
    QString regex = QStringLiteral("^");
    for (const QChar c : pattern) {
        if (c == u'%')
            regex += QStringLiteral(".*");
        else if (c == u'_')
            regex += u'.';
        else
            regex += QRegularExpression::escape(QString(c));
    }
    regex += u'$';
    const QRegularExpression re(
        regex, QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return re.match(text).hasMatch();
}

// The text PostgreSQL's CAST(col AS TEXT) would give.
QString castText(const Cell &cell, Type type)
{
    if (type == Type::Date)
        return QDateTime::fromMSecsSinceEpoch(qint64(cell.number), Qt::UTC)
                   .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
            + QStringLiteral("+00");
    return cell.text;
}

} // namespace

// ---- request evaluation ----

namespace {

using Getter = std::function<Cell(const OneUptimeRecord &)>;
using Predicate = std::function<bool(const OneUptimeRecord &)>;

const QStringList wrapperTypes{QStringLiteral("ObjectID"),      QStringLiteral("DateTime"),
                               QStringLiteral("Phone"),         QStringLiteral("Name"),
                               QStringLiteral("Email"),         QStringLiteral("Decimal"),
                               QStringLiteral("PositiveNumber")};

// A query value converted to what the column compares with; 500 where PostgreSQL would fail.
Cell fromJson(const QJsonValue &value, Type type, bool allowWrapper)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (allowWrapper && wrapperTypes.contains(object.value(QStringLiteral("_type")).toString()))
            return fromJson(object.value(QStringLiteral("value")), type, false);
        throw serverError();
    }
    if (value.isNull() || value.isUndefined())
        return Cell{};
    if (value.isArray())
        throw serverError();
    Cell c;
    c.null = false;
    switch (type) {
    case Type::Date: {
        if (!value.isString())
            throw serverError();
        QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!time.isValid())
            throw serverError();
        if (time.timeSpec() == Qt::LocalTime)
            time.setTimeSpec(Qt::UTC);
        c.isNumber = true;
        c.number = double(time.toMSecsSinceEpoch());
        c.text = isoText(time.toMSecsSinceEpoch());
        return c;
    }
    case Type::Number: {
        bool ok = value.isDouble();
        double number = value.toDouble();
        if (value.isString())
            number = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            throw serverError();
        c.isNumber = true;
        c.number = number;
        c.text = QString::number(number);
        return c;
    }
    case Type::Id:
    case Type::ObjectId:
        if (!value.isString() || !isUuid(value.toString()))
            throw serverError();
        c.text = value.toString().toLower();
        return c;
    default:
        if (value.isString())
            c.text = value.toString();
        else if (value.isBool())
            c.text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else
            c.text = QString::number(value.toDouble());
        return c;
    }
}

int compareCells(const Cell &a, const Cell &b)
{
    if (a.isNumber && b.isNumber)
        return a.number < b.number ? -1 : (a.number > b.number ? 1 : 0);
    return a.text.compare(b.text);
}

bool equalCells(const Cell &a, const Cell &b, Type type)
{
    if (a.null || b.null)
        return false;
    if (type == Type::Id || type == Type::ObjectId)
        return a.text.compare(b.text, Qt::CaseInsensitive) == 0;
    return compareCells(a, b) == 0;
}

QList<Cell> listFromJson(const QJsonValue &value, Type type)
{
    if (!value.isArray())
        throw serverError();
    QList<Cell> cells;
    for (const QJsonValue &element : value.toArray())
        cells.append(fromJson(element, type, true));
    return cells;
}

QString operatorText(const QJsonObject &object)
{
    const QJsonValue value = object.value(QStringLiteral("value"));
    if (value.isObject() || value.isArray())
        throw serverError();
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

Predicate compileCondition(const Getter &get, Type type, const QJsonValue &condition)
{
    if (condition.isNull())
        return [get](const OneUptimeRecord &r) { return get(r).null; };
    if (condition.isArray()) {
        const QList<Cell> cells = listFromJson(condition, type);
        return [get, cells, type](const OneUptimeRecord &r) {
            const Cell c = get(r);
            return std::any_of(cells.cbegin(), cells.cend(),
                               [&](const Cell &v) { return equalCells(c, v, type); });
        };
    }
    if (!condition.isObject()) {
        const Cell value = fromJson(condition, type, false);
        return [get, value, type](const OneUptimeRecord &r) { return equalCells(get(r), value, type); };
    }
    const QJsonObject object = condition.toObject();
    const QString op = object.value(QStringLiteral("_type")).toString();
    const QJsonValue rawValue = object.value(QStringLiteral("value"));
    if (wrapperTypes.contains(op)) {
        const Cell value = fromJson(condition, type, true);
        return [get, value, type](const OneUptimeRecord &r) { return equalCells(get(r), value, type); };
    }
    if (op == u"EqualTo" || op == u"NotEqual" || op == u"EqualToOrNull") {
        const Cell value = fromJson(rawValue, type, false);
        const int mode = op == u"EqualTo" ? 0 : (op == u"NotEqual" ? 1 : 2);
        return [get, value, type, mode](const OneUptimeRecord &r) {
            const Cell c = get(r);
            if (mode == 0)
                return equalCells(c, value, type);
            if (mode == 1)
                return !c.null && !value.null && !equalCells(c, value, type);
            return c.null || equalCells(c, value, type);
        };
    }
    static const QStringList comparisons{
        QStringLiteral("GreaterThan"),       QStringLiteral("GreaterThanOrEqual"),
        QStringLiteral("LessThan"),          QStringLiteral("LessThanOrEqual"),
        QStringLiteral("GreaterThanOrNull"), QStringLiteral("LessThanOrNull")};
    if (comparisons.contains(op)) {
        const Cell value = fromJson(rawValue, type, false);
        const bool orNull = op.endsWith(u"OrNull");
        const bool greater = op.startsWith(u"Greater");
        const bool orEqual = op.endsWith(u"OrEqual");
        return [get, value, orNull, greater, orEqual](const OneUptimeRecord &r) {
            const Cell c = get(r);
            if (c.null || value.null)
                return orNull && c.null;
            const int order = compareCells(c, value);
            return greater ? (order > 0 || (orEqual && order == 0)) : (order < 0 || (orEqual && order == 0));
        };
    }
    if (op == u"InBetween") {
        const Cell start = fromJson(object.value(QStringLiteral("startValue")), type, false);
        const Cell end = fromJson(object.value(QStringLiteral("endValue")), type, false);
        return [get, start, end](const OneUptimeRecord &r) {
            const Cell c = get(r);
            return !c.null && !start.null && !end.null && compareCells(c, start) >= 0
                && compareCells(c, end) <= 0;
        };
    }
    if (op == u"Search" || op == u"StartsWith" || op == u"EndsWith" || op == u"NotContains") {
        QString text = operatorText(object);
        QString pattern;
        if (op == u"Search")
            pattern = u'%' + text.trimmed() + u'%';
        else if (op == u"StartsWith")
            pattern = text + u'%';
        else if (op == u"EndsWith")
            pattern = u'%' + text;
        else
            pattern = u'%' + text + u'%';
        const bool negate = op == u"NotContains";
        return [get, pattern, negate, type](const OneUptimeRecord &r) {
            const Cell c = get(r);
            if (c.null)
                return negate;
            return ilike(castText(c, type), pattern) != negate;
        };
    }
    if (op == u"Includes" || op == u"IncludesAll" || op == u"IncludesNone") {
        const QList<Cell> cells = listFromJson(rawValue, type);
        const bool none = op == u"IncludesNone";
        return [get, cells, type, none](const OneUptimeRecord &r) {
            if (none && cells.isEmpty())
                return true;
            const Cell c = get(r);
            if (c.null)
                return false;
            const bool in = std::any_of(cells.cbegin(), cells.cend(),
                                        [&](const Cell &v) { return equalCells(c, v, type); });
            return in != none;
        };
    }
    if (op == u"IsNull")
        return [get](const OneUptimeRecord &r) { return get(r).null; };
    if (op == u"NotNull")
        return [get](const OneUptimeRecord &r) { return !get(r).null; };
    throw serverError();
}

struct Context {
    const QHash<QString, OneUptimeLinked> *linked;
    bool old;
};

Cell relatedCell(const Context &ctx, const Relation &relation, const QString &field, const OneUptimeRecord &r)
{
    const QString id = relation.key == u"project" ? r.projectId : r.links.value(relation.key);
    if (id.isEmpty())
        return {};
    if (field == u"_id")
        return textCell(id);
    if (field == u"projectId")
        return textCell(r.projectId);
    const auto it = ctx.linked->constFind(relation.key + u'/' + id);
    if (it == ctx.linked->cend())
        return {};
    if (field == u"title" || field == u"name")
        return it->name.isNull() ? Cell{} : textCell(it->name);
    if (field == u"email")
        return it->email.isEmpty() ? Cell{} : textCell(it->email);
    if (field == u"incidentNumber" || field == u"alertNumber")
        return numberCell(it->number);
    if (field == u"currentIncidentStateId" || field == u"currentAlertStateId")
        return it->stateId.isEmpty() ? Cell{} : textCell(it->stateId);
    if (field == u"monitorType")
        return it->type.isEmpty() ? Cell{} : textCell(it->type);
    if (field == u"incidentNumberWithPrefix" || field == u"alertNumberWithPrefix") {
        if (!it->label.isEmpty())
            return textCell(it->label);
        if (!it->number)
            return {};
        return textCell((relation.key == u"incident" ? QStringLiteral("INC-") : QStringLiteral("ALT-"))
                        + QString::number(*it->number));
    }
    return {};
}

// Checks a related field name against the relation-readable lists (400 otherwise).
void checkRelatedField(const Relation &relation, const QString &field, const QJsonValue &value)
{
    if (value.isObject() && !value.toObject().contains(QStringLiteral("_type")))
        throw HttpError{
            400,
            QStringLiteral("You cannot query deep relations. Querying deep relations is not supported.")};
    if (baseFields.contains(field) || relation.readable.contains(field))
        return;
    if (relation.unreadable.contains(field))
        throw HttpError{400,
                        QStringLiteral("Column %1 on %2 does not support read on relation query.")
                            .arg(field, relation.singular)};
    throw HttpError{400, QStringLiteral("Column %1 not found on %2").arg(field, relation.singular)};
}

HttpError invalidQueryColumn(const QString &name)
{
    return {400, QStringLiteral("Invalid column on SMS Log - %1. Column does not exist.").arg(name)};
}

HttpError forbiddenQueryColumn(const QString &name)
{
    return {422,
            QStringLiteral("You do not have permissions to query on - %1. ").arg(name) + readPermissionText};
}

QList<Predicate> compileQuery(const Context &ctx, const QJsonObject &query)
{
    QList<Predicate> predicates;
    for (auto it = query.constBegin(); it != query.constEnd(); ++it) {
        const QString name = it.key();
        const QJsonValue condition = it.value();
        const bool old = ctx.old;
        if (condition.isObject()
            && condition.toObject().value(QStringLiteral("_type")).toString() == u"MultiSearch") {
            const QJsonObject object = condition.toObject();
            const QString pattern = u'%' + operatorText(object).trimmed() + u'%';
            QList<const Column *> fields;
            for (const QJsonValue &field : object.value(QStringLiteral("fields")).toArray()) {
                if (forbiddenColumns.contains(field.toString()))
                    throw forbiddenQueryColumn(field.toString());
                const Column *column = findColumn(field.toString(), old);
                if (!column)
                    throw invalidQueryColumn(field.toString());
                fields.append(column);
            }
            predicates.append([fields, pattern, old](const OneUptimeRecord &r) {
                for (const Column *column : fields) {
                    const Cell c = column->get(r, old);
                    if (!c.null && ilike(castText(c, column->type), pattern))
                        return true;
                }
                return false;
            });
            continue;
        }
        if (name == u"projectId")
            continue; // replaced by the key's project
        if (forbiddenColumns.contains(name))
            throw forbiddenQueryColumn(name);
        if (const Column *column = findColumn(name, old)) {
            predicates.append(
                compileCondition([column, old](const OneUptimeRecord &r) { return column->get(r, old); },
                                 column->type, condition));
            continue;
        }
        if (const Relation *relation = findRelation(name, old)) {
            const Context context = ctx;
            if (condition.isObject() && !condition.toObject().contains(QStringLiteral("_type"))) {
                const QJsonObject fields = condition.toObject();
                for (auto field = fields.constBegin(); field != fields.constEnd(); ++field) {
                    checkRelatedField(*relation, field.key(), field.value());
                    const QString fieldName = field.key();
                    predicates.append(compileCondition(
                        [context, relation, fieldName](const OneUptimeRecord &r) {
                            return relatedCell(context, *relation, fieldName, r);
                        },
                        relatedType(*relation, fieldName), field.value()));
                }
            } else {
                predicates.append(compileCondition(
                    [context, relation](const OneUptimeRecord &r) {
                        return relatedCell(context, *relation, QStringLiteral("_id"), r);
                    },
                    Type::ObjectId, condition));
            }
            continue;
        }
        throw invalidQueryColumn(name);
    }
    return predicates;
}

// What to put in each output object: scalar columns, and relations with their fields.
struct Selection {
    QList<const Column *> columns;
    QList<QPair<const Relation *, QStringList>> relations;
};

QString selectableList(bool old)
{
    QStringList names;
    for (const Column &column : allColumns()) {
        if (!(old && newOnly(column.name)))
            names << column.name;
    }
    for (const Relation &relation : relations()) {
        if (!(old && newOnly(relation.key)))
            names << relation.key;
    }
    return names.join(QStringLiteral(", "));
}

// `missing`: columns the server lacks although its version has them ("smsText",
// "incident.incidentNumber"); selecting one fails as it would on a server without them.
Selection compileSelect(const QJsonObject &select, bool old, const QStringList &missing = {})
{
    Selection selection;
    selection.columns.append(findColumn(QStringLiteral("_id"), old));
    for (auto it = select.constBegin(); it != select.constEnd(); ++it) {
        const QString name = it.key();
        if (forbiddenColumns.contains(name))
            throw HttpError{422,
                            QStringLiteral("You do not have permissions to select on - %1. ").arg(name)
                                + readPermissionText};
        if (const Column *column = missing.contains(name) ? nullptr : findColumn(name, old)) {
            if (it.value() != QJsonValue(false) && name != u"_id")
                selection.columns.append(column);
            continue;
        }
        if (const Relation *relation = missing.contains(name) ? nullptr : findRelation(name, old)) {
            QStringList fields;
            if (it.value().isObject()) {
                const QJsonObject object = it.value().toObject();
                for (auto field = object.constBegin(); field != object.constEnd(); ++field) {
                    if (missing.contains(name + u'.' + field.key()))
                        throw HttpError{
                            400,
                            QStringLiteral("Column %1 not found on %2").arg(field.key(), relation->singular)};
                    checkRelatedField(*relation, field.key(), field.value());
                    if (field.key() != u"_id" && field.value() != QJsonValue(false))
                        fields << field.key();
                }
            } else if (it.value() == QJsonValue(false)) {
                continue;
            }
            selection.relations.append({relation, fields});
            continue;
        }
        throw HttpError{400,
                        QStringLiteral("Invalid select clause. Cannot select on \"%1\". This column does not "
                                       "exist on SMS Log. Here are the columns you can select on instead: %2")
                            .arg(name, selectableList(old))};
    }
    return selection;
}

QJsonObject serialize(const Context &ctx, const Selection &selection, const OneUptimeRecord &r)
{
    QJsonObject object;
    for (const Column *column : selection.columns)
        object.insert(column->name, toJson(column->get(r, ctx.old), column->type));
    for (const auto &[relation, fields] : selection.relations) {
        const Cell id = relatedCell(ctx, *relation, QStringLiteral("_id"), r);
        if (id.null) {
            object.insert(relation->key, QJsonValue::Null);
            continue;
        }
        QJsonObject related{{QStringLiteral("_id"), id.text}};
        for (const QString &field : fields)
            related.insert(field,
                           toJson(relatedCell(ctx, *relation, field, r), relatedType(*relation, field)));
        object.insert(relation->key, related);
    }
    return object;
}

// ---- a minimal JSON scanner to read the key order of the body's "sort" object ----

class KeyOrderScanner
{
public:
    explicit KeyOrderScanner(const QByteArray &text)
        : m_text(text)
    { }

    // Keys of the object at body["sort"], in document order; empty when absent or malformed.
    QStringList sortKeys()
    {
        QStringList keys;
        skipSpace();
        if (!consume('{'))
            return keys;
        while (true) {
            skipSpace();
            if (consume('}'))
                return keys;
            const QByteArray key = readString();
            skipSpace();
            if (!consume(':'))
                return {};
            skipSpace();
            if (key == "sort" && peek() == '{') {
                keys.clear();
                ++m_pos;
                while (true) {
                    skipSpace();
                    if (consume('}'))
                        break;
                    const QByteArray inner = readString();
                    skipSpace();
                    if (!consume(':') || !skipValue())
                        return {};
                    keys << QJsonDocument::fromJson("[\"" + inner + "\"]").array().at(0).toString();
                    skipSpace();
                    consume(',');
                }
            } else if (!skipValue()) {
                return {};
            }
            skipSpace();
            consume(',');
            if (m_pos >= m_text.size())
                return keys;
        }
    }

private:
    char peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }
    bool consume(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && QByteArrayView(" \t\r\n").contains(m_text.at(m_pos)))
            ++m_pos;
    }
    // Raw contents of a string (escapes kept), the position after its closing quote.
    QByteArray readString()
    {
        if (!consume('"'))
            return {};
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos) != '"')
            m_pos += m_text.at(m_pos) == '\\' ? 2 : 1;
        const QByteArray raw = m_text.mid(start, m_pos - start);
        ++m_pos;
        return raw;
    }
    bool skipValue()
    {
        skipSpace();
        const char c = peek();
        if (c == '"') {
            readString();
            return true;
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_pos < m_text.size()) {
                const char d = m_text.at(m_pos);
                if (d == '"') {
                    readString();
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']')
                    --depth;
                ++m_pos;
                if (depth == 0)
                    return true;
            }
            return false;
        }
        while (m_pos < m_text.size() && !QByteArrayView(",}] \t\r\n").contains(m_text.at(m_pos)))
            ++m_pos;
        return true;
    }

    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

struct SortKey {
    const Column *column;
    bool descending;
};

bool isDescending(const QJsonValue &direction)
{
    if (direction.isObject())
        return isDescending(direction.toObject().value(QStringLiteral("direction")));
    if (direction.isString())
        return direction.toString() == u"DESC" || direction.toString() == u"desc";
    return direction.isDouble() && direction.toDouble() == -1;
}

QList<SortKey> compileSort(const QJsonObject &sort, const QStringList &order, bool old)
{
    QList<SortKey> keys;
    QStringList names = order;
    for (auto it = sort.constBegin(); it != sort.constEnd(); ++it) {
        if (!names.contains(it.key()))
            names << it.key();
    }
    for (const QString &name : std::as_const(names)) {
        if (!sort.contains(name) || names.indexOf(name) != names.lastIndexOf(name))
            continue;
        const Column *column = findColumn(name, old);
        if (!column)
            throw serverError();
        keys.append({column, isDescending(sort.value(name))});
    }
    if (keys.isEmpty())
        keys.append({findColumn(QStringLiteral("createdAt"), old), true});
    return keys;
}

// JavaScript parseInt: leading integer, nullopt for NaN.
std::optional<qint64> parseInteger(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    if (!value.isString())
        return std::nullopt;
    static const QRegularExpression leading(QStringLiteral("^\\s*([+-]?\\d+)"));
    const QRegularExpressionMatch match = leading.match(value.toString());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toLongLong();
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 402: return "Payment Required";
    case 404: return "Not Found";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

OneUptimeServer::Response jsonResponse(int status, const QByteArray &body)
{
    OneUptimeServer::Response response;
    response.status = status;
    response.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "application/json; charset=utf-8"));
    response.body = body;
    return response;
}

// Sets the fields of `fields` on `record` as they are (a wrong type included).
void patch(QJsonObject &record, const QJsonObject &fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it)
        record.insert(it.key(), it.value());
}

bool consumeFault(int &count)
{
    if (count == 0)
        return false;
    if (count > 0)
        --count;
    return true;
}

} // namespace

// ---- OneUptimeRecordedRequest ----

QByteArray OneUptimeRecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool OneUptimeRecordedRequest::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&](const auto &pair) { return pair.first.compare(name, Qt::CaseInsensitive) == 0; });
}

// ---- OneUptimeServer ----

OneUptimeServer::OneUptimeServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &OneUptimeServer::handleNewConnection);
}

OneUptimeServer::~OneUptimeServer() = default;

QString OneUptimeServer::loadCache(const QString &path)
{
    const QString connection = QStringLiteral("oneuptimeserver-%1").arg(quintptr(this));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QStringList columns{
                QStringLiteral("id"),         QStringLiteral("created_at"),     QStringLiteral("updated_at"),
                QStringLiteral("project_id"), QStringLiteral("to_number"),      QStringLiteral("from_number"),
                QStringLiteral("sms_text"),   QStringLiteral("status_message"), QStringLiteral("error_code"),
                QStringLiteral("status"),     QStringLiteral("cost_cents")};
            for (int i = 0; i < LinkKindCount; ++i)
                columns << CacheSchema::linkColumn(i);
            columns << QStringLiteral("provider_external_id");
            QSqlQuery query(db);
            query.setForwardOnly(true);
            QList<OneUptimeRecord> records;
            QHash<QString, OneUptimeLinked> linked;
            const auto text = [&](int i) {
                const QVariant v = query.value(i);
                return v.isNull() ? std::optional<QString>() : std::optional<QString>(v.toString());
            };
            const auto integer = [&](int i) {
                const QVariant v = query.value(i);
                return v.isNull() ? std::optional<qint64>() : std::optional<qint64>(v.toLongLong());
            };
            if (!query.exec(QStringLiteral("SELECT %1 FROM sms_log ORDER BY rid").arg(columns.join(u','))))
                error = query.lastError().text();
            while (error.isEmpty() && query.next()) {
                OneUptimeRecord r;
                r.id = query.value(0).toString().toLower();
                r.createdAtMs = integer(1);
                r.updatedAtMs = integer(2);
                r.projectId = query.value(3).toString().toLower();
                r.toNumber = text(4);
                r.fromNumber = text(5);
                r.smsText = text(6);
                r.statusMessage = text(7);
                r.errorCode = text(8);
                r.status = text(9);
                r.costCents = integer(10);
                for (int i = 0; i < LinkKindCount; ++i) {
                    const QString id = query.value(11 + i).toString();
                    if (!id.isEmpty())
                        r.links.insert(linkKindKey(allLinkKinds[size_t(i)]), id.toLower());
                }
                r.providerExternalId = text(11 + LinkKindCount);
                records.append(r);
            }
            if (error.isEmpty()
                && !query.exec(QStringLiteral("SELECT kind, id, name, number, email FROM linked_resource")))
                error = query.lastError().text();
            while (error.isEmpty() && query.next()) {
                OneUptimeLinked link;
                link.name = query.value(2).toString();
                link.number = integer(3);
                link.email = query.value(4).toString();
                linked.insert(query.value(0).toString() + u'/' + query.value(1).toString().toLower(), link);
            }
            // Format 3: the contexts a sync kept; states and severities get ids made from their names.
            QHash<QString, QHash<QString, QString>> names;
            const auto nameId = [&names](const QString &list, const QString &name) {
                const QString id
                    = QUuid::createUuidV5(QUuid(), list + u'/' + name).toString(QUuid::WithoutBraces);
                names[list].insert(id, name);
                return id;
            };
            if (error.isEmpty()
                && query.exec(QStringLiteral("SELECT kind, id, label, state, severity, type"
                                             " FROM resource_context"))) {
                while (query.next()) {
                    const QString kind = query.value(0).toString();
                    OneUptimeLinked &link = linked[kind + u'/' + query.value(1).toString().toLower()];
                    link.label = query.value(2).toString();
                    if (const QString state = query.value(3).toString(); !state.isEmpty())
                        link.stateId = nameId(kind + QStringLiteral("-state"), state);
                    if (const QString severity = query.value(4).toString(); !severity.isEmpty())
                        link.severityId = nameId(kind + QStringLiteral("-severity"), severity);
                    link.type = query.value(5).toString();
                }
            }
            if (error.isEmpty()) {
                setRecords(records, linked);
                m_names = names;
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

void OneUptimeServer::setRecords(const QList<OneUptimeRecord> &records,
                                 const QHash<QString, OneUptimeLinked> &linked)
{
    m_records = records;
    m_linked = linked;
}

QString OneUptimeServer::largestProject() const
{
    QHash<QString, int> counts;
    for (const OneUptimeRecord &r : m_records)
        ++counts[r.projectId];
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best)
            || (it.value() == counts.value(best) && it.key() < best))
            best = it.key();
    }
    return best;
}

void OneUptimeServer::addKey(const QString &key, const QString &projectId, const QString &permission)
{
    m_keys.insert(key.toLower(), {projectId.toLower(), permission});
}

void OneUptimeServer::setOldServer(bool old)
{
    m_oldServer = old;
}

qint64 OneUptimeServer::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs;
}

QByteArray OneUptimeServer::httpDate(qint64 msSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC);
    return QLocale::c().toString(time, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

QString OneUptimeServer::version() const
{
    return m_oldServer ? QStringLiteral("7.0.1000") : QStringLiteral("12.0.5");
}

quint16 OneUptimeServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return 0;
    return m_server->serverPort();
}

quint16 OneUptimeServer::port() const
{
    return m_server->serverPort();
}

QUrl OneUptimeServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QString OneUptimeServer::applyFaultsJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return parseError.errorString();
    const QJsonObject o = document.object();
    OneUptimeFaults &f = m_faults;
    const auto number = [&](const char *name, int &target) {
        if (o.contains(QLatin1String(name)))
            target = o.value(QLatin1String(name)).toInt();
    };
    number("rateLimitCount", f.rateLimitCount);
    number("errorCount", f.errorCount);
    number("errorStatus", f.errorStatus);
    number("delayCount", f.delayCount);
    number("delayMs", f.delayMs);
    number("dripCount", f.dripCount);
    number("dripChunkBytes", f.dripChunkBytes);
    number("dripIntervalMs", f.dripIntervalMs);
    number("truncateCount", f.truncateCount);
    number("malformedCount", f.malformedCount);
    number("htmlCount", f.htmlCount);
    number("htmlStatus", f.htmlStatus);
    number("redirectCount", f.redirectCount);
    number("insertCount", f.insertCount);
    number("insertRows", f.insertRows);
    number("paymentRequiredCount", f.paymentRequiredCount);
    number("patchCount", f.patchCount);
    number("hugePageCount", f.hugePageCount);
    number("countLieCount", f.countLieCount);
    number("countOffset", f.countOffset);
    number("duplicateCount", f.duplicateCount);
    number("removeCount", f.removeCount);
    number("removeRows", f.removeRows);
    if (o.contains(QStringLiteral("fieldPatch")))
        f.fieldPatch = o.value(QStringLiteral("fieldPatch")).toObject();
    if (o.contains(QStringLiteral("retryAfter")))
        f.retryAfter = o.value(QStringLiteral("retryAfter")).toVariant().toString().toUtf8();
    if (o.contains(QStringLiteral("redirectBase")))
        f.redirectBase = QUrl(o.value(QStringLiteral("redirectBase")).toString());
    return {};
}

void OneUptimeServer::insertNewest(const QString &projectId, int count)
{
    // Created "now" by the server's clock, like a real send; still the newest rows when the data
    // reaches into the future.
    qint64 newest = 0;
    for (const OneUptimeRecord &r : std::as_const(m_records))
        newest = std::max(newest, r.createdAtMs.value_or(0));
    const qint64 base = std::max(nowMs(), newest + 1);
    for (int i = 0; i < count; ++i) {
        OneUptimeRecord r;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toLower();
        r.createdAtMs = base + i;
        r.updatedAtMs = r.createdAtMs;
        r.projectId = projectId;
        ++m_inserted;
        r.toNumber = QStringLiteral("+1555%1").arg(m_inserted, 7, 10, QLatin1Char('0'));
        r.smsText = QStringLiteral("Inserted message %1").arg(m_inserted);
        r.status = QStringLiteral("Delivered");
        r.costCents = 0;
        m_records.append(r);
    }
}

void OneUptimeServer::removeOldest(const QString &projectId, int count)
{
    // Oldest by createdAt; rows without a time go first, as a retention job would take them.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_records.size(); ++i)
        if (m_records.at(i).projectId == projectId)
            order.append(i);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        return m_records.at(a).createdAtMs.value_or(0) < m_records.at(b).createdAtMs.value_or(0);
    });
    order.resize(std::min<qsizetype>(order.size(), std::max(0, count)));
    std::sort(order.begin(), order.end(), std::greater<>());
    for (const qsizetype i : std::as_const(order))
        m_records.removeAt(i);
}

void OneUptimeServer::handleNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Answers go out at once (no Nagle wait for the client's delayed acknowledgement).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            // Still busy: the client went away before its answer was complete (the server's own
            // closes leave the busy set first).
            if (m_busy.remove(socket))
                ++m_abandoned;
            socket->deleteLater();
        });
    }
}

void OneUptimeServer::handleReadyRead(QTcpSocket *socket)
{
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (m_busy.contains(socket))
        return;
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    OneUptimeRecordedRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    const qsizetype length = request.header("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    m_requests.append(request);
    QElapsedTimer answering;
    answering.start();
    const Response response = respond(request);
    m_answerNs += answering.nsecsElapsed();
    send(socket, response, request.header("connection").compare("close", Qt::CaseInsensitive) == 0);
}

void OneUptimeServer::send(QTcpSocket *socket, const Response &response, bool close)
{
    m_busy.insert(socket);
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    head += "Date: " + httpDate(nowMs()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += close || response.truncate ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";

    const auto finish = [this, socket, close] {
        m_busy.remove(socket);
        if (close) {
            socket->disconnectFromHost();
            return;
        }
        QTimer::singleShot(0, socket, [this, socket] { handleReadyRead(socket); });
    };
    const auto write = [this, socket, head, response, finish] {
        socket->write(head);
        if (response.truncate) {
            socket->write(response.body.left(response.body.size() / 2));
            socket->flush();
            m_busy.remove(socket);
            socket->disconnectFromHost();
            return;
        }
        if (response.dripChunkBytes <= 0 || response.body.isEmpty()) {
            socket->write(response.body);
            finish();
            return;
        }
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, offset, response, finish] {
            socket->write(response.body.mid(*offset, response.dripChunkBytes));
            socket->flush();
            *offset += response.dripChunkBytes;
            if (*offset >= response.body.size()) {
                timer->stop();
                timer->deleteLater();
                finish();
            }
        });
        timer->start(response.dripIntervalMs);
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, write);
    else
        write();
}

OneUptimeServer::Response OneUptimeServer::respond(const OneUptimeRecordedRequest &request)
{
    const QByteArray path = request.target.split('?').value(0);
    if (path == "/__faults" && request.method == "POST") {
        const QString error = applyFaultsJson(request.body);
        if (!error.isEmpty())
            return jsonResponse(400, jsonBytes({{QStringLiteral("error"), error}}));
        return jsonResponse(200, jsonBytes({{QStringLiteral("ok"), true}}));
    }
    Response response;
    if (consumeFault(m_faults.redirectCount)) {
        QString base = m_faults.redirectBase.toString();
        while (base.endsWith(u'/'))
            base.chop(1);
        response.status = 302;
        response.headers.append(QPair<QByteArray, QByteArray>("Location", base.toUtf8() + request.target));
        response.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "text/plain; charset=utf-8"));
        response.body = "Found. Redirecting to " + base.toUtf8() + request.target;
    } else if (consumeFault(m_faults.rateLimitCount)) {
        response
            = jsonResponse(429, jsonBytes({{QStringLiteral("error"), QStringLiteral("Too Many Requests")}}));
        response.headers.append(QPair<QByteArray, QByteArray>("Retry-After", m_faults.retryAfter));
    } else if (consumeFault(m_faults.paymentRequiredCount)) {
        response = jsonResponse(
            402,
            jsonBytes({{QStringLiteral("error"),
                        QStringLiteral("Your current subscription is in an unpaid state. Looks like your "
                                       "payment method failed. Please add a new payment method in "
                                       "Project Settings > Invoices to pay unpaid invoices.")}}));
    } else if (consumeFault(m_faults.errorCount)) {
        response = jsonResponse(m_faults.errorStatus,
                                jsonBytes({{QStringLiteral("error"), QStringLiteral("Server Error")}}));
    } else if (consumeFault(m_faults.htmlCount)) {
        response.status = m_faults.htmlStatus;
        response.headers.append(QPair<QByteArray, QByteArray>("Content-Type", "text/html"));
        response.body
            = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
              "Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    } else {
        response = respondApi(request);
    }
    if (consumeFault(m_faults.malformedCount)) {
        response.status = 200;
        response.body = "{\"data\": [{\"_id\": \"0b6f2e1c\", \"status\": Delivered}], \"count\": ";
    }
    if (consumeFault(m_faults.delayCount))
        response.delayMs = m_faults.delayMs;
    if (consumeFault(m_faults.dripCount)) {
        response.dripChunkBytes = std::max(1, m_faults.dripChunkBytes);
        response.dripIntervalMs = std::max(0, m_faults.dripIntervalMs);
    }
    if (consumeFault(m_faults.truncateCount))
        response.truncate = true;
    return response;
}

OneUptimeServer::Response OneUptimeServer::respondApi(const OneUptimeRecordedRequest &request)
{
    const QList<QByteArray> parts = request.target.split('?');
    const QByteArray path = parts.value(0);
    const QUrlQuery urlQuery(QString::fromUtf8(parts.value(1)));
    const bool post = request.method == "POST";
    const bool get = request.method == "GET";
    const Context ctx{&m_linked, m_oldServer};

    if (path == "/api/version" && get)
        return jsonResponse(200,
                            jsonBytes({{QStringLiteral("version"), version()},
                                       {QStringLiteral("commit"), QStringLiteral("0123456789abcdef")}}));
    static const QRegularExpression itemRoute(QStringLiteral("^/api/sms-log/([^/]+)/get-item$"));
    static const QRegularExpression announcementRoute(
        QStringLiteral("^/api/status-page-announcement/([^/]+)/get-item$"));
    const QRegularExpressionMatch itemMatch = itemRoute.match(QString::fromUtf8(path));
    const QRegularExpressionMatch announcementMatch = announcementRoute.match(QString::fromUtf8(path));
    const bool isList = path == "/api/sms-log/get-list" && (post || get);
    const bool isCount = path == "/api/sms-log/count" && post;
    const bool isItem = itemMatch.hasMatch() && (post || get);
    const bool isAnnouncement = announcementMatch.hasMatch() && (post || get);
    // Incidents, alerts and monitors (by id) and the state and severity lists: get-list only.
    static const QRegularExpression resourceListRoute(QStringLiteral(
        "^/api/(incident|alert|monitor|incident-state|incident-severity|alert-state|alert-severity)/"
        "get-list$"));
    const QRegularExpressionMatch resourceListMatch = resourceListRoute.match(QString::fromUtf8(path));
    const bool isResourceList = resourceListMatch.hasMatch() && post && !m_oldServer;
    if (!isList && !isCount && !isItem && !isAnnouncement && !isResourceList)
        return jsonResponse(404,
                            jsonBytes(QJsonObject{{QStringLiteral("message"),
                                                   QString(QStringLiteral("Page not found - ")
                                                           + QString::fromUtf8(request.target))}}));
    try {
        // Authentication and permission.
        Key key;
        {
            static const QHash<QString, QString> resourceNames{
                {QStringLiteral("incident"), QStringLiteral("Incident")},
                {QStringLiteral("alert"), QStringLiteral("Alert")},
                {QStringLiteral("monitor"), QStringLiteral("Monitor")},
                {QStringLiteral("incident-state"), QStringLiteral("Incident State")},
                {QStringLiteral("incident-severity"), QStringLiteral("Incident Severity")},
                {QStringLiteral("alert-state"), QStringLiteral("Alert State")},
                {QStringLiteral("alert-severity"), QStringLiteral("Alert Severity")}};
            const QString resource = isAnnouncement ? QStringLiteral("Status Page Announcement")
                : isResourceList                    ? resourceNames.value(resourceListMatch.captured(1))
                                                    : QStringLiteral("SMS Log");
            const QString given = QString::fromUtf8(request.header("apikey")).trimmed();
            const bool present = request.hasHeader("apikey") && !(m_oldServer && given.isEmpty());
            if (!present)
                throw HttpError{
                    401,
                    m_oldServer
                        ? QStringLiteral("A user should be logged in to read record of %1.").arg(resource)
                        : QStringLiteral("Authenticated user or a valid API key is needed "
                                         "to read record of %1.")
                              .arg(resource)};
            if (m_oldServer && !isUuid(given))
                throw serverError();
            if (!isUuid(given) || !m_keys.contains(given.toLower()))
                throw HttpError{400, QStringLiteral("Invalid API Key")};
            key = m_keys.value(given.toLower());
            static const QStringList readers{QStringLiteral("ProjectOwner"), QStringLiteral("ProjectAdmin"),
                                             QStringLiteral("ProjectMember"), QStringLiteral("Viewer"),
                                             QStringLiteral("ReadSmsLog")};
            // Announcements: the project roles only (a key made for SMS logs may not read them).
            static const QStringList announcementReaders{QStringLiteral("ProjectOwner"),
                                                         QStringLiteral("ProjectAdmin"),
                                                         QStringLiteral("ProjectMember")};
            if (isAnnouncement && !announcementReaders.contains(key.permission))
                throw HttpError{
                    422,
                    QStringLiteral("You do not have permissions to read Status Page Announcement. "
                                   "You need one of these permissions: Project Owner, Project "
                                   "Admin, Project Member, Read Status Page Announcement")};
            // As OneUptime 9.5.13 answers (tests/realserver): 422, naming the permissions that would do.
            if (isResourceList && !announcementReaders.contains(key.permission))
                throw HttpError{
                    422,
                    QStringLiteral("You do not have permissions to read %1. You need one of these "
                                   "permissions: Project Owner, Project Admin, Project Member, "
                                   "Read %1, Read All Project Resources")
                        .arg(resource)};
            if (!readers.contains(key.permission))
                throw HttpError{422,
                                QStringLiteral("You do not have permissions to read SMS Log. ")
                                    + readPermissionText};
        }

        // Body: JSON only for application/json.
        QJsonObject body;
        if (request.header("content-type").toLower().contains("application/json")
            && !request.body.trimmed().isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
            if (parseError.error != QJsonParseError::NoError)
                throw serverError();
            body = document.object();
        }

        const auto tenantRows = [&](const QList<Predicate> &predicates) {
            QList<const OneUptimeRecord *> rows;
            for (const OneUptimeRecord &r : std::as_const(m_records)) {
                if (r.projectId != key.projectId)
                    continue;
                if (std::all_of(predicates.cbegin(), predicates.cend(),
                                [&](const Predicate &p) { return p(r); }))
                    rows.append(&r);
            }
            return rows;
        };

        if (isAnnouncement) {
            const QString id = announcementMatch.captured(1);
            if (!isUuid(id))
                throw HttpError{400,
                                QStringLiteral("Invalid ID format: \"%1\". Expected a valid UUID (e.g., "
                                               "\"550e8400-e29b-41d4-a716-446655440000\").")
                                    .arg(id)};
            // An announcement of the key's project: one that an SMS log of that project links to.
            const QString lower = id.toLower();
            const QString kind = QStringLiteral("statusPageAnnouncement");
            const auto found = m_linked.constFind(kind + u'/' + lower);
            const bool ours = found != m_linked.cend()
                && std::any_of(m_records.cbegin(), m_records.cend(), [&](const OneUptimeRecord &r) {
                                  return r.projectId == key.projectId && r.links.value(kind) == lower;
                              });
            if (!ours)
                return jsonResponse(200, "{}");
            QJsonObject answer{{QStringLiteral("_id"), lower}};
            const QJsonObject select = body.value(QStringLiteral("select")).toObject();
            if (select.value(QStringLiteral("title")).toBool())
                answer.insert(QStringLiteral("title"), found->name);
            return jsonResponse(200, jsonBytes(answer));
        }

        if (isResourceList) {
            const QString list = resourceListMatch.captured(1);
            QJsonArray data;
            if (list.contains(u'-')) { // a state or severity list
                const QHash<QString, QString> names = m_names.value(list);
                for (auto it = names.cbegin(); it != names.cend(); ++it)
                    data.append(
                        QJsonObject{{QStringLiteral("_id"), it.key()}, {QStringLiteral("name"), it.value()}});
            } else { // incidents, alerts or monitors of the key's project, by id
                const QJsonObject ids
                    = body.value(QStringLiteral("query")).toObject().value(QStringLiteral("_id")).toObject();
                const QJsonObject select = body.value(QStringLiteral("select")).toObject();
                for (const QJsonValue &value : ids.value(QStringLiteral("value")).toArray()) {
                    const QString id = value.toString().toLower();
                    const auto found = m_linked.constFind(list + u'/' + id);
                    const bool ours = found != m_linked.cend()
                        && std::any_of(m_records.cbegin(), m_records.cend(), [&](const OneUptimeRecord &r) {
                                          return r.projectId == key.projectId && r.links.value(list) == id;
                                      });
                    if (!ours)
                        continue;
                    QJsonObject row{{QStringLiteral("_id"), id}};
                    const QString severityField = list + QStringLiteral("SeverityId");
                    if (select.value(severityField).toBool() && !found->severityId.isEmpty())
                        row.insert(severityField, found->severityId);
                    if (select.value(QStringLiteral("monitorType")).toBool() && !found->type.isEmpty())
                        row.insert(QStringLiteral("monitorType"), found->type);
                    data.append(row);
                }
            }
            return jsonResponse(200,
                                jsonBytes(QJsonObject{{QStringLiteral("data"), data},
                                                      {QStringLiteral("count"), data.size()},
                                                      {QStringLiteral("skip"), 0},
                                                      {QStringLiteral("limit"), data.size()}}));
        }

        if (isItem) {
            const QString id = itemMatch.captured(1);
            if (!isUuid(id)) {
                if (m_oldServer)
                    throw serverError();
                throw HttpError{400,
                                QStringLiteral("Invalid ID format: \"%1\". Expected a valid UUID (e.g., "
                                               "\"550e8400-e29b-41d4-a716-446655440000\").")
                                    .arg(id)};
            }
            const Selection selection = compileSelect(body.value(QStringLiteral("select")).toObject(),
                                                      m_oldServer, m_missingColumns);
            for (const OneUptimeRecord &r : std::as_const(m_records)) {
                if (r.projectId == key.projectId && r.id == id.toLower()) {
                    QJsonObject record = serialize(ctx, selection, r);
                    if (consumeFault(m_faults.patchCount))
                        patch(record, m_faults.fieldPatch);
                    return jsonResponse(200, jsonBytes(record));
                }
            }
            return jsonResponse(200, "{}");
        }

        if (isCount) {
            const QList<Predicate> predicates
                = compileQuery(ctx, body.value(QStringLiteral("query")).toObject());
            qint64 count = tenantRows(predicates).size();
            if (consumeFault(m_faults.countLieCount))
                count = std::max<qint64>(0, count + m_faults.countOffset);
            return jsonResponse(200, jsonBytes({{QStringLiteral("count"), count}}));
        }

        // get-list: paging.
        const auto paging = [&](const QString &name, qint64 fallback, bool &fromQuery) {
            std::optional<qint64> value;
            fromQuery = urlQuery.hasQueryItem(name);
            if (fromQuery)
                value = parseInteger(urlQuery.queryItemValue(name, QUrl::FullyDecoded));
            else if (!m_oldServer && body.contains(name))
                value = parseInteger(body.value(name));
            else
                return fallback;
            if (!value || (name == u"limit" && *value == 0))
                return fallback;
            if (*value < 0)
                throw HttpError{400, QStringLiteral("positiveNumber cannot be less than 0")};
            return *value;
        };
        bool skipFromQuery = false;
        bool limitFromQuery = false;
        const qint64 skip = paging(QStringLiteral("skip"), 0, skipFromQuery);
        const qint64 limit = paging(QStringLiteral("limit"), 10, limitFromQuery);
        const qint64 maxLimit = m_oldServer ? 1000 : 10000;
        if (limit > maxLimit)
            throw HttpError{400, QStringLiteral("Limit should be less than %1").arg(maxLimit)};
        if (!body.value(QStringLiteral("groupBy")).toObject().isEmpty())
            throw HttpError{400, QStringLiteral("GroupBy is currently not supported")};

        const Selection selection
            = compileSelect(body.value(QStringLiteral("select")).toObject(), m_oldServer, m_missingColumns);
        const QList<Predicate> predicates = compileQuery(ctx, body.value(QStringLiteral("query")).toObject());
        const QList<SortKey> sortKeys = compileSort(body.value(QStringLiteral("sort")).toObject(),
                                                    KeyOrderScanner(request.body).sortKeys(), m_oldServer);
        // OneUptime 7.0 to 9.5.13 (tests/realserver): with a relation selected, a sort on a column
        // that is not selected fails in TypeORM's paging query with 500 "Server Error". The
        // tie-breaker _id is always there, and so is the default sort (none asked for).
        if (!selection.relations.isEmpty() && !body.value(QStringLiteral("sort")).toObject().isEmpty())
            for (const SortKey &key : sortKeys)
                if (key.column->name != u"_id" && !selection.columns.contains(key.column))
                    throw serverError();
        const QList<const OneUptimeRecord *> matching = tenantRows(predicates);
        const bool old = m_oldServer;
        // Each row's sort cells once, then the sort (cells are costly to make).
        struct Sortable {
            const OneUptimeRecord *record;
            QList<Cell> cells;
        };
        QList<Sortable> rows;
        rows.reserve(matching.size());
        for (const OneUptimeRecord *r : matching) {
            Sortable row{r, {}};
            for (const SortKey &key : sortKeys)
                row.cells.append(key.column->get(*r, old));
            rows.append(row);
        }
        std::stable_sort(rows.begin(), rows.end(), [&](const Sortable &a, const Sortable &b) {
            for (qsizetype k = 0; k < sortKeys.size(); ++k) {
                const Cell &x = a.cells.at(k);
                const Cell &y = b.cells.at(k);
                // PostgreSQL: NULLs sort as larger than any value (last ascending, first descending).
                int order = 0;
                if (x.null != y.null)
                    order = x.null ? 1 : -1;
                else if (!x.null)
                    order = compareCells(x, y);
                if (order != 0)
                    return sortKeys.at(k).descending ? order > 0 : order < 0;
            }
            return false;
        });
        const qint64 answered = consumeFault(m_faults.hugePageCount) ? maxLimit : limit;
        const bool patched = consumeFault(m_faults.patchCount);
        QJsonArray data;
        for (qint64 i = skip; i < rows.size() && i < skip + answered; ++i) {
            QJsonObject record = serialize(ctx, selection, *rows.at(i).record);
            if (patched)
                patch(record, m_faults.fieldPatch);
            data.append(record);
        }
        if (consumeFault(m_faults.duplicateCount))
            for (qsizetype i = 0, n = data.size(); i < n; ++i)
                data.append(data.at(i));
        qint64 count = rows.size();
        if (consumeFault(m_faults.countLieCount))
            count = std::max<qint64>(0, count + m_faults.countOffset);
        const QByteArray bytes = "{\"data\":" + QJsonDocument(data).toJson(QJsonDocument::Compact)
            + ",\"count\":" + QByteArray::number(count)
            + ",\"skip\":" + QByteArray::number(skipFromQuery ? skip : 0)
            + ",\"limit\":" + QByteArray::number(limitFromQuery ? limit : 10) + '}';
        if (consumeFault(m_faults.insertCount))
            insertNewest(key.projectId, m_faults.insertRows);
        if (consumeFault(m_faults.removeCount))
            removeOldest(key.projectId, m_faults.removeRows);
        return jsonResponse(200, bytes);
    } catch (const HttpError &error) {
        return jsonResponse(error.status, jsonBytes({{error.key, error.message}}));
    }
}
