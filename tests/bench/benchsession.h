// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "benchreport.h"
#include "rawsqlite.h"
#include "smslogsource.h"

#include "logtableview.h"
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <functional>
#include <memory>

class BenchApplication;
class SmsLogTableModel;
class SqliteCacheSource;

struct BenchOptions {
    QString cachePath;
    bool quick = false; // fewer repetitions, for a smoke run
    bool skipIngest = false; // no G10
    bool skipSync = false; // no G11
    int syncPageSize = 0; // G11's rows per request; 0: CacheSync's default (the largest)
};

// The scripted session: drives the real source, model and view through goals G1 to G9, G11 (a
// sync into another file while the table scrolls) and G10 (which writes to the file, last), and collects the
// figures. GUI thread; throws Bench::Error when something fails (a goal that is missed is no failure).
class BenchSession : public QObject
{
    Q_OBJECT
public:
    BenchSession(const BenchOptions &options, BenchApplication *app);
    ~BenchSession() override;

    BenchReport run();

private:
    // Facts about the file, read once with raw SQLite: used to build realistic filters.
    struct DataFacts {
        qint64 rows = 0;
        qint64 newestMs = 0; // max(created_at): "now" for time filters
        QString projectId; // one project
        QString errorCode; // 30007, or else the most common error code
        QString lastText; // sms_text of the newest rid
        bool hasCostByDay = false;
    };
    // Answers of the current source, by request id.
    struct Answers {
        QHash<SmsLogSource::RequestId, qint64> counts;
        QHash<SmsLogSource::RequestId, CostTotals> totals;
        QHash<SmsLogSource::RequestId, SourceError> failures;
    };
    // Times of the kept open (the last G1 run), from m_clock; -1 while not seen.
    struct OpenTimes {
        qint64 startNs = -1;
        qint64 openedNs = -1;
        qint64 countKnownNs = -1;
        qint64 integrityNs = -1;
        bool integrityOk = false;
        qint64 positionsNs = -1; // positionsReady for the default query
    };
    struct Gesture {
        double ms = 0; // act → ready → repainted
        bool readyAtOnce = false; // ready right after the act (no placeholder shown)
        bool countKnown = false; // matchCount() known when painted
    };
    // The app's table view (fixed rows, read-ahead), able to lay out now (QAbstractItemView
    // defers it to the event loop).
    class View : public LogTableView
    {
    public:
        using QAbstractItemView::executeDelayedItemsLayout;
    };

    // The view, the model and the source.
    void createView();
    void setViewModel(SmsLogTableModel *model);
    Gesture openSource();
    void connectSource();
    void closeSource();
    void resetQuery();

    // Waiting and timing.
    void waitUntil(const std::function<bool()> &done, const QString &what, int timeoutMs = 600000);
    void pause(int ms);
    void callGesture(const QString &name, const std::function<void()> &act);
    Gesture timedGesture(const QString &name, const std::function<void()> &act,
                         const std::function<bool()> &ready);
    void settle(const QString &what);
    std::pair<int, int> visibleRows() const;
    bool isLoaded(int row) const;
    bool visibleRowsLoaded() const;
    bool firstRowsShown() const;
    double repaintMs();
    void sendKey(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void sendWheel(int angleDelta);
    void waitForAnswer(SmsLogSource::RequestId id, const QString &what);
    void progress(const QString &line) const;

    // The goals.
    void readDataFacts();
    GoalResult measureOpen();
    void waitForCountAndPositions();
    double measureRepaintFloor();
    GoalResult measureJumps();
    GoalResult measureScrolling();
    GoalResult measureQueryChanges();
    void showEmptyQuery();
    GoalResult measureCounts();
    QJsonObject measureCountCancel();
    GoalResult measureTotals();
    GoalResult measureTextSearch();
    GoalResult measureMemory();
    GoalResult guiThreadResult() const;
    GoalResult measureIngest();
    GoalResult measureSyncWhileScrolling();
    void addExtraFigures();

    // Floors.
    struct RawPage {
        double ms = 0;
        QString plan; // "index walk" or "sort matches"
    };
    RawPage rawFirstPage(const SmsFilter &filter, const SmsSort &sort);
    double rawKeysetPageMs(int depths);

    BenchOptions m_options;
    BenchApplication *m_app;
    QRandomGenerator m_random; // fixed seed: every run visits the same rows
    QElapsedTimer m_clock; // since the session started
    QTimer m_heartbeat; // wakes the waiting loop now and then
    RawSqlite m_raw;
    DataFacts m_facts;
    std::unique_ptr<View> m_view;
    QPointer<SmsLogTableModel> m_model;
    QPointer<SqliteCacheSource> m_source;
    Answers m_answers;
    OpenTimes m_open;
    QString m_fatal; // an error reported by a signal; the next wait throws it
    double m_repaintFloor = 0;
    double m_rssAtStart = 0; // VmRSS (MiB) with the view shown, before the first open
    int m_placeholderFrames = 0;
    double m_removeRowsPerSecond = -1; // G10's removal; -1 when G10 did not run
    double m_maxDirectCallMs = 0;
    QString m_maxDirectCall;
    BenchReport m_report;
};
