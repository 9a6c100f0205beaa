// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachesummary.h"
#include "commandline.h"
#include "commands.h"
#include "interruptwatcher.h"
#include "livesummary.h"
#include "progressline.h"
#include "summaryformat.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace SmslogCommands {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smslog", text);
}

// Pages through the instance's API; returns the summary or the exit status (error printed).
std::variant<CostSummary, int> liveSummary(const OneUptimeSettings &settings, const SmsFilter &filter,
                                           SummaryGrouping by)
{
    LiveSummary live(settings);
    InterruptWatcher interrupts;
    ProgressLine progress(tr("messages"));
    QEventLoop loop;
    std::variant<CostSummary, int> result = ExitStatus::Failure;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &live, &LiveSummary::cancel);
    QObject::connect(&live, &LiveSummary::progressed, &loop,
                     [&progress](qint64 done, qint64 total) { progress.update(done, total); });
    QObject::connect(&live, &LiveSummary::retrying, &loop,
                     [&progress](const QString &message) { progress.note(message); });
    QObject::connect(&live, &LiveSummary::finished, &loop, [&](const CostSummary &summary) {
        result = summary;
        loop.quit();
    });
    QObject::connect(&live, &LiveSummary::failed, &loop, [&](const SourceError &error) {
        progress.clear();
        result = Console::fail(error);
        loop.quit();
    });
    live.start(filter, by);
    loop.exec();
    progress.clear();
    // What the server could not do exactly changes what was counted: said, not hidden.
    if (std::holds_alternative<CostSummary>(result))
        for (const QString &note : live.notes())
            Console::printError(tr("note: %1").arg(note));
    return result;
}

} // namespace

int summary(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("summary"),
        QStringLiteral("summary (--cache FILE | --url URL) [--by project|status|day|month] "
                       "[--format table|csv|json] [FILTERS]"),
        tr("Message count and cost (US dollars and cents, added up exactly as integer cents) of the "
           "messages matching the filters, per project, status, day or month. From a cache file, or "
           "live from a OneUptime instance by reading every matching message of the API key's project "
           "(the API has no sums)."),
        timeHelpText() + u'\n'
            + tr("\nGroups: projects by cost, most expensive first (label: the project's name); statuses "
                 "by message count, most first; days (YYYY-MM-DD) and months (YYYY-MM) in UTC, oldest "
                 "first. Messages without a known cost count as 0 cents.\n"
                 "\nFormats:\n"
                 "  table  aligned columns for people, money as dollars and cents, a total line.\n"
                 "  csv    a header row key,label,count,costInUSDCents, then one row per group.\n"
                 "  json   one object: {\"by\": \"project\", \"total\": {\"count\": N, \"costInUSDCents\": "
                 "C},\n"
                 "         \"groups\": [{\"key\": \"...\", \"label\": \"...\", \"count\": N, "
                 "\"costInUSDCents\": C}, ...]}\n"
                 "\nWith --url the API key comes from SMSLOG_API_KEY or --api-key-file (see smslog "
                 "--help); only messages sent before the summary started are counted. A cache file is "
                 "checked completely (PRAGMA quick_check) before it is added up, and never modified."));
    line.addOption(QCommandLineOption(QStringLiteral("cache"), tr("Add up this cache file (read-only)."),
                                      QStringLiteral("FILE")));
    line.addConnectionOptions(false);
    line.addOption(QCommandLineOption(QStringLiteral("by"),
                                      tr("Group by project, status, day or month (default: project)."),
                                      QStringLiteral("project|status|day|month")));
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
        return line.usageError(tr("--by must be project, status, day or month."));
    const QString formatName = line.isSet(QStringLiteral("format")) ? line.value(QStringLiteral("format"))
                                                                    : QStringLiteral("table");
    const auto format = SummaryFormat::fromName(formatName);
    if (!format)
        return line.usageError(tr("--format must be table, csv or json."));
    const auto filter = line.filter();
    if (const int *status = std::get_if<int>(&filter))
        return *status;

    std::variant<CostSummary, int> result = ExitStatus::Failure;
    if (fromCache) {
        const auto summary
            = CacheSummary::summarize(line.value(QStringLiteral("cache")), std::get<SmsFilter>(filter), *by);
        if (const auto *error = std::get_if<SourceError>(&summary))
            return Console::fail(*error);
        result = std::get<CostSummary>(summary);
    } else {
        const auto settings = line.connection();
        if (const int *status = std::get_if<int>(&settings))
            return *status;
        result = liveSummary(std::get<OneUptimeSettings>(settings), std::get<SmsFilter>(filter), *by);
    }
    if (const int *status = std::get_if<int>(&result))
        return *status;
    Console::print(SummaryFormat::format(std::get<CostSummary>(result), *format, QLocale()));
    return ExitStatus::Success;
}

} // namespace SmslogCommands
