// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "costreport.h"
#include "costtotals.h"
#include "linkcandidate.h"
#include "resourcecontext.h"
#include "rowpositions.h"
#include "smsquery.h"
#include "smsrecord.h"
#include "sourceerror.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantHash>
#include <memory>
#include <optional>

class CacheConnection;
class RequestGate;
class RowPager;
namespace RowPlan {
enum class Kind;
}

// Reads a cache file, read-only. Lives on the cache worker thread and owns its own connection;
// every slot runs there and answers with one signal. Never writes to the file.
class CacheReader : public QObject
{
    Q_OBJECT
public:
    // `positions` is shared by the readers of one source (thread-safe).
    CacheReader(const QString &path, std::shared_ptr<RequestGate> gate,
                std::shared_ptr<RowPositions> positions);
    ~CacheReader() override;

    void open();
    void fetchRows(quint64 id, const SmsQuery &query, qint64 offset, int count);
    void fetchCount(quint64 id, const SmsFilter &filter);
    void fetchChoices(quint64 id);
    // See SmsLogSource::requestLinkCandidates().
    void fetchLinkCandidates(quint64 id, LinkKind kind, qint64 number, const QString &projectId);
    // The contexts of the resources of `keys` (resourceContextKey()) the file holds →
    // contextsFetched; none from a file of format 2 or older, or when reading fails.
    void fetchContexts(quint64 id, const QStringList &keys);
    // Cells of `resolution` (from the roll-ups where the filter allows) and the `topRecipients`
    // most expensive recipients of `filter` → costReportFetched.
    void fetchCostReport(quint64 id, const SmsFilter &filter, int topRecipients, CostResolution resolution,
                         ErrorCodeTotals errorCodes = ErrorCodeTotals::Omitted);
    // Walks the whole order of `query` and stores a bookmark every RowPositions::stride rows →
    // positionsScanned (complete false when interrupted or failed).
    void scanPositions(quint64 id, const SmsQuery &query);

Q_SIGNALS:
    // `info`: the file's cache_info table (source, snapshot metadata, sync state).
    void opened(const QVariantHash &info);
    void openFailed(const SourceError &error);
    void rowsFetched(quint64 id, qint64 offset, const QList<SmsRecord> &rows);
    void countFetched(quint64 id, qint64 count);
    void choicesFetched(quint64 id, const FilterChoices &choices);
    void linkCandidatesFetched(quint64 id, const QList<LinkCandidate> &candidates);
    void contextsFetched(quint64 id, const ResourceContexts &contexts);
    void costReportFetched(quint64 id, const CostReport &report);
    void requestFailed(quint64 id, const SourceError &error);
    void positionsScanned(quint64 id, const SmsQuery &query, bool complete);

private:
    bool isOpen() const;
    void fail(quint64 id, const QString &what, const QString &detail);
    // Distinct values of an indexed column, by hopping from key to key (cheap at any size).
    // nullopt when reading failed or was interrupted.
    std::optional<QStringList> distinctValues(const QString &column);
    QString projectName(const QString &projectId);
    // Count and cost of every row matching `filter` by the value of `column` (a column name of
    // this code, never user input), the most expensive `limit` first (-1: all); nullopt when it
    // failed (answered with requestFailed under `id`).
    std::optional<QList<CostGroup>> sumRowsBy(quint64 id, const QString &column, const SmsFilter &filter,
                                              int limit);

    // How to read `query` (probed once per filter, cached); nullopt (and *error) when probing
    // failed.
    std::optional<RowPlan::Kind> plan(const SmsQuery &query, QString *error);
    // The rids of rows offset … offset + count - 1 of `query`, read by `kind` from the nearest
    // bookmark; adds the bookmark of the page after it.
    std::optional<QList<qint64>> pageRids(const SmsQuery &query, RowPlan::Kind kind, qint64 offset, int count,
                                          QString *error);

    QString m_path;
    std::shared_ptr<RowPositions> m_positions;
    int m_fileVersion = 0;
    qint64 m_tableRows = 0; // max(rid) when opened: the size that sets the plan's limit
    SmsFilter m_planFilter;
    std::optional<RowPlan::Kind> m_planKind;
    std::unique_ptr<CacheConnection> m_connection; // opened by open(), on the reader's thread
    std::unique_ptr<RowPager> m_pager; // on m_connection, made by open()
    std::shared_ptr<RequestGate> m_gate;
    QSqlDatabase m_db; // m_connection's
    bool m_open = false;
};
