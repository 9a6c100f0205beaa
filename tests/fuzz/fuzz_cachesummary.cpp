// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// Fuzz target: the bytes are a cache file the smslog tool summarizes (`smslog summary --cache
// FILE`). Written to a file in a temporary folder (on /dev/shm when there is one), then, on this
// thread, CacheSummary::summarize (its own read-only connection: header check, hardened pragmas,
// schema validation, the integrity check, then a grouped query) either refuses it or fails with a
// message, or answers; either way the file must be byte for byte what it was, with no file next
// to it (journal, -wal, -shm). Reading it the way the window does is fuzz_cacheopen's. Inputs are
// small (use -max_len), so the integrity check costs little.

#include "cachefuzz.h"
#include "cachesummary.h"

#include <QCoreApplication>
#include <cstdint>
#include <variant>

using namespace CacheFuzz;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Overwritten in place: nothing else is ever left in the folder (a sidecar aborts the run).
    const QString path = folder().filePath(QStringLiteral("summarized.sqlite"));
    FUZZ_CHECK(writeFile(path, bytes), "the input can be written");

    const auto summary = CacheSummary::summarize(path, {}, SummaryGrouping::Status);
    if (const auto *error = std::get_if<SourceError>(&summary))
        checkError(*error);
    else
        say("summarized");
    FUZZ_CHECK(readFile(path) == bytes, "a summary never changes the file");
    FUZZ_CHECK(!hasSidecar(path), "a summary leaves no file next to the cache");
    return 0;
}
