// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// Fuzz target: the bytes are an existing cache file that a sync writes into (File → Sync into an
// existing cache, `smslog sync --cache FILE`). CacheSync checks the file and opens it with
// CacheWriter::open (which validates it and upgrades format 1), then writes batches of records;
// the server side is not needed for that, so the target drives CacheWriter directly, on this
// thread, on a file in a temporary folder (on /dev/shm when there is one):
// 1. the writer opens the file and writes one record: refused with a message, or written, or the
//    write fails with a message, never a crash;
// 2. when the record was written and the file as given was sound (PRAGMA integrity_check, which
//    also checks every index against its table; the app's quick_check does not, so a cache with
//    a damaged index is accepted, and so is a sync into it): the file stays sound, opens again the
//    way every reader opens it (CacheSchema::openReadOnly) and holds the record exactly once.
// Every input goes to the writer, also those the reader refuses: a sync does not ask the reader
// first. Reading such files is fuzz_cacheopen's. Inputs are small (use -max_len), so the integrity
// checks cost little.

#include "cachefuzz.h"
#include "cacheschema.h"
#include "cachewriter.h"
#include "smsrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <cstdint>

namespace {

using namespace CacheFuzz;

const QString connectionName = QStringLiteral("fuzz-check");

// Whether SQLite finds the whole database consistent (PRAGMA integrity_check says just "ok").
bool sound(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()
        && query.value(0).toString() == u"ok" && !query.next();
}

// Whether the file at `path` is sound, on a read-only connection of its own.
bool soundFile(const QString &path)
{
    bool result = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        result = db.open() && sound(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return result;
}

// The record every input gets, the way a sync's batch brings it.
SmsRecord fuzzRecord()
{
    SmsRecord record;
    record.id = QStringLiteral("fuzz-record");
    record.createdAt = QDateTime::fromMSecsSinceEpoch(1785000000000, Qt::UTC);
    record.projectId = QStringLiteral("fuzz-project");
    record.status = QStringLiteral("Delivered");
    record.smsText = QStringLiteral("delivered to the fuzzer");
    record.costCents = 3;
    return record;
}

// Phase 1. True when the record was written (the transaction committed).
bool syncInto(const QString &path)
{
    CacheWriter writer;
    const QString error = writer.open(path);
    say("sync open:", error);
    if (!error.isEmpty())
        return false; // refused, with a message
    static const QList<SmsRecord> batch{fuzzRecord()};
    const QString written = writer.write(batch);
    writer.close();
    say("sync write:", written);
    return written.isEmpty(); // a write that failed rolls back (and says why)
}

// Phase 2, for a sound file a sync wrote into.
void checkWritten(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        const auto error = CacheSchema::openReadOnly(db, path);
        if (error)
            std::fprintf(stderr, "after a sync: %s (%s)\n", qPrintable(error->message),
                         qPrintable(error->detail));
        FUZZ_CHECK(!error, "a sound cache a sync wrote into opens again");
        FUZZ_CHECK(sound(db), "a sync keeps a sound cache sound");
        QSqlQuery query(db);
        FUZZ_CHECK(query.exec(QStringLiteral("SELECT count(*) FROM sms_log WHERE id = 'fuzz-record'"))
                       && query.next() && query.value(0).toInt() == 1,
                   "the record a sync wrote is there once");
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = folder().filePath(QStringLiteral("synced.sqlite"));
    // A journal a failed write left would be rolled back into the next input: none may stay.
    removeWithSidecars(path);
    FUZZ_CHECK(writeFile(path, bytes), "the input can be written");

    if (!syncInto(path))
        return 0;
    // Whether the file was sound before the write, asked only now (most inputs are refused
    // earlier, and the check needs a connection of its own): on the bytes as given, in a second
    // file that nothing writes.
    const QString original = folder().filePath(QStringLiteral("original.sqlite"));
    FUZZ_CHECK(writeFile(original, bytes), "the input can be written");
    const bool wasSound = soundFile(original);
    FUZZ_CHECK(readFile(original) == bytes && !hasSidecar(original),
               "the integrity check never changes the file");
    say("sound before the sync:", wasSound ? QStringLiteral("yes") : QStringLiteral("no"));
    if (wasSound) // a damaged file may stay damaged
        checkWritten(path);
    return 0;
}
