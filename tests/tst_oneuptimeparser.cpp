// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "oneuptimeparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <limits>

using namespace OneUptimeParser;

namespace {

QJsonObject jsonObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("test JSON does not parse: %s", json.constData());
    return document.object();
}

// Section 4.2 of the API file, verbatim.
const QByteArray composedExample = R"({
  "_id": "0b6f2e1c-3a4d-4e5f-8a9b-1c2d3e4f5a6b",
  "createdAt": {"_type": "DateTime", "value": "2026-08-20T09:15:02.117Z"},
  "toNumber": {"_type": "Phone", "value": "+15551234567"},
  "fromNumber": {"_type": "Phone", "value": "+15559998888"},
  "status": "Undelivered",
  "errorCode": "30007",
  "statusMessage": "Delivery status: Undelivered. Message ID: SM00000000000000000000000000000000. Provider error code: 30007.",
  "smsText": "Incident #42 created: Database unreachable",
  "smsCostInUSDCents": 10,
  "incidentId": {"_type": "ObjectID", "value": "7c1d9a40-2b3e-4f50-9a61-0d2e3f4a5b6c"},
  "incident": {"_id": "7c1d9a40-2b3e-4f50-9a61-0d2e3f4a5b6c", "title": "Database unreachable", "incidentNumber": 42},
  "user": {"_id": "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a",
           "name": {"_type": "Name", "value": "Jane Doe"},
           "email": {"_type": "Email", "value": "jane@example.com"}},
  "monitor": null
})";

// The same record written the way the product's API document shows values: plain strings.
const QByteArray plainExample = R"({
  "_id": "0b6f2e1c-3a4d-4e5f-8a9b-1c2d3e4f5a6b",
  "createdAt": "2026-08-20T09:15:02.117Z",
  "toNumber": "+15551234567",
  "fromNumber": "+15559998888",
  "status": "Undelivered",
  "errorCode": "30007",
  "statusMessage": "Delivery status: Undelivered. Message ID: SM00000000000000000000000000000000. Provider error code: 30007.",
  "smsText": "Incident #42 created: Database unreachable",
  "smsCostInUSDCents": 10,
  "incidentId": "7c1d9a40-2b3e-4f50-9a61-0d2e3f4a5b6c",
  "incident": {"_id": "7c1d9a40-2b3e-4f50-9a61-0d2e3f4a5b6c", "title": "Database unreachable", "incidentNumber": 42},
  "user": {"_id": "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a", "name": "Jane Doe", "email": "jane@example.com"},
  "monitor": null
})";

SmsRecord expectedComposed()
{
    SmsRecord r;
    r.id = QStringLiteral("0b6f2e1c-3a4d-4e5f-8a9b-1c2d3e4f5a6b");
    r.createdAt = QDateTime(QDate(2026, 8, 20), QTime(9, 15, 2, 117), Qt::UTC);
    r.toNumber = QStringLiteral("+15551234567");
    r.fromNumber = QStringLiteral("+15559998888");
    r.status = QStringLiteral("Undelivered");
    r.errorCode = QStringLiteral("30007");
    r.statusMessage
        = QStringLiteral("Delivery status: Undelivered. Message ID: SM00000000000000000000000000000000. "
                         "Provider error code: 30007.");
    r.smsText = QStringLiteral("Incident #42 created: Database unreachable");
    r.costCents = 10;
    r.link(LinkKind::Incident) = {QStringLiteral("7c1d9a40-2b3e-4f50-9a61-0d2e3f4a5b6c"),
                                  QStringLiteral("Database unreachable"),
                                  42,
                                  {}};
    r.link(LinkKind::User) = {QStringLiteral("9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a"),
                              QStringLiteral("Jane Doe"), std::nullopt, QStringLiteral("jane@example.com")};
    return r;
}

SmsRecord idOnly(const QString &id)
{
    SmsRecord r;
    r.id = id;
    return r;
}

// `{"_id": "r1", <key>: <rawValue>}` as an object.
QJsonObject withField(const char *key, const QByteArray &rawValue)
{
    return jsonObject(QByteArray("{\"_id\": \"r1\", \"") + key + "\": " + rawValue + '}');
}

// The first field that differs between two records, for readable failures.
QString firstDifference(const SmsRecord &a, const SmsRecord &b)
{
    if (a.id != b.id)
        return QStringLiteral("id");
    if (a.createdAt != b.createdAt)
        return QStringLiteral("createdAt");
    if (a.updatedAt != b.updatedAt)
        return QStringLiteral("updatedAt");
    if (a.projectId != b.projectId || a.projectName != b.projectName)
        return QStringLiteral("project");
    if (a.toNumber != b.toNumber || a.fromNumber != b.fromNumber)
        return QStringLiteral("numbers");
    if (a.smsText != b.smsText || a.statusMessage != b.statusMessage || a.status != b.status)
        return QStringLiteral("texts");
    if (a.errorCode != b.errorCode || a.providerExternalId != b.providerExternalId)
        return QStringLiteral("codes");
    if (a.costCents != b.costCents)
        return QStringLiteral("costCents");
    for (const LinkKind kind : allLinkKinds) {
        if (a.link(kind) != b.link(kind))
            return linkKindKey(kind);
    }
    return {};
}

} // namespace

