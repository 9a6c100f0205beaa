// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "oneuptimesource.h"

#include <QEventLoop>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>
#include <tuple>

// For tests of the live source: a OneUptimeSource with everything it says recorded by request
// id, and waits that run the event loop until an answer arrives (no polling).

// Everything a source said, by request id.
struct Answers {
    bool opened = false;
    std::optional<SourceError> openError;
    QHash<SmsLogSource::RequestId, QList<SmsRecord>> rows;
    QHash<SmsLogSource::RequestId, qint64> rowOffsets;
    QHash<SmsLogSource::RequestId, qint64> counts;
    QHash<SmsLogSource::RequestId, CostTotals> totals;
    QHash<SmsLogSource::RequestId, CostReport> reports;
    QHash<SmsLogSource::RequestId, SourceError> errors;
    QList<std::tuple<SmsLogSource::RequestId, qint64, qint64>> progress;
    QStringList notices;

    bool answered(SmsLogSource::RequestId id) const
    {
        return rows.contains(id) || counts.contains(id) || totals.contains(id) || errors.contains(id)
            || (reportsAsked.contains(id) && reports.contains(id));
    }
    int answerCount(SmsLogSource::RequestId id) const
    {
        return int(rows.count(id) + counts.count(id) + totals.count(id) + errors.count(id)
                   + (reportsAsked.contains(id) ? reports.count(id) : 0));
    }
    // Cost reports asked for directly (requestTotals asks for one too, answered as totals).
    QSet<SmsLogSource::RequestId> reportsAsked;
};

// A live source with everything it says recorded. Not movable (the connections capture it).
class Live
{
public:
    explicit Live(const OneUptimeSettings &settings)
        : source(std::make_unique<OneUptimeSource>(settings))
    {
        OneUptimeSource *s = source.get();
        QObject::connect(s, &SmsLogSource::opened, s, [this] { a.opened = true; });
        QObject::connect(s, &SmsLogSource::openFailed, s, [this](const SourceError &e) { a.openError = e; });
        QObject::connect(s, &SmsLogSource::rowsFetched, s,
                         [this](SmsLogSource::RequestId id, qint64 offset, const QList<SmsRecord> &rows) {
                             a.rows.insert(id, rows);
                             a.rowOffsets.insert(id, offset);
                         });
        QObject::connect(s, &SmsLogSource::countFetched, s,
                         [this](SmsLogSource::RequestId id, qint64 count) { a.counts.insert(id, count); });
        QObject::connect(
            s, &SmsLogSource::totalsFetched, s,
            [this](SmsLogSource::RequestId id, const CostTotals &totals) { a.totals.insert(id, totals); });
        QObject::connect(
            s, &SmsLogSource::costReportFetched, s,
            [this](SmsLogSource::RequestId id, const CostReport &report) { a.reports.insert(id, report); });
        QObject::connect(
            s, &SmsLogSource::requestFailed, s,
            [this](SmsLogSource::RequestId id, const SourceError &e) { a.errors.insert(id, e); });
        QObject::connect(s, &SmsLogSource::progressed, s,
                         [this](SmsLogSource::RequestId id, qint64 done, qint64 total) {
                             a.progress.append({id, done, total});
                         });
        QObject::connect(s, &SmsLogSource::noticeChanged, s,
                         [this](const QString &notice) { a.notices.append(notice); });
    }
    Live(const Live &) = delete;
    Live &operator=(const Live &) = delete;

    // Runs the event loop until `done` holds (checked whenever the source says something) or
    // `timeoutMs` passed; returns `done`. No polling: QTest::qWaitFor's 10 ms naps between rounds
    // would dwarf loopback round trips (and the figures printed).
    [[nodiscard]] bool waitUntil(const std::function<bool()> &done, int timeoutMs = 15000)
    {
        if (done())
            return true;
        QEventLoop loop;
        const auto check = [&loop, &done] {
            if (done())
                loop.quit();
        };
        OneUptimeSource *s = source.get();
        QObject::connect(s, &SmsLogSource::opened, &loop, check);
        QObject::connect(s, &SmsLogSource::openFailed, &loop, check);
        QObject::connect(s, &SmsLogSource::rowsFetched, &loop, check);
        QObject::connect(s, &SmsLogSource::countFetched, &loop, check);
        QObject::connect(s, &SmsLogSource::totalsFetched, &loop, check);
        QObject::connect(s, &SmsLogSource::costReportFetched, &loop, check);
        QObject::connect(s, &SmsLogSource::requestFailed, &loop, check);
        QObject::connect(s, &SmsLogSource::progressed, &loop, check);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        return done();
    }
    // Opens and waits; false when it failed (see a.openError) or did not answer.
    [[nodiscard]] bool open(int timeoutMs = 15000)
    {
        source->open();
        return waitUntil([this] { return a.opened || a.openError.has_value(); }, timeoutMs) && a.opened;
    }
    [[nodiscard]] bool wait(SmsLogSource::RequestId id, int timeoutMs = 15000)
    {
        return waitUntil([this, id] { return a.answered(id); }, timeoutMs);
    }
    OneUptimeSource *operator->() const { return source.get(); }

    Answers a; // declared first: outlives the source
    std::unique_ptr<OneUptimeSource> source;
};
