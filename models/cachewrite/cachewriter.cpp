// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "cachewriter.h"

#include "cacheschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <cerrno>
#include <unistd.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CacheWriter", text);
}

QVariant textOrNull(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : value;
}

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QString columnList()
{
    return CacheSchema::recordColumns().join(QStringLiteral(", "));
}

void bindRecord(QSqlQuery &query, const SmsRecord &r)
{
    query.addBindValue(r.id);
    query.addBindValue(timeOrNull(r.createdAt));
    query.addBindValue(timeOrNull(r.updatedAt));
    query.addBindValue(textOrNull(r.projectId));
    query.addBindValue(textOrNull(r.toNumber));
    query.addBindValue(textOrNull(r.fromNumber));
    query.addBindValue(textOrNull(r.smsText));
    query.addBindValue(textOrNull(r.statusMessage));
    query.addBindValue(textOrNull(r.providerExternalId));
    query.addBindValue(textOrNull(r.errorCode));
    query.addBindValue(textOrNull(r.status));
    query.addBindValue(r.costCents ? QVariant(*r.costCents) : QVariant(QMetaType::fromType<qint64>()));
    for (const LinkedResource &link : r.links)
        query.addBindValue(link.isSet() ? QVariant(link.id) : QVariant(QMetaType::fromType<QString>()));
}

} // namespace

// Changes to the cost roll-ups made by one write(), applied before it commits.
struct CacheWriter::RollupDelta {
    struct Key {
        qint64 bucket;
        QString projectId;
        QString status;
        bool operator==(const Key &) const = default;
    };
    struct Change {
        qint64 messages = 0;
        qint64 costCents = 0;
    };
    friend size_t qHash(const Key &key, size_t seed = 0)
    {
        return qHashMulti(seed, key.bucket, key.projectId, key.status);
    }
    QHash<Key, Change> hours;
    QHash<Key, Change> days;

    // One message (sign +1) or its removal (sign -1). createdAtMs null: no time.
    void add(const QVariant &createdAtMs, const QString &projectId, const QString &status,
             const QVariant &costCents, int sign)
    {
        const bool timed = !createdAtMs.isNull();
        const qint64 ms = createdAtMs.toLongLong();
        const qint64 cost = costCents.isNull() ? 0 : costCents.toLongLong();
        for (auto [table, unit] :
             {std::pair{&hours, CacheSchema::msPerHour}, std::pair{&days, CacheSchema::msPerDay}}) {
            Change &change = (*table)[Key{timed ? CacheSchema::floorDiv(ms, unit) : CacheSchema::noTimeBucket,
                                          projectId.isNull() ? QStringLiteral("") : projectId,
                                          status.isNull() ? QStringLiteral("") : status}];
            change.messages += sign;
            change.costCents += sign * cost;
        }
    }
    bool isEmpty() const { return hours.isEmpty(); }
};