class TestOneUptimeParser : public QObject
{
    Q_OBJECT

private slots:
    void composedExample_parsesExactly()
    {
        // Given the composed list element of section 4.2
        QStringList warnings;
        const std::optional<SmsRecord> record = parseRecord(jsonObject(composedExample), &warnings);

        // Then every field is as expected and nothing was complained about
        QVERIFY(record.has_value());
        const SmsRecord expected = expectedComposed();
        QCOMPARE(record->id, expected.id);
        QCOMPARE(record->createdAt, expected.createdAt);
        QCOMPARE(record->createdAt.timeSpec(), Qt::UTC);
        QVERIFY(!record->updatedAt.isValid());
        QCOMPARE(record->toNumber, expected.toNumber);
        QCOMPARE(record->fromNumber, expected.fromNumber);
        QCOMPARE(record->status, expected.status);
        QCOMPARE(record->errorCode, expected.errorCode);
        QCOMPARE(record->statusMessage, expected.statusMessage);
        QCOMPARE(record->smsText, expected.smsText);
        QCOMPARE(record->costCents, expected.costCents);
        QCOMPARE(record->link(LinkKind::Incident).id, expected.link(LinkKind::Incident).id);
        QCOMPARE(record->link(LinkKind::Incident).name, QStringLiteral("Database unreachable"));
        QCOMPARE(record->link(LinkKind::Incident).number, std::optional<qint64>(42));
        QCOMPARE(record->link(LinkKind::User).name, QStringLiteral("Jane Doe"));
        QCOMPARE(record->link(LinkKind::User).email, QStringLiteral("jane@example.com"));
        QVERIFY(!record->link(LinkKind::Monitor).isSet());
        QVERIFY(record->projectId.isNull());
        QCOMPARE(firstDifference(*record, expected), QString());
        QVERIFY(*record == expected);
        QCOMPARE(warnings, QStringList());
    }

    void plainForms_parseLikeWrapped()
    {
        QStringList warnings;
        const std::optional<SmsRecord> plain = parseRecord(jsonObject(plainExample), &warnings);
        QVERIFY(plain.has_value());
        QCOMPARE(firstDifference(*plain, expectedComposed()), QString());
        QCOMPARE(warnings, QStringList());
    }

    void plainField_equalsWrappedField_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("wrapped");
        QTest::addColumn<QByteArray>("plain");

