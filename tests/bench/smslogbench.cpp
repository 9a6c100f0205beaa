// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// smslog-bench: how the cache viewer performs on a big cache. Drives the real SqliteCacheSource,
// SmsLogTableModel and a QTableView through a scripted session (open, jumps, scrolling, filter and
// sort changes, counts, totals, text search, memory, GUI-thread blocking, sync ingest, a sync while
// scrolling) and prints each figure beside its target and its floor (the same work in raw SQLite).
// The method is printed first; see README.md, "Performance". A benchmark, not a test: it exits 0 whether or
// not the goals are met, and non-zero only when it cannot measure.
//
//   smslog-bench --rows N [--dir DIR]   generate (once) or reuse DIR/smslog-bench-N.sqlite
//   smslog-bench --cache FILE           measure an existing cache
//   --json FILE  write the results   --quick  fewer repetitions   --skip-ingest  no G10
//   --skip-sync  no G11 (a sync from a loopback server while the table scrolls)
#include "benchapplication.h"
#include "benchsession.h"
#include "benchutil.h"
#include "cacheschema.h"
#include "demogenerator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <cstdio>

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

// Why `path` cannot be read as a cache; nullopt when it opens.
std::optional<SourceError> cacheProblem(const QString &path)
{
    const QString connection = QStringLiteral("smslog-bench-check");
    std::optional<SourceError> problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        problem = CacheSchema::openReadOnly(db, path);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return problem;
}

// DIR/smslog-bench-N.sqlite: reused when it exists and opens, generated otherwise (demo data,
// seed 1, 90 days; 365 days from a million rows on).
QString preparedCache(qint64 rows, const QString &dirPath)
{
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral(".")))
        throw Bench::Error(QStringLiteral("cannot create the folder %1").arg(dirPath));
    const QString path = dir.absoluteFilePath(QStringLiteral("smslog-bench-%1.sqlite").arg(rows));
    if (QFileInfo::exists(path)) {
        const std::optional<SourceError> problem = cacheProblem(path);
        if (!problem) {
            say(QStringLiteral("Reusing %1").arg(path));
            return path;
        }
        say(QStringLiteral("%1 does not open (%2): generating it again").arg(path, problem->message));
        if (!QFile::remove(path))
            throw Bench::Error(QStringLiteral("cannot remove %1").arg(path));
    }
    DemoOptions options;
    options.rows = rows;
    options.seed = 1;
    options.days = rows >= 1000000 ? 365 : 90;
    say(QStringLiteral("Generating %1 demo rows into %2").arg(rows).arg(path));
    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = 0;
    const QString error = writeDemoCache(path, options, [&](qint64 done, qint64 total) {
        if (timer.elapsed() - lastReport >= 10000) {
            lastReport = timer.elapsed();
            say(QStringLiteral("  %1 / %2 rows (%3%), %4 s")
                    .arg(done)
                    .arg(total)
                    .arg(total > 0 ? 100 * done / total : 0)
                    .arg(lastReport / 1000));
        }
        return true;
    });
    if (!error.isEmpty())
        throw Bench::Error(QStringLiteral("cannot generate %1: %2").arg(path, error));
    say(QStringLiteral("Generated in %1 s").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return path;
}

// "Warm" means the file is in the operating system's cache: read it through once (sequentially,
// fast) so that the figures do not depend on what the disk held before the run.
void warm(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Bench::Error(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QElapsedTimer timer;
    timer.start();
    QByteArray buffer(4 << 20, Qt::Uninitialized);
    qint64 total = 0;
    for (qint64 got = 0; (got = file.read(buffer.data(), buffer.size())) > 0;)
        total += got;
    say(QStringLiteral("Warmed the file's cache: %1 MiB read in %2 s")
            .arg(total >> 20)
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
}

QString repetitions(bool quick)
{
    return quick
        ? QStringLiteral("Repetitions (--quick): G1 2 opens; G2 20 jumps, 2 keys, 5 drags; G3 50+50 "
                         "steps; G5/G6 1 run each; G8 100 positions; G10 50,000 rows; G11 50,000 rows.\n")
        : QStringLiteral("Repetitions: G1 5 opens; G2 100 jumps, 4 keys, 20 drags; G3 200+200 steps; "
                         "G5/G6 median of 3; G8 400 positions; G10 200,000 rows; G11 200,000 rows.\n");
}

void writeJson(const QString &path, const QByteArray &json)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size())
        throw Bench::Error(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "qt.qpa.*=false");
    BenchApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smslog-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures the cache viewer (source, table model, view) on a big cache and prints "
                       "its method and figures."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Generate (once) or reuse a demo cache of N rows."),
                                        QStringLiteral("N"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("Where --rows caches live (default ~/.cache/smslog-bench)."),
        QStringLiteral("DIR"), QDir::homePath() + QStringLiteral("/.cache/smslog-bench"));
    const QCommandLineOption cacheOption(
        QStringLiteral("cache"), QStringLiteral("Measure this existing cache."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the results as JSON."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         QStringLiteral("Fewer repetitions (a smoke run)."));
    const QCommandLineOption skipIngestOption(
        QStringLiteral("skip-ingest"),
        QStringLiteral("Skip G10, which writes rows into the cache (upgrading a cache of an older "
                       "format) and removes them again."));
    const QCommandLineOption skipSyncOption(
        QStringLiteral("skip-sync"),
        QStringLiteral("Skip G11, the sync from a loopback OneUptime imitation while scrolling."));
    const QCommandLineOption syncPageOption(
        QStringLiteral("sync-page-size"),
        QStringLiteral("Rows per request in G11 (default: CacheSync's, 1,000)."), QStringLiteral("N"));
    parser.addOptions({rowsOption, dirOption, cacheOption, jsonOption, quickOption, skipIngestOption,
                       skipSyncOption, syncPageOption});
    parser.process(app);

    bool rowsOk = false;
    const qint64 rows = parser.value(rowsOption).toLongLong(&rowsOk);
    if (parser.isSet(rowsOption) == parser.isSet(cacheOption)
        || (parser.isSet(rowsOption) && (!rowsOk || rows <= 0))) {
        say(QStringLiteral("smslog-bench: give either --rows N (N > 0) or --cache FILE. See --help."));
        return 2;
    }

    try {
        BenchOptions options;
        options.quick = parser.isSet(quickOption);
        options.skipIngest = parser.isSet(skipIngestOption);
        options.skipSync = parser.isSet(skipSyncOption);
        options.syncPageSize = parser.value(syncPageOption).toInt();
        options.cachePath = parser.isSet(cacheOption)
            ? QFileInfo(parser.value(cacheOption)).absoluteFilePath()
            : preparedCache(rows, parser.value(dirOption));
        warm(options.cachePath);
        std::printf("%s%s\n", qPrintable(benchMethod()), qPrintable(repetitions(options.quick)));
        std::fflush(stdout);

        BenchSession session(options, &app);
        const BenchReport report = session.run();
        std::printf("%s", qPrintable(report.text()));
        if (parser.isSet(jsonOption)) {
            writeJson(parser.value(jsonOption), report.json());
            std::printf("\nJSON written to %s\n", qPrintable(parser.value(jsonOption)));
        }
        return 0;
    } catch (const Bench::Error &error) {
        say(QStringLiteral("smslog-bench: ") + QString::fromStdString(error.what()));
        return 1;
    }
}
