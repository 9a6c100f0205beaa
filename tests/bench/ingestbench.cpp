// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "ingestbench.h"

#include "benchutil.h"
#include "cacheschema.h"
#include "cachewriter.h"
#include "demogenerator.h"
#include "rawsqlite.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <cstdio>
#include <sqlite3.h>

namespace {

// What a sync brings: the next week's messages after the newest one the cache holds (ids are
// random UUIDs, as OneUptime's are; see nextBatch).
DemoOptions ingestOptions(int rows, const QString &path)
{
    DemoOptions options;
    options.rows = rows;
    options.seed = 7;
    options.days = 7;
    qint64 newest = 0;
    {
        const QString name = QStringLiteral("smslog-bench-newest");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT max(created_at) FROM sms_log")) && query.next())
                newest = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("smslog-bench-newest"));
    if (newest > 0)
        options.end = QDateTime::fromMSecsSinceEpoch(newest, Qt::UTC).addDays(7);
    return options;
}

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

// The sms_log values of a record in CacheSchema::recordColumns() order.
QVariantList recordValues(const SmsRecord &r)
{
    QVariantList values{r.id,
                        msOrNull(r.createdAt),
                        msOrNull(r.updatedAt),
                        r.projectId,
                        r.toNumber,
                        r.fromNumber,
                        r.smsText,
                        r.statusMessage,
                        r.providerExternalId,
                        r.errorCode,
                        r.status,
                        r.costCents ? QVariant(*r.costCents) : QVariant()};
    for (LinkKind kind : allLinkKinds)
        values << r.link(kind).id;
    return values;
}

double rowsPerSecond(qint64 rows, qint64 ns)
{
    return ns > 0 ? double(rows) * 1e9 / double(ns) : 0;
}

void progress(const QString &line)
{
    std::fprintf(stderr, "            %s\n", qPrintable(line));
    std::fflush(stderr);
}

} // namespace

IngestBench::IngestBench(const QString &cachePath, int rows)
    : m_path(cachePath)
    , m_rows(rows)
{ }

QList<SmsRecord> IngestBench::nextBatch(DemoGenerator &generator, qint64 first, QStringList *ids) const
{
    QList<SmsRecord> records = generator.next(batchSize);
    for (qsizetype i = 0; i < records.size(); ++i) {
        Q_UNUSED(first)
        records[i].id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (ids)
            ids->append(records[i].id);
    }
    return records;
}

GoalResult IngestBench::run()
{
    progress(QStringLiteral("G10 floor: raw insert into a temporary table"));
    const double floor = rawInsertRowsPerSecond();

    CacheWriter writer;
    if (const QString error = writer.open(m_path); !error.isEmpty())
        throw Bench::Error(QStringLiteral("CacheWriter cannot open %1: %2").arg(m_path, error));

    // Generating the records is not timed; each write() is (one committed transaction).
    DemoGenerator generator(ingestOptions(m_rows, m_path));
    QStringList ids;
    qint64 writeNs = 0;
    QElapsedTimer timer;
    for (qint64 done = 0; done < m_rows;) {
        const QList<SmsRecord> batch = nextBatch(generator, done, &ids);
        if (batch.isEmpty())
            break;
        timer.start();
        const QString error = writer.write(batch);
        writeNs += timer.nsecsElapsed();
        if (!error.isEmpty())
            throw Bench::Error(QStringLiteral("CacheWriter::write failed: %1").arg(error));
        done += batch.size();
        if (done % 50000 == 0)
            progress(QStringLiteral("G10 written %1 rows").arg(done));
    }

    // Take them out again, so that the file is reusable.
    qint64 removeNs = 0;
    for (qsizetype first = 0; first < ids.size(); first += batchSize) {
        timer.start();
        const QString error = writer.remove(ids.mid(first, batchSize));
        removeNs += timer.nsecsElapsed();
        if (!error.isEmpty())
            throw Bench::Error(QStringLiteral("CacheWriter::remove failed (%1 still holds benchmark rows, "
                                              "ids bench-ingest-*; delete it): %2")
                                   .arg(m_path, error));
    }
    writer.close();
    m_removeRowsPerSecond = std::round(rowsPerSecond(ids.size(), removeNs));

    GoalResult goal;
    goal.id = QStringLiteral("G10");
    goal.gesture = QStringLiteral("sync ingest, every index kept (%1 rows)").arg(ids.size());
    goal.value = std::round(rowsPerSecond(ids.size(), writeNs));
    goal.unit = QStringLiteral("rows/s");
    goal.floor = std::round(floor);
    goal.ratio = goal.value > 0 ? floor / goal.value : 0;
    goal.target = QStringLiteral("≥ 20000 rows/s");
    goal.met = goal.value >= 20000;
    goal.detail = QJsonObject{{QStringLiteral("rows"), ids.size()},
                              {QStringLiteral("batch"), batchSize},
                              {QStringLiteral("write_ms"), Bench::round2(double(writeNs) / 1e6)},
                              {QStringLiteral("remove_ms"), Bench::round2(double(removeNs) / 1e6)},
                              {QStringLiteral("remove_rows_per_s"), m_removeRowsPerSecond},
                              {QStringLiteral("raw_insert_rows_per_s"), std::round(floor)}};
    return goal;
}

double IngestBench::rawInsertRowsPerSecond() const
{
    const QStringList columns = CacheSchema::recordColumns();
    if (columns.size() != 12 + LinkKindCount)
        throw Bench::Error(QStringLiteral("sms_log has %1 record columns; this benchmark knows %2")
                               .arg(columns.size())
                               .arg(12 + LinkKindCount));
    QStringList definitions{QStringLiteral("rid INTEGER PRIMARY KEY")};
    QStringList marks;
    for (const QString &column : columns) {
        const bool integer = column == u"created_at" || column == u"updated_at" || column == u"cost_cents";
        definitions << column + (integer ? QStringLiteral(" INTEGER") : QStringLiteral(" TEXT"));
        marks << QStringLiteral("?");
    }

    RawSqlite db;
    db.open(QString(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); // a private temporary file
    db.exec(QStringLiteral("CREATE TEMP TABLE t (%1)").arg(definitions.join(QStringLiteral(", "))));
    sqlite3_stmt *insert
        = db.prepare(QStringLiteral("INSERT INTO temp.t (%1) VALUES (%2)")
                         .arg(columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    DemoGenerator generator(ingestOptions(m_rows, m_path));
    qint64 ns = 0;
    qint64 done = 0;
    QElapsedTimer timer;
    timer.start();
    db.exec(QStringLiteral("BEGIN"));
    ns += timer.nsecsElapsed();
    while (done < m_rows) {
        const QList<SmsRecord> batch = nextBatch(generator, done); // not timed
        if (batch.isEmpty())
            break;
        timer.start();
        for (const SmsRecord &record : batch) {
            db.bind(insert, recordValues(record));
            db.stepAndReset(insert);
        }
        ns += timer.nsecsElapsed();
        done += batch.size();
    }
    timer.start();
    RawSqlite::finalize(insert);
    db.exec(QStringLiteral("COMMIT"));
    ns += timer.nsecsElapsed();
    return rowsPerSecond(done, ns);
}
