// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cacheschema.h"
#include "cachewriter.h"
#include "sqlitecachesource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

SmsRecord sampleRecord(int n)
{
    SmsRecord r;
    r.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    r.createdAt = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC).addSecs(n);
    r.updatedAt = r.createdAt;
    r.projectId = QStringLiteral("project-a");
    r.projectName = QStringLiteral("Acme");
    r.toNumber = QStringLiteral("+1555000%1").arg(n % 100, 4, 10, QLatin1Char('0'));
    r.status = QStringLiteral("Delivered");
    r.smsText = QStringLiteral("Incident %1 created").arg(n);
    r.costCents = 10;
    return r;
}

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The roll-up `table` and the same sums computed from sms_log, as sorted text lines.
QPair<QStringList, QStringList> rollupAndRows(const QString &path, const QString &table)
{
    const QString bucket = table == u"cost_by_hour" ? QStringLiteral("hour") : QStringLiteral("day");
    const qint64 unit = table == u"cost_by_hour" ? 3600000 : 86400000;
    const QString name = QStringLiteral("rollup-") + QString::number(QRandomGenerator::global()->generate());
    QPair<QStringList, QStringList> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            const auto lines = [&query](const QString &sql) {
                QStringList out;
                if (query.exec(sql))
                    while (query.next())
                        out << QStringLiteral("%1|%2|%3|%4|%5")
                                   .arg(query.value(0).toString(), query.value(1).toString(),
                                        query.value(2).toString(), query.value(3).toString(),
                                        query.value(4).toString());
                out.sort();
                return out;
            };
            result.first = lines(QStringLiteral("SELECT %1, project_id, status, messages, cost_cents FROM %2")
                                     .arg(bucket, table));
            result.second = lines(
                QStringLiteral("SELECT created_at / %1, coalesce(project_id, ''), coalesce(status, ''),"
                               " COUNT(*), coalesce(SUM(cost_cents), 0) FROM sms_log GROUP BY 1, 2, 3")
                    .arg(unit));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Runs a raw statement on a file through a short-lived connection of its own.
void execOn(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-") + QString::number(QRandomGenerator::global()->generate());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestCacheSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    bool m_lastOpened = false; // the last openThroughSource() got as far as opened()

    QString makeCache(const QString &name, int rows = 200)
    {
        const QString path = m_dir.filePath(name);
        CacheWriter writer;
        const QString created = writer.create(path);
        if (!created.isEmpty())
            qWarning("%s", qPrintable(created));
        QList<SmsRecord> records;
        for (int i = 0; i < rows; ++i)
            records << sampleRecord(i);
        const QString written = writer.write(records);
        if (!written.isEmpty())
            qWarning("%s", qPrintable(written));
        writer.close();
        return path;
    }

    // Opens `path` through the real source and waits for its integrity check; returns the error
    // (from opening or from the check) or nullopt when the file was accepted.
    std::optional<SourceError> openThroughSource(const QString &path)
    {
        SqliteCacheSource source(path);
        QSignalSpy opened(&source, &SmsLogSource::opened);
        QSignalSpy openFailed(&source, &SmsLogSource::openFailed);
        QSignalSpy checked(&source, &SqliteCacheSource::integrityChecked);
        QSignalSpy failed(&source, &SmsLogSource::failed);
        source.open();
        if (!QTest::qWaitFor([&] { return openFailed.count() + checked.count() > 0; }, 20000))
            return SourceError{SourceError::Kind::Query, QStringLiteral("timeout"), {}};
        m_lastOpened = !opened.isEmpty();
        if (!openFailed.isEmpty())
            return openFailed.first().first().value<SourceError>();
        if (!checked.first().first().toBool()) {
            if (failed.isEmpty())
                return SourceError{
                    SourceError::Kind::Query, QStringLiteral("check failed without failed()"), {}};
            return failed.first().first().value<SourceError>();
        }
        return std::nullopt;
    }

    void expectRefused(const QString &path, SourceError::Kind kind)
    {
        const QByteArray before = fingerprint(path);
        const QStringList filesBefore = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);
        const auto error = openThroughSource(path);
        QVERIFY2(error.has_value(), "the file was accepted");
        QCOMPARE(int(error->kind), int(kind));
        QVERIFY(!error->message.isEmpty());
        QCOMPARE(fingerprint(path), before); // never modified
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files), filesBefore); // no journal left
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void goodCacheOpens()
    {
        const QString path = makeCache(QStringLiteral("good.sqlite"));
        const QByteArray before = fingerprint(path);
        const auto error = openThroughSource(path);
        QVERIFY2(!error, error ? qPrintable(error->message + u' ' + error->detail) : "opened");
        QCOMPARE(fingerprint(path), before); // reading never writes
    }

    void schemaIsVersionedAndMarked()
    {
        const QString path = makeCache(QStringLiteral("marked.sqlite"), 1);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("marked"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
            QCOMPARE(query.value(0).toInt(), CacheSchema::applicationId);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            QCOMPARE(query.value(0).toInt(), CacheSchema::version);
            QVERIFY(!CacheSchema::validateSchema(db).has_value());
            QVERIFY(!CacheSchema::checkIntegrity(db).has_value());
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("marked"));
    }

    void randomBytesRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("random.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QRandomGenerator random(42);
        QByteArray bytes(64 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        file.write(bytes);
        file.close();
        expectRefused(path, SourceError::Kind::NotADatabase);
    }

    void randomBytesBehindSqliteHeaderRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("fakeheader.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes("SQLite format 3\0", 16);
        QRandomGenerator random(7);
        for (int i = 0; i < 8192; ++i)
            bytes.append(char(random.bounded(256)));
        file.write(bytes);
        file.close();
        expectRefused(path, SourceError::Kind::NotADatabase);
    }

    void truncatedCacheRefused()
    {
        const QString path = makeCache(QStringLiteral("truncated.sqlite"), 3000);
        QFile file(path);
        QVERIFY(file.size() > 64 * 1024);
        QVERIFY(file.resize(file.size() / 2));
        expectRefused(path, SourceError::Kind::NotADatabase);
    }

    void damagedPagesInTheMiddleRefused()
    {
        // Header, size and schema are fine; only the integrity check can tell.
        const QString path = makeCache(QStringLiteral("damaged.sqlite"), 3000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 256 * 1024);
        QRandomGenerator random(99);
        for (qint64 offset = size / 2; offset < size / 2 + 64 * 1024; offset += 4096) {
            file.seek(offset + 8);
            QByteArray junk(512, Qt::Uninitialized);
            random.fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
            file.write(junk);
        }
        file.close();
        expectRefused(path, SourceError::Kind::NotADatabase);
        QVERIFY2(m_lastOpened, "refused by the background integrity check, after the cheap checks passed");
    }

    void foreignDatabaseRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
        execOn(path, QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
        expectRefused(path, SourceError::Kind::ForeignFile);
    }

    void ourIdButMissingTableRefused()
    {
        const QString path = makeCache(QStringLiteral("missingtable.sqlite"), 1);
        execOn(path, QStringLiteral("DROP TABLE phone_number"));
        expectRefused(path, SourceError::Kind::ForeignFile);
    }

    void newerVersionRefused()
    {
        const QString path = makeCache(QStringLiteral("newer.sqlite"), 1);
        execOn(path, QStringLiteral("PRAGMA user_version = %1").arg(CacheSchema::version + 1));
        const auto error = openThroughSource(path);
        QVERIFY(error.has_value());
        QCOMPARE(int(error->kind), int(SourceError::Kind::NewerSchema));
        QVERIFY2(error->message.contains(QStringLiteral("newer version")), qPrintable(error->message));
        expectRefused(path, SourceError::Kind::NewerSchema);
    }

    void plantedTriggerOrViewRefused_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("trigger") << QStringLiteral(
            "CREATE TRIGGER evil AFTER INSERT ON sms_log BEGIN DELETE FROM sms_log; END");
        QTest::newRow("view") << QStringLiteral("CREATE VIEW evil AS SELECT * FROM sms_log");
    }

    void plantedTriggerOrViewRefused()
    {
        QFETCH(QString, statement);
        const QString path
            = makeCache(QStringLiteral("planted-%1.sqlite").arg(QLatin1String(QTest::currentDataTag())), 5);
        execOn(path, statement);
        expectRefused(path, SourceError::Kind::ForeignFile);
    }

    void lookAlikesRefused_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("an index missing") << QStringList{QStringLiteral("DROP INDEX sms_log_cost")};
        QTest::newRow("an extra index on an expression")
            << QStringList{QStringLiteral("CREATE INDEX extra ON sms_log (lower(sms_text))")};
        QTest::newRow("a plain table posing as the text index")
            << QStringList{QStringLiteral("DROP TABLE sms_text_index"),
                           QStringLiteral("CREATE TABLE sms_text_index (sms_text, status_message)")};
        QTest::newRow("an extra table") << QStringList{QStringLiteral("CREATE TABLE extra (x)")};
        QTest::newRow("a column more")
            << QStringList{QStringLiteral("ALTER TABLE sms_log ADD COLUMN extra TEXT")};
    }

    void lookAlikesRefused()
    {
        QFETCH(QStringList, statements);
        const QString path = makeCache(QStringLiteral("lookalike-%1.sqlite")
                                           .arg(QLatin1String(QTest::currentDataTag()))
                                           .replace(u' ', u'-'),
                                       5);
        for (const QString &statement : statements)
            execOn(path, statement);
        expectRefused(path, SourceError::Kind::ForeignFile);
    }

    void writeAheadLogFileRefusedWithoutTouchingIt()
    {
        const QString path = makeCache(QStringLiteral("wal.sqlite"), 5);
        execOn(path, QStringLiteral("PRAGMA journal_mode = WAL"));
        expectRefused(path, SourceError::Kind::ForeignFile); // and no -wal or -shm appeared
    }

    void emptyFileRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        expectRefused(path, SourceError::Kind::NotADatabase);
    }

    void missingFileAndDirectoryRefused()
    {
        const QString missing = m_dir.filePath(QStringLiteral("does-not-exist.sqlite"));
        auto error = openThroughSource(missing);
        QVERIFY(error.has_value());
        QCOMPARE(int(error->kind), int(SourceError::Kind::FileNotFound));
        QVERIFY(!QFile::exists(missing)); // opening never creates

        error = openThroughSource(m_dir.path());
        QVERIFY(error.has_value());
        QCOMPARE(int(error->kind), int(SourceError::Kind::FileNotFound));
    }

    void hostileCostsNeverMakeWrongTotals_data()
    {
        // Totals of a time range, statuses and project come from the roll-ups; others from the
        // rows (here: a filter on the update time, which the roll-ups do not have).
        QTest::addColumn<QString>("statement");
        QTest::addColumn<bool>("fromRows");
        QTest::addColumn<QString>("message");
        QTest::newRow("fractional cents")
            << QStringLiteral("UPDATE sms_log SET cost_cents = 1.5 WHERE rid = 3") << true
            << QStringLiteral("whole numbers of cents");
        QTest::newRow("text") << QStringLiteral("UPDATE sms_log SET cost_cents = 'ten' WHERE rid = 3") << true
                              << QStringLiteral("whole numbers of cents");
        QTest::newRow("overflow across groups")
            << QStringLiteral("UPDATE sms_log SET cost_cents = 4611686018427387904,"
                              " status = CASE WHEN rid = 1 THEN 'Sent' ELSE 'Failed' END WHERE rid IN (1, 2)")
            << true << QStringLiteral("too large");
        QTest::newRow("roll-up: fractional cents")
            << QStringLiteral("UPDATE cost_by_day SET cost_cents = 1.5") << false
            << QStringLiteral("whole numbers of cents");
        QTest::newRow("roll-up: text") << QStringLiteral("UPDATE cost_by_day SET cost_cents = 'ten'") << false
                                       << QStringLiteral("whole numbers of cents");
        QTest::newRow("roll-up: overflow across groups")
            << QStringLiteral("INSERT INTO cost_by_day VALUES (1, 'p', 'Sent', 1, 4611686018427387904),"
                              " (2, 'p', 'Sent', 1, 4611686018427387904)")
            << false << QStringLiteral("too large");
    }

    void hostileCostsNeverMakeWrongTotals()
    {
        QFETCH(QString, statement);
        QFETCH(bool, fromRows);
        QFETCH(QString, message);
        const QString path
            = makeCache(QStringLiteral("cost-%1.sqlite")
                            .arg(QString::number(qHash(QLatin1String(QTest::currentDataTag())))),
                        10);
        execOn(path, statement);
        SqliteCacheSource source(path);
        QSignalSpy opened(&source, &SmsLogSource::opened);
        source.open();
        QVERIFY(opened.wait(10000));
        QSignalSpy totals(&source, &SmsLogSource::totalsFetched);
        QSignalSpy failed(&source, &SmsLogSource::requestFailed);
        SmsFilter filter;
        if (fromRows)
            filter.changedFrom = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        source.requestTotals(filter);
        QTRY_COMPARE(totals.count() + failed.count(), 1);
        QCOMPARE(totals.count(), 0); // no figure at all rather than a wrong one
        const auto error = failed.first().at(1).value<SourceError>();
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
    }

    void rollupsFollowWritesUpdatesAndRemovals()
    {
        // Given a cache written in three transactions: new messages, some of them again with
        // another status, cost and time (a Sending that became Delivered a day later), and some
        // removed
        const QString path = m_dir.filePath(QStringLiteral("rollups.sqlite"));
        CacheWriter writer;
        QCOMPARE(writer.create(path), QString());
        QList<SmsRecord> records;
        for (int i = 0; i < 3000; ++i) {
            SmsRecord r = sampleRecord(i);
            r.createdAt = r.createdAt.addSecs(i * 97); // across hours and days
            r.status = i % 3 == 0 ? QStringLiteral("Sending") : QStringLiteral("Delivered");
            r.projectId = i % 4 == 0 ? QStringLiteral("project-b") : QStringLiteral("project-a");
            if (i % 50 == 0)
                r.costCents.reset(); // no cost known
            records << r;
        }
        QCOMPARE(writer.write(records), QString());
        QList<SmsRecord> changed;
        for (int i = 0; i < 3000; i += 3) {
            SmsRecord r = records.at(i);
            r.status = QStringLiteral("Delivered");
            r.costCents = 7;
            r.createdAt = r.createdAt.addDays(1);
            changed << r;
        }
        QCOMPARE(writer.write(changed), QString());
        QStringList removed;
        for (int i = 1; i < 3000; i += 7)
            removed << records.at(i).id;
        removed << QStringLiteral("not-stored");
        QCOMPARE(writer.remove(removed), QString());
        writer.close();

        // Then each roll-up holds exactly what sms_log adds up to
        for (const QString table : {QStringLiteral("cost_by_hour"), QStringLiteral("cost_by_day")}) {
            const auto [rollup, rows] = rollupAndRows(path, table);
            QVERIFY(rows.size() > 5); // days × projects × statuses
            QCOMPARE(rollup, rows);
        }
    }

    void formatOneIsReadAndUpgradedKeepingEveryRow()
    {
        // Given a cache of format 1 (no roll-ups)
        const QString path = makeCache(QStringLiteral("format-1.sqlite"), 1500);
        execOn(path, QStringLiteral("DROP TABLE cost_by_hour"));
        execOn(path, QStringLiteral("DROP TABLE cost_by_day"));
        execOn(path, QStringLiteral("DROP INDEX sms_log_status_time"));
        execOn(path, QStringLiteral("DROP TABLE resource_context"));
        execOn(path, QStringLiteral("PRAGMA user_version = 1"));
        const QByteArray before = fingerprint(path);

        // Then it opens read-only, unchanged, with totals added up from its rows
        {
            SqliteCacheSource source(path);
            QSignalSpy opened(&source, &SmsLogSource::opened);
            source.open();
            QVERIFY(opened.wait(10000));
            QSignalSpy totals(&source, &SmsLogSource::totalsFetched);
            source.requestTotals({});
            QVERIFY(totals.wait(10000));
            const CostTotals answer = totals.first().at(1).value<CostTotals>();
            QCOMPARE(answer.messages, qint64(1500));
            QCOMPARE(answer.costCents, qint64(15000));
            // Every way of reading rows works without the indexes format 2 added: one status by
            // time (1,500 matches: a walk, of (status, created_at) in format 2), and a page
            // beyond a bookmark.
            QSignalSpy rows(&source, &SmsLogSource::rowsFetched);
            QSignalSpy failed(&source, &SmsLogSource::requestFailed);
            SmsQuery delivered;
            delivered.filter.statuses = {QStringLiteral("Delivered")};
            for (const qint64 offset : {0, 256}) {
                source.requestRows(delivered, offset, 256);
                QTRY_COMPARE(rows.count() + failed.count(), offset == 0 ? 1 : 2);
            }
            QCOMPARE(failed.count(), 0);
            QCOMPARE(rows.at(0).at(2).value<QList<SmsRecord>>().size(), 256);
            QCOMPARE(rows.at(1).at(2).value<QList<SmsRecord>>().size(), 256);
        }
        QCOMPARE(fingerprint(path), before);

        // When a writer opens it (a sync into it)
        CacheWriter writer;
        QCOMPARE(writer.open(path), QString());
        writer.close();

        // Then it is format 2 with every row, and roll-ups that add up to them
        {
            const QString name = QStringLiteral("upgraded");
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(CacheSchema::fileVersion(db), CacheSchema::version);
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM sms_log")) && query.next());
            QCOMPARE(query.value(0).toInt(), 1500);
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("upgraded"));
        for (const QString table : {QStringLiteral("cost_by_hour"), QStringLiteral("cost_by_day")}) {
            const auto [rollup, rows] = rollupAndRows(path, table);
            QVERIFY(!rows.isEmpty());
            QCOMPARE(rollup, rows);
        }
        QVERIFY(!openThroughSource(path));
    }

    void formatTwoIsReadAndGainsTheContextTable()
    {
        // Given a cache of format 2 (no resource_context) whose messages link to an incident
        const QString path = m_dir.filePath(QStringLiteral("format-2.sqlite"));
        SmsRecord record = sampleRecord(7);
        record.link(LinkKind::Incident) = {QStringLiteral("inc-1"), QStringLiteral("Database down"), 42, {}};
        record.link(LinkKind::Monitor) = {QStringLiteral("mon-1"), QStringLiteral("Postgres"), {}, {}};
        {
            CacheWriter writer;
            QCOMPARE(writer.create(path), QString());
            QCOMPARE(writer.write({record, sampleRecord(8)}), QString());
            writer.close();
        }
        execOn(path, QStringLiteral("DROP TABLE resource_context"));
        execOn(path, QStringLiteral("PRAGMA user_version = 2"));
        const QByteArray before = fingerprint(path);
        const auto contextsOf
            = [](const QString &file, const SmsRecord &r) -> std::optional<ResourceContexts> {
            SqliteCacheSource source(file);
            QSignalSpy opened(&source, &SmsLogSource::opened);
            source.open();
            if (!opened.wait(10000))
                return std::nullopt;
            QSignalSpy answered(&source, &SmsLogSource::contextsFetched);
            QSignalSpy failed(&source, &SmsLogSource::requestFailed);
            const auto id = source.requestContexts({r});
            if (id == 0 || !answered.wait(10000) || !failed.isEmpty()
                || answered.first().first().toULongLong() != id)
                return std::nullopt;
            return answered.first().at(1).value<ResourceContexts>();
        };

        // Then it opens read-only and unchanged, its messages without contexts (and no error)
        QCOMPARE(contextsOf(path, record), ResourceContexts());
        QVERIFY(!openThroughSource(path));
        QCOMPARE(fingerprint(path), before);

        // When a sync writes into it (with contexts)
        const ResourceContext incident{
            QStringLiteral("INC-42"), QStringLiteral("Acknowledged"), QStringLiteral("Critical"), {}};
        {
            CacheWriter writer;
            QCOMPARE(writer.open(path), QString());
            QCOMPARE(
                writer.write({}, {},
                             {{resourceContextKey(LinkKind::Incident, QStringLiteral("inc-1")), incident}}),
                QString());
            // A later write that knows less keeps what is known; a new state replaces the old.
            QCOMPARE(writer.write({}, {},
                                  {{resourceContextKey(LinkKind::Incident, QStringLiteral("inc-1")),
                                    ResourceContext{{}, QStringLiteral("Resolved"), {}, {}}},
                                   {resourceContextKey(LinkKind::Monitor, QStringLiteral("mon-1")),
                                    ResourceContext{{}, {}, {}, QStringLiteral("API")}}}),
                     QString());
            writer.close();
        }

        // Then it is format 3 with every row, and the contexts read back
        QVERIFY(!openThroughSource(path));
        ResourceContext resolved = incident;
        resolved.state = QStringLiteral("Resolved");
        const ResourceContexts expected{
            {resourceContextKey(LinkKind::Incident, QStringLiteral("inc-1")), resolved},
            {resourceContextKey(LinkKind::Monitor, QStringLiteral("mon-1")),
             ResourceContext{{}, {}, {}, QStringLiteral("API")}}};
        QCOMPARE(contextsOf(path, record), expected);
        {
            const QString name = QStringLiteral("upgraded-2");
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(CacheSchema::fileVersion(db), 3);
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM sms_log")) && query.next());
            QCOMPARE(query.value(0).toInt(), 2);
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("upgraded-2"));
    }

    void writerRefusesExistingFile()
    {
        const QString path = makeCache(QStringLiteral("exists.sqlite"), 3);
        const QByteArray before = fingerprint(path);
        CacheWriter writer;
        QVERIFY(!writer.create(path).isEmpty());
        QCOMPARE(fingerprint(path), before);
    }

    void upsertUpdatesInsteadOfDuplicating()
    {
        {
            CacheWriter writer;
            const QString second = m_dir.filePath(QStringLiteral("upsert.sqlite"));
            QCOMPARE(writer.create(second), QString());
            SmsRecord record = sampleRecord(1);
            QCOMPARE(writer.write({record}), QString());
            record.status = QStringLiteral("Undelivered");
            record.smsText = QStringLiteral("changed words");
            QCOMPARE(writer.write({record}), QString());
            writer.close();

            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("upsert"));
            db.setDatabaseName(second);
            QVERIFY(db.open());
            {
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), MAX(status) FROM sms_log"))
                        && query.next());
                QCOMPARE(query.value(0).toInt(), 1);
                QCOMPARE(query.value(1).toString(), QStringLiteral("Undelivered"));
                // The full-text index forgot the old words and knows the new ones.
                QVERIFY(query.exec(QStringLiteral(
                            "SELECT COUNT(*) FROM sms_text_index WHERE sms_text_index MATCH 'created'"))
                        && query.next());
                QCOMPARE(query.value(0).toInt(), 0);
                QVERIFY(query.exec(QStringLiteral(
                            "SELECT COUNT(*) FROM sms_text_index WHERE sms_text_index MATCH 'changed'"))
                        && query.next());
                QCOMPARE(query.value(0).toInt(), 1);
                QVERIFY(query.exec(
                    QStringLiteral("INSERT INTO sms_text_index(sms_text_index) VALUES('integrity-check')")));
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("upsert"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCacheSchema)
#include "tst_cacheschema.moc"
