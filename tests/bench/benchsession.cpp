// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "benchsession.h"

#include "benchapplication.h"
#include "benchutil.h"
#include "cachesync.h"
#include "ingestbench.h"
#include "smslogtablemodel.h"
#include "sqlitecachesource.h"
#include "sqlquerybuilder.h"
#include "syncbench.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QThread>
#include <QWheelEvent>
#include <cstdio>
#include <sqlite3.h>

using Bench::msSince;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

SmsFilter statusFilter(const QStringList &statuses)
{
    SmsFilter filter;
    filter.statuses = statuses;
    return filter;
}

SmsFilter sinceFilter(qint64 fromMs, const QStringList &statuses = {})
{
    SmsFilter filter = statusFilter(statuses);
    filter.sentFrom = utc(fromMs);
    return filter;
}

QJsonArray toJson(const QList<double> &values)
{
    QJsonArray array;
    for (double value : values)
        array << value;
    return array;
}

double nsToMs(qint64 ns)
{
    return Bench::round2(double(ns) / 1e6);
}

// The longest word of `text` as the full-text tokenizer splits it.
QString longestWord(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    QString longest;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        if (word.size() > longest.size())
            longest = word;
    }
    return longest;
}

// VmRSS / VmHWM from /proc/self/status, in MiB; -1 when unknown.
double procStatusMiB(const QByteArray &key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key + ':')))
            return Bench::round2(line.mid(key.size() + 1).trimmed().split(' ').first().toDouble() / 1024.0);
    }
    return -1;
}

} // namespace

BenchSession::BenchSession(const BenchOptions &options, BenchApplication *app)
    : m_options(options)
    , m_app(app)
    , m_random(42)
{
    m_clock.start();
    // The waiting loop sleeps in the event dispatcher; this wakes it at least every 5 ms.
    m_heartbeat.setInterval(5);
    m_heartbeat.start();
}

BenchSession::~BenchSession()
{
    closeSource();
}

BenchReport BenchSession::run()
{
    m_raw.open(m_options.cachePath, SQLITE_OPEN_READONLY);
    readDataFacts();
    m_report.rows = m_facts.rows;
    m_report.cache = m_options.cachePath;
    m_report.machine = QJsonObject{{QStringLiteral("cores"), QThread::idealThreadCount()},
                                   {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
                                   {QStringLiteral("sqlite"), RawSqlite::version()}};
    createView();
    m_rssAtStart = procStatusMiB("VmRSS");

    m_app->setTiming(true);
    GoalResult open = measureOpen();
    waitForCountAndPositions();
    m_repaintFloor = measureRepaintFloor();
    open.floor = open.detail.value(QStringLiteral("raw_first_page_ms")).toDouble() + m_repaintFloor;
    open.ratio = open.value / *open.floor;
    m_report.goals << open;
    m_report.goals << measureJumps();
    m_report.goals << measureScrolling();
    m_report.goals << measureQueryChanges();
    m_report.goals << measureCounts();
    m_report.goals << measureTotals();
    m_report.goals << measureTextSearch();
    m_report.goals << measureMemory();
    m_app->setTiming(false);
    m_report.goals << guiThreadResult();
    if (!m_options.skipSync)
        m_report.goals << measureSyncWhileScrolling();

    // G10 writes to the file: every reader is closed first.
    closeSource();
    m_raw.close();
    if (!m_options.skipIngest)
        m_report.goals << measureIngest();
    addExtraFigures();
    return m_report;
}

// ---------------------------------------------------------------------------------------------
// The view, the model and the source

void BenchSession::createView()
{
    // The main window's table view (ui/logtableview.cpp), with its own row height.
    m_view = std::make_unique<View>();
    m_view->resize(1280, 800);
    m_view->show();
    QCoreApplication::processEvents();
}

void BenchSession::setViewModel(SmsLogTableModel *model)
{
    QItemSelectionModel *old = m_view->selectionModel();
    m_view->setLogModel(model);
    delete old; // setModel() makes a new one and leaves the old to us
}

void BenchSession::closeSource()
{
    if (m_view)
        setViewModel(nullptr);
    delete m_model; // before the source: it cancels its requests there
    delete m_source; // interrupts the integrity check and joins the reader threads
}

// One G1 run: a new model on the view, then (timed) a new source opened until row 0 is painted.
BenchSession::Gesture BenchSession::openSource()
{
    closeSource();
    auto *model = new SmsLogTableModel(this);
    setViewModel(model);
    m_model = model;
    m_answers = {};
    m_open = {};
    m_open.startNs = m_clock.nsecsElapsed();
    return timedGesture(
        QStringLiteral("open"),
        [this] {
            m_source = new SqliteCacheSource(m_options.cachePath, this);
            connectSource();
            m_source->open();
        },
        [this] { return firstRowsShown(); });
}

void BenchSession::connectSource()
{
    SqliteCacheSource *source = m_source;
    const auto fatal = [this](const QString &what) {
        return [this, what](const SourceError &error) {
            m_fatal = what + QStringLiteral(": ") + error.message + QStringLiteral(" ") + error.detail;
        };
    };
    connect(source, &SmsLogSource::opened, this, [this, source] {
        m_open.openedNs = m_clock.nsecsElapsed();
        if (m_model)
            m_model->setSource(source);
    });
    connect(source, &SmsLogSource::openFailed, this, fatal(QStringLiteral("opening the cache failed")));
    connect(source, &SmsLogSource::failed, this, fatal(QStringLiteral("the cache failed")));
    connect(source, &SqliteCacheSource::integrityChecked, this, [this](bool ok) {
        m_open.integrityNs = m_clock.nsecsElapsed();
        m_open.integrityOk = ok;
    });
    connect(source, &SmsLogSource::countFetched, this,
            [this](SmsLogSource::RequestId id, qint64 count) { m_answers.counts.insert(id, count); });
    connect(source, &SmsLogSource::totalsFetched, this,
            [this](SmsLogSource::RequestId id, const CostTotals &totals) {
                m_answers.totals.insert(id, totals);
            });
    connect(source, &SmsLogSource::requestFailed, this,
            [this](SmsLogSource::RequestId id, const SourceError &error) {
                m_answers.failures.insert(id, error);
            });
    connect(m_model, &SmsLogTableModel::matchCountChanged, this, [this](qint64 count) {
        if (count >= 0 && m_open.countKnownNs < 0)
            m_open.countKnownNs = m_clock.nsecsElapsed();
    });
    connect(m_model, &SmsLogTableModel::errorOccurred, this, fatal(QStringLiteral("the table model failed")));
    connect(source, &SqliteCacheSource::positionsReady, this, [this](const SmsQuery &query) {
        if (query == SmsQuery() && m_open.positionsNs < 0)
            m_open.positionsNs = m_clock.nsecsElapsed();
    });
}

// The default query (no filter, newest first) at the top, settled.
void BenchSession::resetQuery()
{
    m_model->setFilter({});
    m_model->sort(int(SmsColumn::SentAt), Qt::DescendingOrder);
    m_view->scrollToTop();
    settle(QStringLiteral("the default query"));
}

// ---------------------------------------------------------------------------------------------
// Waiting and timing

// Runs the event loop, sleeping until events arrive, until `done` holds.
void BenchSession::waitUntil(const std::function<bool()> &done, const QString &what, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (!m_fatal.isEmpty())
            throw Bench::Error(m_fatal);
        if (done())
            return;
        if (timer.elapsed() > timeoutMs)
            throw Bench::Error(
                QStringLiteral("timed out after %1 s waiting for %2").arg(timeoutMs / 1000).arg(what));
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
}

void BenchSession::pause(int ms)
{
    QElapsedTimer timer;
    timer.start();
    waitUntil([&timer, ms] { return timer.elapsed() >= ms; }, QStringLiteral("a pause"));
}

// A call the bench makes on the model or view for a gesture: in the app it would run inside an
// event handler, so it counts for G9 like an event delivery.
void BenchSession::callGesture(const QString &name, const std::function<void()> &act)
{
    QElapsedTimer timer;
    timer.start();
    act();
    const double ms = msSince(timer);
    if (ms > m_maxDirectCallMs) {
        m_maxDirectCallMs = ms;
        m_maxDirectCall = name;
    }
}

// act → (event loop) → ready → synchronous repaint, timed as a whole.
BenchSession::Gesture BenchSession::timedGesture(const QString &name, const std::function<void()> &act,
                                                 const std::function<bool()> &ready)
{
    Gesture gesture;
    QElapsedTimer timer;
    timer.start();
    callGesture(name, act);
    m_view->executeDelayedItemsLayout(); // what the event loop would do first
    gesture.readyAtOnce = ready();
    if (!gesture.readyAtOnce)
        waitUntil(ready, name, 300000);
    gesture.countKnown = m_model->matchCount() >= 0;
    m_view->viewport()->repaint();
    gesture.ms = msSince(timer);
    return gesture;
}

// The count is known, nothing is loading, and the rows on screen are loaded.
void BenchSession::settle(const QString &what)
{
    m_view->executeDelayedItemsLayout();
    waitUntil([this] { return m_model->matchCount() >= 0 && !m_model->isLoading() && visibleRowsLoaded(); },
              what);
}

// First and last row on screen; last < first when there is none.
std::pair<int, int> BenchSession::visibleRows() const
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return {0, -1};
    const int first = std::max(0, m_view->rowAt(0));
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (last < 0 || last >= rows)
        last = rows - 1;
    return {first, last};
}

