// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "commandline.h"

#include "connectionprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <cstdio>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smslog", text);
}

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Anything shaped like a OneUptime API key (a UUID) in text that echoes the command line.
QString withoutKeys(QString text)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"));
    return text.replace(uuid, QStringLiteral("…"));
}

// Lines longer than `width` broken between words; lines that start with a space are laid out
// already and stay as they are.
QString wrapped(const QString &text, qsizetype width = 79)
{
    QStringList lines;
    for (const QString &paragraph : text.split(u'\n')) {
        if (paragraph.size() <= width || paragraph.startsWith(u' ')) {
            lines << paragraph;
            continue;
        }
        QString current;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
                lines << current;
                current.clear();
            }
            current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << current;
    }
    return lines.join(u'\n');
}

const QStringList linkOptions{QStringLiteral("incident"), QStringLiteral("alert"), QStringLiteral("monitor")};

} // namespace

// ---- exit statuses and console ----

int ExitStatus::forError(SourceError::Kind kind)
{
    using Kind = SourceError::Kind;
    switch (kind) {
    case Kind::Authentication:
    case Kind::Permission:
    case Kind::Payment: return Refused;
    case Kind::Network:
    case Kind::Server:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::BadResponse: return Unreachable;
    case Kind::FileNotFound:
    case Kind::FileUnreadable:
    case Kind::NotADatabase:
    case Kind::ForeignFile:
    case Kind::NewerSchema: return UnusableCache;
    case Kind::Query:
    case Kind::Cancelled: return Failure;
    }
    return Failure;
}

void Console::printLine(const QString &text)
{
    write(stdout, text + u'\n');
}

void Console::print(const QString &text)
{
    write(stdout, text);
}

void Console::printError(const QString &text)
{
    QString line = text.trimmed();
    static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    line.replace(breaks, QStringLiteral(" "));
    write(stderr, QStringLiteral("smslog: ") + line + u'\n');
}

int Console::fail(const SourceError &error)
{
    if (error.kind == SourceError::Kind::Cancelled) {
        printError(tr("cancelled"));
    } else {
        QString text = error.message;
        if (!error.detail.isEmpty() && error.detail != error.message)
            text += QStringLiteral(" (") + error.detail + u')';
        printError(text);
    }
    return ExitStatus::forError(error.kind);
}

bool Console::stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

// ---- times ----

