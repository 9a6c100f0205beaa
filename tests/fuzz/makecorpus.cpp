// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// Writes the seed corpus of fuzz_cacheopen, fuzz_cachesummary and fuzz_cacheimport (run once by
// hand; its output is committed in corpus/cacheopen and, the same files, corpus/cachesummary and
// corpus/cacheimport): a tiny demo cache in format 2 and format 1, an empty one, and damaged and
// foreign variants of them. Pages are 512 bytes (the smallest SQLite allows), so that each seed
// stays a few ten kilobytes and the fuzzer's per-input cost low.
// Usage: fuzz_makecorpus FOLDER (which must exist and be empty).

#include "cacheschema.h"
#include "demogenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>

namespace {

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "makecorpus: %s\n", qPrintable(what));
    std::exit(1);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read ") + path);
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        die(QStringLiteral("cannot write ") + path);
}

// Runs `statements` on the file at `path` through an ordinary (writable) connection.
void run(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("make"));
        db.setDatabaseName(path);
        if (!db.open())
            die(db.lastError().text());
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (!query.exec(statement))
                die(statement + QStringLiteral(": ") + query.lastError().text());
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make"));
}

// A demo cache of `rows` rows, rewritten with 512-byte pages.
QByteArray demo(const QString &folder, const QString &name, qint64 rows)
{
    const QString path = folder + u'/' + name;
    DemoOptions options;
    options.rows = rows;
    options.seed = 7;
    options.days = 3;
    if (const QString error = writeDemoCache(path, options); !error.isEmpty())
        die(error);
    run(path, {QStringLiteral("PRAGMA page_size = 512"), QStringLiteral("VACUUM")});
    return readFile(path);
}

QByteArray modified(const QString &folder, const QString &name, const QByteArray &bytes,
                    const QStringList &statements)
{
    const QString path = folder + u'/' + name;
    writeFile(path, bytes);
    run(path, statements + QStringList{QStringLiteral("VACUUM")});
    return readFile(path);
}

void setBigEndian(QByteArray &bytes, int offset, int size, quint32 value)
{
    for (int i = size - 1; i >= 0; --i, value >>= 8)
        bytes[offset + i] = char(value & 0xff);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        die(QStringLiteral("usage: fuzz_makecorpus FOLDER"));
    const QString out = QFile::decodeName(argv[1]);
    if (!QDir(out).exists() || !QDir(out).isEmpty())
        die(QStringLiteral("the folder must exist and be empty"));

    // The current format (3), then each earlier one, read as it is (upgraded by a sync).
    const QByteArray v2 = demo(out, QStringLiteral("demo-v%1.sqlite").arg(CacheSchema::version), 6);
    demo(out, QStringLiteral("demo-empty.sqlite"), 0);
    // Format 2: without the resources' context.
    const QByteArray formatTwo = modified(
        out, QStringLiteral("demo-v2.sqlite"), v2,
        {QStringLiteral("DROP TABLE resource_context"), QStringLiteral("PRAGMA user_version = 2")});
    // Format 1: without the roll-ups and the status-by-time index either.
    modified(out, QStringLiteral("demo-v1.sqlite"), formatTwo,
             {QStringLiteral("DROP TABLE cost_by_hour"), QStringLiteral("DROP TABLE cost_by_day"),
              QStringLiteral("DROP INDEX sms_log_status_time"), QStringLiteral("PRAGMA user_version = 1")});
    // Foreign: other application id, a newer format, a trigger, a view, an index missing, an extra table.
    modified(out, QStringLiteral("foreign-appid.sqlite"), v2, {QStringLiteral("PRAGMA application_id = 1")});
    modified(out, QStringLiteral("newer-format.sqlite"), v2,
             {QStringLiteral("PRAGMA user_version = %1").arg(CacheSchema::version + 1)});
    modified(out, QStringLiteral("foreign-trigger.sqlite"), v2,
             {QStringLiteral("CREATE TRIGGER t AFTER INSERT ON cache_info BEGIN SELECT 1; END")});
    modified(out, QStringLiteral("foreign-view.sqlite"), v2, {QStringLiteral("CREATE VIEW v AS SELECT 1")});
    modified(out, QStringLiteral("missing-index.sqlite"), v2, {QStringLiteral("DROP INDEX sms_log_status")});
    modified(out, QStringLiteral("extra-table.sqlite"), v2, {QStringLiteral("CREATE TABLE x (y)")});
    // Odd values a cache of ours never holds: a text cost, a real cost, a time as text.
    modified(out, QStringLiteral("odd-values.sqlite"), v2,
             {QStringLiteral("UPDATE sms_log SET cost_cents = 'x' WHERE rid = 1"),
              QStringLiteral("UPDATE sms_log SET cost_cents = 1.5 WHERE rid = 2"),
              QStringLiteral("UPDATE sms_log SET created_at = 'yesterday' WHERE rid = 3"),
              QStringLiteral("UPDATE sms_log SET created_at = 9223372036854775807 WHERE rid = 4")});

    // Damaged at the byte level.
    writeFile(out + QStringLiteral("/truncated-half.sqlite"), v2.left(v2.size() / 2));
    QByteArray bytes = v2;
    setBigEndian(bytes, 28, 4, quint32(v2.size() / 512 + 5)); // promises more pages than it has
    writeFile(out + QStringLiteral("/truncated-claim.sqlite"), bytes);
    bytes = v2;
    bytes[18] = 2; // write-ahead log
    bytes[19] = 2;
    writeFile(out + QStringLiteral("/wal-mode.sqlite"), bytes);
    bytes = v2;
    setBigEndian(bytes, 16, 2, 1000); // not a power of two
    writeFile(out + QStringLiteral("/bad-page-size.sqlite"), bytes);
    bytes = v2;
    for (qsizetype i = 512 * 3; i < 512 * 3 + 64 && i < bytes.size(); ++i) // a b-tree page header
        bytes[i] = char(0xff);
    writeFile(out + QStringLiteral("/damaged-page.sqlite"), bytes);
    writeFile(out + QStringLiteral("/header-only.sqlite"), v2.left(100));
    writeFile(out + QStringLiteral("/empty.sqlite"), {});
    writeFile(out + QStringLiteral("/not-sqlite.sqlite"), "id,createdAt\r\nabc,2026-01-01\r\n");
    return 0;
}
