// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "commandline.h"
#include "commands.h"
#include "demogenerator.h"
#include "jobrunner.h"
#include "progressline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <cstdio>

namespace SmslogCommands {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smslog", text);
}

constexpr qint64 maxRows = 100000000;

} // namespace

int demo(const QStringList &arguments)
{
    CommandLine line(
        QStringLiteral("demo"),
        QStringLiteral("demo --rows N --output FILE [--seed N] [--end ISO8601] [--days N] [--force]"),
        tr("Write a cache file of made-up SMS logs (four projects, incidents, alerts, the status "
           "mix of an upgraded server, error codes, costs, many scripts), for trials and "
           "benchmarks. The same options always give the same data."),
        tr("The file appears only when complete. An existing file is left alone (exit "
           "status 2) unless --force is given; then it is replaced only once the new one is "
           "complete. Prints the number of messages written."));
    line.addOption(QCommandLineOption(QStringLiteral("rows"), tr("How many messages (0 to 100,000,000)."),
                                      QStringLiteral("N")));
    line.addOption(
        QCommandLineOption(QStringLiteral("output"), tr("The cache file to write."), QStringLiteral("FILE")));
    line.addOption(QCommandLineOption(
        QStringLiteral("seed"), tr("Seed of the random generator (default 1); another seed, other data."),
        QStringLiteral("N")));
    line.addOption(QCommandLineOption(QStringLiteral("end"),
                                      tr("Time of the newest message (ISO 8601; a date alone is the end of "
                                         "that day, UTC). Default: 2026-06-15T12:00:00Z."),
                                      QStringLiteral("ISO8601")));
    line.addOption(QCommandLineOption(QStringLiteral("days"),
                                      tr("The messages span this many days before --end (1 to 3650, "
                                         "default 90)."),
                                      QStringLiteral("N")));
    line.addOption(QCommandLineOption(QStringLiteral("force"), tr("Replace FILE if it exists.")));
    if (const auto status = line.parse(arguments))
        return *status;
    const auto rowsText = line.required(QStringLiteral("rows"));
    if (!rowsText)
        return ExitStatus::Usage;
    const auto output = line.required(QStringLiteral("output"));
    if (!output)
        return ExitStatus::Usage;

    DemoOptions options;
    bool ok = false;
    options.rows = rowsText->toLongLong(&ok);
    if (!ok || options.rows < 0 || options.rows > maxRows)
        return line.usageError(tr("--rows must be a whole number from 0 to 100000000."));
    if (line.isSet(QStringLiteral("seed"))) {
        options.seed = line.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return line.usageError(tr("--seed must be a whole number from 0 to 18446744073709551615."));
    }
    if (line.isSet(QStringLiteral("end"))) {
        const auto end = parseIsoTime(line.value(QStringLiteral("end")), DayBound::End);
        if (!end)
            return line.usageError(tr("--end needs an ISO 8601 date or time, such as 2026-06-01T12:00:00Z."));
        options.end = *end;
    }
    if (line.isSet(QStringLiteral("days"))) {
        options.days = line.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || options.days < 1 || options.days > 3650)
            return line.usageError(tr("--days must be a whole number from 1 to 3650."));
    }
    if (output->isEmpty())
        return line.usageError(tr("--output needs a file name."));
    const QFileInfo target(*output);
    const bool replace = target.exists() || target.isSymLink();
    if (replace && !line.isSet(QStringLiteral("force")))
        return line.usageError(tr("%1 exists; give --force to replace it.").arg(*output));
    if (replace && !target.isFile())
        return line.usageError(tr("%1 is not a file.").arg(*output));

    // writeDemoCache() refuses an existing path: the new file is made under another name next to
    // it and renamed over the old one only when complete (rename() replaces atomically).
    const QString path = replace
        ? target.absoluteDir().filePath(
            QStringLiteral(".%1.%2.new").arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)))
        : *output;
    ProgressLine progress(tr("messages"));
    const JobResult result = runJob(
        QStringLiteral("demo cache"),
        [path, options](JobControl &control) {
            const QString error = writeDemoCache(
                path, options, [&control](qint64 done, qint64 total) { return control.report(done, total); });
            return error.isEmpty() ? JobResult{}
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
    if (replace
        && std::rename(QFile::encodeName(path).constData(), QFile::encodeName(*output).constData()) != 0) {
        QFile::remove(path);
        Console::printError(tr("%1 could not be replaced.").arg(*output));
        return ExitStatus::Failure;
    }
    Console::printLine(tr("%1 demo messages written to %2.").arg(QString::number(options.rows), *output));
    return ExitStatus::Success;
}

} // namespace SmslogCommands
