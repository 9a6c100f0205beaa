// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "oneuptimeparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>
#include <cmath>

namespace OneUptimeParser {

namespace {

// At most this many characters of a response body go into SourceError::detail.
constexpr qsizetype ExcerptLength = 200;
// Doubles are exact integers only up to 2^53; beyond that a value may already have been rounded.
constexpr double MaxExactDouble = 9007199254740992.0;

// `text` cut to at most `length` characters (not splitting a surrogate pair), with an ellipsis
// when something was cut.
QString shortened(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    qsizetype cut = length;
    if (cut > 0 && text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

// The first ExcerptLength characters of a body as one line of printable text.
QString bodyExcerpt(const QByteArray &body)
{
    // A UTF-8 character has at most four bytes: decode a bounded prefix only.
    const qsizetype prefixBytes = ExcerptLength * 4;
    QString text = QString::fromUtf8(body.left(prefixBytes)).simplified();
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xFFFD);
    }
    if (body.size() > prefixBytes && text.size() <= ExcerptLength)
        return text + QChar(0x2026);
    return shortened(text, ExcerptLength);
}

SourceError makeError(const QString &message, const QString &reason, const QByteArray &body)
{
    SourceError error;
    error.kind = SourceError::Kind::Query;
    error.message = message;
    const QString excerpt = bodyExcerpt(body);
    error.detail = excerpt.isEmpty() ? reason
                                     : reason + u'\n'
            + QCoreApplication::translate("OneUptimeParser", "Response begins with: %1").arg(excerpt);
    return error;
}

// The exact integer a JSON number stands for: a value Qt holds as qint64, or a double without
// fraction within ±2^53. nullopt for anything else. Note: Qt 6's JSON parser itself stores every
// integral number that fits qint64 as an integer, including literals like 10.0 or 1e3; a literal
// beyond qint64 (e.g. 2^64) stays a double and is refused here.
std::optional<qint64> exactInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return variant.toLongLong();
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > MaxExactDouble)
        return std::nullopt;
    return static_cast<qint64>(number);
}

// A short description of what a value is, for warnings.
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        if (const auto integer = exactInteger(value))
            return QString::number(*integer);
        return QString::number(value.toDouble(), 'g', 17);
    }
    case QJsonValue::String: return u'"' + shortened(value.toString(), 40) + u'"';
    case QJsonValue::Array: return QCoreApplication::translate("OneUptimeParser", "a list");
    case QJsonValue::Object: {
        const QJsonValue type = value.toObject().value(QStringLiteral("_type"));
        if (type.isString()) {
            return QCoreApplication::translate("OneUptimeParser", "a \"%1\" value without \"value\"")
                .arg(shortened(type.toString(), 40));
        }
        return QCoreApplication::translate("OneUptimeParser", "an object");
    }
    case QJsonValue::Undefined: break;
    }
    return QCoreApplication::translate("OneUptimeParser", "nothing");
}

// The error text an error body carries: "error" first, then "message" (section 10).
QString serverErrorText(const QJsonObject &object)
{
    for (const QString &key : {QStringLiteral("error"), QStringLiteral("message")}) {
        const QJsonValue value = object.value(key);
        if (value.isString()) {
            const QString text = value.toString().trimmed();
            if (!text.isEmpty())
                return text;
        }
    }
    return {};
}

SourceError reportedError(const QString &text, const QByteArray &body)
{
    return makeError(QCoreApplication::translate("OneUptimeParser", "The server reported an error: %1")
                         .arg(shortened(text, 500)),
                     QCoreApplication::translate("OneUptimeParser", "Error object in a successful response."),
                     body);
}

