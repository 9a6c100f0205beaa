// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cacheschema.h"
#include "cachewriter.h"
#include "rowplan.h"
#include "sqlquerybuilder.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace SqlQueryBuilder;

namespace {

SmsRecord record(const QString &id, const QString &to, const QString &text, const QString &status)
{
    SmsRecord r;
    r.id = id;
    r.createdAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    r.toNumber = to;
    r.fromNumber = QStringLiteral("+14155550100");
    r.smsText = text;
    r.status = status;
    r.costCents = 10;
    r.projectId = QStringLiteral("p1");
    r.projectName = QStringLiteral("Acme");
    r.link(LinkKind::Incident) = {QStringLiteral("inc-1"), QStringLiteral("Database unreachable"), 42, {}};
    return r;
}

} // namespace

class TestSqlQueryBuilder : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;

    // Runs `SELECT s.id FROM sms_log s <where>` on the test cache and returns the ids.
    QStringList matchingIds(const SmsFilter &filter)
    {
        const Fragment fragment = where(filter);
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("SELECT s.id FROM sms_log s %1 ORDER BY s.id").arg(fragment.sql)))
            qWarning("%s", qPrintable(query.lastError().text()));
        for (const QVariant &value : fragment.values)
            query.addBindValue(value);
        if (!query.exec())
            qWarning("%s", qPrintable(query.lastError().text()));
        QStringList ids;
        while (query.next())
            ids << query.value(0).toString();
        return ids;
    }

    QStringList plan(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qWarning("%s", qPrintable(query.lastError().text()));
        QStringList lines;
        while (query.next())
            lines << query.value(3).toString();
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("filters.sqlite"));
        CacheWriter writer;
        QCOMPARE(writer.create(path), QString());
        QCOMPARE(writer.write({
                     record(QStringLiteral("a"), QStringLiteral("+15551234567"),
                            QStringLiteral("Database unreachable"), QStringLiteral("Delivered")),
                     record(QStringLiteral("b"), QStringLiteral("+1%_5"),
                            QStringLiteral("'); DROP TABLE sms_log; --"), QStringLiteral("Failed")),
                     record(QStringLiteral("c"), QStringLiteral("+1005"),
                            QStringLiteral("Grüße aus München 🚨"), QStringLiteral("Low Balance")),
                 }),
                 QString());
        writer.close();
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("filters"));
        m_db.setDatabaseName(path);
        QVERIFY(m_db.open());
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("filters"));
    }

    void emptyFilterHasNoWhere()
    {
        const Fragment fragment = where({});
        QVERIFY(fragment.sql.isEmpty());
        QVERIFY(fragment.values.isEmpty());
    }

    void sqlAndBoundValues_data()
    {
        QTest::addColumn<SmsFilter>("filter");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("values");

        SmsFilter statuses;
        statuses.statuses = {QStringLiteral("Failed"), QStringLiteral("Low Balance")};
        QTest::newRow("statuses") << statuses << QStringLiteral("WHERE s.status IN (?, ?)")
                                  << QVariantList{QStringLiteral("Failed"), QStringLiteral("Low Balance")};

        SmsFilter range;
        range.sentFrom = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        range.sentTo = QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC);
        QTest::newRow("time range") << range
                                    << QStringLiteral("WHERE s.created_at >= ? AND s.created_at <= ?")
                                    << QVariantList{range.sentFrom.toMSecsSinceEpoch(),
                                                    range.sentTo.toMSecsSinceEpoch()};

        SmsFilter changed;
        changed.changedFrom = QDateTime(QDate(2026, 11, 3), QTime(8, 0), Qt::UTC);
        QTest::newRow("changed since (sync)") << changed << QStringLiteral("WHERE s.updated_at >= ?")
                                              << QVariantList{changed.changedFrom.toMSecsSinceEpoch()};

        SmsFilter number;
        number.toNumber = QStringLiteral(" 55%_ ");
        QTest::newRow("to number, trimmed and escaped")
            << number
            << QStringLiteral(
                   "WHERE s.to_number IN (SELECT number FROM phone_number WHERE number LIKE ? ESCAPE '\\')")
            << QVariantList{QStringLiteral("%55\\%\\_%")};

        SmsFilter project;
        project.projectId = QStringLiteral("p1");
        project.errorCode = QStringLiteral("30007");
        QTest::newRow("project and error code")
            << project << QStringLiteral("WHERE s.project_id = ? AND s.error_code = ?")
            << QVariantList{QStringLiteral("p1"), QStringLiteral("30007")};

        SmsFilter text;
        text.text = QStringLiteral("Database \"down");
        QTest::newRow("text")
            << text
            << QStringLiteral(
                   "WHERE s.rid IN (SELECT rowid FROM sms_text_index WHERE sms_text_index MATCH ?)")
            << QVariantList{QStringLiteral("\"Database\"* \"down\"*")};
    }

    void sqlAndBoundValues()
    {
        QFETCH(SmsFilter, filter);
        QFETCH(QString, sql);
        QFETCH(QVariantList, values);
        const Fragment fragment = where(filter);
        QCOMPARE(fragment.sql, sql);
        QCOMPARE(fragment.values, values);
    }

    void valuesNeverInlined()
    {
        SmsFilter filter;
        filter.statuses = {QStringLiteral("x'); DROP TABLE sms_log; --")};
        filter.toNumber = QStringLiteral("'); DROP");
        filter.projectId = QStringLiteral("' OR 1=1 --");
        filter.linkKind = LinkKind::Incident;
        filter.linkText = QStringLiteral("' OR ''='");
        const Fragment fragment = where(filter);
        QVERIFY(!fragment.sql.contains(QStringLiteral("DROP")));
        QVERIFY(!fragment.sql.contains(QStringLiteral("OR 1=1")));
        QCOMPARE(fragment.sql.count(u'?'), fragment.values.size());
    }

    void hostileStringsMatchLiterally()
    {
        SmsFilter filter;
        filter.toNumber = QStringLiteral("%_");
        QCOMPARE(matchingIds(filter), QStringList{QStringLiteral("b")}); // not a wildcard

        filter = {};
        filter.toNumber = QStringLiteral("'); DROP TABLE sms_log; --");
        QCOMPARE(matchingIds(filter), QStringList());

        filter = {};
        filter.text = QStringLiteral("'); DROP TABLE");
        QCOMPARE(matchingIds(filter), QStringList{QStringLiteral("b")});

        filter = {};
        filter.statuses = {QStringLiteral("Failed'); DROP TABLE sms_log; --")};
        QCOMPARE(matchingIds(filter), QStringList());

        QCOMPARE(matchingIds({}).size(), 3); // the table is still there
    }

    void filtersMatchTheRightRows()
    {
        SmsFilter filter;
        filter.statuses = {QStringLiteral("Low Balance"), QStringLiteral("Delivered")};
        QCOMPARE(matchingIds(filter), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));

        filter = {};
        filter.text = QStringLiteral("münchen"); // case and diacritics folded
        QCOMPARE(matchingIds(filter), QStringList{QStringLiteral("c")});
        filter.text = QStringLiteral("datab unreach"); // word prefixes, any order
        QCOMPARE(matchingIds(filter), QStringList{QStringLiteral("a")});
        filter.text = QStringLiteral("!!!"); // no word at all: nothing matches, nothing fails
        QCOMPARE(matchingIds(filter), QStringList());

        filter = {};
        filter.linkKind = LinkKind::Incident;
        for (const QString &text : {QStringLiteral("#42"), QStringLiteral("42"),
                                    QStringLiteral("unreachable"), QStringLiteral("inc-1")}) {
            filter.linkText = text;
            QCOMPARE(matchingIds(filter).size(), 3);
        }
        filter.linkText = QStringLiteral("43");
        QCOMPARE(matchingIds(filter), QStringList());
        filter.linkKind = LinkKind::Alert;
        filter.linkText = QStringLiteral("42");
        QCOMPARE(matchingIds(filter), QStringList());

        filter = {};
        filter.sentFrom = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC); // inclusive bounds
        filter.sentTo = filter.sentFrom;
        QCOMPARE(matchingIds(filter).size(), 3);
        filter.sentFrom = filter.sentFrom.addMSecs(1);
        filter.sentTo = QDateTime();
        QCOMPARE(matchingIds(filter), QStringList());
    }

    void fullTextExpressionQuotesEverything_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expression");
        QTest::newRow("plain") << QStringLiteral("db down") << QStringLiteral("\"db\"* \"down\"*");
        QTest::newRow("operators are words")
            << QStringLiteral("NEAR(a OR b)") << QStringLiteral("\"NEAR\"* \"a\"* \"OR\"* \"b\"*");
        QTest::newRow("punctuation only") << QStringLiteral("\"*^-") << QString();
        QTest::newRow("non-Latin") << QStringLiteral("Ошибка 配信")
                                   << QStringLiteral("\"Ошибка\"* \"配信\"*");
    }

    void fullTextExpressionQuotesEverything()
    {
        QFETCH(QString, text);
        QFETCH(QString, expression);
        QCOMPARE(fullTextExpression(text), expression);
    }

    void sortAllowList_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sent at") << int(SmsColumn::SentAt)
                                 << QStringLiteral("ORDER BY s.created_at DESC, s.rid DESC");
        QTest::newRow("to") << int(SmsColumn::To) << QStringLiteral("ORDER BY s.to_number DESC, s.rid DESC");
        QTest::newRow("from") << int(SmsColumn::From)
                              << QStringLiteral("ORDER BY s.from_number DESC, s.rid DESC");
        QTest::newRow("status") << int(SmsColumn::Status)
                                << QStringLiteral("ORDER BY s.status DESC, s.rid DESC");
        QTest::newRow("error") << int(SmsColumn::ErrorCode)
                               << QStringLiteral("ORDER BY s.error_code DESC, s.rid DESC");
        QTest::newRow("cost") << int(SmsColumn::Cost)
                              << QStringLiteral("ORDER BY s.cost_cents DESC, s.rid DESC");
        QTest::newRow("project") << int(SmsColumn::Project) << QString();
        QTest::newRow("user") << int(SmsColumn::User) << QString();
        QTest::newRow("linked") << int(SmsColumn::Linked) << QString();
        QTest::newRow("out of range") << 99 << QString();
    }

    void sortAllowList()
    {
        QFETCH(int, column);
        QFETCH(QString, expected);
        const auto order = orderBy({static_cast<SmsColumn>(column), Qt::DescendingOrder});
        QCOMPARE(order.value_or(QString()), expected);
        QCOMPARE(sortableColumns().contains(static_cast<SmsColumn>(column)), !expected.isEmpty());
        if (!expected.isEmpty()) {
            const auto ascending = orderBy({static_cast<SmsColumn>(column), Qt::AscendingOrder});
            QVERIFY(ascending && ascending->contains(QStringLiteral("ASC, s.rid ASC")));
        }
    }

    // Every offered sort is an index walk: no table scan, no sort of all rows.
    void everySortUsesAnIndex()
    {
        for (SmsColumn column : sortableColumns()) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString sql = QStringLiteral("SELECT s.rid FROM sms_log s %1 LIMIT 256 OFFSET 0")
                                        .arg(*orderBy({column, order}));
                const QString lines = plan(sql, {}).join(u'\n');
                QVERIFY2(lines.contains(QStringLiteral("USING INDEX"))
                             || lines.contains(QStringLiteral("COVERING INDEX")),
                         qPrintable(sql + u'\n' + lines));
                QVERIFY2(!lines.contains(QStringLiteral("TEMP B-TREE")), qPrintable(sql + u'\n' + lines));
            }
        }
    }

    // Every offered filter finds its rows through an index (SEARCH), never a plain table scan.
    void everyFilterUsesAnIndex_data()
    {
        QTest::addColumn<SmsFilter>("filter");
        SmsFilter f;
        f.statuses = {QStringLiteral("Failed")};
        QTest::newRow("status") << f;
        f = {};
        f.sentFrom = QDateTime::currentDateTimeUtc().addDays(-1);
        QTest::newRow("time") << f;
        f = {};
        f.toNumber = QStringLiteral("555");
        QTest::newRow("to number") << f;
        f = {};
        f.fromNumber = QStringLiteral("415");
        QTest::newRow("from number") << f;
        f = {};
        f.text = QStringLiteral("database");
        QTest::newRow("text") << f;
        f = {};
        f.projectId = QStringLiteral("p1");
        QTest::newRow("project") << f;
        f = {};
        f.errorCode = QStringLiteral("30007");
        QTest::newRow("error code") << f;
        for (LinkKind kind : allLinkKinds) {
            f = {};
            f.linkKind = kind;
            f.linkText = QStringLiteral("x");
            QTest::newRow(qPrintable(linkKindKey(kind))) << f;
        }
    }

    void everyFilterUsesAnIndex()
    {
        QFETCH(SmsFilter, filter);
        const Fragment fragment = where(filter);
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM sms_log s ") + fragment.sql;
        const QStringList lines = plan(sql, fragment.values);
        bool searched = false;
        for (const QString &line : lines) {
            QVERIFY2(!(line.startsWith(QStringLiteral("SCAN s")) && !line.contains(QStringLiteral("INDEX"))),
                     qPrintable(sql + u'\n' + lines.join(u'\n')));
            searched = searched || line.startsWith(QStringLiteral("SEARCH s"));
        }
        QVERIFY2(searched, qPrintable(sql + u'\n' + lines.join(u'\n')));
    }

    // The walk (first page, pages after a bookmark of either kind, with a snapshot's bound or not,
    // the position scan) follows an index in order for every sortable column and direction: never a sort of
    // the matches.
    void walksFollowAnIndex_data()
    {
        QTest::addColumn<SmsFilter>("filter");
        QTest::newRow("everything") << SmsFilter{};
        SmsFilter f;
        f.statuses = {QStringLiteral("Failed")};
        QTest::newRow("one status (its own stretch of status, time)") << f;
        f.statuses << QStringLiteral("Undelivered");
        QTest::newRow("two statuses") << f;
        f = {};
        f.sentFrom = QDateTime::currentDateTimeUtc().addDays(-1);
        QTest::newRow("time") << f;
        f = {};
        f.text = QStringLiteral("database");
        QTest::newRow("text") << f;
    }

    void walksFollowAnIndex()
    {
        QFETCH(SmsFilter, filter);
        for (SmsColumn column : sortableColumns()) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const SmsQuery query{filter, {column, order}};
                QList<Fragment> statements{RowPlan::scan(query)};
                for (const std::optional<RowPositions::Key> &after :
                     {std::optional<RowPositions::Key>{},
                      std::optional<RowPositions::Key>{{QVariant(QStringLiteral("x")), 5}},
                      std::optional<RowPositions::Key>{{QVariant(), 5}}}) {
                    // With and without an export's snapshot bound.
                    for (const RowPlan::RidBound bound : {RowPlan::RidBound{}, RowPlan::RidBound{1000}}) {
                        for (Fragment segment :
                             RowPlan::walkSegments(query, after, CacheSchema::version, bound)) {
                            segment.values << 256 << 0;
                            statements << segment;
                        }
                    }
                }
                for (const Fragment &statement : std::as_const(statements)) {
                    const QString lines = plan(statement.sql, statement.values).join(u'\n');
                    QVERIFY2(!lines.isEmpty(), qPrintable(statement.sql));
                    QVERIFY2(!lines.contains(QStringLiteral("TEMP B-TREE")),
                             qPrintable(statement.sql + u'\n' + lines));
                    QVERIFY2(lines.contains(QStringLiteral("INDEX")),
                             qPrintable(statement.sql + u'\n' + lines));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSqlQueryBuilder)
#include "tst_sqlquerybuilder.moc"