struct CacheWriter::Statements {
    explicit Statements(const QSqlDatabase &db)
        : find(db)
        , removeWords(db)
        , update(db)
        , insert(db)
        , addWords(db)
        , addNumber(db)
        , storeLink(db)
        , storeContext(db)
        , deleteRow(db)
        , hourAdd(db)
        , hourDropEmpty(db)
        , dayAdd(db)
        , dayDropEmpty(db)
    {
        QStringList assignments;
        QStringList marks;
        for (const QString &column : columnList().split(QStringLiteral(", "))) {
            assignments << column + QStringLiteral(" = ?");
            marks << QStringLiteral("?");
        }
        const QString rollupAdd = QStringLiteral(
            "INSERT INTO %1 (%2, project_id, status, messages, cost_cents) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (%2, project_id, status) DO UPDATE SET messages = messages + excluded.messages,"
            " cost_cents = cost_cents + excluded.cost_cents");
        const QString rollupDrop = QStringLiteral(
            "DELETE FROM %1 WHERE %2 = ? AND project_id = ? AND status = ? AND messages = 0");
        ok = find.prepare(
                 QStringLiteral("SELECT rid, sms_text, status_message, created_at, project_id, status,"
                                " cost_cents FROM sms_log WHERE id = ?"))
            && deleteRow.prepare(QStringLiteral("DELETE FROM sms_log WHERE rid = ?"))
            && hourAdd.prepare(rollupAdd.arg(QStringLiteral("cost_by_hour"), QStringLiteral("hour")))
            && hourDropEmpty.prepare(rollupDrop.arg(QStringLiteral("cost_by_hour"), QStringLiteral("hour")))
            && dayAdd.prepare(rollupAdd.arg(QStringLiteral("cost_by_day"), QStringLiteral("day")))
            && dayDropEmpty.prepare(rollupDrop.arg(QStringLiteral("cost_by_day"), QStringLiteral("day")))
            && removeWords.prepare(
                QStringLiteral("INSERT INTO sms_text_index (sms_text_index, rowid, sms_text, status_message)"
                               " VALUES ('delete', ?, ?, ?)"))
            && update.prepare(QStringLiteral("UPDATE sms_log SET %1 WHERE rid = ?")
                                  .arg(assignments.join(QStringLiteral(", "))))
            && insert.prepare(QStringLiteral("INSERT INTO sms_log (%1) VALUES (%2)")
                                  .arg(columnList(), marks.join(QStringLiteral(", "))))
            && addWords.prepare(QStringLiteral(
                "INSERT INTO sms_text_index (rowid, sms_text, status_message) VALUES (?, ?, ?)"))
            && addNumber.prepare(QStringLiteral("INSERT OR IGNORE INTO phone_number (number) VALUES (?)"))
            // Newer names win; a record that carries only the id keeps the name the file has.
            && storeLink.prepare(QStringLiteral(
                "INSERT INTO linked_resource (kind, id, name, number, email) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (kind, id) DO UPDATE SET name = coalesce(excluded.name, name),"
                " number = coalesce(excluded.number, number), email = coalesce(excluded.email, email)"))
            // The same for contexts: a sync whose key may read less keeps what an earlier one read.
            && storeContext.prepare(QStringLiteral(
                "INSERT INTO resource_context (kind, id, label, state, severity, type) VALUES (?, ?, ?, ?, "
                "?, ?)"
                " ON CONFLICT (kind, id) DO UPDATE SET label = coalesce(excluded.label, label),"
                " state = coalesce(excluded.state, state), severity = coalesce(excluded.severity, severity),"
                " type = coalesce(excluded.type, type)"));
    }
    QSqlQuery find, removeWords, update, insert, addWords, addNumber, storeLink, storeContext;
    QSqlQuery deleteRow, hourAdd, hourDropEmpty, dayAdd, dayDropEmpty;
    bool ok = false;
};

