// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "oneuptimeclient.h"
#include "smsquery.h"
#include "sourceerror.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

// The exit statuses of `smslog` (also in `smslog --help`).
namespace ExitStatus {
inline constexpr int Success = 0;
inline constexpr int Failure = 1; // anything else, cancelling included
inline constexpr int Usage = 2; // bad command line
inline constexpr int Refused = 3; // authentication, permission or payment refused
inline constexpr int Unreachable = 4; // network, TLS, timeout, server failure after retries
inline constexpr int UnusableCache = 5; // missing, unreadable, damaged, foreign or newer cache

int forError(SourceError::Kind kind);
} // namespace ExitStatus

// Writing for people and scripts: results to stdout, errors and progress to stderr, UTF-8.
namespace Console {
// `text` and a newline to stdout.
void printLine(const QString &text);
// `text` as it is (no newline added) to stdout.
void print(const QString &text);
// "smslog: <text>" on one line of stderr (line breaks in `text` become spaces).
void printError(const QString &text);
// Prints the error (its message, then its technical detail in parentheses) and returns its exit
// status. A cancelled job prints "smslog: cancelled".
int fail(const SourceError &error);
// Whether stderr is a terminal (progress is shown only then).
bool stderrIsTerminal();
} // namespace Console

// How a bare date is read: as the first or the last millisecond of that day (UTC).
enum class DayBound { Start, End };

// ISO 8601 → UTC. Accepts YYYY-MM-DD, and YYYY-MM-DDThh:mm[:ss[.fff]] (T or a space) with an
// optional zone (Z, ±hh, ±hhmm, ±hh:mm); a time without a zone is UTC. nullopt when unusable.
std::optional<QDateTime> parseIsoTime(const QString &text, DayBound bound);

// One subcommand's command line: its options, --help, and the checks that make usage errors
// (unknown or repeated options, stray arguments, bad values). Errors are printed here; the
// methods that can fail return the exit status to end with.
class CommandLine
{
public:
    // `usage` is the synopsis after "Usage: smslog " ("summary (--cache FILE | --url URL) ...");
    // `notes` is printed after the options in --help.
    CommandLine(const QString &command, const QString &usage, const QString &description,
                const QString &notes = {});

    // An option that takes a value may be given once, unless `repeatable`.
    void addOption(const QCommandLineOption &option, bool repeatable = false);
    // --status, --since, --until, --to-number, --from-number, --search, --project, --incident,
    // --alert, --monitor, --error-code.
    void addFilterOptions();
    // --url, --api-key-file, --ca-file.
    void addConnectionOptions(bool urlRequired);

    // Parses `arguments` (what follows the command). nullopt: go on. Otherwise the exit status to
    // end with (0 after --help, 2 after a usage error, already printed).
    std::optional<int> parse(const QStringList &arguments);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    // A required option: its value, or nullopt after printing a usage error.
    std::optional<QString> required(const QString &name);

    // The filter the filter options describe, or the exit status (usage error printed).
    std::variant<SmsFilter, int> filter();
    // Settings for --url with the API key from --api-key-file or SMSLOG_API_KEY, or the exit
    // status (error printed; the key never is).
    std::variant<OneUptimeSettings, int> connection();

    // Prints "smslog: <text> (see smslog <command> --help)" and returns 2.
    int usageError(const QString &text) const;
    QString helpText() const;

private:
    QString m_command;
    QString m_usage;
    QString m_notes;
    QCommandLineParser m_parser;
    QSet<QString> m_singleValued; // options with a value that may be given once
};

// The text of `smslog --help`.
QString mainHelpText();
// What --help says about times, shared by the commands that take them.
QString timeHelpText();