// Asking an unloaded row requests its page, as painting it would.
bool BenchSession::isLoaded(int row) const
{
    return m_model->data(m_model->index(row, 0), SmsLogTableModel::LoadedRole).toBool();
}

bool BenchSession::visibleRowsLoaded() const
{
    const auto [first, last] = visibleRows();
    for (int row = first; row <= last; ++row) {
        if (!isLoaded(row))
            return false;
    }
    return true;
}

// Row 0 is loaded, or the query is known to match nothing.
bool BenchSession::firstRowsShown() const
{
    if (!m_model)
        return false;
    if (m_model->rowCount() > 0)
        return isLoaded(0);
    return m_model->matchCount() == 0 && !m_model->isLoading();
}

double BenchSession::repaintMs()
{
    QElapsedTimer timer;
    timer.start();
    m_view->viewport()->repaint();
    return msSince(timer);
}

void BenchSession::sendKey(int key, Qt::KeyboardModifiers modifiers)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QCoreApplication::sendEvent(m_view.get(), &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QCoreApplication::sendEvent(m_view.get(), &release);
}

void BenchSession::sendWheel(int angleDelta)
{
    QWidget *viewport = m_view->viewport();
    const QPointF position(viewport->width() / 2.0, viewport->height() / 2.0);
    QWheelEvent wheel(position, viewport->mapToGlobal(position), QPoint(), QPoint(0, angleDelta),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(viewport, &wheel);
}

// Waits for the answer to a count or totals request; a failure ends the run.
void BenchSession::waitForAnswer(SmsLogSource::RequestId id, const QString &what)
{
    waitUntil(
        [this, id] {
            return m_answers.counts.contains(id) || m_answers.totals.contains(id)
                || m_answers.failures.contains(id);
        },
        what);
    if (m_answers.failures.contains(id)) {
        const SourceError error = m_answers.failures.value(id);
        throw Bench::Error(what + QStringLiteral(" failed: ") + error.message + u' ' + error.detail);
    }
}

void BenchSession::progress(const QString &line) const
{
    std::fprintf(stderr, "[%7.1f s] %s\n", double(m_clock.elapsed()) / 1000.0, qPrintable(line));
    std::fflush(stderr);
}

// ---------------------------------------------------------------------------------------------
// The goals

void BenchSession::readDataFacts()
{
    m_facts.rows = m_raw.value(QStringLiteral("SELECT count(*) FROM sms_log")).toLongLong();
    if (m_facts.rows == 0)
        throw Bench::Error(QStringLiteral("the cache %1 has no rows").arg(m_options.cachePath));
    m_facts.newestMs = m_raw.value(QStringLiteral("SELECT max(created_at) FROM sms_log")).toLongLong();
    m_facts.projectId = m_raw.value(QStringLiteral("SELECT project_id FROM sms_log LIMIT 1")).toString();
    m_facts.errorCode = QStringLiteral("30007");
    if (m_raw.value(QStringLiteral("SELECT 1 FROM sms_log WHERE error_code = ? LIMIT 1"), {m_facts.errorCode})
            .isNull()) {
        m_facts.errorCode = m_raw
                                .value(QStringLiteral("SELECT error_code FROM sms_log WHERE error_code <> ''"
                                                      " GROUP BY error_code ORDER BY count(*) DESC LIMIT 1"))
                                .toString();
    }
    m_facts.lastText = m_raw
                           .value(QStringLiteral(
                               "SELECT sms_text FROM sms_log WHERE rid = (SELECT max(rid) FROM sms_log)"))
                           .toString();
    m_facts.hasCostByDay = m_raw.hasTable(QStringLiteral("cost_by_day"));
}

// G1: open → first rows painted, median of 5 fresh sources (and models).
GoalResult BenchSession::measureOpen()
{
    progress(QStringLiteral("G1 open → first rows painted"));
    const int runs = m_options.quick ? 2 : 5;
    QList<double> times;
    QJsonArray countKnown;
    for (int run = 0; run < runs; ++run) {
        const Gesture gesture = openSource();
        times << gesture.ms;
        countKnown << gesture.countKnown;
    }
    QList<double> raw;
    for (int run = 0; run < 5; ++run)
        raw << m_raw.timeQuery(
            QStringLiteral("SELECT rid FROM sms_log ORDER BY created_at DESC, rid DESC LIMIT 100"));

    GoalResult goal;
    goal.id = QStringLiteral("G1");
    goal.gesture = QStringLiteral("open → first rows painted");
    goal.value = Bench::median(times);
    goal.target = QStringLiteral("≤ 150 ms");
    goal.met = goal.value <= 150;
    goal.detail = QJsonObject{
        {QStringLiteral("runs_ms"), toJson(times)},
        {QStringLiteral("count_known_at_first_paint"), countKnown.last().toBool()},
        {QStringLiteral("count_known_at_first_paint_per_run"), countKnown},
        {QStringLiteral("opened_ms"), nsToMs(m_open.openedNs - m_open.startNs)},
        {QStringLiteral("raw_first_page_ms"), Bench::median(raw)},
    };
    return goal;
}

// After G1 (the last source stays open): the count, then the keyset positions of the query.
void BenchSession::waitForCountAndPositions()
{
    settle(QStringLiteral("the count after opening"));
    progress(QStringLiteral("waiting for positionsReady"));
    try {
        waitUntil([this] { return m_open.positionsNs >= 0; }, QStringLiteral("positionsReady"), 300000);
    } catch (const Bench::Error &) {
        if (!m_fatal.isEmpty())
            throw;
        progress(QStringLiteral("positionsReady did not arrive within 300 s"));
    }
}

// The least a paint of a loaded screen costs: median of 20 repaints at the top.
double BenchSession::measureRepaintFloor()
{
    m_view->scrollToTop();
    settle(QStringLiteral("the first screen"));
    QList<double> times;
    for (int run = 0; run < 20; ++run)
        times << repaintMs();
    return Bench::median(times);
}

// G2: jumps to random rows, Ctrl+End / Ctrl+Home, scroll-bar drags; each until painted.
GoalResult BenchSession::measureJumps()
{
    progress(QStringLiteral("G2 jump to any row"));
    const auto ready = [this] { return visibleRowsLoaded(); };
    const int rows = m_model->rowCount();
    QList<double> byRow, byKey, byBar;
    for (int jump = 0; jump < (m_options.quick ? 20 : 100); ++jump) {
        const int row = int(m_random.bounded(rows));
        byRow << timedGesture(
                     QStringLiteral("scrollTo"),
                     [this, row] {
                         m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
                     },
                     ready)
                     .ms;
    }
    m_view->setCurrentIndex(m_model->index(visibleRows().first, 0));
    bool endShown = true;
    bool homeShown = true;
    for (int pair = 0; pair < (m_options.quick ? 1 : 2); ++pair) {
        byKey << timedGesture(
                     QStringLiteral("Ctrl+End"), [this] { sendKey(Qt::Key_End, Qt::ControlModifier); }, ready)
                     .ms;
        endShown = endShown && visibleRows().second == rows - 1;
        byKey << timedGesture(
                     QStringLiteral("Ctrl+Home"), [this] { sendKey(Qt::Key_Home, Qt::ControlModifier); },
                     ready)
                     .ms;
        homeShown = homeShown && visibleRows().first == 0;
    }
    QScrollBar *bar = m_view->verticalScrollBar();
    for (int drag = 0; drag < (m_options.quick ? 5 : 20); ++drag) {
        const int value = int(m_random.bounded(bar->maximum() + 1));
        byBar << timedGesture(
                     QStringLiteral("scroll bar"), [bar, value] { bar->setValue(value); }, ready)
                     .ms;
    }
    const QList<double> all = byRow + byKey + byBar;
    const double rawPage = rawKeysetPageMs(m_options.quick ? 5 : 20);

    GoalResult goal;
    goal.id = QStringLiteral("G2");
    goal.gesture = QStringLiteral("jump to any row → painted");
    const double p50 = Bench::percentile(all, 0.5);
    goal.value = Bench::percentile(all, 0.95);
    goal.measuredText = QStringLiteral("p50 %1 / p95 %2").arg(p50, 0, 'f', 2).arg(Bench::ms(goal.value));
    goal.floor = rawPage + m_repaintFloor;
    goal.ratio = goal.value / *goal.floor;
    goal.target = QStringLiteral("p50 ≤ 25, p95 ≤ 50 ms");
    goal.met = p50 <= 25 && goal.value <= 50;
    goal.detail = QJsonObject{
        {QStringLiteral("p50_ms"), p50},
        {QStringLiteral("p95_ms"), goal.value},
        {QStringLiteral("jumps"), all.size()},
        {QStringLiteral("scroll_to_p50_ms"), Bench::percentile(byRow, 0.5)},
        {QStringLiteral("scroll_to_p95_ms"), Bench::percentile(byRow, 0.95)},
        {QStringLiteral("keys_ms"), toJson(byKey)},
        {QStringLiteral("ctrl_end_showed_last_row"), endShown},
        {QStringLiteral("ctrl_home_showed_first_row"), homeShown},
        {QStringLiteral("scroll_bar_p50_ms"), Bench::percentile(byBar, 0.5)},
        {QStringLiteral("scroll_bar_max_ms"), Bench::maximum(byBar)},
        {QStringLiteral("raw_keyset_page_ms"), rawPage},
        {QStringLiteral("repaint_floor_ms"), m_repaintFloor},
    };
    return goal;
}

// G3: PageDown key events, then wheel notches, from a random middle row; each until painted.
GoalResult BenchSession::measureScrolling()
{
    progress(QStringLiteral("G3 scrolling"));
    const auto ready = [this] { return visibleRowsLoaded(); };
    const int rows = m_model->rowCount();
    const int start = rows / 4 + int(m_random.bounded(std::max(1, rows / 4)));
    m_view->setCurrentIndex(m_model->index(start, 0));
    m_view->scrollTo(m_model->index(start, 0), QAbstractItemView::PositionAtTop);
    settle(QStringLiteral("the start of the scrolling"));

    const int steps = m_options.quick ? 50 : 200;
    QList<double> keys, wheels;
    int placeholders = 0;
    // Between steps the event loop takes in what has arrived (the pages read ahead), as it does
    // between a held key's repeats (about 33 ms apart) or wheel notches; that work is not part of
    // a step's time, but counts for G9 like every other event.
    const auto drain = [] { QCoreApplication::processEvents(QEventLoop::AllEvents); };
    for (int step = 0; step < steps; ++step) {
        drain();
        const Gesture gesture = timedGesture(
            QStringLiteral("PageDown"), [this] { sendKey(Qt::Key_PageDown); }, ready);
        keys << gesture.ms;
        placeholders += gesture.readyAtOnce ? 0 : 1;
    }
    for (int step = 0; step < steps; ++step) {
        drain();
        const Gesture gesture = timedGesture(
            QStringLiteral("wheel"), [this] { sendWheel(-120); }, ready);
        wheels << gesture.ms;
        placeholders += gesture.readyAtOnce ? 0 : 1;
    }
    m_placeholderFrames = placeholders;
    const QList<double> all = keys + wheels;

    GoalResult goal;
    goal.id = QStringLiteral("G3");
    goal.gesture = QStringLiteral("scroll step (PageDown, wheel) → painted");
    const double p50 = Bench::percentile(all, 0.5);
    goal.value = Bench::percentile(all, 0.99);
    goal.measuredText = QStringLiteral("p50 %1 / p99 %2").arg(p50, 0, 'f', 2).arg(Bench::ms(goal.value));
    goal.floor = m_repaintFloor;
    goal.ratio = goal.value / m_repaintFloor;
    goal.target = QStringLiteral("p50 ≤ 16, p99 ≤ 33 ms");
    goal.met = p50 <= 16 && goal.value <= 33;
    goal.detail = QJsonObject{
        {QStringLiteral("p50_ms"), p50},
        {QStringLiteral("p99_ms"), goal.value},
        {QStringLiteral("steps"), all.size()},
        {QStringLiteral("start_row"), start},
        {QStringLiteral("page_down_p50_ms"), Bench::percentile(keys, 0.5)},
        {QStringLiteral("page_down_p99_ms"), Bench::percentile(keys, 0.99)},
        {QStringLiteral("wheel_p50_ms"), Bench::percentile(wheels, 0.5)},
        {QStringLiteral("wheel_p99_ms"), Bench::percentile(wheels, 0.99)},
        {QStringLiteral("placeholder_frames"), placeholders},
    };
    return goal;
}

// G4: filter and sort changes, each from the settled default query, until the first page is painted.
GoalResult BenchSession::measureQueryChanges()
{
    progress(QStringLiteral("G4 filter or sort change → first page painted"));
    struct Change {
        QString name;
        SmsFilter filter;
        SmsSort sort;
    };
    const SmsSort byTime;
    SmsFilter lastWeek;
    lastWeek.sentFrom = utc(m_facts.newestMs - 7 * dayMs);
    lastWeek.sentTo = utc(m_facts.newestMs);
    SmsFilter toNumber;
    toNumber.toNumber = QStringLiteral("555");
    SmsFilter fromNumber;
    fromNumber.fromNumber = QStringLiteral("1");
    SmsFilter project;
    project.projectId = m_facts.projectId;
    SmsFilter errorCode;
    errorCode.errorCode = m_facts.errorCode;
    const QList<Change> changes{
        {QStringLiteral("status Failed"), statusFilter({QStringLiteral("Failed")}), byTime},
        {QStringLiteral("status Delivered, Success"),
         statusFilter({QStringLiteral("Delivered"), QStringLiteral("Success")}), byTime},
        {QStringLiteral("status Queued (rare)"), statusFilter({QStringLiteral("Queued")}), byTime},
        {QStringLiteral("status NoSuchStatus (none)"), statusFilter({QStringLiteral("NoSuchStatus")}),
         byTime},
        {QStringLiteral("last 7 days"), lastWeek, byTime},
        {QStringLiteral("to number contains 555"), toNumber, byTime},
        {QStringLiteral("from number contains 1"), fromNumber, byTime},
        {QStringLiteral("project ") + m_facts.projectId, project, byTime},
        {QStringLiteral("error code ") + m_facts.errorCode, errorCode, byTime},
        {QStringLiteral("status Failed, by cost descending"),
         statusFilter({QStringLiteral("Failed")}),
         {SmsColumn::Cost, Qt::DescendingOrder}},
        {QStringLiteral("by cost descending"), {}, {SmsColumn::Cost, Qt::DescendingOrder}},
        {QStringLiteral("by to ascending"), {}, {SmsColumn::To, Qt::AscendingOrder}},
        {QStringLiteral("by status ascending"), {}, {SmsColumn::Status, Qt::AscendingOrder}},
        {QStringLiteral("by error code descending"), {}, {SmsColumn::ErrorCode, Qt::DescendingOrder}},
        {QStringLiteral("by sent at ascending"), {}, {SmsColumn::SentAt, Qt::AscendingOrder}},
    };

    QJsonArray detail;
    double worst = 0;
    double worstFloor = 0;
    double worstChangeRatio = 0; // of the slowest change, to its own floor
    for (const Change &change : changes) {
        resetQuery();
        const Gesture gesture = timedGesture(
            change.name,
            [this, &change] {
                m_model->setFilter(change.filter);
                m_model->sort(int(change.sort.column), change.sort.order);
            },
            [this] { return firstRowsShown(); });
        const RawPage raw = rawFirstPage(change.filter, change.sort);
        const double floor = raw.ms + m_repaintFloor;
        if (gesture.ms > worst) {
            worst = gesture.ms;
            worstChangeRatio = gesture.ms / floor;
        }
        worstFloor = std::max(worstFloor, floor);
        detail << QJsonObject{{QStringLiteral("change"), change.name},
                              {QStringLiteral("ms"), gesture.ms},
                              {QStringLiteral("count_known_at_first_paint"), gesture.countKnown},
                              {QStringLiteral("raw_first_page_ms"), raw.ms},
                              {QStringLiteral("raw_plan"), raw.plan},
                              {QStringLiteral("ratio"), Bench::round2(gesture.ms / floor)}};
        progress(QStringLiteral("  %1: %2 (raw %3, %4)")
                     .arg(change.name, Bench::ms(gesture.ms), Bench::ms(raw.ms), raw.plan));
    }

    GoalResult goal;
    goal.id = QStringLiteral("G4");
    goal.gesture = QStringLiteral("filter or sort change → first page painted (worst)");
    goal.value = worst;
    goal.floor = worstFloor;
    goal.ratio = worst / worstFloor;
    goal.target = QStringLiteral("≤ 100 ms");
    goal.met = worst <= 100;
    goal.detail = QJsonObject{{QStringLiteral("changes"), detail},
                              {QStringLiteral("slowest_change_ratio"), Bench::round2(worstChangeRatio)}};
    return goal;
}

// G5: exact counts through the source against raw COUNT(*); and a count cancelled at once.
GoalResult BenchSession::measureCounts()
{
    progress(QStringLiteral("G5 exact count"));
    showEmptyQuery();
    SmsFilter project;
    project.projectId = m_facts.projectId;
    // Statuses, time and project are counted from the roll-ups; the rest through their indexes.
    SmsFilter errorCode;
    errorCode.errorCode = m_facts.errorCode;
    SmsFilter toNumber;
    toNumber.toNumber = QStringLiteral("555");
    SmsFilter failedToNumber = statusFilter({QStringLiteral("Failed")});
    failedToNumber.toNumber = QStringLiteral("555");
    const QList<std::pair<QString, SmsFilter>> filters{
        {QStringLiteral("all"), {}},
        {QStringLiteral("status Failed"), statusFilter({QStringLiteral("Failed")})},
        {QStringLiteral("status Delivered, Success"),
         statusFilter({QStringLiteral("Delivered"), QStringLiteral("Success")})},
        {QStringLiteral("project"), project},
        {QStringLiteral("error code ") + m_facts.errorCode, errorCode},
        {QStringLiteral("to number contains 555"), toNumber},
        {QStringLiteral("status Failed, to number contains 555"), failedToNumber},
    };
    const int runs = m_options.quick ? 1 : 3;
    QJsonArray detail;
    GoalResult goal;
    goal.id = QStringLiteral("G5");
    goal.gesture = QStringLiteral("exact count (worst ratio to raw COUNT)");
    goal.ratio = 0;
    bool countsMatch = true;
    for (const auto &[name, filter] : filters) {
        qint64 count = -1;
        const double measured = Bench::medianOfRuns(
            [this, &filter, &count, name = name] {
                QElapsedTimer timer;
                timer.start();
                const SmsLogSource::RequestId id = m_source->requestCount(filter);
                waitForAnswer(id, QStringLiteral("the count of ") + name);
                count = m_answers.counts.value(id);
                return msSince(timer);
            },
            runs);
        const SqlQueryBuilder::Fragment where = SqlQueryBuilder::where(filter);
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM sms_log s ") + where.sql;
        QList<QVariantList> rows;
        const double raw = Bench::medianOfRuns(
            [&] {
                rows.clear();
                return m_raw.timeQuery(sql, where.values, &rows);
            },
            runs);
        const qint64 rawCount = rows.value(0).value(0).toLongLong();
        countsMatch = countsMatch && rawCount == count;
        // Under 1 ms the request's thread round trip (~0.1 ms) would dominate: compare with 1 ms.
        const double ratio = measured / std::max(raw, 1.0);
        if (ratio > *goal.ratio) {
            goal.ratio = ratio;
            goal.value = measured;
            goal.floor = raw;
        }
        detail << QJsonObject{
            {QStringLiteral("filter"), name}, {QStringLiteral("ms"), measured},
            {QStringLiteral("raw_ms"), raw},  {QStringLiteral("ratio"), Bench::round2(ratio)},
            {QStringLiteral("count"), count}, {QStringLiteral("raw_count"), rawCount}};
        progress(QStringLiteral("  %1: %2 (raw %3)").arg(name, Bench::ms(measured), Bench::ms(raw)));
    }
    goal.target = QStringLiteral("≤ 1.5× raw");
    goal.met = *goal.ratio <= 1.5 && countsMatch;
    goal.detail = QJsonObject{{QStringLiteral("filters"), detail},
                              {QStringLiteral("counts_match_raw"), countsMatch},
                              {QStringLiteral("cancel"), measureCountCancel()}};
    goal.met = goal.met
        && goal.detail.value(QStringLiteral("cancel")).toObject().value(QStringLiteral("cancel_ok")).toBool();
    return goal;
}

// A count cancelled right after it was asked must answer nothing, or Cancelled, within 1 s.
// Three attempts, since whether the reader has started the count when cancel() comes is a race.
QJsonObject BenchSession::measureCountCancel()
{
    QJsonArray attempts;
    bool allOk = true;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const SmsLogSource::RequestId id
            = m_source->requestCount(statusFilter({QStringLiteral("Delivered"), QStringLiteral("Success")}));
        m_source->cancel(id);
        pause(1000);
        QString answer = QStringLiteral("nothing");
        bool ok = true;
        if (m_answers.counts.contains(id)) {
            answer = QStringLiteral("the count");
            ok = false;
        } else if (m_answers.failures.contains(id)) {
            const SourceError error = m_answers.failures.value(id);
            ok = error.kind == SourceError::Kind::Cancelled;
            answer = ok ? QStringLiteral("Cancelled") : QStringLiteral("an error: ") + error.message;
        }
        allOk = allOk && ok;
        attempts << answer;
    }
    return QJsonObject{{QStringLiteral("cancel_ok"), allOk}, {QStringLiteral("answers_within_1s"), attempts}};
}

