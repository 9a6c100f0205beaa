// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "commandline.h"
#include "commands.h"
#include "costsummary.h"
#include "interruptwatcher.h"
#include "oneuptimesource.h"
#include "progressline.h"
#include "sqlitecachesource.h"
#include "summaryformat.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <memory>

namespace SmslogCommands {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smslog", text);
}

// Opens `source` and waits, in an event loop, for its cost report of `filter` by UTC day (with
// `errorCodes` when asked): the same request the window's totals make. Returns the report or the exit status
// (error printed). A live source pages through every matching message (progress on a terminal, Ctrl+C
// cancels); a cache answers from its roll-ups where the filter allows.
std::variant<CostReport, int> costReport(SmsLogSource &source, const SmsFilter &filter,
                                         ErrorCodeTotals errorCodes, QStringList *notes)
{
    InterruptWatcher interrupts;
    ProgressLine progress(tr("messages"));
    QEventLoop loop;
    std::variant<CostReport, int> result = ExitStatus::Failure;
    SmsLogSource::RequestId request = 0;
    bool over = false;
    const auto fail = [&](const SourceError &error) {
        if (over)
            return;
        over = true;
        progress.clear();
        result = Console::fail(error);
        loop.quit();
    };
    QObject::connect(&source, &SmsLogSource::opened, &loop, [&] {
        *notes = source.filterNotes(filter);
        request = source.requestCostReport(filter, 0, CostResolution::Day, errorCodes);
    });
    QObject::connect(&source, &SmsLogSource::openFailed, &loop, fail);
    QObject::connect(&source, &SmsLogSource::failed, &loop, fail);
    QObject::connect(&source, &SmsLogSource::requestFailed, &loop,
                     [&](SmsLogSource::RequestId id, const SourceError &error) {
                         if (id == request)
                             fail(error);
                     });
    QObject::connect(&source, &SmsLogSource::costReportFetched, &loop,
                     [&](SmsLogSource::RequestId id, const CostReport &report) {
                         if (id != request || over)
                             return;
                         over = true;
                         result = report;
                         loop.quit();
                     });
    QObject::connect(&source, &SmsLogSource::progressed, &loop,
                     [&](SmsLogSource::RequestId id, qint64 done, qint64 total) {
                         if (id == request)
                             progress.update(done, total);
                     });
    QObject::connect(&source, &SmsLogSource::noticeChanged, &loop, [&](const QString &notice) {
        if (!notice.isEmpty())
            progress.note(notice);
    });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&] {
        if (request != 0)
            source.cancel(request);
        fail({SourceError::Kind::Cancelled, tr("Cancelled."), {}});
    });
    source.open();
    if (!over)
        loop.exec();
    progress.clear();
    return result;
}

} // namespace

int summary(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("summary"),
        QStringLiteral("summary (--cache FILE | --url URL) [--by project|status|day|month|error-code] "
                       "[--format table|csv|json] [FILTERS]"),
        tr("Message count and cost (US dollars and cents, added up exactly as integer cents) of the "
           "messages matching the filters, per project, status, day, month or provider error code. From a "
           "cache file, or "
           "live from a OneUptime instance by reading every matching message of the API key's project "
           "(the API has no sums)."),
        timeHelpText() + u'\n'
            + tr("\nGroups: projects by cost, most expensive first (label: the project's name); statuses "
                 "by message count, most first; days (YYYY-MM-DD) and months (YYYY-MM) in UTC, oldest "
                 "first; provider error codes by message count, most first (label: the code and what it "
                 "means, "
                 "from Twilio's error dictionary). Messages without a known cost count as 0 cents.\n"
                 "\nFormats:\n"
                 "  table  aligned columns for people, money as dollars and cents, a total line.\n"
                 "  csv    a header row key,label,count,costInUSDCents, then one row per group.\n"
                 "  json   one object: {\"by\": \"project\", \"total\": {\"count\": N, \"costInUSDCents\": "
                 "C},\n"
                 "         \"groups\": [{\"key\": \"...\", \"label\": \"...\", \"count\": N, "
                 "\"costInUSDCents\": C}, ...]}\n"
                 "\nWith --url the API key comes from SMSLOG_API_KEY or --api-key-file (see smslog "
                 "--help); only messages sent before the summary started are counted. A cache file's "
                 "header and schema are checked before it is read, and it is never modified; where the "
                 "filters allow (time range, status, project) the sums come from its roll-ups."));
    line.addOption(QCommandLineOption(QStringLiteral("cache"), tr("Add up this cache file (read-only)."),
                                      QStringLiteral("FILE")));
    line.addConnectionOptions(false);
    line.addOption(QCommandLineOption(
        QStringLiteral("by"), tr("Group by project, status, day, month or error code (default: project)."),
        QStringLiteral("project|status|day|month|error-code")));
    line.addOption(QCommandLineOption(QStringLiteral("format"),
                                      tr("Print a table, CSV or JSON (default: table)."),
                                      QStringLiteral("table|csv|json")));
    line.addFilterOptions();
    if (const auto status = line.parse(arguments))
        return *status;

    const bool fromCache = line.isSet(QStringLiteral("cache"));
    const bool live = line.isSet(QStringLiteral("url"));
    if (fromCache == live)
        return line.usageError(fromCache ? tr("Give either --cache or --url, not both.")
                                         : tr("Give --cache FILE or --url URL."));
    if (fromCache) {
        for (const QString &name : {QStringLiteral("api-key-file"), QStringLiteral("ca-file")})
            if (line.isSet(name))
                return line.usageError(tr("--%1 goes with --url, not with --cache.").arg(name));
    }
    const QString byName
        = line.isSet(QStringLiteral("by")) ? line.value(QStringLiteral("by")) : QStringLiteral("project");
    const auto by = summaryGroupingFromName(byName);
    if (!by)
        return line.usageError(tr("--by must be project, status, day, month or error-code."));
    const QString formatName = line.isSet(QStringLiteral("format")) ? line.value(QStringLiteral("format"))
                                                                    : QStringLiteral("table");
    const auto format = SummaryFormat::fromName(formatName);
    if (!format)
        return line.usageError(tr("--format must be table, csv or json."));
    const auto filter = line.filter();
    if (const int *status = std::get_if<int>(&filter))
        return *status;

    // The source the window would open, asked the window's question.
    std::unique_ptr<SmsLogSource> source;
    if (fromCache) {
        auto cache = std::make_unique<SqliteCacheSource>(line.value(QStringLiteral("cache")));
        cache->setIntegrityChecked(false); // the roll-ups are read, not every page
        source = std::move(cache);
    } else {
        const auto settings = line.connection();
        if (const int *status = std::get_if<int>(&settings))
            return *status;
        source = std::make_unique<OneUptimeSource>(std::get<OneUptimeSettings>(settings));
    }
    QStringList notes;
    const auto report = costReport(
        *source, std::get<SmsFilter>(filter),
        *by == SummaryGrouping::ErrorCode ? ErrorCodeTotals::Included : ErrorCodeTotals::Omitted, &notes);
    if (const int *status = std::get_if<int>(&report))
        return *status;
    const auto summary = summarizeReport(std::get<CostReport>(report), *by);
    if (!summary)
        return Console::fail({SourceError::Kind::Query, tr("The total cost is too large to add up."), {}});
    // What the source could not do exactly changes what was counted: said, not hidden.
    for (const QString &note : std::as_const(notes))
        Console::printError(tr("note: %1").arg(note));
    Console::print(SummaryFormat::format(*summary, *format, QLocale()));
    return ExitStatus::Success;
}

} // namespace SmslogCommands