std::optional<QDateTime> parseIsoTime(const QString &text, DayBound bound)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})"
                       "(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                       "([Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    if (!match.hasCaptured(4)) {
        if (bound == DayBound::Start)
            return QDateTime(date, QTime(0, 0), Qt::UTC);
        return QDateTime(date, QTime(23, 59, 59, 999), Qt::UTC);
    }
    const QString fraction = match.captured(7);
    const int ms = fraction.isEmpty() ? 0 : QString(fraction + QStringLiteral("00")).left(3).toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.hasCaptured(6) ? match.captured(6).toInt() : 0, ms);
    if (!time.isValid())
        return std::nullopt;
    int offsetSeconds = 0;
    const QString zone = match.captured(8);
    if (!zone.isEmpty() && zone.compare(QStringLiteral("z"), Qt::CaseInsensitive) != 0) {
        const QString digits = zone.mid(1).remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetSeconds = (hours * 60 + minutes) * 60 * (zone.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

// ---- the command line ----

CommandLine::CommandLine(const QString &command, const QString &usage, const QString &description,
                         const QString &notes)
    : m_command(command)
    , m_usage(usage)
    , m_notes(notes)
{
    m_parser.setApplicationDescription(wrapped(description));
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")));
}

void CommandLine::addOption(const QCommandLineOption &option, bool repeatable)
{
    m_parser.addOption(option);
    if (!option.valueName().isEmpty() && !repeatable)
        m_singleValued.insert(option.names().constLast());
}

void CommandLine::addFilterOptions()
{
    const auto add = [this](const QString &name, const QString &description, const QString &valueName,
                            bool repeatable = false) {
        addOption(QCommandLineOption(name, description, valueName), repeatable);
    };
    add(QStringLiteral("status"),
        tr("Only these statuses (exact values, e.g. Delivered,Failed). Comma-separated; may be repeated."),
        QStringLiteral("S[,S...]"), true);
    add(QStringLiteral("since"), tr("Only messages created at or after this time (ISO 8601, see below)."),
        QStringLiteral("ISO8601"));
    add(QStringLiteral("until"), tr("Only messages created at or before this time (ISO 8601, see below)."),
        QStringLiteral("ISO8601"));
    add(QStringLiteral("to-number"), tr("Only recipient numbers containing TEXT (taken literally)."),
        QStringLiteral("TEXT"));
    add(QStringLiteral("from-number"), tr("Only sender numbers containing TEXT (taken literally)."),
        QStringLiteral("TEXT"));
    add(QStringLiteral("search"),
        tr("Only messages whose SMS text or status message has every word of TEXT (as the start of a "
           "word; on a live server: TEXT as typed, anywhere)."),
        QStringLiteral("TEXT"));
    add(QStringLiteral("project"), tr("Only the project with this id."), QStringLiteral("ID"));
    add(QStringLiteral("incident"),
        tr("Only messages linked to this incident: its id (also #number or part of its title)."),
        QStringLiteral("ID"));
    add(QStringLiteral("alert"),
        tr("Only messages linked to this alert: its id (also #number or part of its title)."),
        QStringLiteral("ID"));
    add(QStringLiteral("monitor"),
        tr("Only messages linked to this monitor: its id (also part of its name)."), QStringLiteral("ID"));
    add(QStringLiteral("error-code"), tr("Only this provider error code (exact, e.g. 30007)."),
        QStringLiteral("CODE"));
}

void CommandLine::addConnectionOptions(bool urlRequired)
{
    addOption(QCommandLineOption(
        QStringLiteral("url"),
        urlRequired ? tr("The OneUptime instance: its root (https://oneuptime.com) or its API base ending "
                         "in /api.")
                    : tr("Read live from this OneUptime instance instead of a cache: its root "
                         "(https://oneuptime.com) or its API base ending in /api."),
        QStringLiteral("URL")));
    addOption(QCommandLineOption(QStringLiteral("api-key-file"),
                                 tr("Read the API key from the first line of FILE instead of the "
                                    "environment variable SMSLOG_API_KEY."),
                                 QStringLiteral("FILE")));
    addOption(QCommandLineOption(QStringLiteral("ca-file"),
                                 tr("Also trust the CA certificates in FILE (PEM), for a self-hosted "
                                    "server with its own certificate authority."),
                                 QStringLiteral("FILE")));
}

QString CommandLine::helpText() const
{
    QString text = m_parser.helpText();
    // Qt's first line names the executable by its full path and knows no synopsis.
    text = text.mid(text.indexOf(u'\n') + 1);
    text.prepend(tr("Usage: smslog %1").arg(m_usage) + u'\n');
    if (!m_notes.isEmpty())
        text += u'\n' + wrapped(m_notes) + u'\n';
    return text;
}

int CommandLine::usageError(const QString &text) const
{
    Console::printError(tr("%1 (see: smslog %2 --help)").arg(text, m_command));
    return ExitStatus::Usage;
}

std::optional<int> CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(QStringList{QStringLiteral("smslog")} + arguments))
        return usageError(withoutKeys(m_parser.errorText()));
    if (m_parser.isSet(QStringLiteral("help"))) {
        Console::print(helpText());
        return ExitStatus::Success;
    }
    if (!m_parser.positionalArguments().isEmpty())
        // Not echoed: a stray value could be a secret pasted in the wrong place.
        return usageError(tr("Unexpected argument: every value follows its option."));
    for (const QString &name : std::as_const(m_singleValued)) {
        if (m_parser.values(name).size() > 1)
            return usageError(tr("--%1 is given more than once.").arg(name));
    }
    return std::nullopt;
}

std::optional<QString> CommandLine::required(const QString &name)
{
    if (!m_parser.isSet(name)) {
        usageError(tr("--%1 is required.").arg(name));
        return std::nullopt;
    }
    return m_parser.value(name);
}

std::variant<SmsFilter, int> CommandLine::filter()
{
    SmsFilter filter;
    if (isSet(QStringLiteral("status"))) {
        for (const QString &value : m_parser.values(QStringLiteral("status"))) {
            for (const QString &status : value.split(u',')) {
                const QString trimmed = status.trimmed();
                if (!trimmed.isEmpty() && !filter.statuses.contains(trimmed))
                    filter.statuses << trimmed;
            }
        }
        if (filter.statuses.isEmpty())
            return usageError(tr("--status needs at least one status."));
    }
    const auto time = [this](const QString &name, DayBound bound, QDateTime &into) -> bool {
        if (!isSet(name))
            return true;
        const auto parsed = parseIsoTime(value(name), bound);
        if (!parsed) {
            usageError(tr("--%1 needs an ISO 8601 date or time, such as 2026-06-01 or "
                          "2026-06-01T14:30:00Z.")
                           .arg(name));
            return false;
        }
        into = *parsed;
        return true;
    };
    if (!time(QStringLiteral("since"), DayBound::Start, filter.sentFrom)
        || !time(QStringLiteral("until"), DayBound::End, filter.sentTo))
        return ExitStatus::Usage;

    const auto text = [this](const QString &name, QString &into) -> bool {
        if (!isSet(name))
            return true;
        into = value(name).trimmed();
        if (into.isEmpty()) {
            usageError(tr("--%1 needs a value.").arg(name));
            return false;
        }
        return true;
    };
    if (!text(QStringLiteral("to-number"), filter.toNumber)
        || !text(QStringLiteral("from-number"), filter.fromNumber)
        || !text(QStringLiteral("search"), filter.text) || !text(QStringLiteral("project"), filter.projectId)
        || !text(QStringLiteral("error-code"), filter.errorCode))
        return ExitStatus::Usage;

    // The filter has one linked resource; "linked to this incident and to that alert" cannot be
    // said, and quietly using one of them would count the wrong messages.
    QStringList links;
    for (const QString &name : linkOptions)
        if (isSet(name))
            links << QStringLiteral("--") + name;
    if (links.size() > 1)
        return usageError(tr("Give only one of --incident, --alert and --monitor (given: %1).")
                              .arg(links.join(QStringLiteral(", "))));
    for (const QString &name : linkOptions) {
        if (!isSet(name))
            continue;
        if (!text(name, filter.linkText))
            return ExitStatus::Usage;
        filter.linkKind = name == QStringLiteral("incident") ? LinkKind::Incident
            : name == QStringLiteral("alert")                ? LinkKind::Alert
                                                             : LinkKind::Monitor;
    }
    if (const QString problem = filter.validationError(); !problem.isEmpty())
        return usageError(problem);
    return filter;
}

std::variant<OneUptimeSettings, int> CommandLine::connection()
{
    OneUptimeSettings settings;
    const QString urlText = value(QStringLiteral("url")).trimmed();
    ConnectionProfile profile;
    profile.name = QStringLiteral("smslog");
    profile.url = QUrl(urlText, QUrl::StrictMode);
    profile.caFile = value(QStringLiteral("ca-file"));
    if (const QString problem = profile.validationError(); !problem.isEmpty())
        return usageError(QStringLiteral("--url / --ca-file: ") + problem);
    settings.instance = profile.url;
    settings.caFile = profile.caFile;
    settings.label = profile.url.host();

    QString key;
    QString where;
    if (isSet(QStringLiteral("api-key-file"))) {
        const QString path = value(QStringLiteral("api-key-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return usageError(tr("The API key file %1 cannot be read: %2").arg(path, file.errorString()));
        key = QString::fromUtf8(file.readLine(4096)).trimmed();
        where = tr("The API key file %1").arg(path);
    } else {
        key = qEnvironmentVariable("SMSLOG_API_KEY").trimmed();
        where = QStringLiteral("SMSLOG_API_KEY");
        if (key.isEmpty())
            return usageError(tr("No API key: set the environment variable SMSLOG_API_KEY or give "
                                 "--api-key-file FILE (never the key itself as an argument)."));
    }
    // apiKeyProblem() never repeats the key.
    if (const QString problem = apiKeyProblem(key); !problem.isEmpty()) {
        Console::printError(tr("%1 does not hold a usable API key: %2").arg(where, problem));
        return ExitStatus::Refused;
    }
    settings.apiKey = key;
    return settings;
}

// ---- help ----

QString timeHelpText()
{
    return tr("Times are ISO 8601: 2026-06-01, 2026-06-01T14:30, 2026-06-01T14:30:00.250Z, "
              "2026-06-01T16:30+02:00. A time without a zone is UTC. A date alone means the whole day in "
              "UTC: --since 2026-06-01 starts at 00:00:00.000 UTC, --until 2026-06-01 ends at "
              "23:59:59.999 UTC. A date with a time is taken as given, to the millisecond. Both bounds are "
              "inclusive "
              "and apply to createdAt (when the message was sent).");
}

QString mainHelpText()
{
    return wrapped(
        tr("Usage: smslog COMMAND [OPTIONS]\n"
           "\n"
           "The command-line tool of SMS Log Viewer: copy OneUptime SMS logs into a cache file, add up "
           "their cost, export them, and make demo data. For scripts, cron jobs and finance; it needs no "
           "display.\n"
           "\n"
           "Commands:\n"
           "  sync     --url URL --cache FILE [--since ISO8601]\n"
           "           Copy the SMS logs of the API key's project into a cache file\n"
           "           (created when missing); later runs add new and changed messages.\n"
           "  summary  (--cache FILE | --url URL) [--by project|status|day|month]\n"
           "           [--format table|csv|json] [FILTERS]\n"
           "           Message count and cost per project, status, day or month.\n"
           "  export   --cache FILE --format csv|jsonl|sqlite --output FILE [--redact]\n"
           "           [FILTERS]\n"
           "           Write the messages of a cache that match the filters to a file.\n"
           "  demo     --rows N --output FILE [--seed N] [--end ISO8601] [--days N]\n"
           "           [--force]\n"
           "           Write a cache file of made-up messages, for trials and benchmarks.\n"
           "  help [COMMAND]\n"
           "           This text, or a command's (the same as smslog COMMAND --help).\n"
           "\n"
           "FILTERS: --status S[,S...]  --since ISO8601  --until ISO8601  --to-number TEXT\n"
           "         --from-number TEXT  --search TEXT  --project ID  --incident ID\n"
           "         --alert ID  --monitor ID  --error-code CODE\n"
           "\n"
           "The API key: commands that reach a OneUptime instance (sync, summary --url) read the "
           "project's API key from the environment variable SMSLOG_API_KEY, or from the first line of "
           "the file given with --api-key-file FILE. It is never taken from an argument (other users "
           "can read those) and never printed. It needs the \"Read SMS Log\" permission.\n"
           "\n"
           "Output: results go to stdout; errors go to stderr as one line starting with \"smslog: \"; "
           "progress goes to stderr only when stderr is a terminal. Ctrl+C cancels a sync, a live "
           "summary, an export or a demo cleanly (exit status 1).\n"
           "\n"
           "Exit status:\n"
           "  0  success\n"
           "  1  any other failure, cancelling included\n"
           "  2  usage error: unknown command or option; a missing, repeated or bad value\n"
           "     (date, --format, --by, number); no API key; a demo output that exists\n"
           "  3  the server refused the API key, the key may not read SMS logs, or the\n"
           "     project's subscription is unpaid; also a key not shaped like an API key\n"
           "  4  the server could not be reached or kept failing after retries (network,\n"
           "     TLS, timeout, HTTP 5xx or 429, answers that are not OneUptime's)\n"
           "  5  the cache file is unusable: missing, unreadable, damaged, not a cache, or\n"
           "     written by a newer version\n"));
}
