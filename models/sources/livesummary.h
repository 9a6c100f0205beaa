// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "costsummary.h"
#include "oneuptimeclient.h"
#include "oneuptimequery.h"
#include "smsquery.h"
#include "sourceerror.h"

#include <QDateTime>
#include <QObject>
#include <memory>

// The cost summary of the SMS logs an API key may read on a OneUptime instance (its project),
// computed by paging through every matching message: the API has no sums. Asks the server's
// version first (without the key) to select only what it has and to use the largest page it
// accepts; then reads pages of cost, status, project and createdAt, newest first (createdAt DESC,
// _id ASC), a few at a time. Only messages created up to the moment the summary started (on the
// server's clock, less a short commit margin) are counted, so messages arriving meanwhile never
// shift the pages. Costs are added as integer cents with overflow checks.
//
// Thread: the one that created it, with an event loop. Emits exactly one of finished() or
// failed() after start(), unless destroyed first.
class LiveSummary : public QObject
{
    Q_OBJECT
public:
    explicit LiveSummary(const OneUptimeSettings &settings, QObject *parent = nullptr);
    ~LiveSummary() override;

    // Rows per request; 0 (the default) = the largest the server accepts.
    void setPageSize(int rows) { m_pageSize = rows; }

    // `filter` must be valid (SmsFilter::validationError() empty). Call once.
    void start(const SmsFilter &filter, SummaryGrouping by);
    // Stops every request; failed() then reports Kind::Cancelled.
    void cancel();

    // What the server cannot do exactly for the filter (wildcards, fields searched, filters it
    // cannot express and that therefore match nothing), in plain words; known once the first
    // page was asked for.
    QStringList notes() const { return m_notes; }
    // The server's version as it said it ("" when it would not say).
    QString serverVersion() const { return m_features.version.toString(); }

Q_SIGNALS:
    // Messages read so far, and how many match (-1 while unknown).
    void progressed(qint64 done, qint64 total);
    // The server is busy and a request waits before another attempt.
    void retrying(const QString &message);
    void finished(const CostSummary &summary);
    void failed(const SourceError &error);

private:
    void requestPages();
    void requestPage(qint64 skip);
    void addPage(const QByteArray &body);
    void fail(const SourceError &error);
    void finish();
    void track(class OneUptimeCall *call);

    struct State;
    std::unique_ptr<State> d;
    OneUptimeClient *m_client;
    OneUptimeQuery::ServerFeatures m_features;
    QStringList m_notes;
    int m_pageSize = 0;
};
