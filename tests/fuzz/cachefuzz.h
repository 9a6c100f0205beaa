// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// What the cache fuzz targets (fuzz_cacheopen, fuzz_cachesummary, fuzz_cacheimport) share: a
// private temporary folder for the input file, whole-file reads and writes, the sidecar check and
// the check of an error's message. Header-only; each target is one executable.

#pragma once

#include "fuzzcheck.h"
#include "sourceerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#ifdef SMSLOG_FUZZ_SQLITE_MALLOC
#include <sqlite3.h>
// glibc's allocator itself, under the names AddressSanitizer does not intercept.
extern "C" void *__libc_malloc(size_t);
extern "C" void *__libc_realloc(void *, size_t);
extern "C" void __libc_free(void *);
#endif

namespace CacheFuzz {

// SMSLOG_FUZZ_VERBOSE set: what happened to each input, on stderr (triage).
inline bool verbose = false;

inline void say(const char *what, const QString &detail = {})
{
    if (verbose)
        std::fprintf(stderr, "  %s %s\n", what, qPrintable(detail));
}

// The folder the input files go to, made once per process (on /dev/shm when there is one, so a
// file costs no disk I/O) and removed at exit. Aborts when it cannot be made.
inline QTemporaryDir &folder()
{
    static QTemporaryDir dir(QDir(QStringLiteral("/dev/shm")).exists()
                                 ? QStringLiteral("/dev/shm/smslog-fuzz-XXXXXX")
                                 : QDir::tempPath() + QStringLiteral("/smslog-fuzz-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary folder: %s\n", qPrintable(dir.errorString()));
        std::abort();
    }
    return dir;
}

#ifdef SMSLOG_FUZZ_SQLITE_MALLOC
// SQLite's memory from glibc directly, not through AddressSanitizer's allocator (the libFuzzer
// executables only; the replays and the sanitizer suite keep ASan's). Debian's SQLite is not
// instrumented, so ASan never checked its accesses; what its allocator cost here was a quarantine,
// a stack and a fill per parser node: about half of a valid cache's time (a schema parse and the
// row SELECT's per input). Our code's reads of SQLite's buffers lose their red zones; a crash in
// them still shows, and fuzzreplay_<target> replays it with ASan's allocator everywhere.
namespace SqliteMalloc {
constexpr int header = 16; // the size, kept in front of each block (16 keeps SQLite's alignment)
inline void *allocate(int n)
{
    auto *block = static_cast<char *>(__libc_malloc(size_t(n) + header));
    if (!block)
        return nullptr;
    std::memcpy(block, &n, sizeof n);
    return block + header;
}
inline void release(void *p)
{
    if (p)
        __libc_free(static_cast<char *>(p) - header);
}
inline int size(void *p)
{
    int n = 0;
    if (p)
        std::memcpy(&n, static_cast<char *>(p) - header, sizeof n);
    return n;
}
inline void *reallocate(void *p, int n)
{
    auto *block = static_cast<char *>(__libc_realloc(static_cast<char *>(p) - header, size_t(n) + header));
    if (!block)
        return nullptr;
    std::memcpy(block, &n, sizeof n);
    return block + header;
}
inline int roundUp(int n)
{
    return (n + 7) & ~7;
}
inline int init(void *)
{
    return SQLITE_OK;
}
inline void shutdown(void *) { }
inline void install()
{
    static const sqlite3_mem_methods methods{allocate, release, reallocate, size,
                                             roundUp,  init,    shutdown,   nullptr};
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite3_config(SQLITE_CONFIG_MALLOC) refused\n");
        std::abort();
    }
}
} // namespace SqliteMalloc
#endif

// What every cache target's LLVMFuzzerInitialize does: SQLite's allocator (above), the
// application object Qt's SQL driver needs, the folder, and SMSLOG_FUZZ_VERBOSE read once.
inline void initialize(int *argc, char ***argv)
{
#ifdef SMSLOG_FUZZ_SQLITE_MALLOC
    SqliteMalloc::install();
#endif
    static QCoreApplication app(*argc, *argv);
    folder();
    verbose = qEnvironmentVariableIsSet("SMSLOG_FUZZ_VERBOSE");
}

// Replaces the file at `path` by exactly `bytes` (truncating what was there). True on success.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The whole file, or "<unreadable>" (which no check compares equal to an input written as is).
inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// The files SQLite may put next to a database it writes (and that a reader must never create).
inline const QStringList sidecars{QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")};

// Whether a journal, write-ahead log or shared-memory file exists next to `path`.
inline bool hasSidecar(const QString &path)
{
    for (const QString &suffix : sidecars) {
        if (QFile::exists(path + suffix))
            return true;
    }
    return false;
}

// Removes `path` and its sidecars (what a previous input may have left).
inline void removeWithSidecars(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : sidecars)
        QFile::remove(path + suffix);
}

// A refusal or a failure must say something the user can read.
inline void checkError(const SourceError &error)
{
    say("error:", error.message + QStringLiteral(" / ") + error.detail);
    FUZZ_CHECK(!error.message.isEmpty(), "a refusal or failure has a message for the user");
}

} // namespace CacheFuzz
