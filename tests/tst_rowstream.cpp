// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cacheconnection.h"
#include "cachewriter.h"
#include "demogenerator.h"
#include "rowstream.h"
#include "sqlquerybuilder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(RowPlan::Kind)

// RowStream, the exports' reader: every matching row once, in the table's order, through
// RowPager and RowPlan, on a real demo cache. The order is checked against plain SQL (ORDER BY
// without any index hint); the way picked against what RowPlan promises for whole reads.
class TestRowStream : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 rowCount = 6000;
    static constexpr int pageSize = 97; // pages end anywhere, ties and all
    QTemporaryDir m_dir;
    QString m_path;

    // The ids of the matches of `filter`, by plain SQL, in (created_at, rid) order.
    static QStringList oracle(const QString &path, const SmsFilter &filter, Qt::SortOrder order)
    {
        QStringList ids;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("oracle"));
            db.setDatabaseName(path);
            if (!db.open())
                return {};
            const SqlQueryBuilder::Fragment where = SqlQueryBuilder::where(filter);
            const QString direction
                = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT s.id FROM sms_log s %1 ORDER BY s.created_at %2, s.rid %2")
                              .arg(where.sql, direction));
            for (const QVariant &value : where.values)
                query.addBindValue(value);
            if (query.exec())
                while (query.next())
                    ids << query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("oracle"));
        return ids;
    }

    static SmsFilter statuses(const QStringList &list)
    {
        SmsFilter filter;
        filter.statuses = list;
        return filter;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        DemoOptions options;
        options.rows = rowCount;
        options.seed = 11;
        QCOMPARE(writeDemoCache(m_path, options), QString());
    }

    void everyRowOnceInTheTablesOrder_data()
    {
        QTest::addColumn<SmsFilter>("filter");
        QTest::addColumn<RowPlan::Kind>("kind");
        QTest::newRow("everything") << SmsFilter{} << RowPlan::Kind::Walk;
        SmsFilter time;
        time.sentFrom = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("a time range (the walk's own range)") << time << RowPlan::Kind::Walk;
        QTest::newRow("one status (its stretch of status, time)")
            << statuses({QStringLiteral("Delivered")}) << RowPlan::Kind::Walk;
        QTest::newRow("dense statuses (a walk keeps most rows)")
            << statuses({QStringLiteral("Delivered"), QStringLiteral("Success")}) << RowPlan::Kind::Walk;
        QTest::newRow("sparse statuses (sorted once)")
            << statuses({QStringLiteral("Failed"), QStringLiteral("Undelivered")}) << RowPlan::Kind::SortOnce;
        SmsFilter text;
        text.text = QStringLiteral("incident");
        QTest::newRow("text") << text << RowPlan::Kind::SortOnce;
    }

    void everyRowOnceInTheTablesOrder()
    {
        QFETCH(SmsFilter, filter);
        QFETCH(RowPlan::Kind, kind);
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            const QStringList expected = oracle(m_path, filter, order);
            QVERIFY(!expected.isEmpty());
            CacheConnection connection(QStringLiteral("tst-rowstream"));
            QVERIFY(!connection.open(m_path));
            RowStream stream(connection, {filter, {SmsColumn::SentAt, order}}, pageSize);
            QString error;
            QVERIFY2(stream.start(&error), qPrintable(error));
            QCOMPARE(stream.kind(), kind);
            QCOMPARE(stream.total(), expected.size());
            QStringList got;
            for (;;) {
                const std::optional<QList<SmsRecord>> page = stream.next(&error);
                QVERIFY2(page, qPrintable(error));
                if (page->isEmpty())
                    break;
                QVERIFY(page->size() <= pageSize);
                for (const SmsRecord &record : *page)
                    got << record.id;
            }
            QCOMPARE(got, expected);
        }
    }

    void aWriterCommitsBetweenPagesAndItsRowsAreLeftOut_data()
    {
        QTest::addColumn<SmsFilter>("filter");
        QTest::addColumn<RowPlan::Kind>("kind");
        QTest::newRow("walk") << SmsFilter{} << RowPlan::Kind::Walk;
        QTest::newRow("sorted once") << statuses({QStringLiteral("Failed"), QStringLiteral("Undelivered")})
                                     << RowPlan::Kind::SortOnce;
    }

    // Between pages the stream holds no statement open: a writer commits at once (it would wait
    // SQLite's busy timeout and fail otherwise), and the rows it adds (matching the filter, older
    // than all, among and newer than the rest) are not part of a stream that started before them.
    void aWriterCommitsBetweenPagesAndItsRowsAreLeftOut()
    {
        QFETCH(SmsFilter, filter);
        QFETCH(RowPlan::Kind, kind);
        const QString path = m_dir.filePath(
            QStringLiteral("written-%1.sqlite").arg(QString::fromUtf8(QTest::currentDataTag())));
        QFile::remove(path);
        QVERIFY(QFile::copy(m_path, path));
        const QStringList expected = oracle(path, filter, Qt::DescendingOrder);
        CacheConnection connection(QStringLiteral("tst-rowstream"));
        QVERIFY(!connection.open(path));
        RowStream stream(connection, {filter, {}}, pageSize);
        QString error;
        QVERIFY2(stream.start(&error), qPrintable(error));
        QCOMPARE(stream.kind(), kind);

        CacheWriter writer;
        QCOMPARE(writer.open(path), QString());
        QStringList got;
        int pages = 0;
        for (;;) {
            const std::optional<QList<SmsRecord>> page = stream.next(&error);
            QVERIFY2(page, qPrintable(error));
            if (page->isEmpty())
                break;
            for (const SmsRecord &record : *page)
                got << record.id;
            if (++pages != 2)
                continue;
            QList<SmsRecord> added;
            for (const int days : {-4000, -1, 4000}) {
                SmsRecord r;
                r.id = QStringLiteral("added-%1").arg(days);
                r.createdAt = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC).addDays(days);
                r.updatedAt = r.createdAt;
                r.status = QStringLiteral("Failed");
                added << r;
            }
            QElapsedTimer clock;
            clock.start();
            QCOMPARE(writer.write(added), QString());
            QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        }
        writer.close();
        QCOMPARE(got, expected);
        QCOMPARE(oracle(path, filter, Qt::DescendingOrder).size(), expected.size() + 3);
    }
};

QTEST_GUILESS_MAIN(TestRowStream)
#include "tst_rowstream.moc"
