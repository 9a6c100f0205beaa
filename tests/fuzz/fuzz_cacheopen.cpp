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

#include <cstdint>

using namespace CacheFuzz;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    readInput(data, size, Reads::FirstScreen);
    return 0;
}