        QTest::newRow("_id") << QByteArray("_id") << QByteArray(R"({"_type": "ObjectID", "value": "r1"})")
                             << QByteArray(R"("r1")");
        QTest::newRow("createdAt") << QByteArray(
            "createdAt") << QByteArray(R"({"_type": "DateTime", "value": "2026-08-20T09:15:02.117Z"})")
                                   << QByteArray(R"("2026-08-20T09:15:02.117Z")");
        QTest::newRow("updatedAt") << QByteArray(
            "updatedAt") << QByteArray(R"({"_type": "DateTime", "value": "2026-08-21T00:00:00.000Z"})")
                                   << QByteArray(R"("2026-08-21T00:00:00.000Z")");
        QTest::newRow("toNumber") << QByteArray("toNumber")
                                  << QByteArray(R"({"_type": "Phone", "value": "+15551234567"})")
                                  << QByteArray(R"("+15551234567")");
        QTest::newRow("fromNumber") << QByteArray("fromNumber")
                                    << QByteArray(R"({"_type": "Phone", "value": "+15559998888"})")
                                    << QByteArray(R"("+15559998888")");
        QTest::newRow("projectId") << QByteArray("projectId")
                                   << QByteArray(R"({"_type": "ObjectID", "value": "p-1"})")
                                   << QByteArray(R"("p-1")");
        QTest::newRow("onCallDutyPolicyEscalationRuleId")
            << QByteArray("onCallDutyPolicyEscalationRuleId")
            << QByteArray(R"({"_type": "ObjectID", "value": "rule-1"})") << QByteArray(R"("rule-1")");
        QTest::newRow("user") << QByteArray("user")
                              << QByteArray(R"({"_id": "u1", "name": {"_type": "Name", "value": "Jane Doe"},
                                               "email": {"_type": "Email", "value": "jane@example.com"}})")
                              << QByteArray(
                                     R"({"_id": "u1", "name": "Jane Doe", "email": "jane@example.com"})");
        QTest::newRow("unknown type")
            << QByteArray("status") << QByteArray(R"({"_type": "SomethingNew", "value": "Delivered"})")
            << QByteArray(R"("Delivered")");
    }

    void plainField_equalsWrappedField()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, wrapped);
        QFETCH(QByteArray, plain);

        QStringList warnings;
        const auto fromWrapped = parseRecord(withField(key.constData(), wrapped), &warnings);
        const auto fromPlain = parseRecord(withField(key.constData(), plain), &warnings);
        QVERIFY(fromWrapped.has_value());
        QVERIFY(fromPlain.has_value());
        QCOMPARE(firstDifference(*fromWrapped, *fromPlain), QString());
        // The field was really read (for _id: the record exists with that id).
        if (key != "_id")
            QVERIFY(!(*fromPlain == idOnly(QStringLiteral("r1"))));
        QCOMPARE(fromPlain->id, QStringLiteral("r1"));
        QCOMPARE(warnings, QStringList());
    }

    void missingFields_leaveEverythingUnset()
    {
        QStringList warnings;
        const auto record = parseRecord(jsonObject(R"({"_id": "only-id"})"), &warnings);
        QVERIFY(record.has_value());
        QCOMPARE(firstDifference(*record, idOnly(QStringLiteral("only-id"))), QString());
        QVERIFY(!record->costCents.has_value());
        QVERIFY(!record->createdAt.isValid());
        QVERIFY(record->status.isNull());
        QCOMPARE(warnings, QStringList());
    }

    void extraFields_areIgnored()
    {
        QStringList warnings;
        const auto record = parseRecord(jsonObject(R"({"_id": "x", "version": 3,
            "deletedAt": {"_type": "DateTime", "value": "2026-01-01T00:00:00.000Z"},
            "userOnCallLogTimelineId": {"_type": "ObjectID", "value": "t1"},
            "userOnCallLogTimeline": {"_id": "t1"}, "somethingNew": [1, {"a": null}],
            "statusCallbackToken": "secret"})"),
                                        &warnings);
        QVERIFY(record.has_value());
        QCOMPARE(firstDifference(*record, idOnly(QStringLiteral("x"))), QString());
        QCOMPARE(warnings, QStringList());
    }

    void missingId_isNoRecord_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("absent") << QByteArray(R"({"status": "Sent"})");
        QTest::newRow("empty") << QByteArray(R"({"_id": ""})");
        QTest::newRow("null") << QByteArray(R"({"_id": null})");
        QTest::newRow("number") << QByteArray(R"({"_id": 12})");
        QTest::newRow("object") << QByteArray(R"({"_id": {"a": "b"}})");
        QTest::newRow("wrapper without value") << QByteArray(R"({"_id": {"_type": "ObjectID"}})");
    }

    void missingId_isNoRecord()
    {
        QFETCH(QByteArray, json);
        QStringList warnings;
        QVERIFY(!parseRecord(jsonObject(json), &warnings).has_value());
        QCOMPARE(warnings.size(), 1);
        QVERIFY(!parseRecord(jsonObject(json)).has_value()); // no warning list: no crash
    }

    void nullRelations_meanNoLink()
    {
        QByteArray json = R"({"_id": "x", "project": null, "projectId": null)";
        for (const LinkKind kind : allLinkKinds)
            json += ", \"" + linkKindKey(kind).toUtf8() + "\": null, \"" + linkKindKey(kind).toUtf8()
                + "Id\": null";
        json += '}';
        QStringList warnings;
        const auto record = parseRecord(jsonObject(json), &warnings);
        QVERIFY(record.has_value());
        for (const LinkKind kind : allLinkKinds)
            QVERIFY2(!record->link(kind).isSet(), qPrintable(linkKindKey(kind)));
        QCOMPARE(firstDifference(*record, idOnly(QStringLiteral("x"))), QString());
        QCOMPARE(warnings, QStringList());
    }

    void relationWithoutIdField_usesNestedId_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("nameField");
        QTest::addColumn<int>("kind"); // -1 for the project
        QTest::newRow("project") << QStringLiteral("project") << QStringLiteral("name") << -1;
        for (const LinkKind kind : allLinkKinds) {
            const QString key = linkKindKey(kind);
            const bool titled = kind == LinkKind::Incident || kind == LinkKind::Alert
                || kind == LinkKind::ScheduledMaintenance || kind == LinkKind::StatusPageAnnouncement;
            QTest::newRow(qPrintable(key))
                << key << (titled ? QStringLiteral("title") : QStringLiteral("name"))
                << static_cast<int>(kind);
        }
    }

    void relationWithoutIdField_usesNestedId()
    {
        QFETCH(QString, key);
        QFETCH(QString, nameField);
        QFETCH(int, kind);

        QJsonObject relation;
        relation.insert(QStringLiteral("_id"), QStringLiteral("rel-1"));
        relation.insert(nameField, QStringLiteral("Display name"));
        QJsonObject object;
        object.insert(QStringLiteral("_id"), QStringLiteral("x"));
        object.insert(key, relation);

        QStringList warnings;
        const auto record = parseRecord(object, &warnings);
        QVERIFY(record.has_value());
        if (kind < 0) {
            QCOMPARE(record->projectId, QStringLiteral("rel-1"));
            QCOMPARE(record->projectName, QStringLiteral("Display name"));
        } else {
            const LinkedResource &link = record->link(static_cast<LinkKind>(kind));
            QCOMPARE(link.id, QStringLiteral("rel-1"));
            QCOMPARE(link.name, QStringLiteral("Display name"));
            // No other link was touched.
            for (const LinkKind other : allLinkKinds) {
                if (other != static_cast<LinkKind>(kind))
                    QVERIFY(!record->link(other).isSet());
            }
        }
        QCOMPARE(warnings, QStringList());
    }

    void idFieldWithoutRelation_isLinkWithIdOnly()
    {
        const auto record = parseRecord(jsonObject(R"({"_id": "x",
            "onCallDutyPolicyScheduleId": {"_type": "ObjectID", "value": "s-1"}, "teamId": "t-1"})"));
        QVERIFY(record.has_value());
        QCOMPARE(record->link(LinkKind::OnCallDutyPolicySchedule),
                 (LinkedResource{QStringLiteral("s-1"), {}, {}, {}}));
        QCOMPARE(record->link(LinkKind::Team), (LinkedResource{QStringLiteral("t-1"), {}, {}, {}}));
    }

    void relationIds_disagree_idFieldWinsWithWarning()
    {
        QStringList warnings;
        const auto record = parseRecord(
            jsonObject(
                R"({"_id": "x", "alertId": "a-1", "alert": {"_id": "a-2", "title": "CPU", "alertNumber": 7}})"),
            &warnings);
        QVERIFY(record.has_value());
        QCOMPARE(record->link(LinkKind::Alert),
                 (LinkedResource{QStringLiteral("a-1"), QStringLiteral("CPU"), 7, {}}));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("a-2")));
    }

    void relationWithoutAnyId_isNoLink()
    {
        QStringList warnings;
        const auto record = parseRecord(jsonObject(R"({"_id": "x", "monitor": {"name": "API"}})"), &warnings);
        QVERIFY(record.has_value());
        QVERIFY(!record->link(LinkKind::Monitor).isSet());
        QVERIFY(record->link(LinkKind::Monitor).name.isEmpty());
        QCOMPARE(warnings.size(), 1);
    }

    void userWrappers_data()
    {
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<int>("warningCount");
        QTest::newRow("wrapped") << QByteArray(R"({"_id": "u", "name": {"_type": "Name", "value": "Jane Doe"},
                                                  "email": {"_type": "Email", "value": "jane@example.com"}})")
                                 << QStringLiteral("Jane Doe") << QStringLiteral("jane@example.com") << 0;
        QTest::newRow("plain") << QByteArray(
            R"({"_id": "u", "name": "Jane Doe", "email": "jane@example.com"})")
                               << QStringLiteral("Jane Doe") << QStringLiteral("jane@example.com") << 0;
        QTest::newRow("email only") << QByteArray(R"({"_id": "u", "name": null,
                                                     "email": {"_type": "Email", "value": "a@b.c"}})")
                                    << QString() << QStringLiteral("a@b.c") << 0;
        QTest::newRow("name wrapper without value")
            << QByteArray(R"({"_id": "u", "name": {"_type": "Name"}, "email": "a@b.c"})") << QString()
            << QStringLiteral("a@b.c") << 1;
    }

    void userWrappers()
    {
        QFETCH(QByteArray, user);
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(int, warningCount);
        QStringList warnings;
        const auto record = parseRecord(withField("user", user), &warnings);
        QVERIFY(record.has_value());
        QCOMPARE(record->link(LinkKind::User).id, QStringLiteral("u"));
        QCOMPARE(record->link(LinkKind::User).name, name);
        QCOMPARE(record->link(LinkKind::User).email, email);
        QCOMPARE(warnings.size(), warningCount);
    }

    void cost_data()
    {
        QTest::addColumn<QByteArray>("raw"); // empty: key absent
        QTest::addColumn<bool>("isSet");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<bool>("warns");

        QTest::newRow("integer") << QByteArray("10") << true << qint64(10) << false;
        QTest::newRow("zero") << QByteArray("0") << true << qint64(0) << false;
        QTest::newRow("10.0") << QByteArray("10.0") << true << qint64(10) << false;
        QTest::newRow("1e3") << QByteArray("1e3") << true << qint64(1000) << false;
        QTest::newRow("10.5") << QByteArray("10.5") << false << qint64(0) << true;
        QTest::newRow("string") << QByteArray(R"("10")") << false << qint64(0) << true;
        QTest::newRow("null") << QByteArray("null") << false << qint64(0) << true;
        QTest::newRow("absent") << QByteArray() << false << qint64(0) << false;
        QTest::newRow("bool") << QByteArray("true") << false << qint64(0) << true;
        QTest::newRow("object") << QByteArray(R"({"cents": 10})") << false << qint64(0) << true;
        QTest::newRow("2^60 integer")
            << QByteArray("1152921504606846976") << true << qint64(1152921504606846976) << false;
        QTest::newRow("2^60 + 1 integer")
            << QByteArray("1152921504606846977") << true << qint64(1152921504606846977) << false;
        QTest::newRow("2^53 as double")
            << QByteArray("9007199254740992.0") << true << qint64(9007199254740992) << false;
        // Qt 6's parser already stores integral literals such as 1e3 or 9007199254740994.0 as qint64 (see
        // costBuiltInCode for doubles that reach the parser functions as doubles).
        QTest::newRow("1e300") << QByteArray("1e300") << false << qint64(0) << true;
        QTest::newRow("2^64 integer (beyond qint64)")
            << QByteArray("18446744073709551616") << false << qint64(0) << true;
        QTest::newRow("negative") << QByteArray("-5") << true << qint64(-5) << true;
        QTest::newRow("wrapped integer")
            << QByteArray(R"({"_type": "PositiveNumber", "value": 7})") << true << qint64(7) << false;
        QTest::newRow("wrapped decimal string")
            << QByteArray(R"({"_type": "Decimal", "value": "7.5"})") << false << qint64(0) << true;
        QTest::newRow("wrapped fraction")
            << QByteArray(R"({"_type": "Decimal", "value": 7.5})") << false << qint64(0) << true;
        QTest::newRow("wrapper without value")
            << QByteArray(R"({"_type": "Decimal"})") << false << qint64(0) << true;
    }

    void cost()
    {
        QFETCH(QByteArray, raw);
        QFETCH(bool, isSet);
        QFETCH(qint64, cents);
        QFETCH(bool, warns);

        const QJsonObject object
            = raw.isEmpty() ? jsonObject(R"({"_id": "r1"})") : withField("smsCostInUSDCents", raw);
        QStringList warnings;
        const auto record = parseRecord(object, &warnings);
        QVERIFY(record.has_value());
        QCOMPARE(record->costCents.has_value(), isSet);
        if (isSet)
            QCOMPARE(*record->costCents, cents);
        QCOMPARE(!warnings.isEmpty(), warns);
        if (warns) {
            QCOMPARE(warnings.size(), 1);
            QVERIFY2(warnings.first().contains(QStringLiteral("r1")), qPrintable(warnings.first()));
        }
    }

    void costBuiltInCode_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("isSet");
        QTest::newRow("10.0") << 10.0 << true;
        QTest::newRow("-3.0") << -3.0 << true;
        QTest::newRow("2^53") << 9007199254740992.0 << true;
        QTest::newRow("-2^53") << -9007199254740992.0 << true;
        QTest::newRow("2^53 + 2") << 9007199254740994.0 << false;
        QTest::newRow("0.5") << 0.5 << false;
        QTest::newRow("infinity") << std::numeric_limits<double>::infinity() << false;
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << false;
    }

    // A QJsonValue holding a double (not an integer) follows the ±2^53 rule.
    void costBuiltInCode()
    {
        QFETCH(double, value);
        QFETCH(bool, isSet);
        QJsonObject object;
        object.insert(QStringLiteral("_id"), QStringLiteral("r1"));
        object.insert(QStringLiteral("smsCostInUSDCents"), QJsonValue(value));
        QStringList warnings;
        const auto record = parseRecord(object, &warnings);
        QVERIFY(record.has_value());
        QCOMPARE(record->costCents.has_value(), isSet);
        if (isSet)
            QCOMPARE(*record->costCents, static_cast<qint64>(value));
        QCOMPARE(warnings.size(), (!isSet || value < 0) ? 1 : 0);
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QDateTime>("expected"); // invalid: unparsable
        QTest::addColumn<bool>("warns");

        const QDate day(2026, 8, 20);
        QTest::newRow("millis Z") << QByteArray(R"("2026-08-20T09:15:02.117Z")")
                                  << QDateTime(day, QTime(9, 15, 2, 117), Qt::UTC) << false;
        QTest::newRow("wrapped millis Z")
            << QByteArray(R"({"_type": "DateTime", "value": "2026-08-20T09:15:02.117Z"})")
            << QDateTime(day, QTime(9, 15, 2, 117), Qt::UTC) << false;
        QTest::newRow("no millis") << QByteArray(R"("2026-08-20T09:15:02Z")")
                                   << QDateTime(day, QTime(9, 15, 2), Qt::UTC) << false;
        QTest::newRow("no seconds") << QByteArray(R"("2026-08-20T09:15Z")")
                                    << QDateTime(day, QTime(9, 15), Qt::UTC) << false;
        QTest::newRow("one fraction digit") << QByteArray(R"("2026-08-20T09:15:02.1Z")")
                                            << QDateTime(day, QTime(9, 15, 2, 100), Qt::UTC) << false;
        QTest::newRow("microseconds truncated") << QByteArray(R"("2026-08-20T09:15:02.117999Z")")
                                                << QDateTime(day, QTime(9, 15, 2, 117), Qt::UTC) << false;
        QTest::newRow("+02:00") << QByteArray(R"("2026-08-20T11:15:02.117+02:00")")
                                << QDateTime(day, QTime(9, 15, 2, 117), Qt::UTC) << false;
        QTest::newRow("+0200") << QByteArray(R"("2026-08-20T11:15:02+0200")")
                               << QDateTime(day, QTime(9, 15, 2), Qt::UTC) << false;
        QTest::newRow("-05:30 across midnight") << QByteArray(R"("2026-08-19T23:45:00.000-05:30")")
                                                << QDateTime(day, QTime(5, 15), Qt::UTC) << false;
        QTest::newRow("+00:00") << QByteArray(R"("2026-08-20T09:15:02+00:00")")
                                << QDateTime(day, QTime(9, 15, 2), Qt::UTC) << false;
        QTest::newRow("no zone is UTC") << QByteArray(R"("2026-08-20T09:15:02.117")")
                                        << QDateTime(day, QTime(9, 15, 2, 117), Qt::UTC) << false;
        QTest::newRow("space separator") << QByteArray(R"("2026-08-20 09:15:02.117+00")")
                                         << QDateTime(day, QTime(9, 15, 2, 117), Qt::UTC) << false;
        QTest::newRow("garbage") << QByteArray(R"("yesterday")") << QDateTime() << true;
        QTest::newRow("empty string") << QByteArray(R"("")") << QDateTime() << true;
        QTest::newRow("date only") << QByteArray(R"("2026-08-20")") << QDateTime() << true;
        QTest::newRow("30 February") << QByteArray(R"("2026-02-30T00:00:00Z")") << QDateTime() << true;
        QTest::newRow("hour 25") << QByteArray(R"("2026-08-20T25:00:00Z")") << QDateTime() << true;
        QTest::newRow("offset +25:00") << QByteArray(R"("2026-08-20T09:00:00+25:00")") << QDateTime() << true;
        QTest::newRow("trailing text")
            << QByteArray(R"("2026-08-20T09:15:02Z please")") << QDateTime() << true;
        QTest::newRow("number") << QByteArray("1787217302117") << QDateTime() << true;
        QTest::newRow("null") << QByteArray("null") << QDateTime() << false;
        QTest::newRow("wrapper without value")
            << QByteArray(R"({"_type": "DateTime"})") << QDateTime() << true;
    }

    void dates()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QDateTime, expected);
        QFETCH(bool, warns);

        for (const char *key : {"createdAt", "updatedAt"}) {
            QStringList warnings;
            const auto record = parseRecord(withField(key, raw), &warnings);
            QVERIFY(record.has_value());
            const QDateTime actual = qstrcmp(key, "createdAt") == 0 ? record->createdAt : record->updatedAt;
            QCOMPARE(actual.isValid(), expected.isValid());
            if (expected.isValid()) {
                QCOMPARE(actual, expected);
                QCOMPARE(actual.timeSpec(), Qt::UTC);
                QCOMPARE(actual.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
            }
            QCOMPARE(warnings.size(), warns ? 1 : 0);
        }
    }

    void textFields_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("warns");
        QTest::newRow("errorCode text")
            << QByteArray("errorCode") << QByteArray(R"("30007")") << QStringLiteral("30007") << false;
        QTest::newRow("errorCode number")
            << QByteArray("errorCode") << QByteArray("30007") << QStringLiteral("30007") << false;
        QTest::newRow("errorCode bool")
            << QByteArray("errorCode") << QByteArray("false") << QString() << true;
        QTest::newRow("status number") << QByteArray("status") << QByteArray("3") << QString() << true;
        QTest::newRow("status Low Balance") << QByteArray("status") << QByteArray(R"("Low Balance")")
                                            << QStringLiteral("Low Balance") << false;
        QTest::newRow("smsText list") << QByteArray("smsText") << QByteArray(R"(["a"])") << QString() << true;
        QTest::newRow("smsText unicode") << QByteArray("smsText") << QByteArray(R"("Grüße \ud83d\ude00")")
                                         << QStringLiteral(u"Grüße 😀") << false;
        QTest::newRow("providerExternalId") << QByteArray("providerExternalId") << QByteArray(R"("SM123")")
                                            << QStringLiteral("SM123") << false;
        QTest::newRow("toNumber unknown wrapper without value")
            << QByteArray("toNumber") << QByteArray(R"({"_type": "Mystery", "digits": "+1555"})") << QString()
            << true;
    }

    void textFields()
    {
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        QFETCH(bool, warns);

        QStringList warnings;
        const auto record = parseRecord(withField(key.constData(), raw), &warnings);
        QVERIFY(record.has_value());
        QString actual;
        if (key == "errorCode")
            actual = record->errorCode;
        else if (key == "status")
            actual = record->status;
        else if (key == "smsText")
            actual = record->smsText;
        else if (key == "providerExternalId")
            actual = record->providerExternalId;
        else if (key == "toNumber")
            actual = record->toNumber;
        QCOMPARE(actual, expected);
        QCOMPARE(warnings.size(), warns ? 1 : 0);
        if (warns)
            QVERIFY2(warnings.first().contains(QString::fromLatin1(key)), qPrintable(warnings.first()));
    }

    void wrongTypes_neverCrash()
    {
        QByteArray json = R"({"_id": "x", "createdAt": [], "updatedAt": {}, "toNumber": 5, "fromNumber": true,
            "smsText": {"_type": 3, "value": "not a wrapper"}, "statusMessage": [1], "status": {},
            "errorCode": [], "smsCostInUSDCents": [], "projectId": 4, "project": "Acme",
            "incident": {"_id": "i", "title": 3, "incidentNumber": "42"}, "alert": [], "user": 7)";
        json += '}';
        QStringList warnings;
        const auto record = parseRecord(jsonObject(json), &warnings);
        QVERIFY(record.has_value());
        SmsRecord expected = idOnly(QStringLiteral("x"));
        expected.link(LinkKind::Incident).id = QStringLiteral("i");
        QCOMPARE(firstDifference(*record, expected), QString());
        QVERIFY(*record == expected);
        QCOMPARE(warnings.size(), 15);
    }

    void unwrap_data()
    {
        QTest::addColumn<QByteArray>("json"); // {"v": <value>}
        QTest::addColumn<QByteArray>("expected"); // {"v": <unwrapped>}
        QTest::newRow("wrapper") << QByteArray(R"({"v": {"_type": "Phone", "value": "+1"}})")
                                 << QByteArray(R"({"v": "+1"})");
        QTest::newRow("unknown type") << QByteArray(R"({"v": {"_type": "Color", "value": "teal", "x": 1}})")
                                      << QByteArray(R"({"v": "teal"})");
        QTest::newRow("value null") << QByteArray(R"({"v": {"_type": "DateTime", "value": null}})")
                                    << QByteArray(R"({"v": null})");
        QTest::newRow("no value") << QByteArray(R"({"v": {"_type": "NotNull"}})")
                                  << QByteArray(R"({"v": {"_type": "NotNull"}})");
        QTest::newRow("type not text") << QByteArray(R"({"v": {"_type": 1, "value": 2}})")
                                       << QByteArray(R"({"v": {"_type": 1, "value": 2}})");
        QTest::newRow("plain object")
            << QByteArray(R"({"v": {"value": 2}})") << QByteArray(R"({"v": {"value": 2}})");
        QTest::newRow("string") << QByteArray(R"({"v": "s"})") << QByteArray(R"({"v": "s"})");
        QTest::newRow("array") << QByteArray(R"({"v": [1]})") << QByteArray(R"({"v": [1]})");
    }

    void unwrap()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, expected);
        const QJsonValue value = jsonObject(json).value(QStringLiteral("v"));
        QCOMPARE(OneUptimeParser::unwrap(value), jsonObject(expected).value(QStringLiteral("v")));
        QVERIFY(OneUptimeParser::unwrap(QJsonValue()).isNull());
        QVERIFY(OneUptimeParser::unwrap(QJsonValue(QJsonValue::Undefined)).isUndefined());
    }

    void listPage_dataAndCount()
    {
        const QByteArray body = R"({"data": [)" + composedExample
            + R"(, {"_id": "second", "status": "Sent"}], "count": 734, "skip": 0, "limit": 10})";
        const auto result = parseListPage(body);
        QVERIFY(std::holds_alternative<ListPage>(result));
        const ListPage &page = std::get<ListPage>(result);
        QCOMPARE(page.count, qint64(734));
        QCOMPARE(page.records.size(), 2);
        QCOMPARE(firstDifference(page.records.at(0), expectedComposed()), QString());
        QCOMPARE(page.records.at(1).id, QStringLiteral("second"));
        QCOMPARE(page.records.at(1).status, QStringLiteral("Sent"));
        QCOMPARE(page.warnings, QStringList());
    }

    void listPage_countVariants_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("count");
        QTest::addColumn<int>("warningCount");
        QTest::newRow("empty page") << QByteArray(R"({"data": [], "count": 0})") << qint64(0) << 0;
        QTest::newRow("no count") << QByteArray(R"({"data": []})") << qint64(-1) << 0;
        QTest::newRow("count text") << QByteArray(R"({"data": [], "count": "5"})") << qint64(-1) << 1;
        QTest::newRow("count negative") << QByteArray(R"({"data": [], "count": -2})") << qint64(-1) << 1;
        QTest::newRow("leading whitespace")
            << QByteArray(" \r\n\t{\"data\": [], \"count\": 3}") << qint64(3) << 0;
        QTest::newRow("byte order mark")
            << QByteArray("\xEF\xBB\xBF{\"data\": [], \"count\": 3}") << qint64(3) << 0;
    }

    void listPage_countVariants()
    {
        QFETCH(QByteArray, body);
        QFETCH(qint64, count);
        QFETCH(int, warningCount);
        const auto result = parseListPage(body);
        QVERIFY(std::holds_alternative<ListPage>(result));
        QCOMPARE(std::get<ListPage>(result).count, count);
        QCOMPARE(std::get<ListPage>(result).warnings.size(), warningCount);
    }

    void listPage_errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart"); // empty: any message

        QByteArray html = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>";
        while (html.size() < 100000)
            html += "<p>nginx is sorry, the upstream did not answer in time.</p>\n";
        html += "<p>END-MARKER</p></body></html>";
        QTest::newRow("HTML page") << html << QString();
        QTest::newRow("HTML after whitespace")
            << QByteArray("\n  <html><body>Login</body></html>") << QString();
        QByteArray truncated = R"({"data": [)" + composedExample + ", " + composedExample;
        truncated.chop(40);
        QTest::newRow("truncated JSON") << truncated << QString();
        QTest::newRow("data is an object") << QByteArray(R"({"data": {}, "count": 0})") << QString();
        QTest::newRow("data is null") << QByteArray(R"({"data": null})") << QString();
        QTest::newRow("no data") << QByteArray(R"({"count": 3})") << QString();
        QTest::newRow("array") << QByteArray(R"([{"_id": "a"}])") << QString();
        QTest::newRow("scalar") << QByteArray("42") << QString();
        QTest::newRow("empty body") << QByteArray() << QString();
        QTest::newRow("whitespace only") << QByteArray(" \n") << QString();
        QTest::newRow("error object") << QByteArray(R"({"error": "Limit should be less than 10000"})")
                                      << QStringLiteral("Limit should be less than 10000");
        QTest::newRow("invalid UTF-8 and controls") << QByteArray("\xff\xfe\x01garbage") << QString();
    }

    void listPage_errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        const auto result = parseListPage(body);
        QVERIFY(std::holds_alternative<SourceError>(result));
        const SourceError &error = std::get<SourceError>(result);
        QCOMPARE(error.kind, SourceError::Kind::Query);
        QVERIFY(!error.message.isEmpty());
        if (!messagePart.isEmpty())
            QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        // The detail quotes at most ~200 characters of the body, on one line, plus a short reason.
        QVERIFY2(error.detail.size() <= 400, qPrintable(QString::number(error.detail.size())));
        QVERIFY(!error.detail.contains(QStringLiteral("END-MARKER")));
        for (const QChar c : error.detail)
            QVERIFY(c == u'\n' || c.category() != QChar::Other_Control);
        if (body.trimmed().startsWith("<!DOCTYPE"))
            QVERIFY2(error.detail.contains(QStringLiteral("<!DOCTYPE html>")), qPrintable(error.detail));
    }

    void listPage_duplicateIds_keepFirst()
    {
        const QByteArray body = R"({"data": [{"_id": "a", "smsText": "first"}, {"_id": "b"},
            {"_id": "a", "smsText": "second"}, {"_id": {"_type": "ObjectID", "value": "b"}}], "count": 4})";
        const auto result = parseListPage(body);
        QVERIFY(std::holds_alternative<ListPage>(result));
        const ListPage &page = std::get<ListPage>(result);
        QCOMPARE(page.records.size(), 2);
        QCOMPARE(page.records.at(0).id, QStringLiteral("a"));
        QCOMPARE(page.records.at(0).smsText, QStringLiteral("first"));
        QCOMPARE(page.records.at(1).id, QStringLiteral("b"));
        QCOMPARE(page.warnings.size(), 2);
        QVERIFY(page.warnings.at(0).contains(QStringLiteral("a")));
        QCOMPARE(page.count, qint64(4)); // the server's total is reported unchanged
    }

    void listPage_nonObjectElements_skipped()
    {
        const QByteArray body
            = R"({"data": [1, "x", null, [], {"_id": "ok"}, {"status": "Sent"}, {"_id": ""}, true], "count": 8})";
        const auto result = parseListPage(body);
        QVERIFY(std::holds_alternative<ListPage>(result));
        const ListPage &page = std::get<ListPage>(result);
        QCOMPARE(page.records.size(), 1);
        QCOMPARE(page.records.at(0).id, QStringLiteral("ok"));
        QCOMPARE(page.warnings.size(), 7);
        QVERIFY2(page.warnings.at(0).contains(QStringLiteral("data[0]")), qPrintable(page.warnings.at(0)));
        QVERIFY2(page.warnings.at(4).contains(QStringLiteral("data[5]")), qPrintable(page.warnings.at(4)));
    }

    void count_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("734") << QByteArray(R"({"count": 734})") << true << qint64(734);
        QTest::newRow("zero") << QByteArray(R"({"count": 0})") << true << qint64(0);
        QTest::newRow("734.0") << QByteArray(R"({"count": 734.0})") << true << qint64(734);
        QTest::newRow("huge") << QByteArray(R"({"count": 1152921504606846976})") << true
                              << qint64(1152921504606846976);
        QTest::newRow("string") << QByteArray(R"({"count": "734"})") << false << qint64(0);
        QTest::newRow("negative") << QByteArray(R"({"count": -1})") << false << qint64(0);
        QTest::newRow("fraction") << QByteArray(R"({"count": 1.5})") << false << qint64(0);
        QTest::newRow("null") << QByteArray(R"({"count": null})") << false << qint64(0);
        QTest::newRow("missing") << QByteArray("{}") << false << qint64(0);
        QTest::newRow("wrong shape") << QByteArray("[734]") << false << qint64(0);
        QTest::newRow("HTML") << QByteArray("<!DOCTYPE html><html></html>") << false << qint64(0);
        QTest::newRow("truncated") << QByteArray(R"({"count": 7)") << false << qint64(0);
        QTest::newRow("error body") << QByteArray(R"({"error": "Invalid API Key"})") << false << qint64(0);
    }

    void count()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(qint64, expected);
        const auto result = parseCount(body);
        QCOMPARE(std::holds_alternative<qint64>(result), ok);
        if (ok) {
            QCOMPARE(std::get<qint64>(result), expected);
        } else {
            const SourceError &error = std::get<SourceError>(result);
            QCOMPARE(error.kind, SourceError::Kind::Query);
            QVERIFY(!error.message.isEmpty());
            QVERIFY(error.detail.size() <= 400);
        }
    }

    void item_notFound()
    {
        for (const QByteArray &body : {QByteArray("{}"), QByteArray(" {} \n")}) {
            const auto result = parseItem(body);
            QVERIFY(std::holds_alternative<std::optional<SmsRecord>>(result));
            QVERIFY(!std::get<std::optional<SmsRecord>>(result).has_value());
        }
    }

    void item_record()
    {
        QStringList warnings;
        const auto result = parseItem(composedExample, &warnings);
        QVERIFY(std::holds_alternative<std::optional<SmsRecord>>(result));
        const std::optional<SmsRecord> &record = std::get<std::optional<SmsRecord>>(result);
        QVERIFY(record.has_value());
        QCOMPARE(firstDifference(*record, expectedComposed()), QString());
        QCOMPARE(warnings, QStringList());
    }

    void item_warningsReported()
    {
        QStringList warnings;
        const auto result = parseItem(R"({"_id": "a", "smsCostInUSDCents": 1.5})", &warnings);
        QVERIFY(std::holds_alternative<std::optional<SmsRecord>>(result));
        QVERIFY(std::get<std::optional<SmsRecord>>(result).has_value());
        QCOMPARE(warnings.size(), 1);
    }

    void item_errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("unusable _id") << QByteArray(R"({"_id": 5, "status": "Sent"})");
        QTest::newRow("empty _id") << QByteArray(R"({"_id": ""})");
        QTest::newRow("error body") << QByteArray(R"({"error": "Invalid ID format"})");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("HTML") << QByteArray("<html></html>");
        QTest::newRow("truncated") << QByteArray("{\"_id\": \"a\", \"status\": \"Se");
    }

    void item_errors()
    {
        QFETCH(QByteArray, body);
        const auto result = parseItem(body);
        QVERIFY(std::holds_alternative<SourceError>(result));
        QVERIFY(!std::get<SourceError>(result).message.isEmpty());
    }

    void errorMessage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("error") << QByteArray(R"({"error":"Invalid API Key"})")
                               << QStringLiteral("Invalid API Key");
        QTest::newRow("message") << QByteArray(R"({"message":"Page not found - /x"})")
                                 << QStringLiteral("Page not found - /x");
        QTest::newRow("both: error wins")
            << QByteArray(R"({"message": "second", "error": "first"})") << QStringLiteral("first");
        QTest::newRow("empty error falls back")
            << QByteArray(R"({"error": " ", "message": "m"})") << QStringLiteral("m");
        QTest::newRow("error not text")
            << QByteArray(R"({"error": {"code": 1}, "message": "m"})") << QStringLiteral("m");
        QTest::newRow("HTML") << QByteArray("<!DOCTYPE html><html><body>Bad Gateway</body></html>")
                              << QString();
        QTest::newRow("neither") << QByteArray(R"({"data": []})") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("array") << QByteArray(R"([{"error": "x"}])") << QString();
    }

    void errorMessage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const QString actual = OneUptimeParser::errorMessage(body);
        QCOMPARE(actual, expected);
        QCOMPARE(actual.isEmpty(), expected.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOneUptimeParser)
#include "tst_oneuptimeparser.moc"
