// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "costtotals.h"
#include "smsquery.h"
#include "smsrecord.h"
#include "sourceerror.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantHash>
#include <memory>
#include <optional>

class RequestGate;

// Reads a cache file, read-only. Lives on the cache worker thread and owns its own connection;
// every slot runs there and answers with one signal. Never writes to the file.
class CacheReader : public QObject
{
    Q_OBJECT
public:
    CacheReader(const QString &path, std::shared_ptr<RequestGate> gate);
    ~CacheReader() override;

    void open();
    void fetchRows(quint64 id, const SmsQuery &query, qint64 offset, int count);
    void fetchCount(quint64 id, const SmsFilter &filter);
    void fetchTotals(quint64 id, const SmsFilter &filter);
    void fetchChoices(quint64 id);

Q_SIGNALS:
    // `info`: the file's cache_info table (source, snapshot metadata, sync state).
    void opened(const QVariantHash &info);
    void openFailed(const SourceError &error);
    void rowsFetched(quint64 id, qint64 offset, const QList<SmsRecord> &rows);
    void countFetched(quint64 id, qint64 count);
    void totalsFetched(quint64 id, const CostTotals &totals);
    void choicesFetched(quint64 id, const FilterChoices &choices);
    void requestFailed(quint64 id, const SourceError &error);

private:
    bool isOpen() const;
    void fail(quint64 id, const QString &what, const QString &detail);
    // Distinct values of an indexed column, by hopping from key to key (cheap at any size).
    // nullopt when reading failed or was interrupted.
    std::optional<QStringList> distinctValues(const QString &column);
    QString projectName(const QString &projectId);
    // A forward-only statement on this reader's connection with `values` bound in order.
    QSqlQuery prepared(const QString &sql, const QVariantList &values);

    QString m_path;
    QString m_connectionName;
    std::shared_ptr<RequestGate> m_gate;
    QSqlDatabase m_db;
    bool m_open = false;
};
