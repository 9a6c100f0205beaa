// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cacheexport.h"
#include "csvreader.h"
#include "demogenerator.h"
#include "money.h"
#include "oneuptimeserver.h"
#include "providererrortable.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <csignal>
#include <functional>
#include <optional>

// The `smslog` command-line tool, run as a real process (SMSLOG_CLI) against real files and the
// OneUptime imitation on loopback (served from this process, so the event loop runs while the
// tool works). Every subcommand, format and grouping, the filters, and every exit status; the
// totals are checked against SQL written here over the same cache file, and the live summary
// against the cache summary. The API key must never appear in anything the tool prints.

namespace {

const QString readKey = QStringLiteral("3f1e6c1a-0b2d-4c9e-8f7a-5d4c3b2a1908"); // ReadSmsLog
const QString memberKey = QStringLiteral("11111111-2222-4333-8444-555555555555"); // ProjectMember
const QString noPermissionKey = QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"); // ReadIncident
const QString wrongKey = QStringLiteral("99999999-9999-4999-8999-999999999999"); // unknown to the server
const QStringList allKeys{readKey, memberKey, noPermissionKey, wrongKey};

// What one run of the tool did.
struct Run {
    int exitCode = -1;
    bool finished = false; // false: it crashed, or did not finish in time and was killed
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1%2\n--- stdout:\n%3\n--- stderr:\n%4")
            .arg(exitCode)
            .arg(finished ? QString() : QStringLiteral(" (did not finish)"))
            .arg(out.left(3000), err.left(3000));
    }
};

// Count and cost of one group, as SQL says.
struct Sums {
    qint64 count = 0;
    qint64 cents = 0;
    bool operator==(const Sums &) const = default;
};

QString sumsText(const QMap<QString, Sums> &groups)
{
    QStringList lines;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        lines << QStringLiteral("%1: %2 messages, %3 cents").arg(it.key()).arg(it->count).arg(it->cents);
    return lines.join(u'\n');
}

qint64 msOf(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

} // namespace

class TestSmslogCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cache; // demo cache, 30,000 messages in four projects
    QDateTime m_end; // newest demo message
    OneUptimeServer m_server; // serves m_cache
    QString m_project; // the keys' project on m_server (the largest one)
    QString m_randomFile;
    QString m_foreignFile;
    QString m_truncatedFile;
    QString m_missingFile;
    QStringList m_keyLeaks; // runs whose output held a key
    int m_runs = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QUrl url() const { return m_server.url(); }
    QString urlText() const { return m_server.url().toString(); }

    // Runs the tool with `arguments`, the API key in SMSLOG_API_KEY when `key` is given, and the
    // event loop running (the server answers meanwhile). `whileRunning` is called once the process
    // started.
    Run run(const QStringList &arguments, const QString &key = {},
            const QString &locale = QStringLiteral("C.UTF-8"),
            const std::function<void(QProcess &)> &whileRunning = {}, int timeoutMs = 90000)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("SMSLOG_API_KEY"));
        environment.remove(QStringLiteral("LANG"));
        environment.remove(QStringLiteral("LC_NUMERIC"));
        environment.insert(QStringLiteral("LC_ALL"), locale);
        if (!key.isNull())
            environment.insert(QStringLiteral("SMSLOG_API_KEY"), key);
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(m_dir.path());
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        process.start(QStringLiteral(SMSLOG_CLI), arguments);
        if (process.waitForStarted(10000) && whileRunning)
            whileRunning(process);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        Run result;
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        } else {
            result.finished = process.exitStatus() == QProcess::NormalExit;
        }
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        ++m_runs;
        for (const QString &k : allKeys) {
            if (result.out.contains(k, Qt::CaseInsensitive) || result.err.contains(k, Qt::CaseInsensitive))
                m_keyLeaks << arguments.join(u' ');
        }
        return result;
    }

    // The groups `by` (a SQL expression over sms_log) of the rows matching `where`, from the cache
    // file itself: COUNT(*) and SUM of the costs (a missing cost counts 0).
    QMap<QString, Sums> sqlGroups(const QString &file, const QString &by, const QString &where = {},
                                  const QVariantList &values = {})
    {
        QMap<QString, Sums> groups;
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open()) {
                qWarning("cannot open %s", qPrintable(file));
                return {};
            }
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT %1, COUNT(*), TOTAL(IFNULL(cost_cents, 0)),"
                                         " SUM(IFNULL(cost_cents, 0)) FROM sms_log %2 GROUP BY 1")
                              .arg(by, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where));
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (!query.exec())
                qWarning("SQL failed: %s", qPrintable(query.lastError().text()));
            while (query.next()) {
                Sums &sums = groups[query.value(0).toString()];
                sums.count += query.value(1).toLongLong();
                sums.cents += query.value(3).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return groups;
    }

    Sums sqlTotal(const QString &file, const QString &where = {}, const QVariantList &values = {})
    {
        Sums total;
        for (const Sums &sums : sqlGroups(file, QStringLiteral("'all'"), where, values))
            total = sums;
        return total;
    }

    QVariant sqlValue(const QString &file, const QString &sql, const QVariantList &values = {})
    {
        QVariant result;
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(sql);
                for (const QVariant &value : values)
                    query.addBindValue(value);
                if (query.exec() && query.next())
                    result = query.value(0);
                else
                    qWarning("SQL failed: %s", qPrintable(query.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }

    // The groups of a `summary --format json` output, by key; nullopt when it is not the object
    // the tool promises (`by`, `total`, `groups` in that order, integers, one line).
    static std::optional<QMap<QString, Sums>> jsonGroups(const QString &out, Sums *total = nullptr,
                                                         QStringList *order = nullptr,
                                                         QMap<QString, QString> *labels = nullptr)
    {
        if (!out.endsWith(u'\n') || out.count(u'\n') != 1)
            return std::nullopt;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return std::nullopt;
        const QJsonObject object = document.object();
        if (object.keys()
            != QStringList({QStringLiteral("by"), QStringLiteral("groups"), QStringLiteral("total")}))
            return std::nullopt;
        if (!(out.indexOf(QStringLiteral("\"by\"")) < out.indexOf(QStringLiteral("\"total\""))
              && out.indexOf(QStringLiteral("\"total\"")) < out.indexOf(QStringLiteral("\"groups\""))))
            return std::nullopt;
        const QJsonObject t = object.value(QStringLiteral("total")).toObject();
        if (total)
            *total = {t.value(QStringLiteral("count")).toInteger(-1),
                      t.value(QStringLiteral("costInUSDCents")).toInteger(-1)};
        QMap<QString, Sums> groups;
        for (const QJsonValue &value : object.value(QStringLiteral("groups")).toArray()) {
            const QJsonObject g = value.toObject();
            if (g.keys()
                != QStringList({QStringLiteral("costInUSDCents"), QStringLiteral("count"),
                                QStringLiteral("key"), QStringLiteral("label")}))
                return std::nullopt;
            const QString key = g.value(QStringLiteral("key")).toString();
            groups.insert(key,
                          {g.value(QStringLiteral("count")).toInteger(-1),
                           g.value(QStringLiteral("costInUSDCents")).toInteger(-1)});
            if (order)
                *order << key;
            if (labels)
                labels->insert(key, g.value(QStringLiteral("label")).toString());
        }
        return groups;
    }

    // The SQL expression of a grouping.
    static QString sqlKey(const QString &by)
    {
        if (by == QStringLiteral("project"))
            return QStringLiteral("IFNULL(project_id, '')");
        if (by == QStringLiteral("status"))
            return QStringLiteral("IFNULL(status, '')");
        if (by == QStringLiteral("error-code"))
            return QStringLiteral("IFNULL(error_code, '')");
        if (by == QStringLiteral("day"))
            return QStringLiteral("strftime('%Y-%m-%d', created_at / 1000, 'unixepoch')");
        return QStringLiteral("strftime('%Y-%m', created_at / 1000, 'unixepoch')");
    }

    // A usage error, an unusable file, a refused key...: one line on stderr, nothing on stdout.
    static bool isOneErrorLine(const Run &r)
    {
        return r.out.isEmpty() && r.err.startsWith(QStringLiteral("smslog: ")) && r.err.endsWith(u'\n')
            && r.err.count(u'\n') == 1;
    }

    // A value of `column` found in the cache for rows that have one.
    QString someValue(const QString &column, const QString &where = QStringLiteral("1"))
    {
        return sqlValue(m_cache,
                        QStringLiteral("SELECT %1 FROM sms_log WHERE %1 IS NOT NULL AND %1 <> '' AND %2"
                                       " GROUP BY %1 ORDER BY COUNT(*) DESC LIMIT 1")
                            .arg(column, where))
            .toString();
    }

    // Ctrl+C to the tool, and to nothing else (a finished process has no id).
    static void interrupt(QProcess &process)
    {
        const qint64 pid = process.processId();
        if (process.state() == QProcess::Running && pid > 0)
            ::kill(pid_t(pid), SIGINT);
    }

    // A port nothing listens on.
    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        const quint16 port = server.serverPort();
        server.close();
        return port;
    }

private Q_SLOTS:
    void initTestCase();
    void init() { m_server.setFaults({}); }

    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();

    void demoWritesACacheAndRefusesToOverwrite();

    void summaryTotalsEqualSql_data();
    void summaryTotalsEqualSql();
    void summaryFiltersEqualSql_data();
    void summaryFiltersEqualSql();
    void summaryDatesAreInclusiveUtcDays();
    void summaryTableIsForPeople();
    void summaryCsvHasAHeaderAndTheJsonGroups();

    void liveSummaryEqualsCacheSummary_data();
    void liveSummaryEqualsCacheSummary();
    void liveSummaryAsksForLittle();
    void liveSummaryKeyFromAFile();
    void liveSummaryPagesAnOldServer();
    void liveSummaryIsExactOrRefused_data();
    void liveSummaryIsExactOrRefused();
    void refusedKeysExitWith3_data();
    void refusedKeysExitWith3();
    void unreachableServersExitWith4_data();
    void unreachableServersExitWith4();
    void unusableCachesExitWith5_data();
    void unusableCachesExitWith5();
    void interruptCancelsALiveSummary();

    void exportWritesEveryFormat_data();
    void exportWritesEveryFormat();
    void exportRedacts();
    void exportNeverOverwritesItsCache();

    void syncCopiesTheProjectIntoACache();
    void syncFailuresHaveTheirExitStatus_data();
    void syncFailuresHaveTheirExitStatus();
    void interruptCancelsASync();

    void theKeyIsNeverPrinted();
};

void TestSmslogCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(SMSLOG_CLI)), SMSLOG_CLI);
    // Demo data ends in the past: a live summary counts only what the server's clock says was sent.
    m_end = std::min(QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC),
                     QDateTime::currentDateTimeUtc().addDays(-1));
    m_end.setTime(QTime(m_end.time().hour(), 0));
    m_cache = path(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.rows = 30000; // the largest project has more than one page of 10,000
    options.seed = 7;
    options.end = m_end;
    options.days = 60;
    QCOMPARE(writeDemoCache(m_cache, options), QString());
    QCOMPARE(m_server.loadCache(m_cache), QString());
    m_project = m_server.largestProject();
    QVERIFY(!m_project.isEmpty());
    m_server.addKey(readKey, m_project, QStringLiteral("ReadSmsLog"));
    m_server.addKey(memberKey, m_project, QStringLiteral("ProjectMember"));
    m_server.addKey(noPermissionKey, m_project, QStringLiteral("ReadIncident"));
    QVERIFY(m_server.listen() != 0);
    QVERIFY(sqlTotal(m_cache, QStringLiteral("project_id = ?"), {m_project}).count > 10000);

    // Files that are not usable caches.
    m_randomFile = path(QStringLiteral("random.bin"));
    QFile random(m_randomFile);
    QVERIFY(random.open(QIODevice::WriteOnly));
    QByteArray bytes(64 * 1024, '\0');
    for (char &byte : bytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    random.write(bytes);
    random.close();

    m_foreignFile = path(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(m_foreignFile);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE sms_log (id TEXT, cost_cents INTEGER)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO sms_log VALUES ('a', 5)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));

    m_truncatedFile = path(QStringLiteral("truncated.sqlite"));
    QFile whole(m_cache);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    QFile truncated(m_truncatedFile);
    QVERIFY(truncated.open(QIODevice::WriteOnly));
    truncated.write(whole.read(whole.size() / 2));
    truncated.close();

    m_missingFile = path(QStringLiteral("no-such-file.sqlite"));
}

// ---- help and usage ----

void TestSmslogCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    const QStringList everyCommand{QStringLiteral("sync"),           QStringLiteral("summary"),
                                   QStringLiteral("export"),         QStringLiteral("demo"),
                                   QStringLiteral("SMSLOG_API_KEY"), QStringLiteral("--api-key-file"),
                                   QStringLiteral("Exit status")};
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << everyCommand;
    QTest::newRow("help") << QStringList{QStringLiteral("help")} << everyCommand;
    const QStringList dates{
        QStringLiteral("00:00:00.000 UTC"), QStringLiteral("23:59:59.999 UTC"), QStringLiteral("--status"),
        QStringLiteral("--since"),          QStringLiteral("--until"),          QStringLiteral("--to-number"),
        QStringLiteral("--from-number"),    QStringLiteral("--search"),         QStringLiteral("--project"),
        QStringLiteral("--incident"),       QStringLiteral("--alert"),          QStringLiteral("--monitor"),
        QStringLiteral("--error-code")};
    QTest::newRow("summary --help") << QStringList{QStringLiteral("summary"), QStringLiteral("--help")}
                                    << dates + QStringList{QStringLiteral("Usage: smslog summary"),
                                                           QStringLiteral("--by"),
                                                           QStringLiteral("--format"),
                                                           QStringLiteral("costInUSDCents"),
                                                           QStringLiteral("--cache"),
                                                           QStringLiteral("--url")};
    QTest::newRow("help summary") << QStringList{QStringLiteral("help"), QStringLiteral("summary")}
                                  << QStringList{QStringLiteral("Usage: smslog summary")};
    QTest::newRow("export --help") << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
                                   << dates
            + QStringList{QStringLiteral("Usage: smslog export"),
                          QStringLiteral("csv"),
                          QStringLiteral("jsonl"),
                          QStringLiteral("sqlite"),
                          QStringLiteral("--redact"),
                          QStringLiteral("--output")};
    QTest::newRow("sync --help") << QStringList{QStringLiteral("sync"), QStringLiteral("-h")}
                                 << QStringList{QStringLiteral("Usage: smslog sync"),
                                                QStringLiteral("--url"),
                                                QStringLiteral("--cache"),
                                                QStringLiteral("--since"),
                                                QStringLiteral("SMSLOG_API_KEY"),
                                                QStringLiteral("Ctrl+C")};
    QTest::newRow("demo --help") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")}
                                 << QStringList{QStringLiteral("Usage: smslog demo"),
                                                QStringLiteral("--rows"), QStringLiteral("--output"),
                                                QStringLiteral("--seed"), QStringLiteral("--force")};
}

void TestSmslogCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const Run r = run(arguments);
    QVERIFY2(r.exitCode == 0 && r.finished, qPrintable(r.describe()));
    QVERIFY(r.err.isEmpty());
    for (const QString &text : mentions)
        QVERIFY2(r.out.contains(text), qPrintable(text));
}

void TestSmslogCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withKey");
    const QString cache = QStringLiteral("demo.sqlite");
    const auto row = [](const char *name, const QStringList &arguments, bool withKey = false) {
        QTest::newRow(name) << arguments << withKey;
    };
    const QString S = QStringLiteral("summary");
    const QString C = QStringLiteral("--cache");
    row("no command", {});
    row("unknown command", {QStringLiteral("frobnicate")});
    row("option before the command", {QStringLiteral("--cache"), cache, S});
    row("unknown option", {S, C, cache, QStringLiteral("--colour")});
    row("api key as an option",
        {S, QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--api-key"),
         readKey});
    row("stray argument", {S, C, cache, readKey});
    row("summary without a source", {S});
    row("summary with both sources",
        {S, C, cache, QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1")}, true);
    row("bad --by", {S, C, cache, QStringLiteral("--by"), QStringLiteral("week")});
    row("bad --format", {S, C, cache, QStringLiteral("--format"), QStringLiteral("xml")});
    row("--format without a value", {S, C, cache, QStringLiteral("--format")});
    row("bad --since", {S, C, cache, QStringLiteral("--since"), QStringLiteral("yesterday")});
    row("impossible date", {S, C, cache, QStringLiteral("--until"), QStringLiteral("2026-02-30")});
    row("impossible time", {S, C, cache, QStringLiteral("--since"), QStringLiteral("2026-02-03T25:00")});
    row("until before since",
        {S, C, cache, QStringLiteral("--since"), QStringLiteral("2026-06-02"), QStringLiteral("--until"),
         QStringLiteral("2026-06-01")});
    row("--since twice",
        {S, C, cache, QStringLiteral("--since"), QStringLiteral("2026-06-01"), QStringLiteral("--since"),
         QStringLiteral("2026-06-02")});
    row("two links",
        {S, C, cache, QStringLiteral("--incident"), QStringLiteral("1"), QStringLiteral("--alert"),
         QStringLiteral("2")});
    row("empty --status", {S, C, cache, QStringLiteral("--status"), QStringLiteral(",")});
    row("empty --project", {S, C, cache, QStringLiteral("--project"), QString()});
    row("--url without a key", {S, QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1")});
    row("--url that is no URL", {S, QStringLiteral("--url"), QStringLiteral("127.0.0.1:8080")}, true);
    row("--url with a query", {S, QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1/?a=b")}, true);
    row("unreadable key file",
        {S, QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--api-key-file"),
         QStringLiteral("no-such-key-file")});
    row("--api-key-file with --cache", {S, C, cache, QStringLiteral("--api-key-file"), QStringLiteral("k")});
    row("sync without --url", {QStringLiteral("sync"), C, QStringLiteral("new.sqlite")}, true);
    row("sync without --cache",
        {QStringLiteral("sync"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1")}, true);
    row("sync bad --since",
        {QStringLiteral("sync"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1"), C,
         QStringLiteral("new.sqlite"), QStringLiteral("--since"), QStringLiteral("2026/06/01")},
        true);
    row("sync with a filter",
        {QStringLiteral("sync"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1"), C,
         QStringLiteral("new.sqlite"), QStringLiteral("--status"), QStringLiteral("Sent")},
        true);
    row("export without --output",
        {QStringLiteral("export"), C, cache, QStringLiteral("--format"), QStringLiteral("csv")});
    row("export without --format",
        {QStringLiteral("export"), C, cache, QStringLiteral("--output"), QStringLiteral("x.csv")});
    row("export bad --format",
        {QStringLiteral("export"), C, cache, QStringLiteral("--format"), QStringLiteral("xlsx"),
         QStringLiteral("--output"), QStringLiteral("x.xlsx")});
    row("export bad --since",
        {QStringLiteral("export"), C, cache, QStringLiteral("--format"), QStringLiteral("csv"),
         QStringLiteral("--output"), QStringLiteral("x.csv"), QStringLiteral("--since"),
         QStringLiteral("June")});
    row("demo without --rows",
        {QStringLiteral("demo"), QStringLiteral("--output"), QStringLiteral("d.sqlite")});
    row("demo without --output", {QStringLiteral("demo"), QStringLiteral("--rows"), QStringLiteral("10")});
    row("demo bad --rows",
        {QStringLiteral("demo"), QStringLiteral("--rows"), QStringLiteral("ten"), QStringLiteral("--output"),
         QStringLiteral("d.sqlite")});
    row("demo negative --rows",
        {QStringLiteral("demo"), QStringLiteral("--rows"), QStringLiteral("-5"), QStringLiteral("--output"),
         QStringLiteral("d.sqlite")});
    row("demo bad --seed",
        {QStringLiteral("demo"), QStringLiteral("--rows"), QStringLiteral("5"), QStringLiteral("--seed"),
         QStringLiteral("x"), QStringLiteral("--output"), QStringLiteral("d.sqlite")});
    row("demo over an existing file",
        {QStringLiteral("demo"), QStringLiteral("--rows"), QStringLiteral("5"), QStringLiteral("--output"),
         cache});
}

void TestSmslogCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withKey);
    const QByteArray before = [this] {
        QFile file(m_cache);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    const Run r = run(arguments, withKey ? readKey : QString());
    QVERIFY2(r.exitCode == 2 && r.finished, qPrintable(r.describe()));
    QVERIFY2(isOneErrorLine(r), qPrintable(r.describe()));
    QFile file(m_cache);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == before); // the demo over it did not touch it
    QVERIFY(!QFile::exists(path(QStringLiteral("d.sqlite"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("new.sqlite"))));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.csv"))));
}

// ---- demo ----

void TestSmslogCli::demoWritesACacheAndRefusesToOverwrite()
{
    const QString first = path(QStringLiteral("demo-a.sqlite"));
    const QString second = path(QStringLiteral("demo-b.sqlite"));
    Run r = run({QStringLiteral("demo"), QStringLiteral("--rows"), QStringLiteral("1234"),
                 QStringLiteral("--output"), first, QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0 && r.finished, qPrintable(r.describe()));
    QVERIFY(r.err.isEmpty()); // no progress: stderr is not a terminal
    QVERIFY2(r.out.contains(QStringLiteral("1234")), qPrintable(r.out));
    QCOMPARE(sqlTotal(first).count, qint64(1234));

    // The same seed gives the same messages; the file is a usable cache.
    r = run({QStringLiteral("demo"), QStringLiteral("--rows"), QStringLiteral("1234"),
             QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--output"), second});
    QCOMPARE(r.exitCode, 0);
    const QString fingerprint
        = QStringLiteral("SELECT group_concat(id || status || IFNULL(cost_cents, '-'), ',')"
                         " FROM (SELECT * FROM sms_log ORDER BY id)");
    QCOMPARE(sqlValue(first, fingerprint), sqlValue(second, fingerprint));
    r = run({QStringLiteral("summary"), QStringLiteral("--cache"), first, QStringLiteral("--format"),
             QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    // An existing file stays as it is without --force, and is replaced with it.
    r = run({QStringLiteral("demo"), QStringLiteral("--rows"), QStringLiteral("10"),
             QStringLiteral("--output"), first});
    QVERIFY2(r.exitCode == 2 && isOneErrorLine(r), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
    QCOMPARE(sqlTotal(first).count, qint64(1234));
    r = run({QStringLiteral("demo"), QStringLiteral("--rows"), QStringLiteral("10"),
             QStringLiteral("--output"), first, QStringLiteral("--force")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(sqlTotal(first).count, qint64(10));
    // Nothing left next to it.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*demo-a*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("demo-a.sqlite")});
}

// ---- summary over a cache ----

void TestSmslogCli::summaryTotalsEqualSql_data()
{
    QTest::addColumn<QString>("by");
    for (const char *by : {"project", "status", "day", "month", "error-code"})
        QTest::newRow(by) << QString::fromLatin1(by);
}

void TestSmslogCli::summaryTotalsEqualSql()
{
    QFETCH(QString, by);
    const Run r = run({QStringLiteral("summary"), QStringLiteral("--cache"), m_cache, QStringLiteral("--by"),
                       by, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0 && r.finished, qPrintable(r.describe()));
    QVERIFY(r.err.isEmpty());
    Sums total;
    QStringList order;
    QMap<QString, QString> labels;
    const auto groups = jsonGroups(r.out, &total, &order, &labels);
    QVERIFY2(groups, qPrintable(r.out));
    QVERIFY(r.out.startsWith(QStringLiteral("{\"by\": \"") + by + u'"'));

    const QMap<QString, Sums> expected = sqlGroups(m_cache, sqlKey(by));
    QCOMPARE(sumsText(*groups), sumsText(expected));
    QCOMPARE(total, sqlTotal(m_cache));
    QVERIFY(total.count == 30000 && total.cents > 0);

    // The order: projects by cost, statuses by count, days and months ascending.
    for (qsizetype i = 1; i < order.size(); ++i) {
        const Sums a = groups->value(order.at(i - 1));
        const Sums b = groups->value(order.at(i));
        if (by == QStringLiteral("project"))
            QVERIFY(a.cents >= b.cents);
        else if (by == QStringLiteral("status") || by == QStringLiteral("error-code"))
            QVERIFY(a.count >= b.count);
        else
            QVERIFY(order.at(i - 1) < order.at(i));
    }
    // Labels: the project's name; an error code with its meaning; the key itself otherwise.
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (by == QStringLiteral("error-code"))
            QCOMPARE(it.value(),
                     it.key().isEmpty() ? QStringLiteral("(no error code)")
                                        : it.key() + QStringLiteral(" — ")
                             + ProviderErrorTable::builtIn().meaning(it.key()));
        else if (by == QStringLiteral("project"))
            QCOMPARE(it.value(),
                     sqlValue(m_cache,
                              QStringLiteral("SELECT name FROM linked_resource"
                                             " WHERE kind = 'project' AND id = ?"),
                              {it.key()})
                         .toString());
        else
            QCOMPARE(it.value(), it.key());
    }
    if (by == QStringLiteral("day"))
        QVERIFY(order.size() >= 60 && order.first().size() == 10);
    if (by == QStringLiteral("month"))
        QVERIFY(order.size() >= 2 && order.first().size() == 7);
    if (by == QStringLiteral("error-code"))
        QVERIFY(order.size() >= 8 && groups->contains(QString()));
}

void TestSmslogCli::summaryFiltersEqualSql_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QVariantList>("values");

    const QDate day = m_end.date().addDays(-10);
    const qint64 dayStart = msOf(QDateTime(day, QTime(0, 0), Qt::UTC));
    const QString toNumber = someValue(QStringLiteral("to_number")).right(5);
    const QString fromNumber = someValue(QStringLiteral("from_number")).right(4);
    const QString errorCode = someValue(QStringLiteral("error_code"));
    const QString incident = someValue(QStringLiteral("incident_id"));
    const QString alert = someValue(QStringLiteral("alert_id"));
    const QString monitor = someValue(QStringLiteral("monitor_id"));
    const QString project = someValue(QStringLiteral("project_id"));
    QVERIFY(!toNumber.isEmpty() && !fromNumber.isEmpty() && !errorCode.isEmpty() && !incident.isEmpty()
            && !alert.isEmpty() && !monitor.isEmpty());
    // A word that occurs in SMS texts.
    const QString text = someValue(QStringLiteral("sms_text"));
    QString word;
    for (const QString &w : text.split(u' ', Qt::SkipEmptyParts)) {
        if (w.size() >= 5 && std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); })) {
            word = w;
            break;
        }
    }
    QVERIFY2(!word.isEmpty(), qPrintable(text));

    const auto row
        = [](const char *name, const QStringList &arguments, const QString &where,
             const QVariantList &values = {}) { QTest::newRow(name) << arguments << where << values; };
    row("status", {QStringLiteral("--status"), QStringLiteral("Delivered,Failed")},
        QStringLiteral("status IN ('Delivered', 'Failed')"));
    row("status repeated",
        {QStringLiteral("--status"), QStringLiteral("Sent"), QStringLiteral("--status"),
         QStringLiteral("Undelivered, Error")},
        QStringLiteral("status IN ('Sent', 'Undelivered', 'Error')"));
    row("since a day", {QStringLiteral("--since"), day.toString(Qt::ISODate)},
        QStringLiteral("created_at >= ?"), {dayStart});
    row("until a day", {QStringLiteral("--until"), day.toString(Qt::ISODate)},
        QStringLiteral("created_at <= ?"), {dayStart + 86400000 - 1});
    row("since with a zone",
        {QStringLiteral("--since"), day.toString(Qt::ISODate) + QStringLiteral("T02:30:00+02:00")},
        QStringLiteral("created_at >= ?"), {dayStart + 1800000});
    row("until without a zone is UTC",
        {QStringLiteral("--until"), day.toString(Qt::ISODate) + QStringLiteral("T12:30")},
        QStringLiteral("created_at <= ?"), {dayStart + 45000000});
    row("until with milliseconds",
        {QStringLiteral("--until"), day.toString(Qt::ISODate) + QStringLiteral("T12:30:15.250Z")},
        QStringLiteral("created_at <= ?"), {dayStart + 45015250});
    row("to number", {QStringLiteral("--to-number"), toNumber}, QStringLiteral("instr(to_number, ?) > 0"),
        {toNumber});
    row("from number", {QStringLiteral("--from-number"), fromNumber},
        QStringLiteral("instr(from_number, ?) > 0"), {fromNumber});
    row("search", {QStringLiteral("--search"), word},
        QStringLiteral("rid IN (SELECT rowid FROM sms_text_index WHERE sms_text_index MATCH ?)"),
        {QString(QStringLiteral("\"") + word + QStringLiteral("\"*"))});
    row("project", {QStringLiteral("--project"), project}, QStringLiteral("project_id = ?"), {project});
    row("error code", {QStringLiteral("--error-code"), errorCode}, QStringLiteral("error_code = ?"),
        {errorCode});
    row("incident", {QStringLiteral("--incident"), incident}, QStringLiteral("incident_id = ?"), {incident});
    row("alert", {QStringLiteral("--alert"), alert}, QStringLiteral("alert_id = ?"), {alert});
    row("monitor", {QStringLiteral("--monitor"), monitor}, QStringLiteral("monitor_id = ?"), {monitor});
    row("combined",
        {QStringLiteral("--status"), QStringLiteral("Delivered"), QStringLiteral("--since"),
         m_end.date().addDays(-30).toString(Qt::ISODate), QStringLiteral("--until"),
         day.toString(Qt::ISODate), QStringLiteral("--project"), project},
        QStringLiteral("status = 'Delivered' AND created_at BETWEEN ? AND ? AND project_id = ?"),
        {msOf(QDateTime(m_end.date().addDays(-30), QTime(0, 0), Qt::UTC)), dayStart + 86400000 - 1, project});
    row("nothing matches", {QStringLiteral("--status"), QStringLiteral("NoSuchStatus")}, QStringLiteral("0"));
}

void TestSmslogCli::summaryFiltersEqualSql()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, where);
    QFETCH(QVariantList, values);
    for (const QString &by :
         {QStringLiteral("status"), QStringLiteral("project"), QStringLiteral("error-code")}) {
        const Run r
            = run(QStringList{QStringLiteral("summary"), QStringLiteral("--cache"), m_cache,
                              QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--by"), by}
                  + arguments);
        QVERIFY2(r.exitCode == 0 && r.finished && r.err.isEmpty(), qPrintable(r.describe()));
        Sums total;
        const auto groups = jsonGroups(r.out, &total);
        QVERIFY2(groups, qPrintable(r.out));
        QCOMPARE(sumsText(*groups), sumsText(sqlGroups(m_cache, sqlKey(by), where, values)));
        QCOMPARE(total, sqlTotal(m_cache, where, values));
        if (where != QStringLiteral("0"))
            QVERIFY2(total.count > 0, "the filter should match something");
    }
}

void TestSmslogCli::summaryDatesAreInclusiveUtcDays()
{
    // One day by --since/--until (a date alone: the whole UTC day) is that day's group of --by day.
    const QDate day = m_end.date().addDays(-3);
    const QString iso = day.toString(Qt::ISODate);
    Run r = run({QStringLiteral("summary"), QStringLiteral("--cache"), m_cache, QStringLiteral("--by"),
                 QStringLiteral("day"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const auto days = jsonGroups(r.out);
    QVERIFY(days && days->contains(iso));
    r = run({QStringLiteral("summary"), QStringLiteral("--cache"), m_cache, QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--since"), iso, QStringLiteral("--until"), iso});
    QCOMPARE(r.exitCode, 0);
    Sums total;
    QVERIFY(jsonGroups(r.out, &total));
    QCOMPARE(total, days->value(iso));

    // A message exactly at midnight belongs to the day it starts, not the one before.
    const qint64 first
        = sqlValue(m_cache, QStringLiteral("SELECT MIN(created_at) FROM sms_log WHERE created_at >= ?"),
                   {msOf(QDateTime(day, QTime(0, 0), Qt::UTC))})
              .toLongLong();
    const QString exact = QDateTime::fromMSecsSinceEpoch(first, Qt::UTC).toString(Qt::ISODateWithMs);
    r = run({QStringLiteral("summary"), QStringLiteral("--cache"), m_cache, QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--since"), exact, QStringLiteral("--until"), exact});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(jsonGroups(r.out, &total));
    QCOMPARE(total.count, sqlTotal(m_cache, QStringLiteral("created_at = ?"), {first}).count);
    QVERIFY(total.count >= 1);
}

void TestSmslogCli::summaryTableIsForPeople()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (const QString &by : {QStringLiteral("project"), QStringLiteral("status"), QStringLiteral("day"),
                              QStringLiteral("month")}) {
        const Run r
            = run({QStringLiteral("summary"), QStringLiteral("--cache"), m_cache, QStringLiteral("--by"), by},
                  {}, QStringLiteral("en_US.UTF-8"));
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        const QMap<QString, Sums> expected = sqlGroups(m_cache, sqlKey(by));
        QCOMPARE(lines.size(), expected.size() + 3); // heading, groups, rule, total
        // Every group's cost in dollars and cents, on its own line.
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QString key = it.key();
            const QString money = formatCents(it->cents, english);
            QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                                 [&](const QString &line) {
                                     return line.contains(key) && line.endsWith(u' ' + money)
                                         && line.contains(english.toString(it->count));
                                 }),
                     qPrintable(key + u' ' + money + u'\n' + r.out));
        }
        const QString totalLine = lines.last();
        QVERIFY2(totalLine.startsWith(QStringLiteral("Total")), qPrintable(totalLine));
        QVERIFY2(totalLine.endsWith(u' ' + formatCents(sqlTotal(m_cache).cents, english)),
                 qPrintable(totalLine));
        QVERIFY(totalLine.contains(QStringLiteral("30,000")));
        QVERIFY(lines.at(lines.size() - 2).startsWith(QStringLiteral("---")));
        // Aligned: the costs end in the same column (lines of ASCII text only).
        for (const QString &line : lines) {
            if (std::all_of(line.cbegin(), line.cend(), [](QChar c) { return c.unicode() < 128; }))
                QVERIFY2(line.size() == lines.first().size(), qPrintable(r.out));
        }
    }
}

void TestSmslogCli::summaryCsvHasAHeaderAndTheJsonGroups()
{
    for (const QString &by : {QStringLiteral("project"), QStringLiteral("status"), QStringLiteral("day"),
                              QStringLiteral("month")}) {
        const QStringList common{QStringLiteral("summary"),
                                 QStringLiteral("--cache"),
                                 m_cache,
                                 QStringLiteral("--by"),
                                 by,
                                 QStringLiteral("--status"),
                                 QStringLiteral("Delivered,Sent,Failed")};
        const Run csv = run(common + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        const Run json = run(common + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(csv.exitCode == 0 && csv.err.isEmpty(), qPrintable(csv.describe()));
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        QStringList order;
        QMap<QString, QString> labels;
        const auto groups = jsonGroups(json.out, nullptr, &order, &labels);
        QVERIFY(groups);
        QString csvError;
        const QList<QStringList> rows = readCsv(csv.out.toUtf8(), &csvError, LineEnds::Lf);
        QVERIFY2(csvError.isEmpty(), qPrintable(csvError));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first(),
                 QStringList({QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("count"),
                              QStringLiteral("costInUSDCents")}));
        QCOMPARE(rows.size() - 1, order.size());
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &row = rows.at(i);
            QCOMPARE(row.size(), 4);
            QCOMPARE(row.at(0), order.at(i - 1)); // the same order
            QCOMPARE(row.at(1), labels.value(row.at(0)));
            QCOMPARE(row.at(2).toLongLong(), groups->value(row.at(0)).count);
            QCOMPARE(row.at(3).toLongLong(), groups->value(row.at(0)).cents);
        }
    }
}

// ---- summary over the API ----

void TestSmslogCli::liveSummaryEqualsCacheSummary_data()
{
    QTest::addColumn<QString>("by");
    QTest::addColumn<QStringList>("filter");
    for (const char *by : {"project", "status", "day", "month", "error-code"})
        QTest::newRow(by) << QString::fromLatin1(by) << QStringList{};
    QTest::newRow("error-code, filtered")
        << QStringLiteral("error-code")
        << QStringList{QStringLiteral("--status"), QStringLiteral("Undelivered,Failed,Error"),
                       QStringLiteral("--since"), m_end.date().addDays(-20).toString(Qt::ISODate)};
    QTest::newRow("status, filtered")
        << QStringLiteral("status")
        << QStringList{QStringLiteral("--status"), QStringLiteral("Delivered,Undelivered"),
                       QStringLiteral("--since"), m_end.date().addDays(-20).toString(Qt::ISODate)};
    QTest::newRow("day, by error code")
        << QStringLiteral("day")
        << QStringList{QStringLiteral("--error-code"), someValue(QStringLiteral("error_code"))};
}

void TestSmslogCli::liveSummaryEqualsCacheSummary()
{
    QFETCH(QString, by);
    QFETCH(QStringList, filter);
    const QStringList common = QStringList{QStringLiteral("summary"), QStringLiteral("--by"), by,
                                           QStringLiteral("--format"), QStringLiteral("json")}
        + filter;
    m_server.clearRequests();
    const Run live = run(common + QStringList{QStringLiteral("--url"), urlText()}, readKey);
    QVERIFY2(live.exitCode == 0 && live.finished, qPrintable(live.describe()));
    QVERIFY2(live.err.isEmpty(), qPrintable(live.err)); // no progress: stderr is not a terminal
    const Run cache = run(
        common + QStringList{QStringLiteral("--cache"), m_cache, QStringLiteral("--project"), m_project});
    QVERIFY2(cache.exitCode == 0, qPrintable(cache.describe()));
    QCOMPARE(live.out, cache.out);
    Sums total;
    QVERIFY(jsonGroups(live.out, &total));
    QVERIFY(total.count > 0);
}

void TestSmslogCli::liveSummaryAsksForLittle()
{
    // The window's own aggregate request: the version asked without the key, one row to prove the
    // key and find the project (as the window opens), then only the six fields the totals and the
    // cost view need (the recipient too: one pass serves both), newest first with _id as
    // tie-breaker, the largest page the server takes, every page once.
    m_server.clearRequests();
    const Run r = run({QStringLiteral("summary"), QStringLiteral("--url"), urlText() + QStringLiteral("/api"),
                       QStringLiteral("--format"), QStringLiteral("json")},
                      memberKey);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QList<OneUptimeRecordedRequest> lists;
    int probes = 0;
    for (const OneUptimeRecordedRequest &request : m_server.requests()) {
        if (request.target.startsWith("/api/version")) {
            QVERIFY(!request.hasHeader("apikey"));
        } else if (request.target.startsWith("/api/sms-log/get-list")) {
            if (request.target.endsWith("limit=1"))
                ++probes;
            else
                lists << request;
        } else {
            QFAIL(request.target.constData()); // nothing but the version and lists
        }
    }
    QCOMPARE(probes, 1);
    const qint64 rows = sqlTotal(m_cache, QStringLiteral("project_id = ?"), {m_project}).count;
    QCOMPARE(qint64(lists.size()), (rows + 9999) / 10000);
    QSet<QByteArray> skips;
    for (const OneUptimeRecordedRequest &request : std::as_const(lists)) {
        QVERIFY2(request.target.contains("limit=10000"), request.target.constData());
        skips.insert(request.target);
        QCOMPARE(request.header("apikey"), memberKey.toUtf8());
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QJsonObject select = body.value(QStringLiteral("select")).toObject();
        QCOMPARE(
            select.keys(),
            QStringList({QStringLiteral("createdAt"), QStringLiteral("errorCode"), QStringLiteral("project"),
                         QStringLiteral("projectId"), QStringLiteral("smsCostInUSDCents"),
                         QStringLiteral("status"), QStringLiteral("toNumber")}));
        QCOMPARE(select.value(QStringLiteral("project")).toObject().keys(),
                 QStringList{QStringLiteral("name")});
        const QByteArray sort = request.body.mid(request.body.indexOf("\"sort\""));
        QVERIFY2(sort.startsWith("\"sort\":{\"createdAt\":\"DESC\",\"_id\":\"ASC\"}"), sort.constData());
    }
    QCOMPARE(qsizetype(skips.size()), lists.size()); // every page asked once
}

void TestSmslogCli::liveSummaryIsExactOrRefused_data()
{
    QTest::addColumn<OneUptimeFaults>("faults");
    QTest::addColumn<QString>("refusal"); // empty: the same output as the cache's

    OneUptimeFaults f;
    f.duplicateCount = -1;
    QTest::newRow("every message twice in its page") << f << QString();
    f = {};
    f.patchCount = -1;
    f.fieldPatch = {{QStringLiteral("smsCostInUSDCents"), QStringLiteral("7")}};
    QTest::newRow("costs as text") << f << QStringLiteral("not a whole number of cents");
    f.fieldPatch = {{QStringLiteral("smsCostInUSDCents"), 7.25}};
    QTest::newRow("costs as fractions") << f << QStringLiteral("not a whole number of cents");
    f = {};
    f.countLieCount = -1;
    f.countOffset = 3;
    QTest::newRow("a count of 3 more than listed") << f << QStringLiteral("changed on the server");
}

void TestSmslogCli::liveSummaryIsExactOrRefused()
{
    QFETCH(OneUptimeFaults, faults);
    QFETCH(QString, refusal);
    const QStringList common{QStringLiteral("summary"), QStringLiteral("--by"), QStringLiteral("status"),
                             QStringLiteral("--format"), QStringLiteral("json")};
    m_server.setFaults(faults);
    const Run live = run(common + QStringList{QStringLiteral("--url"), urlText()}, readKey);
    m_server.setFaults({});
    if (refusal.isEmpty()) {
        QVERIFY2(live.exitCode == 0 && live.finished, qPrintable(live.describe()));
        const Run cache = run(
            common + QStringList{QStringLiteral("--cache"), m_cache, QStringLiteral("--project"), m_project});
        QCOMPARE(live.out, cache.out);
    } else {
        // No total at all rather than a wrong one, and one line that says why.
        QVERIFY2(live.exitCode != 0 && live.finished && isOneErrorLine(live), qPrintable(live.describe()));
        QVERIFY2(live.err.contains(refusal), qPrintable(live.err));
        QVERIFY(live.out.isEmpty());
    }
}

void TestSmslogCli::liveSummaryKeyFromAFile()
{
    const QString keyFile = path(QStringLiteral("key.txt"));
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("  " + readKey.toUtf8() + "  \nsecond line ignored\n");
    file.close();
    // The file wins over the environment (which holds a key the server does not know here).
    Run r = run({QStringLiteral("summary"), QStringLiteral("--url"), urlText(),
                 QStringLiteral("--api-key-file"), keyFile, QStringLiteral("--by"), QStringLiteral("status")},
                wrongKey);
    QVERIFY2(r.exitCode == 0 && r.finished, qPrintable(r.describe()));
    QVERIFY(r.out.contains(QStringLiteral("Total")));
    // A file without a key in it: refused before any request.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("not a key\n");
    file.close();
    m_server.clearRequests();
    r = run({QStringLiteral("summary"), QStringLiteral("--url"), urlText(), QStringLiteral("--api-key-file"),
             keyFile});
    QVERIFY2(r.exitCode == 3 && isOneErrorLine(r), qPrintable(r.describe()));
    QVERIFY(m_server.requests().isEmpty());
}

void TestSmslogCli::liveSummaryPagesAnOldServer()
{
    // OneUptime 7.0: pages of at most 100 rows, no relations. Every page read once, nothing twice.
    const QString small = path(QStringLiteral("small.sqlite"));
    DemoOptions options;
    options.rows = 2500;
    options.seed = 11;
    options.end = m_end;
    options.days = 30;
    QCOMPARE(writeDemoCache(small, options), QString());
    OneUptimeServer old;
    QCOMPARE(old.loadCache(small), QString());
    old.setOldServer(true);
    const QString project = old.largestProject();
    old.addKey(readKey, project, QStringLiteral("ProjectMember"));
    QVERIFY(old.listen() != 0);

    for (const QString &by : {QStringLiteral("project"), QStringLiteral("day")}) {
        old.clearRequests();
        const Run r = run({QStringLiteral("summary"), QStringLiteral("--url"), old.url().toString(),
                           QStringLiteral("--by"), by, QStringLiteral("--format"), QStringLiteral("json")},
                          readKey);
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
        Sums total;
        const auto groups = jsonGroups(r.out, &total);
        QVERIFY(groups);
        QCOMPARE(total, sqlTotal(small, QStringLiteral("project_id = ?"), {project}));
        QCOMPARE(sumsText(*groups),
                 sumsText(sqlGroups(small, sqlKey(by), QStringLiteral("project_id = ?"), {project})));
        qint64 lists = 0;
        qint64 probes = 0; // the one row that proves the key, as the window opens
        for (const OneUptimeRecordedRequest &request : old.requests()) {
            if (!request.target.startsWith("/api/sms-log/get-list"))
                continue;
            if (request.target.endsWith("limit=1")) {
                ++probes;
                continue;
            }
            ++lists;
            QVERIFY2(request.target.contains("limit=100"), request.target.constData());
        }
        QCOMPARE(probes, 1);
        QCOMPARE(lists, (total.count + 99) / 100);
    }
}

void TestSmslogCli::refusedKeysExitWith3_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("unpaid");
    QTest::newRow("unknown key") << wrongKey << false;
    QTest::newRow("key without Read SMS Log") << noPermissionKey << false;
    QTest::newRow("unpaid subscription") << readKey << true;
    QTest::newRow("not a key") << QStringLiteral("hunter2") << false;
}

void TestSmslogCli::refusedKeysExitWith3()
{
    QFETCH(QString, key);
    QFETCH(bool, unpaid);
    if (unpaid) {
        OneUptimeFaults faults;
        faults.paymentRequiredCount = -1;
        m_server.setFaults(faults);
    }
    for (const QString &format : {QStringLiteral("table"), QStringLiteral("json")}) {
        const Run r = run({QStringLiteral("summary"), QStringLiteral("--url"), urlText(),
                           QStringLiteral("--format"), format},
                          key);
        QVERIFY2(r.exitCode == 3 && r.finished, qPrintable(r.describe()));
        QVERIFY2(isOneErrorLine(r), qPrintable(r.describe()));
        QVERIFY(!r.err.contains(key));
    }
}

void TestSmslogCli::unreachableServersExitWith4_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("faults");
    QTest::newRow("closed port") << QStringLiteral("http://127.0.0.1:%1").arg(closedPort()) << QByteArray();
    QTest::newRow("server errors after retries")
        << QString() << QByteArray("{\"errorCount\": -1, \"errorStatus\": 503}");
    QTest::newRow("malformed answers") << QString() << QByteArray("{\"malformedCount\": -1}");
    QTest::newRow("html pages") << QString() << QByteArray("{\"htmlCount\": -1}");
}

void TestSmslogCli::unreachableServersExitWith4()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, faults);
    if (!faults.isEmpty())
        QCOMPARE(m_server.applyFaultsJson(faults), QString());
    const Run r
        = run({QStringLiteral("summary"), QStringLiteral("--url"), url.isEmpty() ? urlText() : url}, readKey);
    QVERIFY2(r.exitCode == 4 && r.finished, qPrintable(r.describe()));
    QVERIFY2(isOneErrorLine(r), qPrintable(r.describe()));
}

void TestSmslogCli::unusableCachesExitWith5_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("random bytes") << m_randomFile;
    QTest::newRow("missing") << m_missingFile;
    QTest::newRow("another program's database") << m_foreignFile;
    QTest::newRow("truncated") << m_truncatedFile;
    QTest::newRow("a folder") << m_dir.path();
}

void TestSmslogCli::unusableCachesExitWith5()
{
    QFETCH(QString, file);
    QByteArray before;
    if (QFileInfo(file).isFile()) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        before = f.readAll();
    }
    const QList<QStringList> commands{
        {QStringLiteral("summary"), QStringLiteral("--cache"), file},
        {QStringLiteral("summary"), QStringLiteral("--cache"), file, QStringLiteral("--by"),
         QStringLiteral("day"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("export"), QStringLiteral("--cache"), file, QStringLiteral("--format"),
         QStringLiteral("csv"), QStringLiteral("--output"), path(QStringLiteral("unusable.csv"))},
    };
    for (const QStringList &arguments : commands) {
        const Run r = run(arguments);
        QVERIFY2(r.exitCode == 5 && r.finished, qPrintable(r.describe()));
        QVERIFY2(isOneErrorLine(r), qPrintable(r.describe()));
    }
    QVERIFY(!QFile::exists(path(QStringLiteral("unusable.csv"))));
    if (!before.isEmpty()) { // never modified
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll() == before);
    }
    QVERIFY(!QFile::exists(m_missingFile));
}

void TestSmslogCli::interruptCancelsALiveSummary()
{
    // Slow answers, then Ctrl+C once the server has a request: cancelled, exit status 1.
    OneUptimeFaults faults;
    faults.delayCount = -1;
    faults.delayMs = 20000;
    m_server.setFaults(faults);
    m_server.clearRequests();
    const Run r = run({QStringLiteral("summary"), QStringLiteral("--url"), urlText()}, readKey,
                      QStringLiteral("C.UTF-8"), [this](QProcess &process) {
                          QTRY_VERIFY_WITH_TIMEOUT(!m_server.requests().isEmpty(), 15000);
                          interrupt(process);
                      });
    QVERIFY2(r.exitCode == 1 && r.finished, qPrintable(r.describe()));
    QVERIFY2(isOneErrorLine(r) && r.err.contains(QStringLiteral("cancelled")), qPrintable(r.describe()));
}

// ---- export (needs CacheExport) ----

void TestSmslogCli::exportWritesEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("jsonl") << QStringLiteral("jsonl");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
}

void TestSmslogCli::exportWritesEveryFormat()
{
    QFETCH(QString, format);
    const QString output = path(QStringLiteral("export.") + format);
    const QString since = m_end.date().addDays(-20).toString(Qt::ISODate);
    const Run r
        = run({QStringLiteral("export"), QStringLiteral("--cache"), m_cache, QStringLiteral("--format"),
               format, QStringLiteral("--output"), output, QStringLiteral("--status"),
               QStringLiteral("Delivered,Failed"), QStringLiteral("--since"), since});
    QVERIFY2(r.exitCode == 0 && r.finished, qPrintable(r.describe()));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QString where = QStringLiteral("status IN ('Delivered', 'Failed') AND created_at >= ?");
    const QVariantList values{msOf(QDateTime(m_end.date().addDays(-20), QTime(0, 0), Qt::UTC))};
    const qint64 expected = sqlTotal(m_cache, where, values).count;
    QVERIFY(expected > 0);
    QVERIFY2(r.out.contains(QString::number(expected)), qPrintable(r.out));
    QVERIFY(QFile::exists(output));

    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    if (format == QStringLiteral("csv")) {
        QString csvError;
        const QList<QStringList> rows = readCsv(file.readAll(), &csvError);
        QVERIFY2(csvError.isEmpty(), qPrintable(csvError));
        QCOMPARE(rows.first(), CacheExport::csvColumns());
        QCOMPARE(qint64(rows.size() - 1), expected);
    } else if (format == QStringLiteral("jsonl")) {
        qint64 lines = 0;
        qint64 cents = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            cents += object.value(QStringLiteral("smsCostInUSDCents")).toInteger(0);
            ++lines;
        }
        QCOMPARE(lines, expected);
        QCOMPARE(cents, sqlTotal(m_cache, where, values).cents);
    } else {
        file.close();
        QCOMPARE(sqlTotal(output), sqlTotal(m_cache, where, values));
        // The snapshot is itself a cache: the tool sums it.
        const Run summary = run({QStringLiteral("summary"), QStringLiteral("--cache"), output,
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(summary.exitCode == 0, qPrintable(summary.describe()));
    }
}

void TestSmslogCli::exportRedacts()
{
    const QString output = path(QStringLiteral("redacted.csv"));
    const QString project = m_project;
    const Run r = run({QStringLiteral("export"), QStringLiteral("--cache"), m_cache,
                       QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"), output,
                       QStringLiteral("--redact"), QStringLiteral("--project"), project});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QString number
        = someValue(QStringLiteral("to_number"), QStringLiteral("project_id = '") + project + u'\'');
    const QString sms
        = someValue(QStringLiteral("sms_text"), QStringLiteral("project_id = '") + project + u'\'');
    QVERIFY(number.size() > 4 && !sms.isEmpty());
    QVERIFY(!text.contains(number));
    QVERIFY(!text.contains(sms));
}

void TestSmslogCli::exportNeverOverwritesItsCache()
{
    const QString copy = path(QStringLiteral("copy.sqlite"));
    QVERIFY(QFile::copy(m_cache, copy));
    const Run r = run({QStringLiteral("export"), QStringLiteral("--cache"), copy, QStringLiteral("--format"),
                       QStringLiteral("sqlite"), QStringLiteral("--output"), copy});
    QVERIFY2(r.exitCode == 2 && isOneErrorLine(r), qPrintable(r.describe()));
    QCOMPARE(sqlTotal(copy), sqlTotal(m_cache));
}

// ---- sync (needs CacheSync) ----

void TestSmslogCli::syncCopiesTheProjectIntoACache()
{
    const QString synced = path(QStringLiteral("synced.sqlite"));
    Run r
        = run({QStringLiteral("sync"), QStringLiteral("--url"), urlText(), QStringLiteral("--cache"), synced},
              readKey);
    QVERIFY2(r.exitCode == 0 && r.finished, qPrintable(r.describe()));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // no progress: stderr is not a terminal
    const qint64 rows = sqlTotal(m_cache, QStringLiteral("project_id = ?"), {m_project}).count;
    QVERIFY2(r.out.count(u'\n') == 1 && r.out.contains(QString::number(rows)) && r.out.contains(m_project),
             qPrintable(r.out));
    QCOMPARE(sqlTotal(synced), sqlTotal(m_cache, QStringLiteral("project_id = ?"), {m_project}));

    // The synced cache sums to what the server says, group for group.
    for (const QString &by : {QStringLiteral("project"), QStringLiteral("status"), QStringLiteral("day")}) {
        const QStringList common{QStringLiteral("summary"), QStringLiteral("--by"), by,
                                 QStringLiteral("--format"), QStringLiteral("json")};
        const Run live = run(common + QStringList{QStringLiteral("--url"), urlText()}, readKey);
        const Run cache = run(common + QStringList{QStringLiteral("--cache"), synced});
        QCOMPARE(cache.exitCode, 0);
        QCOMPARE(cache.out, live.out);
    }

    // Again: nothing new, nothing duplicated.
    r = run({QStringLiteral("sync"), QStringLiteral("--url"), urlText(), QStringLiteral("--cache"), synced},
            readKey);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(sqlTotal(synced).count, rows);
}

void TestSmslogCli::syncFailuresHaveTheirExitStatus_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("cache");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown key") << QString() << wrongKey << QStringLiteral("sync-a.sqlite") << 3;
    QTest::newRow("key without permission")
        << QString() << noPermissionKey << QStringLiteral("sync-b.sqlite") << 3;
    QTest::newRow("closed port") << QStringLiteral("http://127.0.0.1:%1").arg(closedPort()) << readKey
                                 << QStringLiteral("sync-c.sqlite") << 4;
    QTest::newRow("random bytes as the cache") << QString() << readKey << m_randomFile << 5;
    QTest::newRow("another program's database") << QString() << readKey << m_foreignFile << 5;
}

void TestSmslogCli::syncFailuresHaveTheirExitStatus()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QFETCH(QString, cache);
    QFETCH(int, exitCode);
    const Run r = run({QStringLiteral("sync"), QStringLiteral("--url"), url.isEmpty() ? urlText() : url,
                       QStringLiteral("--cache"), cache},
                      key);
    QVERIFY2(r.exitCode == exitCode && r.finished, qPrintable(r.describe()));
    QVERIFY2(isOneErrorLine(r), qPrintable(r.describe()));
}

void TestSmslogCli::interruptCancelsASync()
{
    OneUptimeFaults faults;
    faults.delayCount = -1;
    faults.delayMs = 3000;
    m_server.setFaults(faults);
    m_server.clearRequests();
    const QString synced = path(QStringLiteral("interrupted.sqlite"));
    const Run r
        = run({QStringLiteral("sync"), QStringLiteral("--url"), urlText(), QStringLiteral("--cache"), synced},
              readKey, QStringLiteral("C.UTF-8"), [this](QProcess &process) {
                  QTRY_VERIFY_WITH_TIMEOUT(!m_server.requests().isEmpty(), 15000);
                  interrupt(process);
              });
    QVERIFY2(r.exitCode == 1 && r.finished, qPrintable(r.describe()));
    QVERIFY2(isOneErrorLine(r) && r.err.contains(QStringLiteral("cancelled")), qPrintable(r.describe()));
}

// ---- the key ----

void TestSmslogCli::theKeyIsNeverPrinted()
{
    QVERIFY(m_runs > 50);
    QVERIFY2(m_keyLeaks.isEmpty(), qPrintable(m_keyLeaks.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSmslogCli)
#include "tst_smslogcli.moc"
