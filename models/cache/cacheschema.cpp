// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cacheschema.h"

#include "linkkind.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/stat.h>
#endif

namespace CacheSchema {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CacheSchema", text);
}

const char *const linkColumns[LinkKindCount] = {
    "incident_id",
    "alert_id",
    "monitor_id",
    "scheduled_maintenance_id",
    "status_page_id",
    "status_page_announcement_id",
    "on_call_duty_policy_id",
    "on_call_duty_policy_escalation_rule_id",
    "on_call_duty_policy_schedule_id",
    "team_id",
    "user_id",
};

// Version 1, plus in version 2 the cost roll-ups, in version 3 the resources' context. Times are integer
// milliseconds since the Unix epoch, UTC, so that they sort and range-filter through an index. Money is
// integer US cents. Linked resources' display names live in linked_resource, one row per (kind, id), so that
// a rename updates every message at once.
QStringList tableStatements(int fileVersion)
{
    QStringList statements;
    QString smsLog = QStringLiteral("CREATE TABLE sms_log ("
                                    " rid INTEGER PRIMARY KEY," // local row id, tie-breaker of every order
                                    " id TEXT NOT NULL UNIQUE," // OneUptime _id
                                    " created_at INTEGER," // ms since epoch, UTC ("Sent at")
                                    " updated_at INTEGER," // ms since epoch, UTC
                                    " project_id TEXT,"
                                    " to_number TEXT,"
                                    " from_number TEXT,"
                                    " sms_text TEXT,"
                                    " status_message TEXT,"
                                    " provider_external_id TEXT,"
                                    " error_code TEXT,"
                                    " status TEXT,"
                                    " cost_cents INTEGER"); // US cents
    for (const char *column : linkColumns)
        smsLog += QStringLiteral(", ") + QLatin1String(column) + QStringLiteral(" TEXT");
    smsLog += QStringLiteral(")");
    statements << smsLog;

    statements << QStringLiteral(
        "CREATE TABLE linked_resource ("
        " kind TEXT NOT NULL," // 'project', 'incident', 'user', ... (API relation name)
        " id TEXT NOT NULL,"
        " name TEXT," // title or name
        " number INTEGER," // incident / alert number
        " email TEXT," // users only
        " PRIMARY KEY (kind, id)) WITHOUT ROWID");
    // Every distinct phone number (to and from), so that a partial-number search scans this
    // small table and then uses the number indexes of sms_log.
    statements << QStringLiteral("CREATE TABLE phone_number (number TEXT PRIMARY KEY) WITHOUT ROWID");
    statements << QStringLiteral("CREATE TABLE cache_info (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID");
    // Word search over SMS text and status message; kept in step by the writer (no triggers).
    statements << QStringLiteral(
        "CREATE VIRTUAL TABLE sms_text_index USING fts5(sms_text, status_message,"
        " content='sms_log', content_rowid='rid', tokenize='unicode61 remove_diacritics 2')");
    if (fileVersion >= 2) {
        // Version 2: message count and cost per UTC hour and per UTC day, project and status, kept
        // in step by the writer inside the transaction that changes the rows, so that totals of a
        // time range read a few thousand roll-up rows instead of millions of messages. A missing
        // project or status is '' and a message without a time sits in bucket noTimeBucket.
        for (const char *table : {"cost_by_hour (hour", "cost_by_day (day"}) {
            const QString spec = QLatin1String(table);
            const QString bucket = spec.section(u'(', 1);
            statements << QStringLiteral("CREATE TABLE %1 INTEGER NOT NULL, project_id TEXT NOT NULL,"
                                         " status TEXT NOT NULL, messages INTEGER NOT NULL,"
                                         " cost_cents INTEGER NOT NULL,"
                                         " PRIMARY KEY (%2, project_id, status)) WITHOUT ROWID")
                              .arg(spec, bucket);
        }
    }
    if (fileVersion >= 3) {
        // Version 3: what a sync read about incidents, alerts and monitors beyond their names, so
        // that offline review shows it too (resourcecontext.h); one row per (kind, id), each
        // field NULL when the key or the server did not give it. As of the sync that wrote it.
        statements << QStringLiteral("CREATE TABLE resource_context ("
                                     " kind TEXT NOT NULL," // 'incident', 'alert', 'monitor'
                                     " id TEXT NOT NULL,"
                                     " label TEXT," // number with its prefix, "INC-42"
                                     " state TEXT," // current state's name
                                     " severity TEXT," // severity's name
                                     " type TEXT," // monitor type
                                     " PRIMARY KEY (kind, id)) WITHOUT ROWID");
    }
    return statements;
}

