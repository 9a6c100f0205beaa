// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "rawsqlite.h"

#include "benchutil.h"

#include <QElapsedTimer>
#include <sqlite3.h>

namespace {

QVariantList readRow(sqlite3_stmt *statement)
{
    QVariantList row;
    for (int column = 0; column < sqlite3_column_count(statement); ++column) {
        switch (sqlite3_column_type(statement, column)) {
        case SQLITE_INTEGER: row << qint64(sqlite3_column_int64(statement, column)); break;
        case SQLITE_FLOAT: row << sqlite3_column_double(statement, column); break;
        case SQLITE_NULL: row << QVariant(); break;
        default:
            row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                     sqlite3_column_bytes(statement, column));
        }
    }
    return row;
}

} // namespace

RawSqlite::~RawSqlite()
{
    close();
}

void RawSqlite::open(const QString &path, int flags)
{
    close();
    m_path = path;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        const QString message
            = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        close();
        throw Bench::Error(QStringLiteral("cannot open %1 with SQLite: %2").arg(path, message));
    }
}

void RawSqlite::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void RawSqlite::fail(const QString &what) const
{
    throw Bench::Error(QStringLiteral("SQLite on %1: %2: %3")
                           .arg(m_path, what, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString()));
}

sqlite3_stmt *RawSqlite::prepare(const QString &sql)
{
    if (!m_db)
        throw Bench::Error(QStringLiteral("SQLite: no open database for: %1").arg(sql));
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK)
        fail(sql);
    return statement;
}

void RawSqlite::bind(sqlite3_stmt *statement, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        int rc = SQLITE_OK;
        // A null QString is SQL NULL too (Qt 6's QVariant::isNull() does not say so).
        if (value.isNull()
            || (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())) {
            rc = sqlite3_bind_null(statement, i + 1);
        } else {
            switch (value.metaType().id()) {
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Long:
            case QMetaType::Bool: rc = sqlite3_bind_int64(statement, i + 1, value.toLongLong()); break;
            case QMetaType::Double: rc = sqlite3_bind_double(statement, i + 1, value.toDouble()); break;
            default: {
                const QByteArray text = value.toString().toUtf8();
                rc = sqlite3_bind_text(statement, i + 1, text.constData(), int(text.size()),
                                       SQLITE_TRANSIENT);
            }
            }
        }
        if (rc != SQLITE_OK)
            fail(QStringLiteral("binding value %1").arg(i + 1));
    }
}

void RawSqlite::stepAndReset(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        fail(QString::fromUtf8(sqlite3_sql(statement)));
    sqlite3_reset(statement);
}

void RawSqlite::finalize(sqlite3_stmt *statement)
{
    sqlite3_finalize(statement);
}

QList<QVariantList> RawSqlite::query(const QString &sql, const QVariantList &values)
{
    QList<QVariantList> rows;
    timeQuery(sql, values, &rows);
    return rows;
}

double RawSqlite::timeQuery(const QString &sql, const QVariantList &values, QList<QVariantList> *rows)
{
    return *run(sql, values, rows, 0);
}

std::optional<double> RawSqlite::timeQueryWithin(const QString &sql, const QVariantList &values,
                                                 double limitMs)
{
    return run(sql, values, nullptr, std::max<qint64>(1, qint64(limitMs * 1e6)));
}

std::optional<double> RawSqlite::run(const QString &sql, const QVariantList &values,
                                     QList<QVariantList> *rows, qint64 limitNs)
{
    struct Deadline {
        QElapsedTimer timer;
        qint64 limitNs;
    } deadline{{}, limitNs};
    deadline.timer.start();
    sqlite3_stmt *statement = prepare(sql);
    bind(statement, values);
    if (limitNs > 0) {
        sqlite3_progress_handler(
            m_db, 1000,
            [](void *data) {
                const auto *d = static_cast<const Deadline *>(data);
                return d->timer.nsecsElapsed() > d->limitNs ? 1 : 0;
            },
            &deadline);
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (rows)
            rows->append(readRow(statement));
    }
    sqlite3_finalize(statement);
    const double ms = Bench::msSince(deadline.timer);
    if (limitNs > 0)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    if (limitNs > 0 && rc == SQLITE_INTERRUPT)
        return std::nullopt;
    if (rc != SQLITE_DONE)
        fail(sql);
    return ms;
}

QVariant RawSqlite::value(const QString &sql, const QVariantList &values)
{
    const QList<QVariantList> rows = query(sql, values);
    return rows.isEmpty() || rows.first().isEmpty() ? QVariant() : rows.first().first();
}

void RawSqlite::exec(const QString &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        const QString message = QString::fromUtf8(error);
        sqlite3_free(error);
        throw Bench::Error(QStringLiteral("SQLite on %1: %2: %3").arg(m_path, sql, message));
    }
}

bool RawSqlite::hasTable(const QString &name)
{
    return value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                 {name})
               .toLongLong()
        > 0;
}

QString RawSqlite::version()
{
    return QString::fromLatin1(sqlite3_libversion());
}
