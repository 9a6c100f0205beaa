// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cacheexport.h"

#include "cacheconnection.h"
#include "cachecontexts.h"
#include "cacherecord.h"
#include "cacheschema.h"
#include "cachewriter.h"
#include "exportwriters.h"
#include "linkkind.h"
#include "rowstream.h"
#include "smsrecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <cerrno>
#include <filesystem>
#include <limits>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#endif

namespace CacheExport {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CacheExport", text);
}

// Rows read per query. Bounds the memory of an export (a page of records and its output) and
// sets how often progress is reported.
constexpr int pageSize = 2000;
// Output bytes collected before they are handed to the file.
constexpr qsizetype flushBytes = 256 * 1024;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// ---- columns ----------------------------------------------------------------------------------

struct LinkColumns {
    const char16_t *name; // title or name of the resource
    const char16_t *number; // incident / alert number, or null
    const char16_t *email; // user email, or null
};

// The linked-name columns per LinkKind (allLinkKinds order).
constexpr LinkColumns linkColumns[LinkKindCount] = {
    {u"incidentTitle", u"incidentNumber", nullptr},
    {u"alertTitle", u"alertNumber", nullptr},
    {u"monitorName", nullptr, nullptr},
    {u"scheduledMaintenanceTitle", nullptr, nullptr},
    {u"statusPageName", nullptr, nullptr},
    {u"statusPageAnnouncementTitle", nullptr, nullptr},
    {u"onCallDutyPolicyName", nullptr, nullptr},
    {u"onCallDutyPolicyEscalationRuleName", nullptr, nullptr},
    {u"onCallDutyPolicyScheduleName", nullptr, nullptr},
    {u"teamName", nullptr, nullptr},
    {u"userName", nullptr, u"userEmail"},
};

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant() : QVariant(value);
}