QStringList indexStatements(int fileVersion)
{
    QStringList statements;
    // One index per offered sort and filter. rid is implicitly the last column of each, which
    // makes "ORDER BY column, rid" an index walk.
    statements << QStringLiteral("CREATE INDEX sms_log_created_at ON sms_log (created_at)");
    statements << QStringLiteral("CREATE INDEX sms_log_to_number ON sms_log (to_number)");
    statements << QStringLiteral("CREATE INDEX sms_log_from_number ON sms_log (from_number)");
    statements << QStringLiteral("CREATE INDEX sms_log_status ON sms_log (status)");
    statements << QStringLiteral("CREATE INDEX sms_log_error_code ON sms_log (error_code)");
    statements << QStringLiteral("CREATE INDEX sms_log_cost ON sms_log (cost_cents)");
    statements << QStringLiteral("CREATE INDEX sms_log_project ON sms_log (project_id, created_at)");
    // Version 2: one status by time, the question support asks most ("what failed, newest first"),
    // walked directly rather than through every message of the time index.
    if (fileVersion >= 2)
        statements << QStringLiteral("CREATE INDEX sms_log_status_time ON sms_log (status, created_at)");
    for (const char *column : linkColumns) {
        const QString name = QLatin1String(column);
        statements
            << QStringLiteral("CREATE INDEX sms_log_%1 ON sms_log (%1) WHERE %1 IS NOT NULL").arg(name);
    }
    return statements;
}

// The name a CREATE statement of ours gives its table or index.
QString objectName(const QString &statement)
{
    static const QRegularExpression name(QStringLiteral("^CREATE (?:VIRTUAL )?(?:TABLE|INDEX) (\\w+)"));
    return name.match(statement).captured(1);
}

SourceError damaged(const QString &detail)
{
    return {SourceError::Kind::NotADatabase,
            tr("The file is damaged or is not a database. It was not changed."), detail};
}

SourceError foreign(const QString &detail)
{
    return {SourceError::Kind::ForeignFile,
            tr("The file is an SQLite database, but not an SMS Log Viewer cache. It was not changed."),
            detail};
}

QString runInTransaction(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    if (!db.transaction())
        return errorText(db.lastError());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            const QString error = errorText(query.lastError());
            db.rollback();
            return error;
        }
    }
    if (!db.commit()) {
        const QString error = errorText(db.lastError());
        db.rollback();
        return error;
    }
    return {};
}

} // namespace

QStringList recordColumns()
{
    QStringList columns{QStringLiteral("id"),
                        QStringLiteral("created_at"),
                        QStringLiteral("updated_at"),
                        QStringLiteral("project_id"),
                        QStringLiteral("to_number"),
                        QStringLiteral("from_number"),
                        QStringLiteral("sms_text"),
                        QStringLiteral("status_message"),
                        QStringLiteral("provider_external_id"),
                        QStringLiteral("error_code"),
                        QStringLiteral("status"),
                        QStringLiteral("cost_cents")};
    for (const char *column : linkColumns)
        columns << QLatin1String(column);
    return columns;
}

QString linkColumn(int linkKindIndex)
{
    return QLatin1String(linkColumns[linkKindIndex]);
}

QString create(QSqlDatabase &db, Indexes indexes)
{
    QStringList statements = tableStatements(version);
    if (indexes == Indexes::Now)
        statements += indexStatements(version);
    statements << QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
    statements << QStringLiteral("PRAGMA user_version = %1").arg(version);
    return runInTransaction(db, statements);
}

QString createIndexes(QSqlDatabase &db)
{
    QStringList statements = indexStatements(version);
    // Fill the full-text index and the roll-ups from the rows in one pass each.
    statements << QStringLiteral("INSERT INTO sms_text_index (sms_text_index) VALUES ('rebuild')");
    statements << rollupFillStatements();
    return runInTransaction(db, statements);
}

QString bucketSql(const QString &column, qint64 unit)
{
    return QStringLiteral("CASE WHEN %1 IS NULL THEN %3 WHEN %1 >= 0 THEN %1 / %2 ELSE (%1 + 1) / %2 - 1 END")
        .arg(column)
        .arg(unit)
        .arg(noTimeBucket);
}