CacheWriter::CacheWriter()
    : m_connectionName(QStringLiteral("smslog-writer-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

CacheWriter::~CacheWriter()
{
    close();
}

QString CacheWriter::finish()
{
    if (!m_db.isOpen())
        return tr("The cache is not open for writing.");
    if (m_mode == Mode::Bulk) {
        const QString error = CacheSchema::createIndexes(m_db);
        if (!error.isEmpty()) {
            close();
            return error;
        }
    }
    close();
    // SQLite did not sync in Bulk mode: flush the file before anyone renames it into place.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite))
        return tr("The file %1 could not be flushed to disk (%2).").arg(m_path, file.errorString());
    if (::fsync(file.handle()) != 0) {
        const int code = errno;
        const QString reason = qt_error_string(code);
        return code == ENOSPC || code == EDQUOT
            ? CacheSchema::diskFullText() + QStringLiteral(" (") + reason + u')'
            : tr("The file %1 could not be flushed to disk (%2).").arg(m_path, reason);
    }
    return {};
}

void CacheWriter::close()
{
    m_statements.reset();
    m_storedLinks.clear();
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString CacheWriter::create(const QString &path, Mode mode)
{
    close();
    m_path = path;
    m_mode = mode;
    if (QFileInfo::exists(path))
        return tr("The file %1 exists already.").arg(path);
    {
        // Made here, exclusively, so that it is ours to remove when the cache cannot be completed
        // (SQLite takes an empty file for an empty database).
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return QFileInfo::exists(path)
                ? tr("The file %1 exists already.").arg(path)
                : tr("The file %1 cannot be created (%2).").arg(path, file.errorString());
    }
    const auto discard = [this, &path] {
        close();
        QFile::remove(path + QStringLiteral("-journal"));
        QFile::remove(path);
    };
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        const QString error = CacheSchema::errorText(m_db.lastError());
        discard();
        return error;
    }
    QSqlQuery pragma(m_db);
    if (mode == Mode::Bulk) {
        pragma.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
        pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
        pragma.exec(QStringLiteral("PRAGMA cache_size = -65536")); // 64 MiB
    } else {
        pragma.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    pragma.finish(); // journal_mode answers with a row; an open statement would block the commit
    QString error = CacheSchema::create(
        m_db, mode == Mode::Bulk ? CacheSchema::Indexes::Later : CacheSchema::Indexes::Now);
    if (error.isEmpty()) {
        m_statements = std::make_unique<Statements>(m_db);
        if (!m_statements->ok)
            error = CacheSchema::errorText(m_statements->insert.lastError())
                + CacheSchema::errorText(m_statements->storeLink.lastError());
    }
    if (!error.isEmpty())
        discard();
    return error;
}

QString CacheWriter::open(const QString &path)
{
    close();
    m_path = path;
    m_mode = Mode::Durable;
    if (const auto problem = CacheSchema::checkFile(path))
        return problem->message;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        const QString error = CacheSchema::errorText(m_db.lastError());
        close();
        return error;
    }
    CacheSchema::hardenConnection(m_db);
    if (const auto problem = CacheSchema::validateSchema(m_db)) {
        close();
        return problem->message;
    }
    QSqlQuery pragma(m_db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536")); // 64 MiB: index pages of large caches
    pragma.finish();
    if (const QString error = CacheSchema::upgrade(m_db); !error.isEmpty()) {
        close();
        return tr("The cache could not be brought to the current format: %1").arg(error);
    }
    m_statements = std::make_unique<Statements>(m_db);
    if (!m_statements->ok) {
        const QString error = CacheSchema::errorText(m_statements->insert.lastError())
            + CacheSchema::errorText(m_statements->storeLink.lastError());
        close();
        return error;
    }
    return {};
}

QString CacheWriter::info(const QString &key) const
{
    if (!m_db.isOpen())
        return {};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM cache_info WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

QString CacheWriter::setInfo(const QString &key, const QString &value)
{
    if (!m_db.isOpen())
        return tr("The cache is not open for writing.");
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO cache_info (key, value) VALUES (?, ?)"
                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec() ? QString() : CacheSchema::errorText(query.lastError());
}

QString CacheWriter::write(const QList<SmsRecord> &records, const QHash<QString, QString> &info,
                           const ResourceContexts &contexts)
{
    if (!m_db.isOpen() || !m_statements)
        return tr("The cache is not open for writing.");
    if (!m_db.transaction())
        return CacheSchema::errorText(m_db.lastError());
    for (auto it = info.cbegin(); it != info.cend(); ++it) {
        if (const QString error = setInfo(it.key(), it.value()); !error.isEmpty()) {
            m_db.rollback();
            return error;
        }
    }
    RollupDelta rollup;
    for (const SmsRecord &record : records) {
        QString error = upsert(record, rollup);
        if (error.isEmpty() && record.projectId.size() > 0)
            error = storeLink(QStringLiteral("project"), {record.projectId, record.projectName, {}, {}});
        for (int i = 0; error.isEmpty() && i < LinkKindCount; ++i) {
            if (record.links[i].isSet())
                error = storeLink(linkKindKey(allLinkKinds[i]), record.links[i]);
        }
        if (!error.isEmpty()) {
            m_db.rollback();
            m_storedLinks.clear();
            return error;
        }
    }
    for (auto it = contexts.cbegin(); it != contexts.cend(); ++it) {
        if (const QString error = storeContext(it.key(), it.value()); !error.isEmpty()) {
            m_db.rollback();
            m_storedLinks.clear();
            return error;
        }
    }
    return commitWith(rollup);
}

QString CacheWriter::storeContext(const QString &key, const ResourceContext &context)
{
    const qsizetype slash = key.indexOf(u'/');
    if (slash <= 0 || slash == key.size() - 1 || context.isEmpty())
        return {};
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    };
    QSqlQuery &query = m_statements->storeContext;
    query.addBindValue(key.left(slash));
    query.addBindValue(key.mid(slash + 1));
    query.addBindValue(orNull(context.label));
    query.addBindValue(orNull(context.state));
    query.addBindValue(orNull(context.severity));
    query.addBindValue(orNull(context.type));
    return query.exec() ? QString() : CacheSchema::errorText(query.lastError());
}

QString CacheWriter::commitWith(const RollupDelta &rollup)
{
    QString error = applyRollup(rollup);
    if (error.isEmpty() && !m_db.commit())
        error = CacheSchema::errorText(m_db.lastError());
    if (!error.isEmpty()) {
        m_db.rollback();
        m_storedLinks.clear();
    }
    return error;
}

QString CacheWriter::applyRollup(const RollupDelta &rollup)
{
    Statements &s = *m_statements;
    for (auto [changes, add, dropEmpty] : {std::tuple{&rollup.hours, &s.hourAdd, &s.hourDropEmpty},
                                           std::tuple{&rollup.days, &s.dayAdd, &s.dayDropEmpty}}) {
        for (auto it = changes->cbegin(); it != changes->cend(); ++it) {
            if (it->messages == 0 && it->costCents == 0)
                continue;
            for (QSqlQuery *query : {add, dropEmpty}) {
                query->addBindValue(it.key().bucket);
                query->addBindValue(it.key().projectId);
                query->addBindValue(it.key().status);
                if (query == add) {
                    query->addBindValue(it->messages);
                    query->addBindValue(it->costCents);
                }
                if (!query->exec())
                    return CacheSchema::errorText(query->lastError());
                if (it->messages >= 0)
                    break; // only a removal can empty a bucket
            }
        }
    }
    return {};
}

QString CacheWriter::remove(const QStringList &ids)
{
    if (!m_db.isOpen() || !m_statements || m_mode != Mode::Durable)
        return tr("The cache is not open for writing.");
    if (!m_db.transaction())
        return CacheSchema::errorText(m_db.lastError());
    Statements &s = *m_statements;
    RollupDelta rollup;
    for (const QString &id : ids) {
        s.find.addBindValue(id);
        if (!s.find.exec()) {
            const QString error = CacheSchema::errorText(s.find.lastError());
            m_db.rollback();
            return error;
        }
        if (!s.find.next()) {
            s.find.finish();
            continue; // not stored: nothing to remove
        }
        const qint64 rid = s.find.value(0).toLongLong();
        rollup.add(s.find.value(3), s.find.value(4).toString(), s.find.value(5).toString(), s.find.value(6),
                   -1);
        s.removeWords.addBindValue(rid);
        s.removeWords.addBindValue(s.find.value(1));
        s.removeWords.addBindValue(s.find.value(2));
        s.find.finish();
        s.deleteRow.addBindValue(rid);
        for (QSqlQuery *query : {&s.removeWords, &s.deleteRow}) {
            if (!query->exec()) {
                const QString error = CacheSchema::errorText(query->lastError());
                m_db.rollback();
                return error;
            }
        }
    }
    return commitWith(rollup);
}

QString CacheWriter::upsert(const SmsRecord &record, RollupDelta &rollup)
{
    if (record.id.isEmpty())
        return tr("A record without an id cannot be stored.");
    Statements &s = *m_statements;
    s.find.addBindValue(record.id);
    if (!s.find.exec())
        return CacheSchema::errorText(s.find.lastError());
    qint64 rid = 0;
    const bool indexWords = m_mode == Mode::Durable; // Bulk: finish() indexes every row once
    if (s.find.next()) {
        rid = s.find.value(0).toLongLong();
        if (indexWords) // Bulk: finish() adds up every row once
            rollup.add(s.find.value(3), s.find.value(4).toString(), s.find.value(5).toString(),
                       s.find.value(6), -1);
        if (indexWords) {
            // External-content full-text index: remove the old words before the row changes.
            s.removeWords.addBindValue(rid);
            s.removeWords.addBindValue(s.find.value(1));
            s.removeWords.addBindValue(s.find.value(2));
            if (!s.removeWords.exec())
                return CacheSchema::errorText(s.removeWords.lastError());
        }
        s.find.finish();
        bindRecord(s.update, record);
        s.update.addBindValue(rid);
        if (!s.update.exec())
            return CacheSchema::errorText(s.update.lastError());
    } else {
        s.find.finish();
        bindRecord(s.insert, record);
        if (!s.insert.exec())
            return CacheSchema::errorText(s.insert.lastError());
        rid = s.insert.lastInsertId().toLongLong();
    }
    if (indexWords) {
        rollup.add(timeOrNull(record.createdAt), record.projectId, record.status,
                   record.costCents ? QVariant(*record.costCents) : QVariant(), +1);
        s.addWords.addBindValue(rid);
        s.addWords.addBindValue(textOrNull(record.smsText));
        s.addWords.addBindValue(textOrNull(record.statusMessage));
        if (!s.addWords.exec())
            return CacheSchema::errorText(s.addWords.lastError());
    }

    for (const QString &number : {record.toNumber, record.fromNumber}) {
        if (number.isEmpty())
            continue;
        s.addNumber.addBindValue(number);
        if (!s.addNumber.exec())
            return CacheSchema::errorText(s.addNumber.lastError());
    }
    return {};
}

QString CacheWriter::storeLink(const QString &kind, const LinkedResource &link)
{
    const QString key = kind + u'/' + link.id;
    const auto stored = m_storedLinks.constFind(key);
    if (stored != m_storedLinks.constEnd() && *stored == link)
        return {};
    QSqlQuery &query = m_statements->storeLink;
    query.addBindValue(kind);
    query.addBindValue(link.id);
    query.addBindValue(link.name.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(link.name));
    query.addBindValue(link.number ? QVariant(*link.number) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(link.email.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(link.email));
    if (!query.exec())
        return CacheSchema::errorText(query.lastError());
    m_storedLinks.insert(key, link);
    return {};
}
