// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// Fuzz target: the bytes are a cache file someone hands the app to read (`--cache FILE`, File →
// Open cache…, the `smslog` tool). Written to a file in a temporary folder (on /dev/shm when there
// is one), then opened the way the window opens it, and its first screen read: the count, the
// first page of rows and the filter bar's choices (cachereads.h). The file must be byte for byte
// what it was afterwards, and no file may have appeared next to it (journal, -wal, -shm).
// The window's other first requests (totals, a text search) are fuzz_cachequery's; the smslog
// tool's summary fuzz_cachesummary's, a sync into the file fuzz_cacheimport's. Inputs are small
// (use -max_len).

#include "cachereads.h"

#include <QCoreApplication>
#include <cstdint>

using namespace CacheFuzz;

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

    const bool opened = readLikeTheApp(path, Reads::FirstScreen);
    FUZZ_CHECK(readFile(path) == bytes, "reading never changes the file");
    FUZZ_CHECK(!hasSidecar(path), "reading leaves no file next to the cache");
    say(opened ? "opened" : "refused");
    return 0;
}