QStringList rollupFillStatements()
{
    const auto bucket = [](qint64 unit) { return bucketSql(QStringLiteral("created_at"), unit); };
    const QString fill
        = QStringLiteral("INSERT INTO %1 SELECT %2, coalesce(project_id, ''), coalesce(status, ''), COUNT(*),"
                         " coalesce(SUM(cost_cents), 0) FROM sms_log GROUP BY 1, 2, 3");
    return {fill.arg(QStringLiteral("cost_by_hour"), bucket(msPerHour)),
            fill.arg(QStringLiteral("cost_by_day"), bucket(msPerDay))};
}

QString upgrade(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return errorText(query.lastError());
    const int fileVersion = query.value(0).toInt();
    query.finish();
    if (fileVersion >= version)
        return {};
    QStringList statements;
    if (fileVersion < 2) {
        const QStringList now = tableStatements(2);
        statements << now.mid(tableStatements(1).size());
        statements << rollupFillStatements();
        statements << indexStatements(2).filter(QStringLiteral("sms_log_status_time"));
    }
    if (fileVersion < 3) // the context table, empty until the next sync
        statements << tableStatements(3).mid(tableStatements(2).size());
    statements << QStringLiteral("PRAGMA user_version = %1").arg(version);
    return runInTransaction(db, statements);
}

QString diskFullText()
{
    return tr("The disk is full.");
}

QString errorText(const QSqlError &error)
{
    // SQLITE_FULL (13) is SQLite's answer to ENOSPC and EDQUOT; its message is fixed.
    const bool full = error.nativeErrorCode() == u"13"
        || error.databaseText().contains(QLatin1String("database or disk is full"));
    return full ? diskFullText() + QStringLiteral(" (") + error.text() + u')' : error.text();
}

bool saysDiskFull(const QString &errorText)
{
    return errorText.contains(diskFullText());
}

QString projectInstanceKey(const QString &projectId)
{
    return QStringLiteral("sync/") + projectId + QStringLiteral("/instance");
}

int fileVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next() ? query.value(0).toInt() : 0;
}

std::optional<SourceError> checkFile(const QString &path)
{
    const QFileInfo info(path);
#ifdef Q_OS_UNIX
    // QFileInfo says "does not exist" (or, asked with another real user id, "not a file") for a
    // file behind a folder the user may not enter.
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0 && errno == EACCES)
        return SourceError{SourceError::Kind::FileUnreadable,
                           tr("The file cannot be reached (check the permissions of its folders)."),
                           qt_error_string(EACCES)};
#endif
    if (!info.exists())
        return SourceError{SourceError::Kind::FileNotFound, tr("The file does not exist."), path};
    if (!info.isFile())
        return SourceError{SourceError::Kind::FileNotFound, tr("This is not a file (perhaps a folder)."),
                           path};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return SourceError{SourceError::Kind::FileUnreadable,
                           tr("The file cannot be read (check its permissions)."), file.errorString()};
    if (file.size() == 0)
        return SourceError{SourceError::Kind::NotADatabase, tr("The file is empty, so it holds no SMS logs."),
                           path};
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)) || header.size() < 100)
        return damaged(tr("The file does not start with an SQLite header."));
    // The header records the database size in pages (valid when the "version valid for" number
    // equals the change counter): a shorter file was cut off.
    const auto bigEndian = [&header](int offset, int bytes) {
        quint64 value = 0;
        for (int i = 0; i < bytes; ++i)
            value = (value << 8) | quint8(header.at(offset + i));
        return value;
    };
    const quint64 pageSize = bigEndian(16, 2) == 1 ? 65536 : bigEndian(16, 2);
    const quint64 pageCount = bigEndian(28, 4);
    const bool sizeValid = bigEndian(24, 4) == bigEndian(92, 4);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return damaged(tr("The SQLite header gives an impossible page size (%1).").arg(pageSize));
    // Bytes 18 and 19 are 2 in write-ahead-log mode, where even a read-only reader creates
    // -wal and -shm files next to the database. Our caches never use it.
    if (bigEndian(18, 1) == 2 || bigEndian(19, 1) == 2)
        return SourceError{SourceError::Kind::ForeignFile,
                           tr("The file uses SQLite's write-ahead log, which SMS Log Viewer caches never do; "
                              "opening it would add files next to it. It was not changed."),
                           path};
    if (sizeValid && pageCount > 0 && quint64(file.size()) < pageSize * pageCount)
        return damaged(tr("The file is truncated: its header promises %1 bytes, it has %2.")
                           .arg(pageSize * pageCount)
                           .arg(file.size()));
    return std::nullopt;
}