// Counts share a reader with the position scan of the table's query, and a count of the table's
// own filter waits for that scan. For G5 the table shows a query without rows (whose scan ends at
// once, and which cancels the running one), so that each count is measured alone.
void BenchSession::showEmptyQuery()
{
    m_model->setFilter(statusFilter({QStringLiteral("NoSuchStatus")}));
    settle(QStringLiteral("a query without rows"));
    pause(100);
}

// G6: totals through the source, checked against the naive aggregate.
GoalResult BenchSession::measureTotals()
{
    progress(QStringLiteral("G6 totals"));
    const qint64 now = m_facts.newestMs;
    SmsFilter oddRange;
    oddRange.sentFrom = utc(now - 40 * dayMs + hourMs + 17 * minuteMs);
    oddRange.sentTo = utc(now - 3 * dayMs - 5 * hourMs - 13 * minuteMs);
    SmsFilter project;
    project.projectId = m_facts.projectId;
    const QList<std::pair<QString, SmsFilter>> filters{
        {QStringLiteral("all"), {}},
        {QStringLiteral("last 7 days"), sinceFilter(now - 7 * dayMs)},
        {QStringLiteral("last 30 days"), sinceFilter(now - 30 * dayMs)},
        {QStringLiteral("-40d+1h17m … -3d-5h13m"), oddRange},
        {QStringLiteral("Failed, Undelivered, last 30 days"),
         sinceFilter(now - 30 * dayMs, {QStringLiteral("Failed"), QStringLiteral("Undelivered")})},
        {QStringLiteral("Delivered, all time"), statusFilter({QStringLiteral("Delivered")})},
        {QStringLiteral("project"), project},
    };
    const int runs = m_options.quick ? 1 : 3;
    QJsonArray detail;
    double worst = 0;
    double worstNaive = 0;
    bool allMatch = true;
    for (const auto &[name, filter] : filters) {
        CostTotals totals;
        const double measured = Bench::medianOfRuns(
            [this, &filter, &totals, name = name] {
                QElapsedTimer timer;
                timer.start();
                const SmsLogSource::RequestId id = m_source->requestTotals(filter);
                waitForAnswer(id, QStringLiteral("the totals of ") + name);
                totals = m_answers.totals.value(id);
                return msSince(timer);
            },
            runs);
        const SqlQueryBuilder::Fragment where = SqlQueryBuilder::where(filter);
        QList<QVariantList> rows;
        const double naive = m_raw.timeQuery(
            QStringLiteral("SELECT COUNT(*), SUM(s.cost_cents) FROM sms_log s ") + where.sql, where.values,
            &rows);
        const qint64 rawCount = rows.value(0).value(0).toLongLong();
        const qint64 rawCents = rows.value(0).value(1).toLongLong();
        const bool match = totals.messages == rawCount && totals.costCents == rawCents;
        allMatch = allMatch && match;
        if (measured > worst) {
            worst = measured;
            worstNaive = naive;
        }
        detail << QJsonObject{{QStringLiteral("filter"), name},
                              {QStringLiteral("ms"), measured},
                              {QStringLiteral("naive_ms"), naive},
                              {QStringLiteral("messages"), totals.messages},
                              {QStringLiteral("cost_cents"), totals.costCents},
                              {QStringLiteral("matches_raw"), match}};
        progress(QStringLiteral("  %1: %2 (naive %3)").arg(name, Bench::ms(measured), Bench::ms(naive)));
    }

    GoalResult goal;
    goal.id = QStringLiteral("G6");
    goal.gesture = QStringLiteral("totals of a filter (worst)");
    goal.value = worst;
    QString floorKind = QStringLiteral("naive aggregate of the worst filter (the file has no cost_by_day)");
    goal.floor = worstNaive;
    if (m_facts.hasCostByDay) {
        floorKind = QStringLiteral("SELECT COUNT(*) FROM cost_by_day");
        goal.floor = Bench::medianOfRuns(
            [this] { return m_raw.timeQuery(QStringLiteral("SELECT COUNT(*) FROM cost_by_day")); }, 3);
    }
    goal.ratio = worst / std::max(*goal.floor, 0.01);
    goal.target = QStringLiteral("≤ 50 ms, equal to raw");
    goal.met = worst <= 50 && allMatch;
    goal.detail = QJsonObject{{QStringLiteral("filters"), detail},
                              {QStringLiteral("totals_match_raw"), allMatch},
                              {QStringLiteral("naive_ms"), worstNaive},
                              {QStringLiteral("floor_kind"), floorKind}};
    return goal;
}