QVariant time(const QDateTime &value)
{
    // ISO 8601 in UTC with milliseconds and a Z: "2026-08-01T12:00:00.000Z".
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

// The values of one record in csvColumns() order.
QVariantList rowValues(const SmsRecord &r)
{
    QVariantList values;
    values.reserve(12 + LinkKindCount + 1 + LinkKindCount + 3);
    values << r.id << time(r.createdAt) << time(r.updatedAt) << text(r.projectId) << text(r.toNumber)
           << text(r.fromNumber) << text(r.status) << text(r.errorCode)
           << (r.costCents ? QVariant(*r.costCents) : QVariant()) << text(r.smsText) << text(r.statusMessage)
           << text(r.providerExternalId);
    for (const LinkedResource &link : r.links)
        values << (link.isSet() ? QVariant(link.id) : QVariant());
    values << text(r.projectName);
    for (int i = 0; i < LinkKindCount; ++i) {
        const LinkedResource &link = r.links[i];
        values << text(link.name);
        if (linkColumns[i].number)
            values << (link.number ? QVariant(*link.number) : QVariant());
        if (linkColumns[i].email)
            values << text(link.email);
    }
    return values;
}

// ---- redaction --------------------------------------------------------------------------------

SmsRecord redacted(SmsRecord r)
{
    QString message = r.statusMessage;
    // The row's own numbers first, whatever they look like; then anything else that looks like one.
    for (const QString &number : {r.toNumber, r.fromNumber}) {
        if (!number.isEmpty())
            message.replace(number, maskPhoneNumber(number));
    }
    r.statusMessage = message.isNull() ? QString() : maskPhoneNumbersIn(message);
    r.toNumber = maskPhoneNumber(r.toNumber);
    r.fromNumber = maskPhoneNumber(r.fromNumber);
    r.smsText = QString();
    return r;
}

// ---- reading the cache ------------------------------------------------------------------------

QString cacheError(const QString &path, const SourceError &error)
{
    switch (error.kind) {
    case SourceError::Kind::FileNotFound:
        return tr("The cache file %1 does not exist or is not a file.").arg(native(path));
    case SourceError::Kind::FileUnreadable: return tr("The cache file %1 cannot be read.").arg(native(path));
    case SourceError::Kind::NotADatabase:
        return tr("The file %1 is damaged or is not an SQLite database.").arg(native(path));
    case SourceError::Kind::ForeignFile:
        return tr("The file %1 is not an SMS Log Viewer cache.").arg(native(path));
    case SourceError::Kind::NewerSchema:
        return tr("The cache %1 was written by a newer version of SMS Log Viewer, which is needed to export "
                  "it.")
            .arg(native(path));
    default: return tr("The cache file %1 cannot be read.").arg(native(path));
    }
}

QString readError(const QString &path)
{
    return tr("Reading the cache %1 failed.").arg(native(path));
}

// The rows to export (RowStream: every match once, in (created_at, rid) order, newest or oldest
// first, as the app's table shows them; rows added after start() left out), failures said for the
// user.
class ExportRows
{
public:
    ExportRows(CacheConnection &connection, const QString &path, const SmsFilter &filter, Qt::SortOrder order)
        : m_path(path)
        , m_connection(connection)
        , m_rows(connection, SmsQuery{filter, {SmsColumn::SentAt, order}}, pageSize)
    { }

    // An error text or "".
    QString start()
    {
        QString detail;
        return m_rows.start(&detail) ? QString() : readError(m_path);
    }

    qint64 total() const { return m_rows.total(); }
    const QString &path() const { return m_path; }

    // What the file holds of the incidents, alerts and monitors of `page`, for a snapshot; nullopt
    // when reading failed.
    std::optional<ResourceContexts> contextsOf(const QList<SmsRecord> &page)
    {
        if (m_fileVersion < 0)
            m_fileVersion = CacheSchema::fileVersion(m_connection.database());
        return CacheContexts::read(m_connection, m_fileVersion, resourceContextKeys(page));
    }

    // The next page of records; empty at the end. Sets `error` on failure.
    QList<SmsRecord> next(QString &error)
    {
        QString detail;
        std::optional<QList<SmsRecord>> page = m_rows.next(&detail);
        if (!page)
            error = readError(m_path);
        return page.value_or(QList<SmsRecord>());
    }

private:
    QString m_path;
    CacheConnection &m_connection;
    int m_fileVersion = -1; // read once, by contextsOf()
    RowStream m_rows;
};

// ---- writing ----------------------------------------------------------------------------------

QString cancelled()
{
    return tr("The export was cancelled.");
}

QString writeError(const QString &output, const QString &detail)
{
    // A full disk is said plainly: the user can act on it.
    if (CacheSchema::saysDiskFull(detail))
        return tr("The export could not be written to %1: the disk is full.").arg(native(output));
    return tr("The export could not be written to %1 (%2).").arg(native(output), detail);
}

// Flushes a folder's entries (a rename in it) to disk. Best effort: the file is in place already.
void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    if (::fsync(fd) != 0)
        qWarning("CacheExport: the folder %s could not be flushed to disk", qPrintable(folder));
    ::close(fd);
#else
    Q_UNUSED(folder);
#endif
}

// Writes `bytes`; on failure, errno still holds the system's reason.
bool writeAll(QSaveFile &file, const QByteArray &bytes)
{
    errno = 0;
    return file.write(bytes) == bytes.size();
}

// Why a write failed, in words: Qt's text, or the system's when Qt has none; a full disk (or
// quota) as CacheSchema::diskFullText().
QString failure(const QFileDevice &file)
{
    const int code = errno;
    if (code == ENOSPC || code == EDQUOT)
        return CacheSchema::diskFullText();
    QString reason = file.errorString();
    if (reason.isEmpty() || reason == u"Unknown error")
        reason = code != 0 ? qt_error_string(code) : tr("the disk may be full");
    return reason;
}

