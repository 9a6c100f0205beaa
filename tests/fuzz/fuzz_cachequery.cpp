// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// Fuzz target: the bytes are a cache file someone hands the app to read, as for fuzz_cacheopen;
// opened the way the window opens it, then the figures the window asks for besides the first
// screen: the totals and a page of a text search with a status filter
// (cachereads.h). The file must be byte for byte what it was afterwards, and no file may have
// appeared next to it. Inputs are small (use -max_len).

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
    readInput(data, size, Reads::Figures);
    return 0;
}
