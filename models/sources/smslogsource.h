// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "costtotals.h"
#include "smsquery.h"
#include "smsrecord.h"
#include "sourceerror.h"

#include <QList>
#include <QObject>

// Where SMS logs come from: a cache file or a live OneUptime connection.
//
// Contract: every call is made from the GUI thread and returns at once; results arrive later as
// signals on the GUI thread, tagged with the id the request returned. A cancelled request may still
// answer; callers drop answers they no longer want. Request ids are unique per source and never 0.
class SmsLogSource : public QObject
{
    Q_OBJECT
public:
    using RequestId = quint64;

    explicit SmsLogSource(QObject *parent = nullptr);

    // One line for the status bar and title ("Cache demo.sqlite", "oneuptime.com — Project X").
    virtual QString description() const = 0;
    // Columns the source can order by without scanning everything.
    virtual QList<SmsColumn> sortableColumns() const = 0;

    // Starts opening; answers with opened() or openFailed().
    virtual void open() = 0;

    // `count` rows of `query` starting at row `offset` (0-based) → rowsFetched.
    virtual RequestId requestRows(const SmsQuery &query, qint64 offset, int count) = 0;
    // Exact number of rows matching `filter` → countFetched.
    virtual RequestId requestCount(const SmsFilter &filter) = 0;
    // Count and cost over every row matching `filter`, by project and status → totalsFetched.
    virtual RequestId requestTotals(const SmsFilter &filter) = 0;
    // Values a filter bar can offer → choicesFetched.
    virtual RequestId requestChoices() = 0;
    // Stops the request if it has not answered yet; it then answers nothing or an error of kind
    // Cancelled.
    virtual void cancel(RequestId id) = 0;

Q_SIGNALS:
    void opened();
    void openFailed(const SourceError &error);
    // After opened(): the source turned out to be unusable (a damaged file, say). Its answers so
    // far cannot be trusted; show the error and close it.
    void failed(const SourceError &error);
    void rowsFetched(SmsLogSource::RequestId id, qint64 offset, const QList<SmsRecord> &rows);
    void countFetched(SmsLogSource::RequestId id, qint64 count);
    void totalsFetched(SmsLogSource::RequestId id, const CostTotals &totals);
    void choicesFetched(SmsLogSource::RequestId id, const FilterChoices &choices);
    void requestFailed(SmsLogSource::RequestId id, const SourceError &error);

protected:
    RequestId nextRequestId() { return ++m_lastRequestId; }

private:
    RequestId m_lastRequestId = 0;
};