// G7: text search: first page painted, and the count known, for a common and rarer terms.
GoalResult BenchSession::measureTextSearch()
{
    progress(QStringLiteral("G7 text search"));
    QList<std::pair<QString, QString>> terms{
        {QStringLiteral("incident"), QStringLiteral("common word")},
        {QStringLiteral("ETIMEDOUT"), QStringLiteral("rare word (status messages)")},
    };
    const QString lastWord = longestWord(m_facts.lastText);
    if (!lastWord.isEmpty())
        terms.append({lastWord, QStringLiteral("longest word of the newest row")});

    QJsonArray detail;
    double worstFirst = 0;
    double worstFloor = 0;
    double worstRareCount = 0;
    bool met = true;
    for (const auto &[term, kind] : terms) {
        const QString match = SqlQueryBuilder::fullTextExpression(term);
        QList<QVariantList> rows;
        const double rawCount = Bench::medianOfRuns(
            [&] {
                rows.clear();
                return m_raw.timeQuery(
                    QStringLiteral("SELECT count(*) FROM sms_text_index WHERE sms_text_index MATCH ?"),
                    {match}, &rows);
            },
            3);
        const qint64 matches = rows.value(0).value(0).toLongLong();
        const double rawFirst = Bench::medianOfRuns(
            [&] {
                return m_raw.timeQuery(
                    QStringLiteral("SELECT rowid FROM sms_text_index WHERE sms_text_index MATCH ? LIMIT 100"),
                    {match});
            },
            3);
        const bool rare = matches <= m_facts.rows / 100;

        resetQuery();
        SmsFilter filter;
        filter.text = term;
        QElapsedTimer timer;
        timer.start();
        const Gesture gesture = timedGesture(
            QStringLiteral("text ") + term, [this, &filter] { m_model->setFilter(filter); },
            [this] { return firstRowsShown(); });
        waitUntil([this] { return m_model->matchCount() >= 0; }, QStringLiteral("the count of ") + term);
        const double countMs = msSince(timer);

        if (gesture.ms > worstFirst) {
            worstFirst = gesture.ms;
            worstFloor = rawFirst + m_repaintFloor;
        }
        if (rare)
            worstRareCount = std::max(worstRareCount, countMs);
        met = met && gesture.ms <= 100 && (!rare || countMs <= 150);
        detail << QJsonObject{{QStringLiteral("term"), term},
                              {QStringLiteral("kind"), kind},
                              {QStringLiteral("matches"), matches},
                              {QStringLiteral("rare"), rare},
                              {QStringLiteral("first_page_ms"), gesture.ms},
                              {QStringLiteral("count_ms"), countMs},
                              {QStringLiteral("count_known_at_first_paint"), gesture.countKnown},
                              {QStringLiteral("raw_first_100_ms"), rawFirst},
                              {QStringLiteral("raw_count_ms"), rawCount}};
        progress(QStringLiteral("  %1 (%2 matches): first %3, count %4")
                     .arg(term)
                     .arg(matches)
                     .arg(Bench::ms(gesture.ms), Bench::ms(countMs)));
    }

    GoalResult goal;
    goal.id = QStringLiteral("G7");
    goal.gesture = QStringLiteral("text search → first matches painted; rare count");
    goal.value = worstFirst;
    goal.measuredText
        = QStringLiteral("first %1; rare count %2").arg(Bench::ms(worstFirst), Bench::ms(worstRareCount));
    goal.floor = worstFloor;
    goal.ratio = worstFirst / worstFloor;
    goal.target = QStringLiteral("≤ 100 ms; rare count ≤ 150 ms");
    goal.met = met;
    goal.detail
        = QJsonObject{{QStringLiteral("terms"), detail}, {QStringLiteral("rare_count_ms"), worstRareCount}};
    return goal;
}

