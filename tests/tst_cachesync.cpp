// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cacheexport.h"
#include "cachesync.h"
#include "csvreader.h"
#include "demogenerator.h"
#include "oneuptimeserver.h"
#include "sqlitecachesource.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <csignal>

// Sync from the OneUptime imitation on loopback into a cache file: full, then incremental (new
// messages, status changes, messages the server deleted), interrupted and continued, several
// projects into one cache.
class TestCacheSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    OneUptimeServer m_server;
    QString m_projectA;
    QString m_projectB;
    const QString m_keyA = QStringLiteral("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    const QString m_keyB = QStringLiteral("b1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    int m_files = 0;

    OneUptimeSettings settings(const QString &key) const
    {
        OneUptimeSettings s;
        s.instance = m_server.url();
        s.apiKey = key;
        s.timeoutMs = 10000;
        s.retryBaseMs = 10;
        s.maxAttempts = 2;
        return s;
    }

    QString newCachePath() { return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_files)); }

    struct Outcome {
        std::optional<SyncResult> result;
        std::optional<SourceError> error;
        int progressSignals = 0;
    };

    static Outcome run(CacheSync &sync, int cancelAfterBatches = -1)
    {
        Outcome outcome;
        bool over = false;
        QObject::connect(&sync, &CacheSync::finished, [&](const SyncResult &r) {
            outcome.result = r;
            over = true;
        });
        QObject::connect(&sync, &CacheSync::failed, [&](const SourceError &e) {
            outcome.error = e;
            over = true;
        });
        QObject::connect(&sync, &CacheSync::progressed, [&](const SyncProgress &) {
            if (++outcome.progressSignals == cancelAfterBatches)
                sync.cancel();
        });
        sync.start();
        if (!QTest::qWaitFor([&over] { return over; }, 60000))
            qWarning("the sync did not end within a minute");
        return outcome;
    }

    Outcome sync(const QString &path, const QString &key, int pageSize = 0, int cancelAfterBatches = -1)
    {
        CacheSync sync(settings(key), path);
        sync.setPageSize(pageSize);
        return run(sync, cancelAfterBatches);
    }

    // id → status of every row of `project` in the cache file.
    static QHash<QString, QString> cacheRows(const QString &path, const QString &project = {})
    {
        QHash<QString, QString> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY")); // never creates the file
            const bool open = QFile::exists(path) && db.open();
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id, status FROM sms_log WHERE ? = '' OR project_id = ?"));
            const QString wanted = project.isEmpty() ? QStringLiteral("") : project; // never NULL
            q.addBindValue(wanted);
            q.addBindValue(wanted);
            if (open)
                q.exec();
            while (q.next())
                rows.insert(q.value(0).toString(), q.value(1).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return rows;
    }

    // id → `column` of every row of the cache file where it is set (not NULL, not empty).
    static QHash<QString, QString> cacheColumn(const QString &path, const QString &column)
    {
        QHash<QString, QString> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("column"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery q(db);
            if (QFile::exists(path) && db.open()
                && q.exec(QStringLiteral("SELECT id, %1 FROM sms_log WHERE %1 <> ''").arg(column)))
                while (q.next())
                    rows.insert(q.value(0).toString(), q.value(1).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("column"));
        return rows;
    }

    // resource_context of the cache at `path`, keyed as ResourceContexts are.
    static ResourceContexts contextTable(const QString &path)
    {
        ResourceContexts contexts;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("contexts"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QSqlQuery q(db);
            if (QFile::exists(path) && db.open()
                && q.exec(QStringLiteral(
                    "SELECT kind || '/' || id, label, state, severity, type FROM resource_context")))
                while (q.next())
                    contexts.insert(q.value(0).toString(),
                                    {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                     q.value(4).toString()});
        }
        QSqlDatabase::removeDatabase(QStringLiteral("contexts"));
        return contexts;
    }

    QHash<QString, QString> serverRows(const QString &project) const
    {
        QHash<QString, QString> rows;
        for (const OneUptimeRecord &r : m_server.records())
            if (r.projectId == project)
                rows.insert(r.id, r.status.value_or(QString()));
        return rows;
    }

    // The server's rows as they are now, with `change` applied to each.
    void changeServer(const std::function<bool(OneUptimeRecord &)> &change)
    {
        QList<OneUptimeRecord> kept;
        for (OneUptimeRecord r : m_server.records())
            if (change(r))
                kept.append(r);
        m_server.setRecords(kept, m_server.linked());
    }

    OneUptimeRecord newMessage(const QString &project, qint64 createdAtMs)
    {
        OneUptimeRecord r;
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.createdAtMs = createdAtMs;
        r.updatedAtMs = createdAtMs;
        r.projectId = project;
        r.toNumber = QStringLiteral("+15550001111");
        r.status = QStringLiteral("Sending");
        r.costCents = 3;
        return r;
    }

    // Holds the cache's write lock from another connection on this thread (BEGIN IMMEDIATE)
    // until release(): a writer meanwhile waits in SQLite's busy handler (5 s, QSQLITE's default),
    // so a write on this thread would block it, and its timers, until the write fails.
    class WriteLock
    {
    public:
        explicit WriteLock(const QString &path)
        {
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock"));
            m_db.setDatabaseName(path);
            m_held = m_db.open() && QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE"));
        }
        ~WriteLock() { release(); }
        bool isHeld() const { return m_held; }
        void release()
        {
            if (!m_db.isValid())
                return;
            if (m_held)
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            m_held = false;
            m_db.close();
            m_db = {};
            QSqlDatabase::removeDatabase(QStringLiteral("lock"));
        }

    private:
        QSqlDatabase m_db;
        bool m_held = false;
    };

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("server.sqlite"));
        DemoOptions options;
        options.rows = 6000;
        options.seed = 9;
        options.end = QDateTime::currentDateTimeUtc().addSecs(-3600);
        options.days = 10;
        QCOMPARE(writeDemoCache(path, options), QString());
        QCOMPARE(m_server.loadCache(path), QString());
        // The two projects with the most rows.
        QHash<QString, int> perProject;
        for (const OneUptimeRecord &r : m_server.records())
            ++perProject[r.projectId];
        QList<QPair<int, QString>> ranked;
        for (auto it = perProject.cbegin(); it != perProject.cend(); ++it)
            ranked.append({it.value(), it.key()});
        std::sort(ranked.begin(), ranked.end(), std::greater<>());
        QVERIFY(ranked.size() >= 2);
        m_projectA = ranked.at(0).second;
        m_projectB = ranked.at(1).second;
        m_server.addKey(m_keyA, m_projectA, QStringLiteral("ReadSmsLog"));
        m_server.addKey(m_keyB, m_projectB, QStringLiteral("ReadSmsLog"));
        QVERIFY(m_server.listen() != 0);
    }

    // A sync keeps what its key may read of the incidents, alerts and monitors of the project's
    // messages (resource_context), so that offline review shows it too.
    void contextsKeptForOfflineReview()
    {
        const ResourceContexts all = contextTable(m_dir.filePath(QStringLiteral("server.sqlite")));
        QSet<QString> linked; // what project A's messages link to
        for (const OneUptimeRecord &r : m_server.records()) {
            if (r.projectId != m_projectA)
                continue;
            for (const QString kind :
                 {QStringLiteral("incident"), QStringLiteral("alert"), QStringLiteral("monitor")})
                if (r.links.contains(kind))
                    linked.insert(kind + u'/' + r.links.value(kind));
        }
        ResourceContexts expected;
        for (const QString &key : std::as_const(linked))
            if (all.contains(key))
                expected.insert(key, all.value(key));
        QVERIFY(expected.size() > 20);
        int stated = 0;
        for (const ResourceContext &c : std::as_const(expected))
            stated += !c.state.isEmpty() && !c.severity.isEmpty() ? 1 : 0;
        QVERIFY(stated > 10);

        // A project member's key: everything.
        const QString memberKey = QStringLiteral("5e3c1a27-8d4b-4f6e-9a0c-2b7d1e8f3a51");
        m_server.addKey(memberKey, m_projectA, QStringLiteral("ProjectMember"));
        const QString path = newCachePath();
        m_server.setClockOffsetMs(60000);
        QVERIFY(sync(path, memberKey, 500).result);
        QCOMPARE(contextTable(path), expected);
        // A snapshot for a reviewer carries them too.
        const QString snapshot = m_dir.filePath(QStringLiteral("contexts-snapshot.sqlite"));
        QCOMPARE(CacheExport::exportRows(path, {}, snapshot, {CacheExport::Format::Sqlite, false, {}, {}}),
                 QString());
        QCOMPARE(contextTable(snapshot), expected);

        // A key for SMS logs only: the prefixed numbers and monitor types; no state or severity.
        ResourceContexts readable;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            readable.insert(it.key(), {it->label, {}, {}, it->type});
        const QString second = newCachePath();
        QVERIFY(sync(second, m_keyA, 500).result);
        QCOMPARE(contextTable(second), readable);
        m_server.setClockOffsetMs(0); // as the tests after this one expect
    }

    void fullThenIncremental()
    {
        const QString path = newCachePath();
        // The first sync takes everything the project has.
        Outcome first = sync(path, m_keyA, 500);
        QVERIFY2(first.result, first.error ? qPrintable(first.error->message) : "no answer");
        QVERIFY(first.result->full);
        QCOMPARE(first.result->projectId, m_projectA);
        QVERIFY(!first.result->projectName.isEmpty());
        QVERIFY(first.progressSignals > 1);
        QCOMPARE(cacheRows(path), serverRows(m_projectA));
        QCOMPARE(first.result->rowsWritten, qint64(serverRows(m_projectA).size()));

        // Then, a minute later on the server's clock: statuses change, new messages arrive, the
        // server deletes its oldest messages.
        m_server.setClockOffsetMs(60000);
        const qint64 now = m_server.nowMs() - 30000;
        QStringList changed;
        qint64 oldest = std::numeric_limits<qint64>::max();
        for (const OneUptimeRecord &r : m_server.records())
            if (r.projectId == m_projectA)
                oldest = std::min(oldest, r.createdAtMs.value_or(oldest));
        QStringList deleted;
        changeServer([&](OneUptimeRecord &r) {
            if (r.projectId != m_projectA)
                return true;
            if (r.createdAtMs.value_or(0) < oldest + 6 * 3600 * 1000) {
                deleted << r.id;
                return false;
            }
            if (changed.size() < 25 && r.status == u"Sent") {
                r.status = QStringLiteral("Delivered");
                r.updatedAtMs = now;
                changed << r.id;
            }
            return true;
        });
        QVERIFY(!deleted.isEmpty());
        QCOMPARE(changed.size(), 25);
        QList<OneUptimeRecord> records = m_server.records();
        for (int i = 0; i < 7; ++i)
            records.append(newMessage(m_projectA, now + i));
        m_server.setRecords(records, m_server.linked());

        Outcome second = sync(path, m_keyA, 500);
        QVERIFY2(second.result, second.error ? qPrintable(second.error->message) : "no answer");
        QVERIFY(!second.result->full);
        QCOMPARE(second.result->rowsWritten, qint64(25 + 7)); // only what changed or is new
        const QHash<QString, QString> cached = cacheRows(path);
        for (const QString &id : std::as_const(changed))
            QCOMPARE(cached.value(id), QStringLiteral("Delivered"));
        for (const QString &id : std::as_const(deleted))
            QVERIFY(cached.contains(id)); // kept: the cache is the history
        QHash<QString, QString> expected = serverRows(m_projectA);
        QCOMPARE(cached.size(), expected.size() + deleted.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(cached.value(it.key()), it.value());

        // A sync with nothing new writes nothing and duplicates nothing.
        Outcome third = sync(path, m_keyA, 500);
        QVERIFY(third.result);
        QCOMPARE(third.result->rowsWritten, qint64(0));
        QCOMPARE(cacheRows(path).size(), cached.size());
        m_server.setClockOffsetMs(0);
    }

    void interruptedSyncContinues()
    {
        const QString path = newCachePath();
        const QHash<QString, QString> expected = serverRows(m_projectB);
        // Three batches of 300 are kept, and more must be left (the demo's share of the second
        // project depends on the day the test runs: 1,400 to 1,700 rows).
        QVERIFY(expected.size() > 1200);

        // Cancelled after three batches: those stay.
        Outcome cancelled = sync(path, m_keyB, 300, 3);
        QVERIFY(cancelled.error);
        QCOMPARE(cancelled.error->kind, SourceError::Kind::Cancelled);
        const qint64 kept = cacheRows(path).size();
        QVERIFY(kept >= 900 && kept < expected.size());

        // The server fails for good halfway through the rest: what was committed stays.
        OneUptimeFaults faults;
        faults.errorCount = -1;
        faults.errorStatus = 503;
        int batches = 0;
        {
            CacheSync failing(settings(m_keyB), path);
            failing.setPageSize(100);
            connect(&failing, &CacheSync::progressed, this, [&] {
                if (++batches == 2)
                    m_server.setFaults(faults);
            });
            Outcome broken = run(failing);
            m_server.setFaults({});
            QVERIFY(broken.error);
            QCOMPARE(broken.error->kind, SourceError::Kind::Server);
        }
        const qint64 afterFailure = cacheRows(path).size();
        QVERIFY(afterFailure >= kept + 200);

        // The next sync continues the same run: nothing lost, nothing duplicated.
        Outcome resumed = sync(path, m_keyB, 300);
        QVERIFY2(resumed.result, resumed.error ? qPrintable(resumed.error->message) : "no answer");
        QVERIFY(resumed.result->full); // still the first run of this project
        QVERIFY(resumed.result->rowsWritten < expected.size() - kept + 300);
        QCOMPARE(cacheRows(path), expected);
    }

    void writesRunOffTheCallersThread()
    {
        // After the first batch, the test takes the cache's write lock for 1.5 s from this thread
        // (the one that owns the sync). Were the sync writing here, this thread would wait in
        // SQLite's busy handler, its timers would stop, the release would never come in time and
        // the write would fail. On the writer thread, this thread keeps running and the sync
        // continues once the lock is released.
        const QString path = newCachePath();
        const QHash<QString, QString> expected = serverRows(m_projectB);
        QVERIFY(expected.size() > 1200); // five batches of 300 or more
        CacheSync sync(settings(m_keyB), path);
        sync.setPageSize(300);
        std::unique_ptr<WriteLock> lock;
        int batches = 0;
        int batchesAtRelease = -1;
        int ticksWhileLocked = 0;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (lock)
                ++ticksWhileLocked;
        });
        ticker.start();
        connect(&sync, &CacheSync::progressed, this, [&] {
            if (++batches != 1)
                return;
            lock = std::make_unique<WriteLock>(path);
            QTimer::singleShot(1500, this, [&] {
                batchesAtRelease = batches;
                lock.reset();
            });
        });
        const Outcome outcome = run(sync);
        QVERIFY2(outcome.result, outcome.error ? qPrintable(outcome.error->detail) : "no answer");
        QVERIFY(batchesAtRelease >= 1);
        // The lock held the writer: no batch was committed while this thread held it.
        QCOMPARE(batchesAtRelease, 1);
        QVERIFY(outcome.progressSignals > batchesAtRelease);
        // This thread kept running while the writer waited (about 75 ticks in 1.5 s).
        QVERIFY2(ticksWhileLocked >= 20, qPrintable(QString::number(ticksWhileLocked)));
        QCOMPARE(cacheRows(path), expected);
    }

    void cancelWaitsForTheBatchBeingWritten()
    {
        // Cancelled while a batch waits for the write lock: failed(Cancelled) comes only when that
        // batch is committed (after the lock is released), batches queued behind it are not
        // written, and finished() never comes.
        const QString path = newCachePath();
        const QHash<QString, QString> expected = serverRows(m_projectB);
        CacheSync sync(settings(m_keyB), path);
        sync.setPageSize(300);
        std::unique_ptr<WriteLock> lock;
        bool released = false;
        bool failedBeforeRelease = false;
        int finishedSignals = 0;
        int failedSignals = 0;
        connect(&sync, &CacheSync::finished, this, [&] { ++finishedSignals; });
        connect(&sync, &CacheSync::failed, this, [&] {
            ++failedSignals;
            failedBeforeRelease = !released;
        });
        connect(&sync, &CacheSync::progressed, this, [&](const SyncProgress &p) {
            if (p.rowsWritten != 300)
                return;
            lock = std::make_unique<WriteLock>(path);
            QVERIFY(lock->isHeld());
            QTimer::singleShot(600, this, [&] { sync.cancel(); });
            QTimer::singleShot(1200, this, [&] {
                released = true;
                lock.reset();
            });
        });
        const Outcome outcome = run(sync);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, SourceError::Kind::Cancelled);
        QVERIFY(!failedBeforeRelease);
        QTest::qWait(200); // nothing more comes
        QCOMPARE(failedSignals, 1);
        QCOMPARE(finishedSignals, 0);
        // The batch being written when cancelled (the second, held by the lock) completed, and
        // nothing after it was written.
        QCOMPARE(cacheRows(path).size(), 600);
        QVERIFY(600 < expected.size());
    }

    void killedSyncContinues()
    {
        // `smslog sync` in a child process, killed with SIGKILL halfway; then synced again.
        const QString path = newCachePath();
        const QHash<QString, QString> expected = serverRows(m_projectB);
        OneUptimeFaults slow;
        slow.delayCount = -1;
        slow.delayMs = 100;
        m_server.setFaults(slow);
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SMSLOG_API_KEY"), m_keyB);
        child.setProcessEnvironment(environment);
        child.start(QStringLiteral(SMSLOG_CLI),
                    {QStringLiteral("sync"), QStringLiteral("--url"), m_server.url().toString(),
                     QStringLiteral("--cache"), path, QStringLiteral("--page-size"), QStringLiteral("100")});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(cacheRows(path).size() >= 300, child.readAllStandardError().constData(),
                                  30000);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        m_server.setFaults({});
        const qint64 kept = cacheRows(path).size();
        QVERIFY(kept < expected.size()); // it really stopped halfway

        // The file is whole, and the next sync continues: nothing lost, nothing twice.
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
        Outcome resumed = sync(path, m_keyB, 100);
        QVERIFY2(resumed.result, resumed.error ? qPrintable(resumed.error->message) : "no answer");
        QVERIFY(resumed.result->rowsWritten <= expected.size() - kept + 100);
        QCOMPARE(cacheRows(path), expected);
    }

    void severalProjectsIntoOneCache()
    {
        const QString path = newCachePath();
        m_server.setClockOffsetMs(60000); // past the messages fullThenIncremental() added
        QVERIFY(sync(path, m_keyA).result);
        QVERIFY(sync(path, m_keyB).result);
        m_server.setClockOffsetMs(0);
        QCOMPARE(cacheRows(path, m_projectA), serverRows(m_projectA));
        QCOMPARE(cacheRows(path, m_projectB), serverRows(m_projectB));
        // Both names are recorded, for the project filter and the totals.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("names"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("SELECT COUNT(*) FROM linked_resource WHERE kind = 'project' AND name <> ''")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 2);
        // A snapshot of the synced cache names the instance it came from.
        const QString snapshot = m_dir.filePath(QStringLiteral("snapshot.sqlite"));
        QCOMPARE(CacheExport::exportRows(path, {}, snapshot, {CacheExport::Format::Sqlite, false, {}, {}}),
                 QString());
        {
            QSqlDatabase copy
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("snapshot"));
            copy.setDatabaseName(snapshot);
            QVERIFY(copy.open());
            QSqlQuery info(copy);
            QVERIFY(info.exec(
                QStringLiteral("SELECT value FROM cache_info WHERE key = 'snapshot_source_instance'")));
            QVERIFY(info.next());
            QCOMPARE(info.value(0).toString(), OneUptimeClient::apiBase(m_server.url()).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("snapshot"));
        q.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("names"));

        // Offline, the cache knows each synced project's instance (for "Open in OneUptime"), not
        // that of a project it never synced; its snapshot knows the instance it came from.
        const QUrl instance = DashboardLinks::instanceBase(m_server.url());
        QVERIFY(!instance.isEmpty());
        const auto dashboardBases = [](const QString &file, const QStringList &projects) {
            SqliteCacheSource source(file);
            source.setIntegrityChecked(false);
            QSignalSpy opened(&source, &SmsLogSource::opened);
            source.open();
            QList<DashboardBase> bases;
            if (opened.wait())
                for (const QString &project : projects)
                    bases << source.dashboardBase(project);
            return bases;
        };
        const QString never = QStringLiteral("never-synced");
        const QList<DashboardBase> bases = dashboardBases(path, {m_projectA, m_projectB, never});
        QCOMPARE(bases.size(), 3);
        QCOMPARE(bases[0], (DashboardBase{instance, {}}));
        QCOMPARE(bases[1], (DashboardBase{instance, {}}));
        QCOMPARE(bases[2].instance, QUrl());
        QCOMPARE(bases[2].missingReason,
                 QStringLiteral("This cache does not say which OneUptime instance it came from."));
        QCOMPARE(dashboardBases(snapshot, {m_projectB}), QList<DashboardBase>{(DashboardBase{instance, {}})});
    }

    // The provider's message id (providerExternalId), kept by a sync and in every export format;
    // a server without the column still syncs, with the ids left empty.
    void providerIdKeptThroughSyncAndExports()
    {
        QHash<QString, QString> expected; // id → provider id, of project A
        for (const OneUptimeRecord &r : m_server.records())
            if (r.projectId == m_projectA && r.providerExternalId)
                expected.insert(r.id, *r.providerExternalId);
        QVERIFY(expected.size() > 100);

        const QString path = newCachePath();
        m_server.setClockOffsetMs(60000); // past the messages fullThenIncremental() added
        QVERIFY(sync(path, m_keyA).result);
        QCOMPARE(cacheColumn(path, QStringLiteral("provider_external_id")), expected);

        const auto exported = [&](CacheExport::Format format, const QString &name) {
            const QString output = m_dir.filePath(name);
            const QString error = CacheExport::exportRows(path, {}, output, {format, false, {}, {}});
            if (!error.isEmpty())
                qWarning("%s", qPrintable(error));
            return output;
        };
        // CSV: the column by its header's name.
        QFile csv(exported(CacheExport::Format::Csv, QStringLiteral("provider.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QString csvError;
        const QList<QStringList> records = readCsv(csv.readAll(), &csvError);
        QVERIFY2(csvError.isEmpty(), qPrintable(csvError));
        QVERIFY(!records.isEmpty());
        const qsizetype idColumn = records.first().indexOf(QStringLiteral("_id"));
        const qsizetype providerColumn = records.first().indexOf(QStringLiteral("providerExternalId"));
        QVERIFY(idColumn >= 0 && providerColumn >= 0);
        QHash<QString, QString> fromCsv;
        for (qsizetype i = 1; i < records.size(); ++i)
            if (!records.at(i).at(providerColumn).isEmpty())
                fromCsv.insert(records.at(i).at(idColumn), records.at(i).at(providerColumn));
        QCOMPARE(fromCsv, expected);
        // JSON Lines: every object.
        QFile jsonl(exported(CacheExport::Format::JsonLines, QStringLiteral("provider.jsonl")));
        QVERIFY(jsonl.open(QIODevice::ReadOnly));
        QHash<QString, QString> fromJson;
        for (const QByteArray &line : jsonl.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            const QJsonValue provider = object.value(QStringLiteral("providerExternalId"));
            if (provider.isString())
                fromJson.insert(object.value(QStringLiteral("_id")).toString(), provider.toString());
        }
        QCOMPARE(fromJson, expected);
        // A snapshot: its own cache file.
        const QString snapshot = exported(CacheExport::Format::Sqlite, QStringLiteral("provider.sqlite"));
        QCOMPARE(cacheColumn(snapshot, QStringLiteral("provider_external_id")), expected);

        // A server that refuses the column: the sync leaves it out and still keeps every row.
        m_server.setMissingColumns({QStringLiteral("providerExternalId")});
        const QString refused = newCachePath();
        const Outcome outcome = sync(refused, m_keyA);
        m_server.setMissingColumns({});
        m_server.setClockOffsetMs(0);
        QVERIFY2(outcome.result, outcome.error ? qPrintable(outcome.error->detail) : "");
        QCOMPARE(cacheRows(refused, m_projectA), serverRows(m_projectA));
        QCOMPARE(cacheColumn(refused, QStringLiteral("provider_external_id")), (QHash<QString, QString>()));
    }

    void badInputIsSaid()
    {
        // A file that is not a cache is never written to.
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        Outcome outcome = sync(foreign, m_keyA);
        QVERIFY(outcome.error);
        QCOMPARE(QFile(foreign).size(), 4096);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray(4096, 'x'));
        file.close();

        // A wrong key: said, and the new cache holds no rows.
        const QString path = newCachePath();
        outcome = sync(path, QStringLiteral("99999999-9999-4999-8999-999999999999"));
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->kind, SourceError::Kind::Authentication);
        QCOMPARE(cacheRows(path).size(), 0);
    }
};

QTEST_MAIN(TestCacheSync)
#include "tst_cachesync.moc"
