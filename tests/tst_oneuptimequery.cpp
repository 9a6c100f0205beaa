// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "oneuptimequery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace OneUptimeQuery;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const ServerFeatures current = featuresFor(QVersionNumber(12, 0, 5));
const ServerFeatures legacy = featuresFor(QVersionNumber(7, 0, 100));

} // namespace

class TestOneUptimeQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void featuresFollowTheVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("relations");
        QTest::addColumn<bool>("monitor");
        QTest::addColumn<bool>("multiSearch");
        QTest::addColumn<bool>("errorCode");
        QTest::addColumn<int>("maxPageSize");
        QTest::newRow("unknown") << QString() << false << false << false << false << 100;
        QTest::newRow("7.0.100") << QStringLiteral("7.0.100") << false << false << false << false << 100;
        QTest::newRow("7.0.4972") << QStringLiteral("7.0.4972") << true << false << false << false << 10000;
        QTest::newRow("9.5.2") << QStringLiteral("9.5.2") << true << true << false << false << 10000;
        QTest::newRow("10.2.6") << QStringLiteral("10.2.6") << true << true << true << false << 10000;
        QTest::newRow("10.5.9") << QStringLiteral("10.5.9") << true << true << true << true << 10000;
    }

    void featuresFollowTheVersion()
    {
        QFETCH(QString, version);
        const ServerFeatures f = featuresFor(QVersionNumber::fromString(version));
        QTEST(f.relations, "relations");
        QTEST(f.monitor, "monitor");
        QTEST(f.multiSearch, "multiSearch");
        QTEST(f.errorCode, "errorCode");
        QTEST(f.maxPageSize, "maxPageSize");
    }

    void queryOperators_data()
    {
        QTest::addColumn<SmsFilter>("filter");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("empty") << SmsFilter{} << QByteArray("{}");
        SmsFilter f;
        f.statuses = {QStringLiteral("Failed"), QStringLiteral("Low Balance")};
        QTest::newRow("statuses")
            << f
            << QByteArray("{\"status\":{\"_type\":\"Includes\",\"value\":[\"Failed\",\"Low Balance\"]}}");
        f = {};
        f.sentFrom = QDateTime(QDate(2026, 8, 1), QTime(0, 0), Qt::UTC);
        f.sentTo = QDateTime(QDate(2026, 8, 20), QTime(23, 59, 59, 999), Qt::UTC);
        QTest::newRow("range, plain ISO strings")
            << f
            << QByteArray("{\"createdAt\":{\"_type\":\"InBetween\",\"endValue\":\"2026-08-20T23:59:59.999Z\","
                          "\"startValue\":\"2026-08-01T00:00:00.000Z\"}}");
        f.sentTo = {};
        QTest::newRow("from only") << f
                                   << QByteArray("{\"createdAt\":{\"_type\":\"GreaterThanOrEqual\",\"value\":"
                                                 "\"2026-08-01T00:00:00.000Z\"}}");
        f = {};
        f.sentTo = QDateTime(QDate(2026, 8, 1), QTime(2, 0), Qt::OffsetFromUTC, 7200);
        QTest::newRow("to only, converted to UTC")
            << f
            << QByteArray(
                   "{\"createdAt\":{\"_type\":\"LessThanOrEqual\",\"value\":\"2026-08-01T00:00:00.000Z\"}}");
        f = {};
        f.toNumber = QStringLiteral(" 5551234 ");
        f.projectId = QStringLiteral("7c1d9a40-2b3e-4f50-9a61-0d2e3f4a5b6c");
        f.errorCode = QStringLiteral("30007");
        QTest::newRow("number, project, error code")
            << f
            << QByteArray("{\"errorCode\":\"30007\",\"projectId\":\"7c1d9a40-2b3e-4f50-9a61-0d2e3f4a5b6c\","
                          "\"toNumber\":{\"_type\":\"Search\",\"value\":\"5551234\"}}");
        f = {};
        f.text = QStringLiteral("database down");
        QTest::newRow("text by MultiSearch")
            << f
            << QByteArray("{\"_multiFieldSearch\":{\"_type\":\"MultiSearch\",\"fields\":[\"smsText\","
                          "\"statusMessage\"],"
                          "\"value\":\"database down\"}}");
        f = {};
        f.linkKind = LinkKind::Incident;
        f.linkText = QStringLiteral("7C1D9A40-2B3E-4F50-9A61-0D2E3F4A5B6C");
        QTest::newRow("link by id") << f
                                    << QByteArray(
                                           "{\"incidentId\":\"7c1d9a40-2b3e-4f50-9a61-0d2e3f4a5b6c\"}");
        f.linkText = QStringLiteral("#42");
        QTest::newRow("link by number") << f << QByteArray("{\"incident\":{\"incidentNumber\":42}}");
        f.linkText = QStringLiteral("unreachable");
        QTest::newRow("link by name")
            << f << QByteArray("{\"incident\":{\"title\":{\"_type\":\"Search\",\"value\":\"unreachable\"}}}");
        f.linkKind = LinkKind::User;
        f.linkText = QStringLiteral("Jane");
        QTest::newRow("user by name")
            << f << QByteArray("{\"user\":{\"name\":{\"_type\":\"Search\",\"value\":\"Jane\"}}}");
    }

    void queryOperators()
    {
        QFETCH(SmsFilter, filter);
        QFETCH(QByteArray, expected);
        QCOMPARE(json(query(filter, current)), expected);
    }

    void whatTheServerCannotDoIsSaid()
    {
        QStringList notes;
        SmsFilter f;
        f.toNumber = QStringLiteral("55_12%");
        query(f, current, &notes);
        QVERIFY2(notes.join(u' ').contains(QStringLiteral("wildcards")), qPrintable(notes.join(u'|')));

        notes.clear();
        f = {};
        f.text = QStringLiteral("down");
        const QJsonObject old = query(f, legacy, &notes);
        QVERIFY(old.contains(QStringLiteral("smsText")));
        QVERIFY(!old.contains(QStringLiteral("_multiFieldSearch")));
        QVERIFY(notes.join(u' ').contains(QStringLiteral("SMS text only")));

        notes.clear();
        f = {};
        f.errorCode = QStringLiteral("30007");
        QVERIFY(!query(f, legacy, &notes).contains(QStringLiteral("errorCode"))); // unknown column → 400
        QCOMPARE(notes.size(), 1);

        notes.clear();
        f = {};
        f.linkKind = LinkKind::StatusPageAnnouncement;
        f.linkText = QStringLiteral("New data centre");
        QCOMPARE(json(query(f, current, &notes)), QByteArray("{}")); // its title is not readable (400)
        QCOMPARE(notes.size(), 1);
    }

    // Servers before 10 leave operators inside a relation's query untranslated and match nothing
    // (seen on OneUptime 7.0.4800, 8.0.5580 and 9.5.13): a name is asked for as written, and the
    // filter bar says so. Ids and numbers are exact everywhere.
    void relationNamesExactBeforeTen()
    {
        const ServerFeatures nine = featuresFor(QVersionNumber(9, 5, 13));
        QVERIFY(!nine.relationSearch);
        QVERIFY(current.relationSearch);
        SmsFilter f;
        f.linkKind = LinkKind::Incident;
        f.linkText = QStringLiteral("Database latency high");
        QStringList notes;
        QCOMPARE(json(query(f, nine, &notes)),
                 QByteArray("{\"incident\":{\"title\":\"Database latency high\"}}"));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QStringLiteral("whole name")), qPrintable(notes.first()));
        notes.clear();
        f.linkText = QStringLiteral("#42");
        QCOMPARE(json(query(f, nine, &notes)), QByteArray("{\"incident\":{\"incidentNumber\":42}}"));
        QVERIFY(notes.isEmpty());
    }

    void hostileTextStaysAValue()
    {
        SmsFilter f;
        f.text = QStringLiteral("\"}); DROP TABLE \"SmsLog\"; --");
        const QJsonObject q = query(f, current);
        QCOMPARE(
            q.value(QStringLiteral("_multiFieldSearch")).toObject().value(QStringLiteral("value")).toString(),
            f.text);
    }

    void sortHasTieBreaker_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("sent at desc") << int(SmsColumn::SentAt) << int(Qt::DescendingOrder)
                                      << QByteArray("\"sort\":{\"createdAt\":\"DESC\",\"_id\":\"ASC\"}");
        QTest::newRow("cost asc") << int(SmsColumn::Cost) << int(Qt::AscendingOrder)
                                  << QByteArray("\"sort\":{\"smsCostInUSDCents\":\"ASC\",\"_id\":\"ASC\"}");
        QTest::newRow("project") << int(SmsColumn::Project) << int(Qt::AscendingOrder) << QByteArray();
        QTest::newRow("linked") << int(SmsColumn::Linked) << int(Qt::AscendingOrder) << QByteArray();
    }

    // The column comes before the tie-breaker in the body (key order is ORDER BY order), which a
    // QJsonObject would not keep: it sorts "_id" first.
    void sortHasTieBreaker()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QByteArray, expected);
        const auto s = sort({static_cast<SmsColumn>(column), static_cast<Qt::SortOrder>(order)}, current);
        QCOMPARE(bool(s), !expected.isEmpty());
        if (!s)
            return;
        const QByteArray body = requestBody({}, {}, *s);
        QVERIFY2(body.contains(expected), body.constData());
        QVERIFY(!QJsonDocument::fromJson(body).isNull()); // well-formed
        QCOMPARE(body, QByteArray("{\"query\":{},\"select\":{},") + expected + '}');
        QVERIFY(!sort({SmsColumn::ErrorCode, Qt::AscendingOrder}, legacy)); // no such column there
    }

    void bodyWithoutSortKeepsTheServerDefault()
    {
        SmsFilter f;
        f.statuses = {QStringLiteral("Sent")};
        const QByteArray body = requestBody(query(f, current), select(Fields::Totals, current), {});
        const QJsonObject parsed = QJsonDocument::fromJson(body).object();
        QVERIFY(!parsed.contains(QStringLiteral("sort")));
        QCOMPARE(parsed.value(QStringLiteral("query")).toObject(), query(f, current));
    }

    void selectOnlyWhatTheServerHas()
    {
        const QJsonObject full = select(Fields::Full, current);
        for (const QString &key :
             {QStringLiteral("errorCode"), QStringLiteral("monitor"), QStringLiteral("incident"),
              QStringLiteral("user"), QStringLiteral("statusPageAnnouncement"),
              QStringLiteral("providerExternalId")})
            QVERIFY2(full.contains(key), qPrintable(key));
        QCOMPARE(full.value(QStringLiteral("statusPageAnnouncement")), QJsonValue(true)); // id only
        QCOMPARE(json(full.value(QStringLiteral("incident")).toObject()),
                 QByteArray("{\"incidentNumber\":true,\"title\":true}"));
        QCOMPARE(json(full.value(QStringLiteral("user")).toObject()),
                 QByteArray("{\"email\":true,\"name\":true}"));
        QVERIFY(!full.contains(QStringLiteral("statusCallbackToken")));
        QVERIFY(!full.contains(QStringLiteral("deletedByUserId")));

        const QJsonObject old = select(Fields::Full, legacy);
        for (const QString &key :
             {QStringLiteral("errorCode"), QStringLiteral("monitor"), QStringLiteral("incident"),
              QStringLiteral("monitorId"), QStringLiteral("userId")})
            QVERIFY2(!old.contains(key), qPrintable(key));

        const QJsonObject totals = select(Fields::Totals, current);
        QCOMPARE(json(totals),
                 QByteArray("{\"createdAt\":true,\"project\":{\"name\":true},\"projectId\":true,"
                            "\"smsCostInUSDCents\":true,"
                            "\"status\":true}"));
    }
};

QTEST_GUILESS_MAIN(TestOneUptimeQuery)
#include "tst_oneuptimequery.moc"
