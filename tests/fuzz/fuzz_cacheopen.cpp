// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// Fuzz target: the bytes are a cache file someone hands the app (`--cache FILE`, File → Open
// cache…, the `smslog` tool, a sync into an existing file). Written to a file in a temporary
// folder (on /dev/shm when there is one), then:
// 1. read the way the app reads it: a CacheReader (the worker object of SqliteCacheSource, driven
//    here on this thread) opens it (header check, read-only connection, hardened pragmas, schema
//    validation) and either refuses it with a message, or answers the first requests the window
//    makes (count, first page of rows, totals, filter choices, a page of a text search), each with
//    a result or an error with a message;
// 2. the file must be byte for byte what it was, and no file may have appeared next to it
//    (journal, -wal, -shm);
// Only for a file the reader accepted (the other readers make the same checks first, so they
// refuse what it refused; skipping them keeps refused inputs cheap):
// 3. summarized the way the smslog tool does it (CacheSummary::summarize: the integrity check,
//    then a grouped query), again without changing the file;
// 4. a copy is opened the way a sync opens an existing cache (CacheWriter::open, which upgrades
//    format 1) and one record written: refused with a message or written; a file that was sound
//    (PRAGMA integrity_check) stays sound, opens read-only again and holds the record once.
// Inputs are small (use -max_len), so the integrity check costs little.

#include "cachereader.h"
#include "cacheschema.h"
#include "cachesummary.h"
#include "cachewriter.h"
#include "fuzzcheck.h"
#include "requestgate.h"
#include "rowpositions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdint>
#include <memory>