void hardenConnection(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA trusted_schema = OFF"));
    query.exec(QStringLiteral("PRAGMA cell_size_check = ON"));
    query.exec(QStringLiteral("PRAGMA mmap_size = 0"));
}

std::optional<SourceError> openReadOnly(QSqlDatabase &db, const QString &path)
{
    if (auto error = checkFile(path))
        return error;
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return SourceError{SourceError::Kind::FileUnreadable,
                           QCoreApplication::translate("CacheSchema", "The file cannot be opened."),
                           db.lastError().text()};
    hardenConnection(db);
    if (auto error = validateSchema(db)) {
        db.close();
        return error;
    }
    return std::nullopt;
}

std::optional<SourceError> checkIntegrity(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return damaged(query.lastError().text());
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (query.lastError().isValid())
        return damaged(query.lastError().text());
    if (problems != QStringList{QStringLiteral("ok")}) {
        // SQLite lists every broken cell; the first few say enough.
        const QStringList lines
            = problems.join(QLatin1Char('\n')).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QString detail = lines.mid(0, 3).join(QLatin1Char('\n'));
        if (lines.size() > 3)
            detail += QLatin1Char('\n') + tr("(and %1 more problems)").arg(lines.size() - 3);
        return damaged(detail);
    }
    return std::nullopt;
}

std::optional<SourceError> validateSchema(QSqlDatabase &db)
{
    QSqlQuery query(db);
    // SQLite opens anything lazily; the first statement is where a damaged file shows.
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return damaged(query.lastError().text());
    const int appId = query.value(0).toInt();
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return damaged(query.lastError().text());
    const int fileVersion = query.value(0).toInt();
    if (appId != applicationId)
        return foreign(tr("application_id is %1, expected %2.").arg(appId).arg(applicationId));
    if (fileVersion > version)
        return SourceError{SourceError::Kind::NewerSchema,
                           tr("This cache was written by a newer version of SMS Log Viewer (format %1; this "
                              "version reads format %2 and older). Update the application to open it.")
                               .arg(fileVersion)
                               .arg(version),
                           {}};
    if (fileVersion < 1)
        return foreign(tr("user_version is %1.").arg(fileVersion));

    // Triggers and views could run code of the file's author; a cache of ours has none.
    if (!query.exec(QStringLiteral("SELECT type, name FROM sqlite_schema WHERE type IN ('trigger', 'view')")))
        return damaged(query.lastError().text());
    if (query.next())
        return foreign(tr("It contains a %1 named \"%2\"; caches never do.")
                           .arg(query.value(0).toString(), query.value(1).toString()));

    // Every table and index exactly as this version creates them (SQLite keeps the CREATE text),
    // and nothing else but what SQLite and FTS5 add themselves: so a look-alike without our
    // indexes, a virtual table named sms_log or a table posing as the text index is refused.
    QHash<QString, QString> expected;
    for (const QString &statement : tableStatements(fileVersion) + indexStatements(fileVersion))
        expected.insert(objectName(statement), statement);
    const QStringList ftsShadows{QStringLiteral("sms_text_index_data"), QStringLiteral("sms_text_index_idx"),
                                 QStringLiteral("sms_text_index_docsize"),
                                 QStringLiteral("sms_text_index_config")};
    if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema")))
        return damaged(query.lastError().text());
    qsizetype found = 0;
    while (query.next()) {
        const QString type = query.value(0).toString();
        const QString name = query.value(1).toString();
        const QString sql = query.value(2).toString();
        if (const auto ours = expected.constFind(name); ours != expected.constEnd()) {
            if (sql != *ours)
                return foreign(
                    tr("The %1 \"%2\" is not the one of an SMS Log Viewer cache.").arg(type, name));
            ++found;
        } else if (!(type == u"table" && ftsShadows.contains(name))
                   && !(type == u"index" && name.startsWith(QStringLiteral("sqlite_autoindex_"))
                        && sql.isEmpty())) {
            return foreign(tr("It contains a %1 named \"%2\" that caches do not have.").arg(type, name));
        }
    }
    if (query.lastError().isValid())
        return damaged(query.lastError().text());
    if (found != expected.size()) {
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QSqlQuery exists(db);
            exists.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = ?"));
            exists.addBindValue(it.key());
            if (exists.exec() && !exists.next())
                return foreign(tr("The table or index \"%1\" is missing.").arg(it.key()));
        }
        return foreign(tr("Tables or indexes are missing."));
    }
    return std::nullopt;
}

} // namespace CacheSchema
