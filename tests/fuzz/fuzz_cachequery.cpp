// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// Fuzz target: the bytes are a cache file someone hands the app to read, as for fuzz_cacheopen;
// opened the way the window opens it, then the figures the window asks for besides the first
// screen: the totals and a page of a text search with a status filter
// (cachereads.h). The file must be byte for byte what it was afterwards, and no file may have
// appeared next to it. Inputs are small (use -max_len).

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

    const bool opened = readLikeTheApp(path, Reads::Figures);
    FUZZ_CHECK(readFile(path) == bytes, "reading never changes the file");
    FUZZ_CHECK(!hasSidecar(path), "reading leaves no file next to the cache");
    say(opened ? "opened" : "refused");
    return 0;
}