namespace {

QTemporaryDir *folder = nullptr;
bool verbose = false; // SMSLOG_FUZZ_VERBOSE set: what happened to each input, on stderr (triage)

void say(const char *what, const QString &detail = {})
{
    if (verbose)
        std::fprintf(stderr, "  %s %s\n", what, qPrintable(detail));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// The files SQLite may put next to a database it writes (or that a reader must never create).
const QStringList sidecars{QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")};

// Removes the files of the previous input (cheaper than listing the folder).
void clearFolder()
{
    for (const QString &name : {QStringLiteral("input.sqlite"), QStringLiteral("synced.sqlite")}) {
        const QString path = folder->filePath(name);
        QFile::remove(path);
        for (const QString &suffix : sidecars)
            QFile::remove(path + suffix);
    }
}

// Whether a journal, write-ahead log or shared-memory file exists next to `path`.
bool hasSidecar(const QString &path)
{
    for (const QString &suffix : sidecars) {
        if (QFile::exists(path + suffix))
            return true;
    }
    return false;
}

void checkError(const SourceError &error)
{
    say("error:", error.message + QStringLiteral(" / ") + error.detail);
    FUZZ_CHECK(!error.message.isEmpty(), "a refusal or failure has a message for the user");
}

// Phase 1: what SqliteCacheSource's table reader does when the window opens the file. True when
// the reader accepted the file.
bool readLikeTheApp(const QString &path)
{
    auto gate = std::make_shared<RequestGate>();
    CacheReader reader(path, gate, std::make_shared<RowPositions>());
    bool opened = false;
    bool refused = false;
    int answers = 0; // request results and request failures, each exactly one per request
    qint64 count = -1;
    QObject::connect(&reader, &CacheReader::opened, &reader, [&](const QVariantHash &) { opened = true; });
    QObject::connect(&reader, &CacheReader::openFailed, &reader, [&](const SourceError &error) {
        checkError(error);
        refused = true;
    });
    QObject::connect(&reader, &CacheReader::requestFailed, &reader, [&](quint64, const SourceError &error) {
        checkError(error);
        ++answers;
    });
    QObject::connect(&reader, &CacheReader::countFetched, &reader, [&](quint64, qint64 n) {
        FUZZ_CHECK(n >= 0, "a count is non-negative");
        count = n;
        say("count:", QString::number(n));
        ++answers;
    });
    QObject::connect(&reader, &CacheReader::rowsFetched, &reader,
                     [&](quint64, qint64 offset, const QList<SmsRecord> &rows) {
                         FUZZ_CHECK(offset == 0, "the page asked for");
                         FUZZ_CHECK(rows.size() <= 300, "no more rows than asked for");
                         say("rows:", QString::number(rows.size()));
                         ++answers;
                     });
    QObject::connect(&reader, &CacheReader::totalsFetched, &reader, [&](quint64, const CostTotals &) { ++answers; });
    QObject::connect(&reader, &CacheReader::choicesFetched, &reader, [&](quint64, const FilterChoices &) { ++answers; });

    reader.open();
    FUZZ_CHECK(opened != refused, "open() answers exactly once: opened or refused");
    if (!opened)
        return false;
    reader.fetchCount(1, {});
    reader.fetchRows(2, {}, 0, 300);
    reader.fetchTotals(3, {});
    reader.fetchChoices(4);
    SmsQuery search; // the full-text index and a status filter
    search.filter.text = QStringLiteral("delivered");
    search.filter.statuses = {QStringLiteral("Failed")};
    reader.fetchRows(5, search, 0, 300);
    FUZZ_CHECK(answers == 5, "every request answers exactly once");
    return true;
}

// Whether SQLite finds the whole database consistent: PRAGMA integrity_check, which also checks
// every index against its table (the app's quick_check does not, so a cache with a damaged index
// is accepted, and so is a sync into it).
bool sound(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next()
        && query.value(0).toString() == u"ok" && !query.next();
}

// Phase 4: a sync into an existing cache, on a copy. Any file: refused with a message, or
// written, or the write fails with a message, never a crash. A sound file stays sound, opens
// again the way the app opens it, and holds the record once.
void syncInto(const QString &path)
{
    const QString name = QStringLiteral("fuzz-check");
    bool wasSound = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        wasSound = db.open() && sound(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    SmsRecord record;
    record.id = QStringLiteral("fuzz-record");
    record.createdAt = QDateTime::fromMSecsSinceEpoch(1785000000000, Qt::UTC);
    record.projectId = QStringLiteral("fuzz-project");
    record.status = QStringLiteral("Delivered");
    record.smsText = QStringLiteral("delivered to the fuzzer");
    record.costCents = 3;
    QString written;
    {
        CacheWriter writer;
        const QString error = writer.open(path);
        say("sync open:", error);
        if (!error.isEmpty())
            return; // refused, with a message
        written = writer.write({record});
        writer.close();
    }
    say("sync write:", written);
    if (!written.isEmpty() || !wasSound)
        return; // a write that failed rolls back; a damaged file may stay damaged
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        const auto error = CacheSchema::openReadOnly(db, path);
        if (error)
            std::fprintf(stderr, "after a sync: %s (%s)\n", qPrintable(error->message), qPrintable(error->detail));
        FUZZ_CHECK(!error, "a sound cache a sync wrote into opens again");
        FUZZ_CHECK(sound(db), "a sync keeps a sound cache sound");
        QSqlQuery query(db);
        FUZZ_CHECK(query.exec(QStringLiteral("SELECT count(*) FROM sms_log WHERE id = 'fuzz-record'"))
                       && query.next() && query.value(0).toInt() == 1,
                   "the record a sync wrote is there once");
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    // A file system in memory keeps the per-input cost low.
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/smslog-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/smslog-fuzz-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary folder: %s\n", qPrintable(dir.errorString()));
        std::abort();
    }
    folder = &dir;
    verbose = qEnvironmentVariableIsSet("SMSLOG_FUZZ_VERBOSE");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    clearFolder();
    const QString path = folder->filePath(QStringLiteral("input.sqlite"));
    FUZZ_CHECK(writeFile(path, bytes), "the input can be written");

    const bool opened = readLikeTheApp(path);
    FUZZ_CHECK(readFile(path) == bytes, "reading never changes the file");
    FUZZ_CHECK(!hasSidecar(path), "reading leaves no file next to the cache");
    if (!opened)
        return 0;

    const auto summary = CacheSummary::summarize(path, {}, SummaryGrouping::Status);
    if (const auto *error = std::get_if<SourceError>(&summary))
        checkError(*error);
    FUZZ_CHECK(readFile(path) == bytes && !hasSidecar(path), "a summary never changes the file");

    const QString copy = folder->filePath(QStringLiteral("synced.sqlite"));
    FUZZ_CHECK(QFile::copy(path, copy), "the copy can be written");
    syncInto(copy);
    return 0;
}
