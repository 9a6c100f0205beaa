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

// What every cache target's LLVMFuzzerInitialize does: the application object Qt's SQL driver
// needs, the folder, and SMSLOG_FUZZ_VERBOSE read once.
inline void initialize(int *argc, char ***argv)
{
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