// G8: resident memory after the scroll bar has visited the whole table.
GoalResult BenchSession::measureMemory()
{
    progress(QStringLiteral("G8 memory"));
    resetQuery();
    const auto ready = [this] { return visibleRowsLoaded(); };
    QScrollBar *bar = m_view->verticalScrollBar();
    const int positions = m_options.quick ? 100 : 400;
    QList<double> times;
    for (int i = 0; i < positions; ++i) {
        const int value = int(qint64(bar->maximum()) * i / (positions - 1));
        times << timedGesture(
                     QStringLiteral("scroll bar"), [bar, value] { bar->setValue(value); }, ready)
                     .ms;
    }
    const double rss = procStatusMiB("VmRSS");
    const double hwm = procStatusMiB("VmHWM");
    const double target = 120 + 8.5 * double(m_facts.rows) / double(1 << 20);

    GoalResult goal;
    goal.id = QStringLiteral("G8");
    goal.gesture = QStringLiteral("memory after scrolling the whole table (VmRSS)");
    goal.value = rss;
    goal.unit = QStringLiteral("MiB");
    goal.target = QStringLiteral("≤ %1 MiB").arg(target, 0, 'f', 1);
    goal.met = rss >= 0 && rss <= target;
    goal.detail = QJsonObject{{QStringLiteral("vmrss_mib"), rss},
                              {QStringLiteral("vmhwm_mib"), hwm},
                              {QStringLiteral("vmrss_before_open_mib"), m_rssAtStart},
                              {QStringLiteral("target_mib"), Bench::round2(target)},
                              {QStringLiteral("positions"), positions},
                              {QStringLiteral("position_p50_ms"), Bench::percentile(times, 0.5)},
                              {QStringLiteral("position_max_ms"), Bench::maximum(times)},
                              {QStringLiteral("cached_pages"), m_model->cachedPageCount()}};
    return goal;
}

