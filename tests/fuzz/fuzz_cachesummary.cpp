// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// Fuzz target: the bytes are a cache file the smslog tool summarizes (`smslog summary --cache
// FILE`), read the way the tool reads it: the window's CacheReader opens it (header check,
// read-only connection, hardened pragmas, schema validation) and answers the one aggregate request
// (the cost report by UTC day, from the roll-ups), whose projections (per project, status, day and
// month) must agree on the totals. Either way the file must be byte for byte what it was, with no
// file next to it (journal, -wal, -shm).

#include "cachereads.h"

using namespace CacheFuzz;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    readInput(data, size, Reads::Summary);
    return 0;
}
