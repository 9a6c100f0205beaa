// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// Fuzz target: the bytes are a cache file someone hands the app to read (`--cache FILE`, File →
// Open cache…, the `smslog` tool). Written to a file in a temporary folder (on /dev/shm when there
// is one), then, all on this thread (no worker threads: the reader classes are driven directly):
// 1. read the way the app reads it: a CacheReader (the worker object of SqliteCacheSource) opens it
//    (header check, read-only connection, hardened pragmas, schema validation) and either refuses
//    it with a message, or answers the first requests the window makes (count, first page of rows,
//    totals, filter choices, a page of a text search), each with a result or an error with a
//    message;
// 2. the file must be byte for byte what it was, and no file may have appeared next to it
//    (journal, -wal, -shm).
// The smslog tool's summary of such a file is fuzz_cachesummary's, a sync into it
// fuzz_cacheimport's (one SQLite session per input each, so that every target stays fast).
// Inputs are small (use -max_len).

#include "cachefuzz.h"
#include "cachereader.h"
#include "requestgate.h"
#include "rowpositions.h"

#include <QCoreApplication>
#include <cstdint>
#include <memory>

namespace {

using namespace CacheFuzz;

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

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    folder();
    verbose = qEnvironmentVariableIsSet("SMSLOG_FUZZ_VERBOSE");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Overwritten in place: nothing else is ever left in the folder (a sidecar aborts the run).
    const QString path = folder().filePath(QStringLiteral("input.sqlite"));
    FUZZ_CHECK(writeFile(path, bytes), "the input can be written");

    const bool opened = readLikeTheApp(path);
    FUZZ_CHECK(readFile(path) == bytes, "reading never changes the file");
    FUZZ_CHECK(!hasSidecar(path), "reading leaves no file next to the cache");
    say(opened ? "opened" : "refused");
    return 0;
}