// G9: the longest time the GUI thread spent on one event (or one gesture call) during G1–G8.
GoalResult BenchSession::guiThreadResult() const
{
    const QList<BenchApplication::Delivery> &worst = m_app->worst();
    const double maxEvent = worst.isEmpty() ? 0 : worst.first().ms;
    QJsonArray worstDeliveries;
    for (const BenchApplication::Delivery &delivery : worst) {
        worstDeliveries << QJsonObject{{QStringLiteral("ms"), delivery.ms},
                                       {QStringLiteral("event"), delivery.event},
                                       {QStringLiteral("receiver"), delivery.receiver}};
    }
    // The goal is about data work: every event but the paints of the view, and the gesture calls.
    // Paints (text layout of many scripts, glyphs rasterized the first time) are reported beside
    // it; their usual cost is the repaint floor, and G3 holds them to frame times.
    const BenchApplication::Delivery &data = m_app->worstNonPaint();
    GoalResult goal;
    goal.id = QStringLiteral("G9");
    goal.gesture = QStringLiteral("GUI thread: longest data event or gesture call");
    goal.value = std::max(data.ms, m_maxDirectCallMs);
    goal.target = QStringLiteral("≤ 50 ms");
    goal.met = goal.value <= BenchApplication::blockedMs;
    goal.detail = QJsonObject{
        {QStringLiteral("max_event_ms"), maxEvent},
        {QStringLiteral("max_data_event_ms"), data.ms},
        {QStringLiteral("max_data_event"), QString(data.event + QStringLiteral(" → ") + data.receiver)},
        {QStringLiteral("max_direct_call_ms"), m_maxDirectCallMs},
        {QStringLiteral("max_direct_call"), m_maxDirectCall},
        {QStringLiteral("deliveries"), m_app->timedDeliveries()},
        {QStringLiteral("deliveries_over_50ms"), m_app->blockedDeliveries()},
        {QStringLiteral("worst"), worstDeliveries}};
    return goal;
}

