// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachetotals.h"
#include "costreportmodel.h"
#include "demogenerator.h"
#include "fakesource.h"
#include "oneuptimeserver.h"
#include "oneuptimesource.h"
#include "sqlitecachesource.h"
#include "sqlquerybuilder.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <variant>

// Cost reports: the cache source's against plain SQL on a real demo cache (roll-up and row paths),
// the live source's against the cache's for the same data and refused when inexact, and the
// model's buckets (days, ISO weeks, months) in UTC and in zones with daylight saving.

namespace {

using Answer = std::variant<CostReport, SourceError>;
using Granularity = CostReportModel::Granularity;

const QString readKey = QStringLiteral("3f1e6c1a-0b2d-4c9e-8f7a-5d4c3b2a1908");
constexpr qint64 msPerHour = 3600000;

QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), Qt::UTC);
}

qint64 hourOf(const QDateTime &time)
{
    return time.toMSecsSinceEpoch() / msPerHour;
}

// Waits for the answer to `id` (costReportFetched or requestFailed) of `source`.
Answer waitForReport(SmsLogSource *source, SmsLogSource::RequestId id, QSignalSpy &reports,
                     QSignalSpy &failures)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        for (const QList<QVariant> &arguments : std::as_const(reports))
            if (arguments.at(0).toULongLong() == id)
                return arguments.at(1).value<CostReport>();
        for (const QList<QVariant> &arguments : std::as_const(failures))
            if (arguments.at(0).toULongLong() == id)
                return arguments.at(1).value<SourceError>();
        reports.wait(20);
    }
    Q_UNUSED(source)
    return SourceError{SourceError::Kind::Timeout, QStringLiteral("no answer within a minute"), {}};
}

Answer askReport(SmsLogSource *source, const SmsFilter &filter, int top,
                 ErrorCodeTotals errorCodes = ErrorCodeTotals::Omitted)
{
    QSignalSpy reports(source, &SmsLogSource::costReportFetched);
    QSignalSpy failures(source, &SmsLogSource::requestFailed);
    return waitForReport(source, source->requestCostReport(filter, top, CostResolution::Hour, errorCodes),
                         reports, failures);
}

QString describe(const Answer &answer)
{
    if (const auto *error = std::get_if<SourceError>(&answer))
        return QStringLiteral("error: %1 (%2)").arg(error->message, error->detail);
    return QStringLiteral("a report");
}

// Cells as text, one per line, so that a difference is readable.
QString cellsText(const QList<CostCell> &cells)
{
    QStringList lines;
    for (const CostCell &c : cells)
        lines << QStringLiteral("%1 %2 %3: %4 / %5")
                     .arg(c.hour)
                     .arg(c.projectId, c.status)
                     .arg(c.messages)
                     .arg(c.costCents);
    return lines.join(u'\n');
}

// A report of given cells (status "Delivered", project "p" unless said).
CostReport reportOf(const QList<CostCell> &cells)
{
    CostReport report;
    report.cells = cells;
    if (!report.normalize())
        qFatal("overflow in a test report");
    return report;
}

// Cells of one message each, one per UTC hour in [from, to), costing 100 + the hour's index.
QList<CostCell> hourly(const QDateTime &from, const QDateTime &to,
                       const QString &status = QStringLiteral("Delivered"))
{
    QList<CostCell> cells;
    int i = 0;
    for (qint64 hour = hourOf(from); hour < hourOf(to); ++hour, ++i)
        cells.append({hour, QStringLiteral("p"), status, 1, 100 + i});
    return cells;
}

// (bucket start → messages, cents) of a model.
QMap<QDate, QPair<qint64, qint64>> bucketSums(const CostReportModel &model)
{
    QMap<QDate, QPair<qint64, qint64>> sums;
    for (const CostReportModel::Bucket &bucket : model.buckets())
        sums.insert(bucket.start, {bucket.totalMessages, bucket.totalCostCents});
    return sums;
}

} // namespace

class TestCostReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteCacheSource> m_cache;
    QString m_project; // the project with the most messages (the live key's)
    OneUptimeServer m_server;

    static DemoOptions options()
    {
        DemoOptions o;
        o.rows = 6000;
        o.seed = 23;
        o.end = utc(2026, 11, 5, 12);
        o.days = 240; // from March: both of 2026's daylight-saving changes
        return o;
    }

    // The report of `filter` by plain SQL over sms_log (no roll-ups, no index chosen by the
    // source), grouped in C++: cells and the `top` most expensive recipients.
    CostReport referenceReport(const SmsFilter &filter, int top)
    {
        CostReport report;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reference"));
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                return {};
            const SqlQueryBuilder::Fragment where = SqlQueryBuilder::where(filter);
            QSqlQuery sql(db);
            sql.prepare(
                QStringLiteral("SELECT s.created_at, s.project_id, s.status, s.to_number, s.cost_cents,"
                               " s.error_code FROM sms_log s NOT INDEXED %1")
                    .arg(where.sql));
            for (const QVariant &value : where.values)
                sql.addBindValue(value);
            if (!sql.exec())
                qWarning("reference query failed");
            QMap<std::tuple<qint64, QString, QString>, CostCell> cells;
            QHash<QString, CostGroup> recipients;
            QMap<QString, CostGroup> errorCodes; // by code, the report's order
            while (sql.next()) {
                const qint64 hour = sql.value(0).isNull()
                    ? CostCell::noTime
                    : CostReport::hourOf(QDateTime::fromMSecsSinceEpoch(sql.value(0).toLongLong(), Qt::UTC));
                const QString project = sql.value(1).toString();
                const QString status = sql.value(2).toString();
                const qint64 cost = sql.value(4).toLongLong();
                CostCell &cell = cells[{hour, project, status}];
                cell = {hour, project, status, cell.messages + 1, cell.costCents + cost};
                CostGroup &recipient = recipients[sql.value(3).toString()];
                recipient.key = recipient.label = sql.value(3).toString();
                recipient.messages += 1;
                recipient.costCents += cost;
                CostGroup &code = errorCodes[sql.value(5).toString()];
                code.key = code.label = sql.value(5).toString();
                code.messages += 1;
                code.costCents += cost;
            }
            report.cells = cells.values();
            report.errorCodes = errorCodes.values();
            report.topRecipients = recipients.values();
            std::sort(report.topRecipients.begin(), report.topRecipients.end(), CostReport::recipientBefore);
            report.topRecipients = report.topRecipients.mid(0, top);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reference"));
        return report;
    }

    CostTotals cacheTotals(const SmsFilter &filter)
    {
        QSignalSpy totals(m_cache.get(), &SmsLogSource::totalsFetched);
        const auto id = m_cache->requestTotals(filter);
        for (int i = 0; i < 600; ++i) {
            for (const QList<QVariant> &arguments : std::as_const(totals))
                if (arguments.at(0).toULongLong() == id)
                    return arguments.at(1).value<CostTotals>();
            totals.wait(50);
        }
        return {-1, -1, {}, {}, {}};
    }

    OneUptimeSettings liveSettings() const
    {
        OneUptimeSettings s;
        s.instance = m_server.url();
        s.apiKey = readKey;
        s.label = QStringLiteral("loopback");
        s.timeoutMs = 5000;
        s.maxAttempts = 2;
        s.retryBaseMs = 20;
        s.maxRetryWaitMs = 100;
        return s;
    }

    std::unique_ptr<OneUptimeSource> openLive()
    {
        auto live = std::make_unique<OneUptimeSource>(liveSettings());
        QSignalSpy opened(live.get(), &SmsLogSource::opened);
        live->open();
        if (!opened.wait(15000))
            return {};
        live->setTotalsPageSize(700); // several pages
        return live;
    }

    // A model over `source` (active, UTC days unless said) that has its answer.
    void settle(CostReportModel &model, FakeSource &source)
    {
        model.setActive(true);
        for (const FakeSource::Request &r : source.pending(FakeSource::Type::CostReport))
            source.answerCostReport(r.id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("costs.sqlite"));
        QCOMPARE(writeDemoCache(m_path, options()), QString());
        m_cache = std::make_unique<SqliteCacheSource>(m_path);
        QSignalSpy opened(m_cache.get(), &SmsLogSource::opened);
        m_cache->open();
        QVERIFY(opened.wait(15000));

        QCOMPARE(m_server.loadCache(m_path), QString());
        m_project = m_server.largestProject();
        QVERIFY(!m_project.isEmpty());
        m_server.addKey(readKey, m_project, QStringLiteral("ReadSmsLog"));
        QVERIFY(m_server.listen() != 0);
    }

    void cleanupTestCase() { m_cache.reset(); }

    // ---- the cache source ----

    void cacheReportEqualsPlainSql_data()
    {
        QTest::addColumn<SmsFilter>("filter");
        QTest::addColumn<bool>("rollups");
        SmsFilter f;
        QTest::newRow("everything") << f << true;
        f.sentFrom = utc(2026, 4, 10, 10, 17, 33, 250); // partial hours at both ends
        f.sentTo = utc(2026, 6, 2, 7, 45, 12, 500);
        QTest::newRow("time range with partial hours") << f << true;
        f = {};
        f.sentFrom = utc(2026, 8, 1, 9, 5);
        f.sentTo = utc(2026, 8, 1, 10, 55); // within two partial hours
        QTest::newRow("within two hours") << f << true;
        f = {};
        f.statuses = {QStringLiteral("Delivered"), QStringLiteral("Failed"), QStringLiteral("Undelivered")};
        QTest::newRow("statuses") << f << true;
        f = {};
        f.projectId = QStringLiteral("<project>");
        f.sentTo = utc(2026, 9, 30, 23, 30);
        QTest::newRow("project, open start") << f << true;
        f = {};
        f.text = QStringLiteral("incident");
        QTest::newRow("text search: the rows") << f << false;
        f.statuses = {QStringLiteral("Delivered")};
        f.sentFrom = utc(2026, 5, 1, 0, 30);
        QTest::newRow("text, status and range: the rows") << f << false;
    }

    void cacheReportEqualsPlainSql()
    {
        QFETCH(SmsFilter, filter);
        QFETCH(bool, rollups);
        if (filter.projectId == u"<project>")
            filter.projectId = m_project;
        QCOMPARE(CacheTotals::usesRollups(filter, 2), rollups);

        const Answer answer = askReport(m_cache.get(), filter, 7, ErrorCodeTotals::Included);
        QVERIFY2(std::holds_alternative<CostReport>(answer), qPrintable(describe(answer)));
        const CostReport report = std::get<CostReport>(answer);
        const CostReport expected = referenceReport(filter, 7);
        QVERIFY(!expected.cells.isEmpty());
        QCOMPARE(cellsText(report.cells), cellsText(expected.cells));
        QCOMPARE(report.cells, expected.cells);
        QCOMPARE(report.topRecipients, expected.topRecipients);
        // By error code (asked for): count and integer cents per code, as plain SQL adds them up.
        QVERIFY(!expected.errorCodes.isEmpty());
        QCOMPARE(report.errorCodes, expected.errorCodes);
        QVERIFY(!report.topRecipients.isEmpty());
        QVERIFY(report.topRecipients.size() <= 7);
        for (const CostCell &cell : report.cells)
            if (!cell.projectId.isEmpty())
                QVERIFY2(report.projectNames.contains(cell.projectId), qPrintable(cell.projectId));

        // The same sums as the source's totals, in all and by project and status.
        const CostTotals totals = cacheTotals(filter);
        QVERIFY(totals.messages > 0);
        qint64 messages = 0;
        qint64 cents = 0;
        QHash<QString, qint64> byProject;
        QHash<QString, qint64> byStatus;
        for (const CostCell &cell : report.cells) {
            messages += cell.messages;
            cents += cell.costCents;
            byProject[cell.projectId] += cell.costCents;
            byStatus[cell.status] += cell.messages;
        }
        QCOMPARE(messages, totals.messages);
        if (messages > 100)
            QCOMPARE(report.topRecipients.size(), 7);
        QCOMPARE(cents, totals.costCents);
        for (const CostGroup &group : totals.byProject)
            QCOMPARE(byProject.value(group.key), group.costCents);
        for (const CostGroup &group : totals.byStatus)
            QCOMPARE(byStatus.value(group.key), group.messages);
    }

    void noRecipientsAskedNoneGiven()
    {
        const Answer answer = askReport(m_cache.get(), {}, 0);
        QVERIFY2(std::holds_alternative<CostReport>(answer), qPrintable(describe(answer)));
        QVERIFY(std::get<CostReport>(answer).topRecipients.isEmpty());
        QVERIFY(std::get<CostReport>(answer).errorCodes.isEmpty()); // not asked for either
        QVERIFY(!std::get<CostReport>(answer).cells.isEmpty());
    }

    void nothingMatchesIsAnEmptyReport()
    {
        SmsFilter f;
        f.errorCode = QStringLiteral("no such code");
        const Answer answer = askReport(m_cache.get(), f, 5);
        QVERIFY2(std::holds_alternative<CostReport>(answer), qPrintable(describe(answer)));
        QCOMPARE(std::get<CostReport>(answer), CostReport{});
    }

    void cancelledReportNeverAnswers()
    {
        // The contract: a request cancelled before its reader starts it never answers (one
        // already running may still answer, and callers drop it). So the reader is first given
        // a long report (every row, by recipient), and the cancelled one waits behind it.
        QSignalSpy reports(m_cache.get(), &SmsLogSource::costReportFetched);
        SmsFilter f;
        f.text = QStringLiteral("incident");
        for (int i = 0; i < 3; ++i)
            m_cache->requestCostReport(f, 1000);
        const auto cancelled = m_cache->requestCostReport(f, 5);
        m_cache->cancel(cancelled);
        const Answer after = askReport(m_cache.get(), {}, 1); // behind it on the same reader
        QVERIFY(std::holds_alternative<CostReport>(after));
        for (const QList<QVariant> &arguments : std::as_const(reports))
            QVERIFY(arguments.at(0).toULongLong() != cancelled);
    }

    void modelDaysInUtcEqualTheTotalsByDay()
    {
        // The model's UTC days of the cache's report are the cache's own totals by UTC day.
        SmsFilter f;
        f.sentFrom = utc(2026, 7, 1, 6, 30);
        f.sentTo = utc(2026, 8, 15, 18, 10);
        CostReportModel model;
        model.setTimeZone(QTimeZone::utc());
        model.setGranularity(Granularity::Day);
        model.setFilter(f);
        model.setSource(m_cache.get());
        QSignalSpy changed(&model, &CostReportModel::changed);
        model.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(model.hasReport() && !model.isLoading(), 30000);
        const CostTotals totals = cacheTotals(f);
        QMap<QString, QPair<qint64, qint64>> days;
        for (const CostReportModel::Bucket &bucket : model.buckets())
            if (bucket.totalMessages > 0)
                days.insert(bucket.start.toString(Qt::ISODate),
                            {bucket.totalMessages, bucket.totalCostCents});
        QMap<QString, QPair<qint64, qint64>> expected;
        for (const CostGroup &day : totals.byDay)
            expected.insert(day.key, {day.messages, day.costCents});
        QVERIFY(expected.size() > 40);
        QCOMPARE(days, expected);
        QCOMPARE(model.totalMessages(), totals.messages);
        QCOMPARE(model.totalCostCents(), totals.costCents);
        // Failed messages: the statuses whose outcome is a failure.
        qint64 failed = 0;
        for (const CostGroup &status : totals.byStatus)
            if (SmsStatus::outcome(status.key) == SmsStatus::Outcome::Failed)
                failed += status.costCents;
        QVERIFY(failed > 0);
        QCOMPARE(model.failedCostCents(), failed);
        QCOMPARE(model.byProject()->rowCount(), int(totals.byProject.size()));
        QCOMPARE(model.topRecipients()->rowCount(), CostReportModel::defaultTopRecipients);
    }

    // ---- the live source ----

    void liveReportEqualsTheCache_data()
    {
        QTest::addColumn<SmsFilter>("filter");
        SmsFilter f;
        QTest::newRow("everything") << f;
        f.statuses
            = {QStringLiteral("Delivered"), QStringLiteral("Undelivered"), QStringLiteral("Low Balance")};
        QTest::newRow("statuses") << f;
        f = {};
        f.sentFrom = utc(2026, 4, 10, 10, 17, 33);
        f.sentTo = utc(2026, 10, 26, 7, 45, 12);
        QTest::newRow("time range") << f;
    }

    void liveReportEqualsTheCache()
    {
        QFETCH(SmsFilter, filter);
        auto live = openLive();
        QVERIFY(live);
        QSignalSpy progress(live.get(), &SmsLogSource::progressed);
        const Answer answer = askReport(live.get(), filter, 8, ErrorCodeTotals::Included);
        QVERIFY2(std::holds_alternative<CostReport>(answer), qPrintable(describe(answer)));
        SmsFilter inProject = filter;
        inProject.projectId = m_project; // the key's project: what the server shows
        const Answer cached = askReport(m_cache.get(), inProject, 8, ErrorCodeTotals::Included);
        QVERIFY(std::holds_alternative<CostReport>(cached));
        const CostReport report = std::get<CostReport>(answer);
        const CostReport expected = std::get<CostReport>(cached);
        QVERIFY(expected.cells.size() > 10);
        QCOMPARE(cellsText(report.cells), cellsText(expected.cells));
        QCOMPARE(report.topRecipients, expected.topRecipients);
        QCOMPARE(report.projectNames, expected.projectNames);
        QVERIFY(expected.errorCodes.size() > 3);
        QCOMPARE(report.errorCodes, expected.errorCodes);
        QCOMPARE(report, expected);
        QVERIFY(progress.size() >= 2); // page by page
    }

    void liveReportRefusedWhenInexact_data()
    {
        QTest::addColumn<QByteArray>("faults");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("costs as text")
            << QByteArray(R"({"patchCount": -1, "fieldPatch": {"smsCostInUSDCents": "12"}})")
            << QStringLiteral("not a whole number of cents");
        QTest::newRow("fraction of a cent")
            << QByteArray(R"({"patchCount": 1, "fieldPatch": {"smsCostInUSDCents": 1.5}})")
            << QStringLiteral("not a whole number of cents");
        QTest::newRow("a count that disagrees") << QByteArray(R"({"countLieCount": -1, "countOffset": 3})")
                                                << QStringLiteral("changed on the server");
        QTest::newRow("retention between pages") << QByteArray(R"({"removeCount": 1, "removeRows": 40})")
                                                 << QStringLiteral("changed on the server");
    }

    void liveReportRefusedWhenInexact()
    {
        QFETCH(QByteArray, faults);
        QFETCH(QString, phrase);
        OneUptimeServer server; // a copy of its own: some faults delete rows
        QCOMPARE(server.loadCache(m_path), QString());
        server.addKey(readKey, m_project, QStringLiteral("ReadSmsLog"));
        QVERIFY(server.listen() != 0);
        OneUptimeSettings s = liveSettings();
        s.instance = server.url();
        OneUptimeSource live(s);
        QSignalSpy opened(&live, &SmsLogSource::opened);
        live.open();
        QVERIFY(opened.wait(15000));
        live.setTotalsPageSize(700);
        QCOMPARE(server.applyFaultsJson(faults), QString());
        const Answer answer = askReport(&live, {}, 5);
        QVERIFY2(std::holds_alternative<SourceError>(answer), "an inexact report was given");
        const SourceError error = std::get<SourceError>(answer);
        QCOMPARE(error.kind, SourceError::Kind::BadResponse);
        QVERIFY2(error.message.contains(phrase), qPrintable(error.message));
        QVERIFY(!error.detail.isEmpty());
    }

    void liveDuplicatesAreCountedOnce()
    {
        // Pages that repeat their records: each message is added once, and the report is exact.
        auto live = openLive();
        QVERIFY(live);
        OneUptimeFaults faults;
        faults.duplicateCount = -1;
        m_server.setFaults(faults);
        const Answer answer = askReport(live.get(), {}, 5);
        m_server.setFaults({});
        QVERIFY2(std::holds_alternative<CostReport>(answer), qPrintable(describe(answer)));
        SmsFilter inProject;
        inProject.projectId = m_project;
        const Answer cached = askReport(m_cache.get(), inProject, 5);
        QVERIFY(std::holds_alternative<CostReport>(cached));
        QCOMPARE(std::get<CostReport>(answer), std::get<CostReport>(cached));
    }

    void liveReportCancelled()
    {
        auto live = openLive();
        QVERIFY(live);
        live->setTotalsPageSize(100);
        QSignalSpy reports(live.get(), &SmsLogSource::costReportFetched);
        QSignalSpy failures(live.get(), &SmsLogSource::requestFailed);
        QSignalSpy progress(live.get(), &SmsLogSource::progressed);
        const auto id = live->requestCostReport({}, 5);
        QVERIFY(progress.wait(10000));
        live->cancel(id);
        // Two counts asked after it have come back: anything of the report would have too.
        QSignalSpy counts(live.get(), &SmsLogSource::countFetched);
        live->requestCount({});
        live->requestCount({});
        QTRY_COMPARE_WITH_TIMEOUT(counts.size(), 2, 15000);
        QVERIFY(reports.isEmpty());
        QVERIFY(failures.isEmpty());
        const qsizetype progressed = progress.size();
        QTRY_COMPARE_WITH_TIMEOUT(progress.size(), progressed, 500); // no more pages added up
    }

    void formatOneCacheAddsUpItsRows()
    {
        // A cache of format 1 has no roll-ups: the report comes from its rows, the same.
        const QString path = m_dir.filePath(QStringLiteral("format-1.sqlite"));
        QVERIFY(QFile::copy(m_path, path));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery sql(db);
            for (const char *statement :
                 {"DROP TABLE cost_by_hour", "DROP TABLE cost_by_day", "DROP INDEX sms_log_status_time",
                  "DROP TABLE resource_context", "PRAGMA user_version = 1"})
                QVERIFY2(sql.exec(QString::fromLatin1(statement)), statement);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        SqliteCacheSource old(path);
        QSignalSpy opened(&old, &SmsLogSource::opened);
        old.open();
        QVERIFY(opened.wait(15000));
        SmsFilter f;
        f.sentFrom = utc(2026, 4, 10, 10, 17, 33, 250);
        f.sentTo = utc(2026, 6, 2, 7, 45, 12, 500);
        f.statuses = {QStringLiteral("Delivered"), QStringLiteral("Success"), QStringLiteral("Failed")};
        QVERIFY(!CacheTotals::usesRollups(f, 1));
        const Answer answer = askReport(&old, f, 4);
        QVERIFY2(std::holds_alternative<CostReport>(answer), qPrintable(describe(answer)));
        const CostReport expected = referenceReport(f, 4);
        QVERIFY2(expected.cells.size() > 100, QByteArray::number(expected.cells.size()).constData());
        QCOMPARE(std::get<CostReport>(answer).cells, expected.cells);
        QCOMPARE(std::get<CostReport>(answer).topRecipients, expected.topRecipients);
    }

    // ---- buckets ----

    void bucketsInUtc()
    {
        FakeSource source({});
        CostReportModel model;
        model.setTimeZone(QTimeZone::utc());
        model.setSource(&source);
        model.setActive(true);
        // Sunday 29 March 23:00 UTC, Monday 30 March 00:00 and 01:00, Tuesday 31 March 23:00, 1 April.
        const QList<CostCell> cells{
            {hourOf(utc(2026, 3, 29, 23)), QStringLiteral("p"), QStringLiteral("Delivered"), 1, 10},
            {hourOf(utc(2026, 3, 30, 0)), QStringLiteral("p"), QStringLiteral("Failed"), 2, 20},
            {hourOf(utc(2026, 3, 30, 1)), QStringLiteral("q"), QStringLiteral("Delivered"), 3, 30},
            {hourOf(utc(2026, 3, 31, 23)), QStringLiteral("p"), QStringLiteral("Delivered"), 4, 40},
            {hourOf(utc(2026, 4, 1, 0)), QStringLiteral("p"), QStringLiteral("Sending"), 5, 50}};
        QCOMPARE(source.pending(FakeSource::Type::CostReport).size(), 1);
        source.answerCostReport(source.pending(FakeSource::Type::CostReport).at(0).id, reportOf(cells));

        model.setGranularity(Granularity::Day);
        QMap<QDate, QPair<qint64, qint64>> days{{QDate(2026, 3, 29), {1, 10}},
                                                {QDate(2026, 3, 30), {5, 50}},
                                                {QDate(2026, 3, 31), {4, 40}},
                                                {QDate(2026, 4, 1), {5, 50}}};
        QCOMPARE(bucketSums(model), days);
        QCOMPARE(model.buckets().first().label,
                 QLocale().toString(QDate(2026, 3, 29), QStringLiteral("d MMM")));

        model.setGranularity(Granularity::Week); // ISO weeks start on Monday
        QMap<QDate, QPair<qint64, qint64>> weeks{{QDate(2026, 3, 23), {1, 10}},
                                                 {QDate(2026, 3, 30), {14, 140}}};
        QCOMPARE(bucketSums(model), weeks);

        model.setGranularity(Granularity::Month);
        QMap<QDate, QPair<qint64, qint64>> months{{QDate(2026, 3, 1), {10, 100}},
                                                  {QDate(2026, 4, 1), {5, 50}}};
        QCOMPARE(bucketSums(model), months);
        QCOMPARE(model.buckets().first().label,
                 QLocale().toString(QDate(2026, 3, 1), QStringLiteral("MMM yyyy")));

        // Stacks by status (in the known order) and by project; each bar's stacks add up to it.
        QCOMPARE(model.series().size(), 3);
        QCOMPARE(model.series().at(0).name, QStringLiteral("Delivered"));
        QCOMPARE(model.series().at(1).name, QStringLiteral("Sending"));
        QCOMPARE(model.series().at(2).name, QStringLiteral("Failed"));
        QCOMPARE(model.series().at(2).outcome, SmsStatus::Outcome::Failed);
        QCOMPARE(model.buckets().at(0).costCents, (QList<qint64>{80, 0, 20}));
        model.setStackBy(CostReportModel::StackBy::Project);
        QCOMPARE(model.series().size(), 2);
        QCOMPARE(model.series().at(0).key, QStringLiteral("p"));
        QCOMPARE(model.buckets().at(0).costCents, (QList<qint64>{70, 30}));
        QCOMPARE(model.failedMessages(), 2);
        QCOMPARE(model.failedCostCents(), 20);
        QVERIFY(model.notes().isEmpty());

        // The same cells in Berlin: 31 March 23:00 UTC is 1 April 01:00 there.
        model.setTimeZone(QTimeZone("Europe/Berlin"));
        QCOMPARE(
            bucketSums(model),
            (QMap<QDate, QPair<qint64, qint64>>{{QDate(2026, 3, 1), {6, 60}}, {QDate(2026, 4, 1), {9, 90}}}));
    }

    void daylightSavingDaysAreOneBucket_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDateTime>("dayStartUtc");
        QTest::addColumn<int>("hours");
        QTest::newRow("Berlin, spring forward")
            << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << utc(2026, 3, 28, 23) << 23;
        QTest::newRow("Berlin, fall back")
            << QByteArray("Europe/Berlin") << QDate(2026, 10, 25) << utc(2026, 10, 24, 22) << 25;
        QTest::newRow("Berlin, plain summer day")
            << QByteArray("Europe/Berlin") << QDate(2026, 7, 1) << utc(2026, 6, 30, 22) << 24;
        QTest::newRow("New York, spring forward")
            << QByteArray("America/New_York") << QDate(2026, 3, 8) << utc(2026, 3, 8, 5) << 23;
        QTest::newRow("New York, fall back")
            << QByteArray("America/New_York") << QDate(2026, 11, 1) << utc(2026, 11, 1, 4) << 25;
    }

    void daylightSavingDaysAreOneBucket()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, day);
        QFETCH(QDateTime, dayStartUtc);
        QFETCH(int, hours);
        QVERIFY(QTimeZone(zone).isValid());
        // Every hour from three hours before the day to three after it, one message each.
        const QDateTime from = dayStartUtc.addSecs(-3 * 3600);
        const QDateTime to = dayStartUtc.addSecs(qint64(hours + 3) * 3600);
        const QList<CostCell> cells = hourly(from, to);
        FakeSource source({});
        CostReportModel model;
        model.setTimeZone(QTimeZone(zone));
        model.setGranularity(Granularity::Day);
        model.setSource(&source);
        model.setActive(true);
        source.answerCostReport(source.pending(FakeSource::Type::CostReport).at(0).id, reportOf(cells));

        QCOMPARE(model.buckets().size(), 3);
        QCOMPARE(model.bucketZone(), QTimeZone(zone));
        QVERIFY(model.notes().isEmpty());
        const QMap<QDate, QPair<qint64, qint64>> sums = bucketSums(model);
        // The day's hours are cells 3 … 3 + hours - 1, costing 100 + index.
        qint64 cents = 0;
        for (int i = 3; i < 3 + hours; ++i)
            cents += 100 + i;
        QCOMPARE(sums.value(day), qMakePair(qint64(hours), cents));
        QCOMPARE(sums.value(day.addDays(-1)).first, 3);
        QCOMPARE(sums.value(day.addDays(1)).first, 3);
        QCOMPARE(model.totalMessages(), qint64(hours + 6));
    }

    void halfHourZoneFallsBackToUtcWithANote()
    {
        FakeSource source({});
        CostReportModel model;
        model.setTimeZone(QTimeZone("Asia/Kolkata"));
        model.setGranularity(Granularity::Day);
        model.setSource(&source);
        model.setActive(true);
        source.answerCostReport(source.pending(FakeSource::Type::CostReport).at(0).id,
                                reportOf(hourly(utc(2026, 5, 1, 20), utc(2026, 5, 2, 4))));
        QCOMPARE(model.bucketZone(), QTimeZone::utc());
        QCOMPARE(model.notes().size(), 1);
        QVERIFY2(model.notes().first().contains(QStringLiteral("Asia/Kolkata"))
                     && model.notes().first().contains(QStringLiteral("UTC+05:30"))
                     && model.notes().first().contains(QStringLiteral("not a whole number of hours")),
                 qPrintable(model.notes().first()));
        // UTC days: 20:00–23:00 on 1 May, 00:00–03:00 on 2 May.
        QCOMPARE(bucketSums(model).value(QDate(2026, 5, 1)).first, 4);
        QCOMPARE(bucketSums(model).value(QDate(2026, 5, 2)).first, 4);
        // Back to a whole-hour zone: no note.
        model.setTimeZone(QTimeZone("Asia/Tokyo"));
        QVERIFY(model.notes().isEmpty());
        QCOMPARE(bucketSums(model).value(QDate(2026, 5, 2)).first, 8); // 05:00–12:00 JST
    }

    void autoGranularityByRange_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("fromFilter");
        QTest::addColumn<Granularity>("expected");
        QTest::newRow("30 days of data") << 30 << false << Granularity::Day;
        QTest::newRow("62 days of data") << 62 << false << Granularity::Day;
        QTest::newRow("100 days of data") << 100 << false << Granularity::Week;
        QTest::newRow("400 days of data") << 400 << false << Granularity::Month;
        QTest::newRow("a 200-day filter, 3 days of data") << 200 << true << Granularity::Week;
    }

    void autoGranularityByRange()
    {
        QFETCH(int, days);
        QFETCH(bool, fromFilter);
        QFETCH(Granularity, expected);
        FakeSource source({});
        CostReportModel model;
        model.setTimeZone(QTimeZone::utc());
        const QDateTime start = utc(2025, 1, 1);
        if (fromFilter) {
            SmsFilter f;
            f.sentFrom = start;
            f.sentTo = start.addDays(days).addMSecs(-1);
            model.setFilter(f);
        }
        model.setSource(&source);
        model.setActive(true);
        const int dataDays = fromFilter ? 3 : days;
        QList<CostCell> cells{
            {hourOf(start), QStringLiteral("p"), QStringLiteral("Sent"), 1, 1},
            {hourOf(start.addDays(dataDays - 1)), QStringLiteral("p"), QStringLiteral("Sent"), 1, 1}};
        source.answerCostReport(source.pending(FakeSource::Type::CostReport).at(0).id, reportOf(cells));
        QCOMPARE(model.granularity(), Granularity::Auto);
        QCOMPARE(model.effectiveGranularity(), expected);
        // Consecutive buckets from the first to the last, with the gaps as zeros.
        qint64 sum = 0;
        for (const CostReportModel::Bucket &bucket : model.buckets())
            sum += bucket.totalMessages;
        QCOMPARE(sum, 2);
        QVERIFY(model.buckets().size() >= 1);
    }

    void tooManyDaysAreShownByWeek()
    {
        FakeSource source({});
        CostReportModel model;
        model.setTimeZone(QTimeZone::utc());
        model.setGranularity(Granularity::Day);
        model.setSource(&source);
        model.setActive(true);
        QList<CostCell> cells{{hourOf(utc(2024, 1, 1)), QStringLiteral("p"), QStringLiteral("Sent"), 1, 1},
                              {hourOf(utc(2026, 1, 1)), QStringLiteral("p"), QStringLiteral("Sent"), 1, 1}};
        source.answerCostReport(source.pending(FakeSource::Type::CostReport).at(0).id, reportOf(cells));
        QCOMPARE(model.effectiveGranularity(), Granularity::Week);
        QVERIFY(model.buckets().size() <= CostReportModel::maxBuckets);
        QVERIFY(!model.notes().isEmpty());
    }

    void projectsBeyondEightAreOther()
    {
        FakeSource source({});
        CostReportModel model;
        model.setTimeZone(QTimeZone::utc());
        model.setStackBy(CostReportModel::StackBy::Project);
        model.setSource(&source);
        model.setActive(true);
        CostReport report;
        for (int p = 0; p < 12; ++p) {
            report.cells.append({hourOf(utc(2026, 2, 1, p)),
                                 QStringLiteral("project-%1").arg(p, 2, 10, QLatin1Char('0')),
                                 QStringLiteral("Sent"), 1, 100 * (p + 1)});
            report.projectNames.insert(QStringLiteral("project-%1").arg(p, 2, 10, QLatin1Char('0')),
                                       QStringLiteral("Project %1").arg(p));
        }
        report.cells.append({CostCell::noTime, QStringLiteral("project-00"), QStringLiteral("Failed"), 2, 7});
        QVERIFY(report.normalize());
        source.answerCostReport(source.pending(FakeSource::Type::CostReport).at(0).id, report);
        QCOMPARE(model.series().size(), CostReportModel::maxSeries);
        QCOMPARE(model.series().first().name, QStringLiteral("Project 11")); // the most expensive
        QVERIFY(model.series().last().other);
        QCOMPARE(model.buckets().size(), 1);
        const CostReportModel::Bucket &bucket = model.buckets().first();
        // The four cheapest projects (1 + 2 + 3 + 4 dollars) are "Other".
        QCOMPARE(bucket.costCents.last(), 100 + 200 + 300 + 400);
        QCOMPARE(bucket.totalCostCents, 7800);
        // Messages without a time: in the totals and tables, in no bar, and said.
        QCOMPARE(model.undatedMessages(), 2);
        QCOMPARE(model.totalCostCents(), 7807);
        QCOMPARE(model.failedCostCents(), 7);
        QCOMPARE(model.notes().size(), 1);
        QVERIFY(model.notes().first().contains(QStringLiteral("without a time")));
        QCOMPARE(model.byProject()->rowCount(), 12);
        QCOMPARE(model.byProject()->data(model.byProject()->index(0, CostBreakdownModel::Name)).toString(),
                 QStringLiteral("Project 11"));
    }

    void asksOnlyWhileActive()
    {
        FakeSource source(FakeSource::makeTable(50));
        CostReportModel model;
        // The tables' models checked through every change, from before any data.
        QAbstractItemModelTester projects(model.byProject(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester statuses(model.byStatus(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester recipients(model.topRecipients(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loading(&model, &CostReportModel::loadingChanged);
        model.setSource(&source);
        SmsFilter f;
        f.statuses = {QStringLiteral("Failed")};
        model.setFilter(f);
        QVERIFY(source.requestsOf(FakeSource::Type::CostReport).isEmpty()); // hidden: nothing asked
        model.setActive(true);
        QCOMPARE(source.pending(FakeSource::Type::CostReport).size(), 1);
        QCOMPARE(source.pending(FakeSource::Type::CostReport).at(0).query.filter, f);
        QCOMPARE(source.pending(FakeSource::Type::CostReport).at(0).count,
                 CostReportModel::defaultTopRecipients);
        QVERIFY(model.isLoading());
        const auto first = source.pending(FakeSource::Type::CostReport).at(0).id;

        // A newer filter supersedes it (still loading: no loadingChanged); the old answer,
        // arriving late, is dropped.
        const qsizetype loadingSignals = loading.size();
        f.statuses = {QStringLiteral("Delivered")};
        model.setFilter(f);
        QCOMPARE(loading.size(), loadingSignals);
        QVERIFY(source.cancelled.contains(first));
        source.answerCostReport(first);
        QVERIFY(!model.hasReport());
        source.answerCostReport(source.pending(FakeSource::Type::CostReport).at(0).id);
        QVERIFY(model.hasReport());
        QVERIFY(!model.isLoading());
        QCOMPARE(model.totalMessages(), source.totalsOf(f).messages);
        QCOMPARE(model.totalCostCents(), source.totalsOf(f).costCents);
        QCOMPARE(model.byStatus()->rowCount(), 1);
        QCOMPARE(model.byProject()->rowCount(), 3);
        QVERIFY(model.topRecipients()->rowCount() > 0);

        // Hidden, shown again without a change: nothing asked. Hidden, changed, shown: asked once.
        const qsizetype asked = source.requestsOf(FakeSource::Type::CostReport).size();
        model.setActive(false);
        model.setActive(true);
        QCOMPARE(source.requestsOf(FakeSource::Type::CostReport).size(), asked);
        model.setActive(false);
        f.statuses.clear();
        model.setFilter(f);
        QVERIFY(!model.hasReport()); // never the figures of another filter
        QCOMPARE(source.requestsOf(FakeSource::Type::CostReport).size(), asked);
        model.setActive(true);
        QCOMPARE(source.requestsOf(FakeSource::Type::CostReport).size(), asked + 1);

        // A failure: no figures, the error kept and signalled.
        QSignalSpy errors(&model, &CostReportModel::errorOccurred);
        source.fail(source.pending(FakeSource::Type::CostReport).at(0).id, SourceError::Kind::BadResponse,
                    QStringLiteral("The log changed"));
        QCOMPARE(errors.size(), 1);
        QVERIFY(model.error().has_value());
        QVERIFY(!model.hasReport());
        QVERIFY(model.buckets().isEmpty());
        // Time zone, granularity and stacking never ask again.
        const qsizetype now = source.requestsOf(FakeSource::Type::CostReport).size();
        model.setTimeZone(QTimeZone("Europe/Berlin"));
        model.setGranularity(Granularity::Month);
        model.setStackBy(CostReportModel::StackBy::Project);
        QCOMPARE(source.requestsOf(FakeSource::Type::CostReport).size(), now);
        model.refresh();
        QCOMPARE(source.requestsOf(FakeSource::Type::CostReport).size(), now + 1);
        QVERIFY(!model.error().has_value());
        QVERIFY(loading.size() >= 4);

        // A filter that cannot be run (its end before its start) is not asked for; it says why.
        SmsFilter backwards;
        backwards.sentFrom = QDateTime(QDate(2026, 5, 2), QTime(0, 0), Qt::UTC);
        backwards.sentTo = QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC);
        model.setFilter(backwards);
        QCOMPARE(source.requestsOf(FakeSource::Type::CostReport).size(), now + 1);
        QVERIFY(!model.isLoading());
        QVERIFY(model.error().has_value());
        QCOMPARE(model.error()->message, backwards.validationError());
        QVERIFY(!model.error()->message.isEmpty());
    }

    void slowRecipientsAreAskedAfterTheCells()
    {
        FakeSource source(FakeSource::makeTable(80));
        source.setCostReportRecipientsAreSlow(true);
        CostReportModel model;
        QSignalSpy loading(&model, &CostReportModel::loadingChanged);
        model.setSource(&source);
        model.setActive(true);
        QCOMPARE(source.pending(FakeSource::Type::CostReport).size(), 1);
        QCOMPARE(source.pending(FakeSource::Type::CostReport).at(0).count, 0); // the cells alone
        QVERIFY(model.isChartLoading());
        source.answerCostReport(source.pending(FakeSource::Type::CostReport).at(0).id);
        // The chart is there; the recipients are asked for now.
        QVERIFY(model.hasReport());
        QVERIFY(!model.isChartLoading());
        QVERIFY(model.isLoadingRecipients());
        QVERIFY(model.isLoading());
        QCOMPARE(model.totalMessages(), qint64(80));
        QCOMPARE(model.topRecipients()->rowCount(), 0);
        QCOMPARE(source.pending(FakeSource::Type::CostReport).size(), 1);
        QCOMPARE(source.pending(FakeSource::Type::CostReport).at(0).count,
                 CostReportModel::defaultTopRecipients);
        source.answerCostReport(source.pending(FakeSource::Type::CostReport).at(0).id);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.topRecipients()->rowCount(), CostReportModel::defaultTopRecipients);
        QCOMPARE(loading.size(), 2); // true once, false once
        QCOMPARE(model.totalMessages(), qint64(80));

        // A failure of the recipients alone keeps the chart and says why.
        model.refresh();
        source.answerCostReport(source.pending(FakeSource::Type::CostReport).at(0).id);
        source.fail(source.pending(FakeSource::Type::CostReport).at(0).id, SourceError::Kind::Query,
                    QStringLiteral("interrupted by a test"));
        QVERIFY(model.hasReport());
        QVERIFY(!model.error().has_value());
        QVERIFY(model.recipientsError().has_value());
        QVERIFY(!model.isLoading());

        // A new filter while the recipients are added up cancels them.
        model.refresh();
        source.answerCostReport(source.pending(FakeSource::Type::CostReport).at(0).id);
        const auto recipients = source.pending(FakeSource::Type::CostReport).at(0).id;
        SmsFilter f;
        f.statuses = {QStringLiteral("Failed")};
        model.setFilter(f);
        QVERIFY(source.cancelled.contains(recipients));
        source.answerCostReport(recipients); // late: dropped
        QVERIFY(model.isChartLoading());
        QVERIFY(!model.isLoadingRecipients());
        QCOMPARE(model.topRecipients()->rowCount(), 0); // the late answer filled nothing
    }

    void sourceWithoutReportsSaysSo()
    {
        // The interface's default: a failure, later, with a message.
        class Plain : public FakeSource
        {
        public:
            Plain()
                : FakeSource({})
            { }
            RequestId requestCostReport(const SmsFilter &filter, int top, CostResolution resolution,
                                        ErrorCodeTotals errorCodes) override
            {
                return SmsLogSource::requestCostReport(filter, top, resolution, errorCodes);
            }
        } plain;
        CostReportModel model;
        QSignalSpy errors(&model, &CostReportModel::errorOccurred);
        model.setSource(&plain);
        model.setActive(true);
        QVERIFY(errors.isEmpty()); // answered later, never from within the call
        QVERIFY(errors.wait(2000));
        QVERIFY(!model.error()->message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCostReport)
#include "tst_costreport.moc"
