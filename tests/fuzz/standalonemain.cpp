// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// Replays inputs through a fuzz target without libFuzzer, so that every seed and every past crash
// runs in the ordinary test suite (CTest `fuzzreplay_<target>`, also under SMSLOG_SANITIZE).
// Arguments: files or folders; a folder means every regular file in it (not recursive), in name
// order. Exit status 0 when every input ran; a failing input aborts the process (the target's
// FUZZ_CHECK or a sanitizer), after its path was printed. An argument that does not exist fails.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// Optional in a target, as with libFuzzer.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString path = QFile::decodeName(argv[i]);
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(path);
            for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name))
                files << dir.filePath(name);
        } else if (info.isFile()) {
            files << path;
        } else {
            std::fprintf(stderr, "no such file or folder: %s\n", argv[i]);
            return 2;
        }
    }
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 2;
        }
        // A copy of exactly `size` bytes on the heap, so that AddressSanitizer sees reads past it.
        const QByteArray bytes = file.readAll();
        auto *data = new uint8_t[bytes.size() > 0 ? bytes.size() : 1];
        std::copy(bytes.cbegin(), bytes.cend(), data);
        std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(path), qint64(bytes.size()));
        LLVMFuzzerTestOneInput(data, size_t(bytes.size()));
        delete[] data;
    }
    std::fprintf(stderr, "%lld inputs replayed\n", qint64(files.size()));
    return 0;
}