// The body as a JSON object, or the error that says why it is not one.
std::variant<QJsonObject, SourceError> parseObjectBody(const QByteArray &body)
{
    qsizetype start = 0;
    if (body.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark
        start = 3;
    while (start < body.size() && QChar::isSpace(static_cast<uchar>(body.at(start))))
        ++start;
    if (start == body.size()) {
        return makeError(QCoreApplication::translate("OneUptimeParser", "The server sent an empty response."),
                         QCoreApplication::translate("OneUptimeParser", "Empty body."), body);
    }
    if (body.at(start) == '<') {
        return makeError(QCoreApplication::translate("OneUptimeParser",
                                                     "The server sent a web page instead of SMS log data. "
                                                     "Check that the instance URL points to a OneUptime "
                                                     "server."),
                         QCoreApplication::translate("OneUptimeParser", "HTML instead of JSON."), body);
    }
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(start == 0 ? body : body.sliced(start), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(QCoreApplication::translate("OneUptimeParser",
                                                     "The server's response could not be read: it is not "
                                                     "valid JSON or it was cut off. Try again."),
                         QCoreApplication::translate("OneUptimeParser", "JSON error at byte %1: %2.")
                             .arg(parseError.offset + start)
                             .arg(parseError.errorString()),
                         body);
    }
    if (!document.isObject()) {
        return makeError(
            QCoreApplication::translate("OneUptimeParser", "The server's response has an unexpected format."),
            QCoreApplication::translate("OneUptimeParser", "Expected a JSON object, got %1.")
                .arg(document.isArray() ? QCoreApplication::translate("OneUptimeParser", "a list")
                                        : QCoreApplication::translate("OneUptimeParser", "a single value")),
            body);
    }
    return document.object();
}

// Parses "YYYY-MM-DDTHH:MM[:SS[.fff…]][Z|±HH[:MM]]" to UTC. Without a zone the time is taken as
// UTC (the server stores timestamptz and writes it with toISOString). Invalid when unparsable.
// The form servers send (JavaScript's toISOString: "2026-08-20T09:15:02.117Z"), read without a
// regular expression: two of them per record, thousands of records per page.
std::optional<QDateTime> parseCanonicalIsoDateTime(const QString &text)
{
    if (text.size() != 24 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T'
        || text.at(13) != u':' || text.at(16) != u':' || text.at(19) != u'.' || text.at(23) != u'Z')
        return std::nullopt;
    const auto digits = [&text](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int fields[] = {digits(0, 4),  digits(5, 2),  digits(8, 2), digits(11, 2),
                          digits(14, 2), digits(17, 2), digits(20, 3)};
    for (int field : fields)
        if (field < 0)
            return std::nullopt;
    const QDate date(fields[0], fields[1], fields[2]);
    const QTime time(fields[3], fields[4], fields[5], fields[6]);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}

QDateTime parseIsoDateTime(const QString &text)
{
    if (const auto canonical = parseCanonicalIsoDateTime(text))
        return *canonical;
    static const QRegularExpression pattern(QStringLiteral(
        "^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]+))?)?"
        "(?:([Zz])|([+-])([0-9]{2})(?::?([0-9]{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const auto number = [&match](int group) { return match.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    int milliseconds = 0;
    if (match.hasCaptured(7)) {
        const QString fraction = match.captured(7) + QStringLiteral("00");
        milliseconds = QStringView(fraction).left(3).toInt();
    }
    const QTime time(number(4), number(5), match.hasCaptured(6) ? number(6) : 0, milliseconds);
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    if (match.hasCaptured(9)) {
        const int hours = number(10);
        const int minutes = match.hasCaptured(11) ? number(11) : 0;
        if (hours > 23 || minutes > 59)
            return {};
        offsetSeconds = (hours * 60 + minutes) * 60;
        if (match.capturedView(9) == u"-")
            offsetSeconds = -offsetSeconds;
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

// Reads fields of one record object and collects warnings that name the record.
class FieldReader
{
public:
    FieldReader(QString recordId, QStringList *warnings)
        : m_recordId(std::move(recordId))
        , m_warnings(warnings)
    { }

    void warn(const QString &text) const
    {
        if (m_warnings)
            m_warnings->append(
                QCoreApplication::translate("OneUptimeParser", "SMS log %1: %2").arg(m_recordId, text));
    }

    void warnUnexpected(const QString &label, const QJsonValue &value) const
    {
        warn(QCoreApplication::translate("OneUptimeParser",
                                         "\"%1\" has an unexpected value (%2) and was ignored.")
                 .arg(label, describe(value)));
    }

    // A text field; wrapped or plain. `numberAsText` accepts a JSON number (errorCode).
    QString text(const QJsonObject &object, const QString &key, const QString &label,
                 bool numberAsText = false) const
    {
        const QJsonValue value = unwrap(object.value(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (value.isString())
            return value.toString();
        if (numberAsText && value.isDouble()) {
            if (const auto integer = exactInteger(value))
                return QString::number(*integer);
            return QString::number(value.toDouble(), 'g', 17);
        }
        warnUnexpected(label, value);
        return {};
    }

    QDateTime dateTime(const QJsonObject &object, const QString &key) const
    {
        const QJsonValue value = unwrap(object.value(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            warnUnexpected(key, value);
            return {};
        }
        const QDateTime result = parseIsoDateTime(value.toString());
        if (!result.isValid()) {
            warn(QCoreApplication::translate("OneUptimeParser", "\"%1\" is not a date (%2) and was ignored.")
                     .arg(key, describe(value)));
        }
        return result;
    }

    std::optional<qint64> integer(const QJsonObject &object, const QString &key, const QString &label) const
    {
        const QJsonValue value = unwrap(object.value(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (const auto result = exactInteger(value))
            return result;
        warnUnexpected(label, value);
        return std::nullopt;
    }

    // smsCostInUSDCents: an exact integer or nothing. Money is never guessed from text or fractions.
    std::optional<qint64> cost(const QJsonObject &object) const
    {
        const QString key = QStringLiteral("smsCostInUSDCents");
        const QJsonValue raw = object.value(key);
        if (raw.isUndefined())
            return std::nullopt;
        const QJsonValue value = unwrap(raw);
        const auto result = exactInteger(value);
        if (!result) {
            warn(QCoreApplication::translate(
                     "OneUptimeParser", "the cost (%1) is not a whole number of cents; it was left empty.")
                     .arg(describe(value)));
            return std::nullopt;
        }
        if (*result < 0) {
            warn(QCoreApplication::translate("OneUptimeParser", "the cost is negative (%1 cents).")
                     .arg(*result));
        }
        return result;
    }

    // A relation: the id from "<key>Id", else from "<key>._id"; name, number and email from the
    // nested object. A relation without any id is no link (with a warning if it had content).
    LinkedResource relation(const QJsonObject &object, const QString &key, const QString &nameKey,
                            const QString &numberKey = {}, const QString &emailKey = {}) const
    {
        const QString idKey = key + QStringLiteral("Id");
        LinkedResource link;
        link.id = text(object, idKey, idKey);

        const QJsonValue nested = unwrap(object.value(key));
        if (nested.isUndefined() || nested.isNull())
            return link;
        if (!nested.isObject()) {
            warnUnexpected(key, nested);
            return link;
        }
        const QJsonObject relation = nested.toObject();
        const QString prefix = key + u'.';
        const QString nestedId = text(relation, QStringLiteral("_id"), prefix + QStringLiteral("_id"));
        if (link.id.isEmpty()) {
            link.id = nestedId;
        } else if (!nestedId.isEmpty() && nestedId != link.id) {
            warn(QCoreApplication::translate("OneUptimeParser",
                                             "\"%1\" (%2) and \"%3._id\" (%4) differ; \"%1\" was used.")
                     .arg(idKey, link.id, key, nestedId));
        }
        link.name = text(relation, nameKey, prefix + nameKey);
        if (!numberKey.isEmpty())
            link.number = integer(relation, numberKey, prefix + numberKey);
        if (!emailKey.isEmpty())
            link.email = text(relation, emailKey, prefix + emailKey);
        if (link.id.isEmpty()) {
            if (!link.name.isEmpty() || link.number || !link.email.isEmpty()) {
                warn(QCoreApplication::translate("OneUptimeParser", "\"%1\" has no id and was ignored.")
                         .arg(key));
            }
            return {};
        }
        return link;
    }

private:
    QString m_recordId;
    QStringList *m_warnings;
};

LinkedResource readLink(const FieldReader &reader, const QJsonObject &object, LinkKind kind)
{
    const QString key = linkKindKey(kind);
    const QString name = QStringLiteral("name");
    const QString title = QStringLiteral("title");
    switch (kind) {
    case LinkKind::Incident: return reader.relation(object, key, title, QStringLiteral("incidentNumber"));
    case LinkKind::Alert: return reader.relation(object, key, title, QStringLiteral("alertNumber"));
    case LinkKind::ScheduledMaintenance:
    case LinkKind::StatusPageAnnouncement: return reader.relation(object, key, title);
    case LinkKind::User: return reader.relation(object, key, name, {}, QStringLiteral("email"));
    case LinkKind::Monitor:
    case LinkKind::StatusPage:
    case LinkKind::OnCallDutyPolicy:
    case LinkKind::OnCallDutyPolicyEscalationRule:
    case LinkKind::OnCallDutyPolicySchedule:
    case LinkKind::Team: break;
    }
    return reader.relation(object, key, name);
}

// parseRecord with the position in a list page (-1 for a single record) for the id warning.
std::optional<SmsRecord> parseRecordAt(const QJsonObject &object, QStringList *warnings, qsizetype index)
{
    const QJsonValue id = unwrap(object.value(QStringLiteral("_id")));
    if (!id.isString() || id.toString().isEmpty()) {
        if (warnings) {
            const QString found
                = id.isUndefined() ? QCoreApplication::translate("OneUptimeParser", "missing") : describe(id);
            warnings->append(index < 0 ? QCoreApplication::translate("OneUptimeParser",
                                                                     "An SMS log without a usable \"_id\" "
                                                                     "(%1) was ignored.")
                                             .arg(found)
                                       : QCoreApplication::translate("OneUptimeParser",
                                                                     "data[%1] has no usable \"_id\" (%2) "
                                                                     "and was skipped.")
                                             .arg(index)
                                             .arg(found));
        }
        return std::nullopt;
    }

    SmsRecord record;
    record.id = id.toString();
    const FieldReader reader(record.id, warnings);
    const auto plainText = [&](const QString &key) { return reader.text(object, key, key); };

    record.createdAt = reader.dateTime(object, QStringLiteral("createdAt"));
    record.updatedAt = reader.dateTime(object, QStringLiteral("updatedAt"));
    const LinkedResource project = reader.relation(object, QStringLiteral("project"), QStringLiteral("name"));
    record.projectId = project.id;
    record.projectName = project.name;
    record.toNumber = plainText(QStringLiteral("toNumber"));
    record.fromNumber = plainText(QStringLiteral("fromNumber"));
    record.smsText = plainText(QStringLiteral("smsText"));
    record.statusMessage = plainText(QStringLiteral("statusMessage"));
    record.providerExternalId = plainText(QStringLiteral("providerExternalId"));
    record.errorCode = reader.text(object, QStringLiteral("errorCode"), QStringLiteral("errorCode"), true);
    record.status = plainText(QStringLiteral("status"));
    record.costCents = reader.cost(object);
    for (const LinkKind kind : allLinkKinds)
        record.link(kind) = readLink(reader, object, kind);
    return record;
}

} // namespace

QJsonValue unwrap(const QJsonValue &value)
{
    if (!value.isObject())
        return value;
    const QJsonObject object = value.toObject();
    const auto valueIt = object.constFind(QStringLiteral("value"));
    if (valueIt == object.constEnd() || !object.value(QStringLiteral("_type")).isString())
        return value;
    return valueIt.value();
}

std::optional<SmsRecord> parseRecord(const QJsonObject &object, QStringList *warnings)
{
    return parseRecordAt(object, warnings, -1);
}

std::variant<ListPage, SourceError> parseListPage(const QByteArray &body)
{
    auto parsed = parseObjectBody(body);
    if (auto *error = std::get_if<SourceError>(&parsed))
        return std::move(*error);
    const QJsonObject root = std::get<QJsonObject>(std::move(parsed));

    const QJsonValue data = root.value(QStringLiteral("data"));
    if (!data.isArray()) {
        if (data.isUndefined()) {
            if (const QString text = serverErrorText(root); !text.isEmpty())
                return reportedError(text, body);
        }
        return makeError(QCoreApplication::translate("OneUptimeParser",
                                                     "The server's response does not contain a list of SMS "
                                                     "logs."),
                         data.isUndefined()
                             ? QCoreApplication::translate("OneUptimeParser", "No \"data\" key.")
                             : QCoreApplication::translate("OneUptimeParser", "\"data\" is %1, not a list.")
                                   .arg(describe(data)),
                         body);
    }

    ListPage page;
    const QJsonValue count = root.value(QStringLiteral("count"));
    if (!count.isUndefined()) {
        const auto total = exactInteger(count);
        if (total && *total >= 0) {
            page.count = *total;
        } else {
            page.warnings.append(
                QCoreApplication::translate("OneUptimeParser", "The total count (%1) is not usable.")
                    .arg(describe(count)));
        }
    }

    const QJsonArray elements = data.toArray();
    page.records.reserve(elements.size());
    QSet<QString> seen;
    seen.reserve(elements.size());
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QJsonValue element = elements.at(i);
        if (!element.isObject()) {
            page.warnings.append(QCoreApplication::translate(
                                     "OneUptimeParser", "data[%1] is not an object (%2) and was skipped.")
                                     .arg(i)
                                     .arg(describe(element)));
            continue;
        }
        std::optional<SmsRecord> record = parseRecordAt(element.toObject(), &page.warnings, i);
        if (!record)
            continue;
        if (seen.contains(record->id)) {
            page.warnings.append(QCoreApplication::translate("OneUptimeParser",
                                                             "SMS log %1 appears more than once in the page; "
                                                             "only the first copy was kept.")
                                     .arg(record->id));
            continue;
        }
        seen.insert(record->id);
        if (!record->costCents && element.toObject().contains(QStringLiteral("smsCostInUSDCents")))
            ++page.unreadableCosts;
        page.records.append(std::move(*record));
    }
    return page;
}

std::variant<qint64, SourceError> parseCount(const QByteArray &body)
{
    auto parsed = parseObjectBody(body);
    if (auto *error = std::get_if<SourceError>(&parsed))
        return std::move(*error);
    const QJsonObject root = std::get<QJsonObject>(std::move(parsed));

    const QJsonValue count = root.value(QStringLiteral("count"));
    if (const auto total = exactInteger(count); total && *total >= 0)
        return *total;
    if (count.isUndefined()) {
        if (const QString text = serverErrorText(root); !text.isEmpty())
            return reportedError(text, body);
    }
    return makeError(
        QCoreApplication::translate("OneUptimeParser",
                                    "The server's response does not contain a valid number of "
                                    "SMS logs."),
        count.isUndefined()
            ? QCoreApplication::translate("OneUptimeParser", "No \"count\" key.")
            : QCoreApplication::translate("OneUptimeParser", "\"count\" is %1, not a non-negative integer.")
                  .arg(describe(count)),
        body);
}

std::variant<std::optional<SmsRecord>, SourceError> parseItem(const QByteArray &body, QStringList *warnings)
{
    auto parsed = parseObjectBody(body);
    if (auto *error = std::get_if<SourceError>(&parsed))
        return std::move(*error);
    const QJsonObject root = std::get<QJsonObject>(std::move(parsed));

    if (!root.contains(QStringLiteral("_id"))) {
        if (const QString text = serverErrorText(root); !text.isEmpty())
            return reportedError(text, body);
        return std::optional<SmsRecord>(); // 200 {}: not found (section 3.3)
    }
    QStringList recordWarnings;
    std::optional<SmsRecord> record = parseRecordAt(root, &recordWarnings, -1);
    if (!record) {
        return makeError(QCoreApplication::translate(
                             "OneUptimeParser", "The server's response does not contain a valid SMS log."),
                         recordWarnings.value(0), body);
    }
    if (warnings)
        warnings->append(recordWarnings);
    return record;
}

QString errorMessage(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {};
    return serverErrorText(document.object());
}

} // namespace OneUptimeParser
