// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachewriter.h"
#include "demogenerator.h"
#include "sqlitecachesource.h"
#include "sqlquerybuilder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The cache source end to end: a real file, the real worker thread, the real SQL. Results are
// checked against an oracle computed in C++ from the generator's records.
class TestSqliteCacheSource : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 rowCount = 4000;
    QTemporaryDir m_dir;
    QString m_path;
    QList<SmsRecord> m_records; // what the cache holds, oldest first
    std::unique_ptr<SqliteCacheSource> m_source;

    static DemoOptions options()
    {
        DemoOptions o;
        o.rows = rowCount;
        o.seed = 7;
        o.end = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        o.days = 30;
        return o;
    }

    // The filter semantics, written the slow and obvious way.
    static bool matches(const SmsRecord &r, const SmsFilter &f)
    {
        if (!f.statuses.isEmpty() && !f.statuses.contains(r.status))
            return false;
        if (f.sentFrom.isValid() && (!r.createdAt.isValid() || r.createdAt < f.sentFrom))
            return false;
        if (f.sentTo.isValid() && (!r.createdAt.isValid() || r.createdAt > f.sentTo))
            return false;
        if (!f.toNumber.isEmpty() && !r.toNumber.contains(f.toNumber, Qt::CaseInsensitive))
            return false;
        if (!f.fromNumber.isEmpty() && !r.fromNumber.contains(f.fromNumber, Qt::CaseInsensitive))
            return false;
        if (!f.projectId.isEmpty() && r.projectId != f.projectId)
            return false;
        if (!f.errorCode.isEmpty() && r.errorCode != f.errorCode)
            return false;
        if (f.linkKind && !f.linkText.isEmpty()) {
            const LinkedResource &link = r.link(*f.linkKind);
            if (!link.isSet())
                return false;
            const bool byNumber = link.number && QString::number(*link.number) == f.linkText;
            if (link.id != f.linkText && !link.name.contains(f.linkText, Qt::CaseInsensitive) && !byNumber)
                return false;
        }
        return true;
    }

    template <typename Signal>
    QList<QVariant> waitFor(Signal signal, SmsLogSource::RequestId id)
    {
        QSignalSpy spy(m_source.get(), signal);
        QSignalSpy failed(m_source.get(), &SmsLogSource::requestFailed);
        for (int i = 0; i < 200; ++i) {
            for (const QList<QVariant> &arguments : std::as_const(spy)) {
                if (arguments.first().toULongLong() == id)
                    return arguments;
            }
            for (const QList<QVariant> &arguments : std::as_const(failed)) {
                if (arguments.first().toULongLong() == id)
                    qWarning("request failed: %s", qPrintable(arguments.at(1).value<SourceError>().detail));
            }
            spy.wait(50);
        }
        return {};
    }

    CostTotals totals(const SmsFilter &filter)
    {
        const auto answer = waitFor(&SmsLogSource::totalsFetched, m_source->requestTotals(filter));
        return answer.isEmpty() ? CostTotals{-1, -1, {}, {}} : answer.at(1).value<CostTotals>();
    }

    qint64 count(const SmsFilter &filter)
    {
        const auto answer = waitFor(&SmsLogSource::countFetched, m_source->requestCount(filter));
        return answer.isEmpty() ? -1 : answer.at(1).toLongLong();
    }

    QList<SmsRecord> rows(const SmsQuery &query, qint64 offset, int n)
    {
        const auto answer = waitFor(&SmsLogSource::rowsFetched, m_source->requestRows(query, offset, n));
        return answer.isEmpty() ? QList<SmsRecord>{} : answer.at(2).value<QList<SmsRecord>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("source.sqlite"));
        QCOMPARE(writeDemoCache(m_path, options()), QString());
        DemoGenerator generator(options());
        for (QList<SmsRecord> batch = generator.next(1000); !batch.isEmpty(); batch = generator.next(1000))
            m_records += batch;
        QCOMPARE(m_records.size(), rowCount);

        m_source = std::make_unique<SqliteCacheSource>(m_path);
        QSignalSpy opened(m_source.get(), &SmsLogSource::opened);
        m_source->open();
        QVERIFY(opened.wait(10000));
    }

    void cleanupTestCase() { m_source.reset(); }

    void newestFirstPagesMatchTheRecords()
    {
        QList<SmsRecord> expected = m_records;
        std::stable_sort(expected.begin(), expected.end(),
                         [](const SmsRecord &a, const SmsRecord &b) { return a.createdAt > b.createdAt; });
        const QList<SmsRecord> first = rows({}, 0, 100);
        QCOMPARE(first.size(), 100);
        for (int i = 0; i < first.size(); ++i)
            QCOMPARE(first.at(i).createdAt, expected.at(i).createdAt);
        // Every field survives the round trip through the file.
        const auto original = std::find_if(m_records.cbegin(), m_records.cend(),
                                           [&](const SmsRecord &r) { return r.id == first.first().id; });
        QVERIFY(original != m_records.cend());
        QCOMPARE(first.first(), *original);

        const QList<SmsRecord> last = rows({}, rowCount - 10, 100); // past the end: what is there
        QCOMPARE(last.size(), 10);
        QCOMPARE(last.last().createdAt, expected.last().createdAt);
    }

    void everySortedPageIsInOrder()
    {
        for (SmsColumn column : m_source->sortableColumns()) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                SmsQuery query;
                query.sort = {column, order};
                const QList<SmsRecord> page = rows(query, 1000, 200);
                QCOMPARE(page.size(), 200);
                for (int i = 1; i < page.size(); ++i) {
                    const SmsRecord &a = page.at(i - 1);
                    const SmsRecord &b = page.at(i);
                    int cmp = 0;
                    switch (column) {
                    case SmsColumn::SentAt:
                        cmp = a.createdAt < b.createdAt ? -1 : (a.createdAt > b.createdAt ? 1 : 0);
                        break;
                    case SmsColumn::To: cmp = a.toNumber.compare(b.toNumber); break;
                    case SmsColumn::From: cmp = a.fromNumber.compare(b.fromNumber); break;
                    case SmsColumn::Status: cmp = a.status.compare(b.status); break;
                    case SmsColumn::ErrorCode: cmp = a.errorCode.compare(b.errorCode); break;
                    case SmsColumn::Cost:
                        cmp = int(a.costCents.value_or(-1) - b.costCents.value_or(-1));
                        break;
                    default: QFAIL("unexpected sortable column");
                    }
                    QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                             qPrintable(QStringLiteral("column %1 row %2").arg(int(column)).arg(i)));
                }
            }
        }
    }

    void pagesTileTheWholeResultWithoutGapsOrRepeats()
    {
        SmsQuery query;
        query.sort = {SmsColumn::Status, Qt::AscendingOrder};
        query.filter.statuses = {QStringLiteral("Delivered"), QStringLiteral("Success")};
        const qint64 expected = count(query.filter);
        QSet<QString> ids;
        for (qint64 offset = 0; offset < expected; offset += 256) {
            for (const SmsRecord &r : rows(query, offset, 256))
                ids.insert(r.id);
        }
        QCOMPARE(qint64(ids.size()), expected);
    }

    // The ids of `query`'s rows in order, by plain SQL on a connection of the test's own.
    QStringList referenceOrder(const SmsQuery &query)
    {
        QStringList ids;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reference"));
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                return {};
            const SqlQueryBuilder::Fragment where = SqlQueryBuilder::where(query.filter);
            QSqlQuery sql(db);
            sql.prepare(QStringLiteral("SELECT s.id FROM sms_log s NOT INDEXED %1 %2")
                            .arg(where.sql, *SqlQueryBuilder::orderBy(query.sort)));
            for (const QVariant &value : where.values)
                sql.addBindValue(value);
            if (sql.exec())
                while (sql.next())
                    ids << sql.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reference"));
        return ids;
    }

    QStringList idsOf(const QList<SmsRecord> &records)
    {
        QStringList ids;
        for (const SmsRecord &r : records)
            ids << r.id;
        return ids;
    }

    void everyOrderPagedEqualsPlainSql_data()
    {
        QTest::addColumn<SmsFilter>("filter");
        QTest::newRow("everything") << SmsFilter{};
        SmsFilter dense;
        dense.statuses = {QStringLiteral("Delivered"), QStringLiteral("Success")};
        QTest::newRow("dense statuses (index walk)") << dense;
        SmsFilter rare;
        rare.statuses = {QStringLiteral("Queued"), QStringLiteral("Sending")};
        QTest::newRow("rare statuses (sorted matches)") << rare;
        SmsFilter none;
        none.statuses = {QStringLiteral("No such status")};
        QTest::newRow("no match") << none;
        SmsFilter word;
        word.text = QStringLiteral("incident");
        QTest::newRow("a common word (chunks checked against the text index)") << word;
        SmsFilter rareWord;
        rareWord.text = QStringLiteral("undeliv");
        QTest::newRow("a rarer word") << rareWord;
    }

    void everyOrderPagedEqualsPlainSql()
    {
        // Every sortable column in both directions, read page after page from the top (keyset
        // bookmarks from each page for the next), then pages at random depths once the
        // position scan is done, and both against plain SQL. Sorting by error code walks
        // through many NULLs (SQLite sorts them first), which keyset comparisons cannot compare.
        QFETCH(SmsFilter, filter);
        QRandomGenerator random(5);
        for (SmsColumn column : m_source->sortableColumns()) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const SmsQuery query{filter, {column, order}};
                const QStringList expected = referenceOrder(query);
                const QString what = QStringLiteral("column %1, order %2").arg(int(column)).arg(int(order));
                QStringList paged;
                for (qint64 offset = 0; offset == 0 || offset < expected.size(); offset += 256)
                    paged += idsOf(rows(query, offset, 256));
                QVERIFY2(paged == expected, qPrintable(what));

                for (int i = 0; i < 6 && !expected.isEmpty(); ++i) {
                    if (i == 3) // the scan runs after a page: the rest from its bookmarks
                        QTRY_VERIFY(m_source->positionsKnown(query));
                    const qint64 offset = 256 * random.bounded(int(expected.size() + 255) / 256);
                    QVERIFY2(idsOf(rows(query, offset, 256)) == expected.mid(offset, 256), qPrintable(what));
                }
            }
        }
    }

    void totalsEqualTheOracleForRandomFilters()
    {
        QRandomGenerator random(2026);
        const QStringList statuses{QStringLiteral("Delivered"), QStringLiteral("Failed"),
                                   QStringLiteral("Error"),     QStringLiteral("Undelivered"),
                                   QStringLiteral("Success"),   QStringLiteral("Low Balance"),
                                   QStringLiteral("Sending"),   QStringLiteral("Sent")};
        int informative = 0; // rounds where the filter kept some rows but not all
        for (int round = 0; round < 40; ++round) {
            SmsFilter f;
            const SmsRecord &pick = m_records.at(random.bounded(int(m_records.size())));
            if (random.bounded(2))
                for (int i = 0; i < 1 + random.bounded(3); ++i)
                    f.statuses << statuses.at(random.bounded(int(statuses.size())));
            if (random.bounded(2)) {
                f.sentFrom = pick.createdAt.addSecs(-3600 * random.bounded(200));
                f.sentTo = f.sentFrom.addSecs(3600 * random.bounded(1, 400));
            }
            if (random.bounded(3) == 0)
                f.projectId = pick.projectId;
            if (random.bounded(4) == 0)
                f.toNumber = pick.toNumber.mid(random.bounded(3), 4);
            if (random.bounded(5) == 0 && !pick.errorCode.isEmpty())
                f.errorCode = pick.errorCode;
            if (random.bounded(4) == 0 && pick.link(LinkKind::Incident).isSet()) {
                f.linkKind = LinkKind::Incident;
                f.linkText = random.bounded(2) ? pick.link(LinkKind::Incident).id
                                               : QString::number(*pick.link(LinkKind::Incident).number);
            }

            CostTotals expected;
            QMap<QString, qint64> costByDay; // UTC days
            QHash<QString, qint64> costByStatus;
            QHash<QString, qint64> messagesByProject;
            for (const SmsRecord &r : std::as_const(m_records)) {
                if (!matches(r, f))
                    continue;
                ++expected.messages;
                expected.costCents += r.costCents.value_or(0);
                costByStatus[r.status] += r.costCents.value_or(0);
                costByDay[r.createdAt.toUTC().date().toString(Qt::ISODate)] += r.costCents.value_or(0);
                ++messagesByProject[r.projectId];
            }
            informative += expected.messages > 0 && expected.messages < rowCount;
            const CostTotals actual = totals(f);
            QCOMPARE(actual.messages, expected.messages);
            QCOMPARE(actual.costCents, expected.costCents);
            QCOMPARE(count(f), expected.messages);
            for (const CostGroup &group : actual.byStatus)
                QCOMPARE(group.costCents, costByStatus.value(group.key));
            QCOMPARE(actual.byStatus.size(), costByStatus.size());
            for (const CostGroup &group : actual.byProject)
                QCOMPARE(group.messages, messagesByProject.value(group.key));
            QCOMPARE(actual.byProject.size(), messagesByProject.size());
            QCOMPARE(actual.byDay.size(), costByDay.size());
            for (qsizetype i = 0; i < actual.byDay.size(); ++i) {
                QCOMPARE(actual.byDay.at(i).key, costByDay.keys().at(i)); // oldest first
                QCOMPARE(actual.byDay.at(i).costCents, costByDay.values().at(i));
            }
        }
        QVERIFY2(informative >= 15, qPrintable(QString::number(informative)));
    }

    void totalsEqualDirectSqlSum()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("direct"));
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(
                QStringLiteral("SELECT COUNT(*), SUM(cost_cents) FROM sms_log WHERE status = 'Failed'")));
            QVERIFY(query.next());
            SmsFilter failed;
            failed.statuses = {QStringLiteral("Failed")};
            const CostTotals actual = totals(failed);
            QCOMPARE(actual.messages, query.value(0).toLongLong());
            QCOMPARE(actual.costCents, query.value(1).toLongLong());
            QVERIFY(actual.messages > 0);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    }

    void textSearchFindsWords()
    {
        SmsFilter f;
        f.text = QStringLiteral("undeliv"); // prefix of "Undelivered" in status messages
        qint64 expected = 0;
        for (const SmsRecord &r : std::as_const(m_records))
            expected += r.statusMessage.contains(QStringLiteral("Undeliv"), Qt::CaseInsensitive)
                || r.smsText.contains(QStringLiteral("undeliv"), Qt::CaseInsensitive);
        QVERIFY(expected > 0);
        QCOMPARE(count(f), expected);
    }

    void choicesListWhatIsThere()
    {
        const auto answer = waitFor(&SmsLogSource::choicesFetched, m_source->requestChoices());
        QVERIFY(!answer.isEmpty());
        const FilterChoices choices = answer.at(1).value<FilterChoices>();
        QSet<QString> statuses;
        QSet<QString> projects;
        for (const SmsRecord &r : std::as_const(m_records)) {
            statuses.insert(r.status);
            projects.insert(r.projectId);
        }
        QCOMPARE(QSet<QString>(choices.statuses.cbegin(), choices.statuses.cend()), statuses);
        QCOMPARE(qsizetype(choices.projects.size()), projects.size());
        for (const auto &project : choices.projects)
            QVERIFY2(project.second != project.first, "project names resolved");
    }

    void integrityCheckRunsOnlyWhenAsked()
    {
        // Given the same file opened twice: as the window opens it, and as `smslog summary` does
        SqliteCacheSource window(m_path);
        SqliteCacheSource summary(m_path);
        summary.setIntegrityChecked(false);
        QSignalSpy windowChecked(&window, &SqliteCacheSource::integrityChecked);
        QSignalSpy summaryChecked(&summary, &SqliteCacheSource::integrityChecked);
        QSignalSpy summaryOpened(&summary, &SmsLogSource::opened);
        window.open();
        summary.open();
        // Then only the window's checks the whole file; the other answers all the same
        QVERIFY(windowChecked.wait(30000));
        QCOMPARE(windowChecked.first().first().toBool(), true);
        QTRY_COMPARE(summaryOpened.size(), 1);
        QSignalSpy totals(&summary, &SmsLogSource::totalsFetched);
        summary.requestTotals({});
        QVERIFY(totals.wait(10000));
        QCOMPARE(totals.first().at(1).value<CostTotals>().messages, qint64(rowCount));
        QCOMPARE(summaryChecked.size(), 0);
    }

    // The window keeps its cache open while a sync writes into it: once the source has answered,
    // none of its statements holds the file's read lock, and a writer commits at once (it would
    // wait SQLite's busy timeout and fail otherwise).
    void aWriterCommitsWhileTheSourceIsOpen()
    {
        // Given a source that has answered each kind of request on a file of its own
        const QString path = m_dir.filePath(QStringLiteral("written.sqlite"));
        QVERIFY(QFile::copy(m_path, path));
        SqliteCacheSource source(path);
        source.setIntegrityChecked(false);
        QSignalSpy opened(&source, &SmsLogSource::opened);
        source.open();
        QVERIFY(opened.wait(10000));
        const auto answered = [&source](auto signal, SmsLogSource::RequestId id) {
            QSignalSpy spy(&source, signal);
            for (int i = 0; i < 200; ++i) {
                for (const QList<QVariant> &arguments : std::as_const(spy)) {
                    if (arguments.first().toULongLong() == id)
                        return true;
                }
                spy.wait(50);
            }
            return false;
        };
        SmsQuery few;
        few.filter.statuses = {QStringLiteral("Failed")};
        few.sort = {SmsColumn::Cost, Qt::AscendingOrder};
        SmsFilter text;
        text.text = QStringLiteral("incident");
        QVERIFY(answered(&SmsLogSource::rowsFetched, source.requestRows({}, 300, 100)));
        QVERIFY(answered(&SmsLogSource::rowsFetched, source.requestRows(few, 10, 50)));
        QVERIFY(answered(&SmsLogSource::rowsFetched, source.requestRows({text, {}}, 0, 100)));
        QVERIFY(answered(&SmsLogSource::countFetched, source.requestCount(text)));
        QVERIFY(
            answered(&SmsLogSource::costReportFetched, source.requestCostReport({}, 5, CostResolution::Day)));
        QVERIFY(answered(&SmsLogSource::choicesFetched, source.requestChoices()));

        // When a writer adds a row
        CacheWriter writer;
        QCOMPARE(writer.open(path), QString());
        SmsRecord added = m_records.first();
        added.id = QStringLiteral("added-while-open");
        QElapsedTimer clock;
        clock.start();
        // Then it commits at once, and the source reads it
        QCOMPARE(writer.write({added}), QString());
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        writer.close();
        QVERIFY(answered(&SmsLogSource::countFetched, source.requestCount({})));
    }

    void cancelledRequestsDoNotAnswer()
    {
        // Given the page worker busy with a big read, and nine more queued behind it
        QSignalSpy read(m_source.get(), &SmsLogSource::rowsFetched);
        QList<SmsLogSource::RequestId> pages;
        for (int i = 0; i < 10; ++i)
            pages << m_source->requestRows({}, 0, int(rowCount));
        // When all but the first (running) and the last are cancelled
        for (int i = 1; i < 9; ++i)
            m_source->cancel(pages.at(i));
        // Then only those two answer
        QTRY_VERIFY(std::any_of(read.cbegin(), read.cend(), [&](const QList<QVariant> &a) {
            return a.first().toULongLong() == pages.last();
        }));
        QCOMPARE(read.count(), 2);
        QCOMPARE(read.first().first().toULongLong(), pages.first());
    }
};

QTEST_GUILESS_MAIN(TestSqliteCacheSource)
#include "tst_sqlitecachesource.moc"