// CSV or JSON Lines through QSaveFile: a temporary file in the output's folder, flushed and
// renamed over `output` by commit(), removed by cancelWriting().
QString writeText(ExportRows &rows, const QString &output, const Options &options, const Progress &progress,
                  qint64 &written)
{
    QSaveFile file(output);
    // Unbuffered: the rows are collected in `buffer` already, and a failed write (a full disk)
    // then reports the system's reason.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return writeError(output, file.errorString());
    const auto fail = [&file](const QString &error) {
        file.cancelWriting();
        return error;
    };
    const bool csv = options.format == Format::Csv;
    const QStringList columns = csvColumns();
    QByteArray buffer;
    buffer.reserve(flushBytes + 64 * 1024);
    if (csv)
        ExportWriters::appendCsvRecord(buffer, QVariantList(columns.cbegin(), columns.cend()));
    if (progress && !progress(0, rows.total()))
        return fail(cancelled());
    for (;;) {
        QString error;
        const QList<SmsRecord> page = rows.next(error);
        if (!error.isEmpty())
            return fail(error);
        if (page.isEmpty())
            break;
        for (const SmsRecord &record : page) {
            const QVariantList values = rowValues(options.redact ? redacted(record) : record);
            if (csv)
                ExportWriters::appendCsvRecord(buffer, values);
            else
                ExportWriters::appendJsonLine(buffer, columns, values);
            if (buffer.size() >= flushBytes) {
                if (!writeAll(file, buffer))
                    return fail(writeError(output, failure(file)));
                buffer.clear();
            }
        }
        written += page.size();
        if (progress && !progress(written, rows.total()))
            return fail(cancelled());
    }
    if (!buffer.isEmpty() && !writeAll(file, buffer))
        return fail(writeError(output, failure(file)));
    if (!file.commit())
        return writeError(output, failure(file));
    syncFolder(QFileInfo(output).absolutePath());
    return {};
}

// A name for the snapshot under construction: hidden, in the same folder (so that the rename
// stays on one file system), not taken yet.
QString temporarySibling(const QString &output)
{
    const QFileInfo target(output);
    QString temp;
    for (int attempt = 0; temp.isEmpty() || QFileInfo::exists(temp) || QFileInfo(temp).isSymLink();
         ++attempt) {
        temp = target.absoluteDir().filePath(QStringLiteral(".%1.partial-%2-%3")
                                                 .arg(target.fileName())
                                                 .arg(QCoreApplication::applicationPid())
                                                 .arg(attempt));
    }
    return temp;
}

// Removes the snapshots under construction of `target` (temporarySibling() names, with their
// journals) that an export killed before it could clean up left behind: those whose process is
// gone. Those of a running process (another export of the same file) are left alone, and so is
// any other file.
void removeAbandonedPartials(const QString &target)
{
#ifdef Q_OS_UNIX
    const QFileInfo info(target);
    const QString prefix = QStringLiteral(".%1.partial-").arg(info.fileName());
    static const QRegularExpression rest(QStringLiteral("^(\\d+)-\\d+(?:-journal)?$"));
    const QDir folder = info.absoluteDir();
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (!name.startsWith(prefix))
            continue;
        const QRegularExpressionMatch match = rest.match(QStringView(name).mid(prefix.size()));
        const qint64 pid = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        if (pid <= 0 || pid > std::numeric_limits<pid_t>::max() || pid == QCoreApplication::applicationPid())
            continue;
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue; // alive, or someone else's to ask about
        QFile::remove(folder.filePath(name));
    }
#else
    Q_UNUSED(target);
#endif
}

