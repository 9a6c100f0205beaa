// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <cstdio>
#include <cstdlib>

// A property every input must keep. On failure: prints where and what to stderr and aborts, which
// libFuzzer (and the replay driver, through the process's exit status) reports as a crash. Not
// compiled out in release builds, unlike Q_ASSERT.
#define FUZZ_CHECK(condition, what)                                                                          \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: FUZZ_CHECK(%s) failed: %s\n", __FILE__, __LINE__, #condition,       \
                         what);                                                                              \
            std::fflush(stderr);                                                                             \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)
