// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

// A plain sqlite3 connection for the benchmark's floors: the least the same work can cost, with
// no Qt SQL driver, no threads and no signals in between. Not for the application's code.
// One thread; statements are finalized by every call, so no lock outlives a call.
class RawSqlite
{
public:
    RawSqlite() = default;
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    // `flags`: SQLITE_OPEN_* flags; an empty path opens a private temporary database.
    // Throws Bench::Error when the file cannot be opened.
    void open(const QString &path, int flags);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    // Prepares `sql`, binds `values` in order, steps to the end and finalizes. Returns every row
    // (integers as qint64, reals as double, text as QString, NULL as a null QVariant).
    // Throws Bench::Error on any SQLite error.
    QList<QVariantList> query(const QString &sql, const QVariantList &values = {});
    // The same, timed from prepare to finalize, in milliseconds. The rows are stepped through and
    // kept only when `rows` is given.
    double timeQuery(const QString &sql, const QVariantList &values = {},
                     QList<QVariantList> *rows = nullptr);
    // The same, given at most `limitMs`: nullopt when SQLite was stopped at the limit.
    std::optional<double> timeQueryWithin(const QString &sql, const QVariantList &values, double limitMs);
    // The first column of the first row; null when there is no row.
    QVariant value(const QString &sql, const QVariantList &values = {});
    // Runs statements that return nothing (BEGIN, COMMIT, CREATE ...).
    void exec(const QString &sql);

    // A prepared statement for repeated use (bind, step, reset); finalize it with finalize().
    sqlite3_stmt *prepare(const QString &sql);
    void bind(sqlite3_stmt *statement, const QVariantList &values);
    // Steps a statement that returns no row and resets it for the next run.
    void stepAndReset(sqlite3_stmt *statement);
    static void finalize(sqlite3_stmt *statement);

    bool hasTable(const QString &name);
    static QString version();

private:
    [[noreturn]] void fail(const QString &what) const;
    // Prepare, bind, step to the end (keeping rows when given), finalize; stopped after `limitNs`
    // (nullopt) when it is positive. Milliseconds.
    std::optional<double> run(const QString &sql, const QVariantList &values, QList<QVariantList> *rows,
                              qint64 limitNs);

    sqlite3 *m_db = nullptr;
    QString m_path;
};