// G10: sync ingest into the cache file itself (see IngestBench).
GoalResult BenchSession::measureIngest()
{
    progress(QStringLiteral("G10 sync ingest"));
    IngestBench ingest(m_options.cachePath, m_options.quick ? 50000 : 200000);
    GoalResult goal = ingest.run();
    m_removeRowsPerSecond = ingest.removeRowsPerSecond();
    return goal;
}

// G11: a sync from the window. While `rows` messages arrive from the loopback OneUptime server
// (on its own thread) into a new cache file, the table (this cache) is scrolled: a PageDown or a
// wheel notch every 30 ms, the event loop running between them. The figure is G9's: the longest
// delivery on the GUI thread that is data work (paints of the view beside it), during the sync.
GoalResult BenchSession::measureSyncWhileScrolling()
{
    const qint64 rows = m_options.quick ? 50000 : 200000;
    progress(QStringLiteral("G11 loopback server with %1 rows").arg(rows));
    LoopbackServer server(rows);
    OneUptimeSettings settings;
    settings.instance = server.url();
    settings.apiKey = server.key();
    settings.timeoutMs = 60000;
    const QString target = server.newFilePath(QStringLiteral("synced.sqlite"));
    CacheSync sync(settings, target);
    sync.setPageSize(m_options.syncPageSize);
    std::optional<SyncResult> result;
    QString error;
    qint64 batches = 0;
    connect(&sync, &CacheSync::finished, this, [&result](const SyncResult &r) { result = r; });
    connect(&sync, &CacheSync::failed, this,
            [&error](const SourceError &e) { error = e.message + u' ' + e.detail; });
    connect(&sync, &CacheSync::progressed, this, [this, &batches](const SyncProgress &p) {
        if (++batches % 5 == 0)
            progress(QStringLiteral("G11 %1 of %2 rows synced").arg(p.rowsWritten).arg(p.rowsExpected));
    });
    const int total = m_model->rowCount();
    m_view->scrollTo(m_model->index(0, 0), QAbstractItemView::PositionAtTop);
    settle(QStringLiteral("the start of the sync"));

    progress(QStringLiteral("G11 sync while scrolling"));
    m_app->resetTiming();
    m_maxDirectCallMs = 0;
    m_maxDirectCall.clear();
    m_app->setTiming(true);
    QElapsedTimer clock;
    clock.start();
    callGesture(QStringLiteral("CacheSync::start"), [&sync] { sync.start(); });
    int steps = 0;
    while (!result && error.isEmpty()) {
        if (clock.elapsed() > 30 * minuteMs)
            break;
        // Down the table in pages, a wheel notch now and then; back to the top near the end.
        if (m_view->currentIndex().row() > total - 200)
            sendKey(Qt::Key_Home, Qt::ControlModifier);
        else if (steps % 4 == 3)
            sendWheel(-120);
        else
            sendKey(Qt::Key_PageDown);
        ++steps;
        pause(30);
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    m_app->setTiming(false);
    if (!result)
        throw Bench::Error(QStringLiteral("the sync of G11 did not finish: ")
                           + (error.isEmpty() ? QStringLiteral("timed out") : error));

    const BenchApplication::Delivery data = m_app->worstNonPaint();
    const QList<BenchApplication::Delivery> &worst = m_app->worst();
    QJsonArray worstDeliveries;
    for (const BenchApplication::Delivery &delivery : worst) {
        worstDeliveries << QJsonObject{{QStringLiteral("ms"), delivery.ms},
                                       {QStringLiteral("event"), delivery.event},
                                       {QStringLiteral("receiver"), delivery.receiver}};
    }
    GoalResult goal;
    goal.id = QStringLiteral("G11");
    goal.gesture
        = QStringLiteral("sync %1 rows while scrolling: longest GUI data event").arg(result->rowsWritten);
    goal.value = std::max(data.ms, m_maxDirectCallMs);
    goal.target = QStringLiteral("≤ 50 ms");
    goal.met = goal.value <= BenchApplication::blockedMs && result->rowsWritten == server.rows();
    const QString name = data.ms >= m_maxDirectCallMs
        ? QString(data.event + QStringLiteral(" → ") + data.receiver)
        : QString(m_maxDirectCall + QStringLiteral(" (direct call)"));
    goal.measuredText = QStringLiteral("%1 ms (%2)").arg(goal.value, 0, 'f', 2).arg(name);
    goal.detail = QJsonObject{
        {QStringLiteral("rows_served"), server.rows()},
        {QStringLiteral("rows_synced"), result->rowsWritten},
        {QStringLiteral("page_size"), m_options.syncPageSize},
        {QStringLiteral("sync_s"), Bench::round2(seconds)},
        {QStringLiteral("rows_per_s"), Bench::round2(double(result->rowsWritten) / std::max(seconds, 0.001))},
        {QStringLiteral("scroll_steps"), steps},
        {QStringLiteral("max_data_event_ms"), data.ms},
        {QStringLiteral("max_data_event"), QString(data.event + QStringLiteral(" → ") + data.receiver)},
        {QStringLiteral("max_event_ms"), worst.isEmpty() ? 0.0 : worst.first().ms},
        {QStringLiteral("max_direct_call_ms"), m_maxDirectCallMs},
        {QStringLiteral("max_direct_call"), m_maxDirectCall},
        {QStringLiteral("deliveries"), m_app->timedDeliveries()},
        {QStringLiteral("deliveries_over_50ms"), m_app->blockedDeliveries()},
        {QStringLiteral("worst"), worstDeliveries}};
    return goal;
}

// ---------------------------------------------------------------------------------------------
// Floors

// The first page of `filter` in `sort` order as raw SQL (SELECT rid … LIMIT 100), by the faster
// of two plans made of SqlQueryBuilder's parts: walking the sort column's index (INDEXED BY
// sortIndex(), orderBy()) or sorting the matching rows (orderByMatches()). Each gets at most 2 s (the sort
// only as long as the walk took); when both hit the limit, the floor is the limit, a lower bound. Median of
// up to 3 runs.
BenchSession::RawPage BenchSession::rawFirstPage(const SmsFilter &filter, const SmsSort &sort)
{
    constexpr double limitMs = 2000;
    const SqlQueryBuilder::Fragment where = SqlQueryBuilder::where(filter);
    const QString index = SqlQueryBuilder::sortIndex(sort.column);
    if (index.isEmpty())
        throw Bench::Error(QStringLiteral("column %1 is not sortable").arg(int(sort.column)));
    const auto timed = [&](const QString &from, const std::optional<QString> &order,
                           double limit) -> std::optional<double> {
        const QString sql = QStringLiteral("SELECT s.rid ") + from + u' ' + where.sql + u' '
            + order.value_or(QString()) + QStringLiteral(" LIMIT 100");
        QList<double> times;
        double spent = 0;
        for (int run = 0; run < 3 && spent < limitMs; ++run) {
            const std::optional<double> ms = m_raw.timeQueryWithin(sql, where.values, limit);
            if (!ms)
                break;
            times << *ms;
            spent += *ms;
        }
        return times.isEmpty() ? std::nullopt : std::optional<double>(Bench::median(times));
    };
    RawPage page{limitMs, QStringLiteral("none within the limit")};
    const QString walkFrom = QStringLiteral("FROM sms_log s INDEXED BY ") + index;
    if (const std::optional<double> walk = timed(walkFrom, SqlQueryBuilder::orderBy(sort), limitMs))
        page = {*walk, QStringLiteral("index walk")};
    if (const std::optional<double> sorted
        = timed(QStringLiteral("FROM sms_log s"), SqlQueryBuilder::orderByMatches(sort), page.ms);
        sorted && *sorted < page.ms)
        page = {*sorted, QStringLiteral("sort matches")};
    return page;
}

// A keyset page at random depths: the key there is found first (untimed), then the 100 rows after
// it are read the way a position index allows (timed). Median.
double BenchSession::rawKeysetPageMs(int depths)
{
    QRandomGenerator random(4242);
    QList<double> times;
    for (int i = 0; i < depths; ++i) {
        const qint64 depth = random.bounded(std::max<qint64>(1, m_facts.rows - 100));
        const QList<QVariantList> key = m_raw.query(
            QStringLiteral(
                "SELECT created_at, rid FROM sms_log ORDER BY created_at DESC, rid DESC LIMIT 1 OFFSET ?"),
            {depth});
        if (key.isEmpty())
            continue;
        times << m_raw.timeQuery(QStringLiteral("SELECT rid FROM sms_log WHERE (created_at, rid) < (?, ?)"
                                                " ORDER BY created_at DESC, rid DESC LIMIT 100"),
                                 key.first());
    }
    return Bench::median(times);
}

// ---------------------------------------------------------------------------------------------
// Figures that are no goal

void BenchSession::addExtraFigures()
{
    const auto add
        = [this](const QString &key, const QString &label, const QJsonValue &value, const QString &text) {
              m_report.extra.insert(key, value);
              m_report.extraLines.append({label, text});
          };
    const qint64 size = QFileInfo(m_options.cachePath).size();
    add(QStringLiteral("file_size_bytes"), QStringLiteral("file size"), size,
        QStringLiteral("%1 MiB").arg(double(size) / double(1 << 20), 0, 'f', 1));
    add(QStringLiteral("repaint_floor_ms"), QStringLiteral("repaint floor"), m_repaintFloor,
        Bench::ms(m_repaintFloor));
    const auto sinceOpen = [this](qint64 ns) -> QJsonValue {
        return ns < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(nsToMs(ns - m_open.startNs));
    };
    const auto sinceOpenText = [this](qint64 ns, const QString &missing) {
        return ns < 0 ? missing : Bench::ms(nsToMs(ns - m_open.startNs));
    };
    add(QStringLiteral("open_to_count_ms"), QStringLiteral("open → count known"),
        sinceOpen(m_open.countKnownNs), sinceOpenText(m_open.countKnownNs, QStringLiteral("not seen")));
    add(QStringLiteral("positions_ms"), QStringLiteral("open → positions ready"),
        sinceOpen(m_open.positionsNs), sinceOpenText(m_open.positionsNs, QStringLiteral("not within 300 s")));
    add(QStringLiteral("integrity_check_ms"), QStringLiteral("open → integrity check done"),
        sinceOpen(m_open.integrityNs),
        m_open.integrityNs < 0 ? QStringLiteral("still running at the end of G8")
                               : sinceOpenText(m_open.integrityNs, {})
                + (m_open.integrityOk ? QString() : QStringLiteral(" (FAILED)")));
    add(QStringLiteral("placeholder_frames"), QStringLiteral("placeholder frames (G3)"), m_placeholderFrames,
        QString::number(m_placeholderFrames));
    if (m_removeRowsPerSecond >= 0)
        add(QStringLiteral("remove_rows_per_s"), QStringLiteral("remove (G10)"), m_removeRowsPerSecond,
            QStringLiteral("%1 rows/s").arg(m_removeRowsPerSecond, 0, 'f', 0));
}