// Checks a finished snapshot the way the app will open it, and counts its rows.
QString verifySnapshot(const QString &path, qint64 expectedRows, const QString &output)
{
    CacheConnection snapshot(QStringLiteral("smslog-export-check"));
    if (const auto error = snapshot.open(path))
        return writeError(output, error->detail.isEmpty() ? error->message : error->detail);
    QSqlQuery query(snapshot.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sms_log")) || !query.next())
        return writeError(output, query.lastError().text());
    if (query.value(0).toLongLong() != expectedRows)
        return writeError(output,
                          tr("the snapshot holds %1 rows instead of %2")
                              .arg(query.value(0).toLongLong())
                              .arg(expectedRows));
    return {};
}

QString writeSnapshot(ExportRows &rows, const QString &output, const SmsFilter &filter,
                      const Options &options, const Progress &progress, qint64 &written)
{
    // QSaveFile replaces the target of a symbolic link; so does this.
    const QFileInfo outputInfo(output);
    const QString target
        = outputInfo.isSymLink() ? outputInfo.symLinkTarget() : outputInfo.absoluteFilePath();
    removeAbandonedPartials(target);
    const QString temp = temporarySibling(target);
    const auto removeTemp = [&temp] {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
    };

    QString error;
    {
        CacheWriter writer;
        error = writer.create(temp, CacheWriter::Mode::Bulk);
        if (!error.isEmpty())
            error = writeError(output, error);
        if (error.isEmpty() && progress && !progress(0, rows.total()))
            error = cancelled();
        QMap<QString, QString> projects; // id → name; a handful per cache
        while (error.isEmpty()) {
            QList<SmsRecord> page = rows.next(error);
            if (!error.isEmpty() || page.isEmpty())
                break;
            // The incidents' states and severities and the monitors' types travel with the rows.
            const std::optional<ResourceContexts> contexts = rows.contextsOf(page);
            if (!contexts) {
                error = readError(rows.path());
                break;
            }
            for (SmsRecord &record : page) {
                if (options.redact)
                    record = redacted(record);
                if (!record.projectId.isEmpty() && !projects.contains(record.projectId))
                    projects.insert(record.projectId, record.projectName);
            }
            if (const QString writeFailed = writer.write(page, {}, *contexts); !writeFailed.isEmpty()) {
                error = writeError(output, writeFailed);
                break;
            }
            written += page.size();
            if (progress && !progress(written, rows.total()))
                error = cancelled();
        }
        if (error.isEmpty()) {
            QJsonArray projectList;
            for (auto it = projects.cbegin(); it != projects.cend(); ++it)
                projectList.append(
                    QJsonObject{{QStringLiteral("id"), it.key()}, {QStringLiteral("name"), it.value()}});
            const std::pair<QString, QString> info[] = {
                {QStringLiteral("snapshot_source"), options.sourceDescription},
                {QStringLiteral("snapshot_source_instance"), options.sourceInstance},
                {QStringLiteral("snapshot_projects"),
                 QString::fromUtf8(QJsonDocument(projectList).toJson(QJsonDocument::Compact))},
                {QStringLiteral("snapshot_time"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {QStringLiteral("snapshot_filter"), filterDescription(filter, options.redact)},
                {QStringLiteral("snapshot_app_version"), QStringLiteral(SMSLOG_VERSION)},
                {QStringLiteral("snapshot_redacted"),
                 options.redact ? QStringLiteral("yes") : QStringLiteral("no")},
                {QStringLiteral("snapshot_rows"), QString::number(written)},
            };
            for (const auto &[key, value] : info) {
                if (const QString infoFailed = writer.setInfo(key, value); !infoFailed.isEmpty()) {
                    error = writeError(output, infoFailed);
                    break;
                }
            }
        }
        // Builds the indexes and fsyncs the file.
        if (error.isEmpty()) {
            if (const QString finishFailed = writer.finish(); !finishFailed.isEmpty())
                error = writeError(output, finishFailed);
        }
        writer.close();
    }
    if (error.isEmpty())
        error = verifySnapshot(temp, written, output);
    if (error.isEmpty() && progress && !progress(written, rows.total()))
        error = cancelled();
    if (error.isEmpty()) {
        std::error_code renameFailed;
        std::filesystem::rename(std::filesystem::path(temp.toStdU16String()),
                                std::filesystem::path(target.toStdU16String()), renameFailed);
        if (renameFailed)
            error = writeError(output, QString::fromStdString(renameFailed.message()));
    }
    if (!error.isEmpty()) {
        removeTemp();
        return error;
    }
    syncFolder(QFileInfo(target).absolutePath());
    return {};
}

QString checkOutput(const QString &cachePath, const QString &output)
{
    if (output.isEmpty())
        return tr("No file to export to was given.");
    const QFileInfo info(output);
    if (info.isDir())
        return tr("%1 is a folder; choose a file name to export to.").arg(native(output));
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return tr("The folder %1 does not exist.").arg(native(folder.filePath()));
#ifdef Q_OS_UNIX
    // With the effective user (QFileInfo asks with the real one).
    const bool writable
        = ::faccessat(AT_FDCWD, QFile::encodeName(folder.filePath()).constData(), W_OK | X_OK, AT_EACCESS)
        == 0;
#else
    const bool writable = folder.isWritable();
#endif
    if (!writable)
        return tr("The folder %1 cannot be written to.").arg(native(folder.filePath()));
    if (info.exists() && info.canonicalFilePath() == QFileInfo(cachePath).canonicalFilePath())
        return tr("The export cannot replace the cache it reads from.");
    return {};
}

QString formatBound(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    if (utc.time() == QTime(0, 0))
        return utc.date().toString(Qt::ISODate);
    return utc.toString(utc.time().msec() != 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz 'UTC'")
                                               : QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace

QStringList csvColumns()
{
    QStringList columns{
        QStringLiteral("_id"),       QStringLiteral("createdAt"),     QStringLiteral("updatedAt"),
        QStringLiteral("projectId"), QStringLiteral("toNumber"),      QStringLiteral("fromNumber"),
        QStringLiteral("status"),    QStringLiteral("errorCode"),     QStringLiteral("smsCostInUSDCents"),
        QStringLiteral("smsText"),   QStringLiteral("statusMessage"), QStringLiteral("providerExternalId")};
    for (const LinkKind kind : allLinkKinds)
        columns << linkKindKey(kind) + QStringLiteral("Id");
    columns << QStringLiteral("projectName");
    for (const LinkColumns &link : linkColumns) {
        columns << QString::fromUtf16(link.name);
        if (link.number)
            columns << QString::fromUtf16(link.number);
        if (link.email)
            columns << QString::fromUtf16(link.email);
    }
    return columns;
}

QString maskPhoneNumber(const QString &number)
{
    qsizetype digits = 0;
    for (const QChar c : number)
        digits += c.isDigit() ? 1 : 0;
    QString masked = number;
    for (qsizetype i = 0, seen = 0; i < masked.size() && seen < digits - 4; ++i) {
        if (masked.at(i).isDigit()) {
            masked[i] = u'*';
            ++seen;
        }
    }
    return masked;
}

QString maskPhoneNumbersIn(const QString &text)
{
    // A digit (or +digit) run with the separators phone numbers are written with, not glued to a
    // word, an id or another number on either side.
    static const QRegularExpression candidate(
        QStringLiteral(
            "(?<![\\p{L}\\p{N}_\\-+.])\\+?\\d(?:[\\d \\-.()\\x{00A0}]*\\d)?(?![\\-.]?[\\p{L}\\p{N}_])"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (text.isEmpty())
        return text;
    QString result;
    qsizetype copied = 0;
    for (auto it = candidate.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString found = match.captured();
        qsizetype digits = 0;
        for (const QChar c : found)
            digits += c.isDigit() ? 1 : 0;
        if (digits < minimumPhoneDigits)
            continue;
        result += QStringView(text).mid(copied, match.capturedStart() - copied);
        result += maskPhoneNumber(found);
        copied = match.capturedEnd();
    }
    if (copied == 0)
        return text;
    result += QStringView(text).mid(copied);
    return result;
}

QString filterDescription(const SmsFilter &filter, bool redact)
{
    QStringList parts;
    if (!filter.statuses.isEmpty())
        parts << tr("status %1").arg(filter.statuses.join(QStringLiteral(", ")));
    if (filter.sentFrom.isValid() && filter.sentTo.isValid())
        parts << tr("sent %1 … %2").arg(formatBound(filter.sentFrom), formatBound(filter.sentTo));
    else if (filter.sentFrom.isValid())
        parts << tr("sent from %1").arg(formatBound(filter.sentFrom));
    else if (filter.sentTo.isValid())
        parts << tr("sent until %1").arg(formatBound(filter.sentTo));
    const auto number = [redact](const QString &value) {
        return redact ? maskPhoneNumber(value.trimmed()) : value.trimmed();
    };
    if (!filter.toNumber.trimmed().isEmpty())
        parts << tr("to number containing \"%1\"").arg(number(filter.toNumber));
    if (!filter.fromNumber.trimmed().isEmpty())
        parts << tr("from number containing \"%1\"").arg(number(filter.fromNumber));
    if (!filter.text.trimmed().isEmpty()) {
        parts << (redact ? tr("text search (words withheld)")
                         : tr("text containing \"%1\"").arg(filter.text.trimmed()));
    }
    if (!filter.projectId.isEmpty())
        parts << tr("project %1").arg(filter.projectId);
    if (filter.changedFrom.isValid())
        parts << tr("changed since %1").arg(formatBound(filter.changedFrom));
    if (!filter.errorCode.isEmpty())
        parts << tr("error code %1").arg(filter.errorCode);
    if (filter.linkKind && !filter.linkText.trimmed().isEmpty()) {
        parts << tr("linked %1 \"%2\"")
                     .arg(linkKindTitle(*filter.linkKind).toLower(), filter.linkText.trimmed());
    }
    if (parts.isEmpty())
        return tr("all messages");
    return parts.join(QStringLiteral("; "));
}

QString exportRows(const QString &cachePath, const SmsFilter &filter, const QString &output,
                   const Options &options, const Progress &progress, qint64 *rowsWritten)
{
    if (rowsWritten)
        *rowsWritten = 0;
    if (const QString invalid = filter.validationError(); !invalid.isEmpty())
        return invalid;
    if (const QString error = checkOutput(cachePath, output); !error.isEmpty())
        return error;

    // No query_only: it would forbid the temporary table of a sorted export too. The file itself
    // cannot be written through this connection (a write fails with SQLITE_READONLY).
    CacheConnection cache(QStringLiteral("smslog-export"));
    if (const auto error = cache.open(cachePath))
        return cacheError(cachePath, *error);
    // CSV and JSON Lines newest first; a snapshot is filled oldest first, so that its row ids
    // follow time as in any cache and rows of the same millisecond keep their order.
    ExportRows rows(cache, cachePath, filter,
                    options.format == Format::Sqlite ? Qt::AscendingOrder : Qt::DescendingOrder);
    if (const QString error = rows.start(); !error.isEmpty())
        return error;

    // The OneUptime instance the rows were synced from (or that a snapshot being re-exported came
    // from) goes into the snapshot's source.
    Options withSource = options;
    {
        QSqlQuery info(cache.database());
        info.prepare(QStringLiteral("SELECT value FROM cache_info WHERE key IN ('source_instance',"
                                    " 'snapshot_source_instance') ORDER BY key LIMIT 1"));
        const QString instance = info.exec() && info.next() ? info.value(0).toString() : QString();
        if (!instance.isEmpty())
            withSource.sourceDescription = withSource.sourceDescription.isEmpty()
                ? instance
                : instance + QStringLiteral(" (") + withSource.sourceDescription + u')';
        withSource.sourceInstance = instance;
    }
    qint64 written = 0;
    const QString error = options.format == Format::Sqlite
        ? writeSnapshot(rows, output, filter, withSource, progress, written)
        : writeText(rows, output, options, progress, written);
    if (error.isEmpty() && rowsWritten)
        *rowsWritten = written;
    return error;
}

} // namespace CacheExport
