// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachecheck.h"
#include "cacheexport.h"
#include "commandline.h"
#include "commands.h"
#include "jobrunner.h"
#include "progressline.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace SmslogCommands {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smslog", text);
}

} // namespace

int exportRows(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("export"),
        QStringLiteral("export --cache FILE --format csv|jsonl|sqlite --output FILE [--redact] [FILTERS]"),
        tr("Write the messages of a cache file that match the filters, newest first, to a file:\n"
           "  csv     RFC 4180, UTF-8, a header row; the API's field names as columns.\n"
           "  jsonl   JSON Lines: one object per message, the API's field names as keys.\n"
           "  sqlite  a snapshot: a cache file of its own that SMS Log Viewer opens read-only, with a\n"
           "          table saying where it came from, when, and with which filter.\n"
           "Times are ISO 8601 UTC with milliseconds; missing values are empty cells or null. The "
           "output appears only when complete (written under a temporary name, checked, renamed), "
           "replacing a file of that name; Ctrl+C leaves no partial file."),
        timeHelpText()
            + tr("\n--redact masks phone numbers but for their last four digits and leaves out SMS "
                 "texts, for sharing outside the support team.\nPrints the number of rows written."));
    line.addOption(QCommandLineOption(QStringLiteral("cache"), tr("The cache file to read (never modified)."),
                                      QStringLiteral("FILE")));
    line.addOption(QCommandLineOption(QStringLiteral("format"), tr("csv, jsonl or sqlite."),
                                      QStringLiteral("csv|jsonl|sqlite")));
    line.addOption(
        QCommandLineOption(QStringLiteral("output"), tr("The file to write."), QStringLiteral("FILE")));
    line.addOption(QCommandLineOption(QStringLiteral("redact"),
                                      tr("Mask phone numbers (all but the last four digits) and leave out "
                                         "SMS texts.")));
    line.addFilterOptions();
    if (const auto status = line.parse(arguments))
        return *status;
    const auto cache = line.required(QStringLiteral("cache"));
    if (!cache)
        return ExitStatus::Usage;
    const auto formatName = line.required(QStringLiteral("format"));
    if (!formatName)
        return ExitStatus::Usage;
    const auto output = line.required(QStringLiteral("output"));
    if (!output)
        return ExitStatus::Usage;
    CacheExport::Options options;
    if (*formatName == QStringLiteral("csv"))
        options.format = CacheExport::Format::Csv;
    else if (*formatName == QStringLiteral("jsonl"))
        options.format = CacheExport::Format::JsonLines;
    else if (*formatName == QStringLiteral("sqlite"))
        options.format = CacheExport::Format::Sqlite;
    else
        return line.usageError(tr("--format must be csv, jsonl or sqlite."));
    options.redact = line.isSet(QStringLiteral("redact"));
    if (output->isEmpty())
        return line.usageError(tr("--output needs a file name."));
    // The export replaces its output: never the cache it reads.
    const QFileInfo cacheInfo(*cache);
    const QFileInfo outputInfo(*output);
    if (outputInfo.exists() && cacheInfo.exists()
        && outputInfo.canonicalFilePath() == cacheInfo.canonicalFilePath())
        return line.usageError(tr("--output is the cache file itself."));
    const auto filter = line.filter();
    if (const int *status = std::get_if<int>(&filter))
        return *status;

    // An unusable cache is said as such (exit status 5) before anything is written.
    if (const auto error = CacheCheck::checkCache(*cache))
        return Console::fail(*error);
    options.sourceDescription = tr("cache file %1").arg(cacheInfo.fileName());

    ProgressLine progress(tr("rows"));
    const JobResult result = runJob(
        QStringLiteral("export"),
        [cache = *cache, filter = std::get<SmsFilter>(filter), output = *output,
         options](JobControl &control) {
            qint64 written = 0;
            const QString error = CacheExport::exportRows(
                cache, filter, output, options,
                [&control](qint64 done, qint64 total) { return control.report(done, total); }, &written);
            return error.isEmpty() ? JobResult{std::nullopt, written}
                                   : JobResult{SourceError{SourceError::Kind::Query, error, {}}, 0};
        },
        progress);
    progress.clear();
    if (result.error) {
        if (result.error->kind == SourceError::Kind::Cancelled)
            return Console::fail({SourceError::Kind::Cancelled, {}, {}});
        Console::printError(result.error->message);
        return ExitStatus::Failure;
    }
    const qint64 written = result.count;
    Console::printLine(tr("%1 rows written to %2.").arg(QString::number(written), *output));
    return ExitStatus::Success;
}

} // namespace SmslogCommands
