// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "benchreport.h"

#include <QJsonDocument>
#include <QStringList>
#include <algorithm>
#include <cmath>

namespace {

QString number(double value, const QString &unit)
{
    const int decimals = unit == u"ms" || unit == u"×" ? 2 : (unit == u"MiB" ? 1 : 0);
    QString text = QString::number(value, 'f', decimals);
    return unit == u"×" ? QString(text + unit) : QString(text + u' ' + unit);
}

QString ratioText(const GoalResult &goal)
{
    return goal.ratio ? QString::number(*goal.ratio, 'f', 2) + QStringLiteral("×") : QStringLiteral("—");
}

QList<QStringList> tableRows(const QList<GoalResult> &goals)
{
    QList<QStringList> rows;
    rows << QStringList{QStringLiteral("goal"),  QStringLiteral("gesture"), QStringLiteral("measured"),
                        QStringLiteral("floor"), QStringLiteral("ratio"),   QStringLiteral("target"),
                        QStringLiteral("met")};
    for (const GoalResult &goal : goals) {
        const QString measured
            = goal.measuredText.isEmpty() ? number(goal.value, goal.unit) : goal.measuredText;
        QString floor = goal.floorText;
        if (floor.isEmpty())
            floor = goal.floor ? number(*goal.floor, goal.unit) : QStringLiteral("—");
        rows << QStringList{goal.id,
                            goal.gesture,
                            measured,
                            floor,
                            ratioText(goal),
                            goal.target,
                            goal.met ? QStringLiteral("yes") : QStringLiteral("no")};
    }
    return rows;
}

QString alignedTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QString out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (qsizetype i = 0; i < rows.at(r).size(); ++i)
            cells << rows.at(r).at(i).leftJustified(widths[i]);
        out += cells.join(QStringLiteral("  ")).trimmed() + u'\n';
        if (r == 0) {
            QStringList rules;
            for (qsizetype width : widths)
                rules << QString(width, u'-');
            out += rules.join(QStringLiteral("  ")) + u'\n';
        }
    }
    return out;
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString BenchReport::text() const
{
    QString out = QStringLiteral("Results: %1 rows, %2\n\n").arg(rows).arg(cache);
    out += alignedTable(tableRows(goals));
    if (!extraLines.isEmpty()) {
        out += QStringLiteral("\nOther figures:\n");
        qsizetype width = 0;
        for (const auto &[label, value] : extraLines)
            width = std::max(width, label.size());
        for (const auto &[label, value] : extraLines)
            out += QStringLiteral("  ") + QString(label + u':').leftJustified(width + 2) + value + u'\n';
    }
    return out;
}

QByteArray BenchReport::json() const
{
    QJsonObject goalObjects;
    for (const GoalResult &goal : goals) {
        QJsonObject object{
            {QStringLiteral("gesture"), goal.gesture},
            {QStringLiteral("value"), goal.value},
            {QStringLiteral("unit"), goal.unit},
            {QStringLiteral("floor"), optionalNumber(goal.floor)},
            {QStringLiteral("ratio"),
             goal.ratio ? QJsonValue(std::round(*goal.ratio * 100) / 100) : QJsonValue()},
            {QStringLiteral("target"), goal.target},
            {QStringLiteral("met"), goal.met},
            {QStringLiteral("detail"), goal.detail},
        };
        goalObjects.insert(goal.id, object);
    }
    const QJsonObject root{
        {QStringLiteral("rows"), rows},       {QStringLiteral("cache"), cache},
        {QStringLiteral("machine"), machine}, {QStringLiteral("goals"), goalObjects},
        {QStringLiteral("extra"), extra},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString benchMethod()
{
    return QStringLiteral(
        "Method. Every figure is wall-clock time on the GUI thread (QElapsedTimer), through the real\n"
        "SqliteCacheSource, SmsLogTableModel and a shown 1280x800 LogTableView (offscreen platform,\n"
        "fixed 24 px rows, set up like the main window's table); nothing is mocked. A gesture's time\n"
        "runs from the call or event that starts it, through the event loop (which sleeps until the\n"
        "reader threads answer), until every row on screen is loaded (the model's LoadedRole), and\n"
        "includes one synchronous repaint of the viewport (\"painted\"). The floor is the least the\n"
        "same work can cost: the equivalent statement on a raw read-only sqlite3 connection\n"
        "(prepared, bound, stepped to the end) plus, for painted gestures, the repaint floor (median\n"
        "of 20 repaints of a loaded screen). ratio = measured / floor (G10: floor / measured).\n"
        "Medians of up to 5 runs (repeats stop once a figure has taken 2 s); percentiles are\n"
        "nearest-rank. The file's integrity check (quick_check on its own thread) starts at every\n"
        "open and runs beside the session, as in the app. Warm: the file is read through once before\n"
        "the session, so that it sits in the operating system's cache.\n"
        "  G1  open: new source, opened -> setSource -> row 0 loaded -> repaint; median of 5 opens.\n"
        "      Floor: the first page (ORDER BY created_at DESC, rid DESC LIMIT 100) + repaint.\n"
        "  G2  jump: scrollTo(random row, PositionAtTop), Ctrl+End / Ctrl+Home keys and scroll-bar\n"
        "      drags. Floor: the keyset page WHERE (created_at, rid) < (key) LIMIT 100 at random depths.\n"
        "  G3  scroll: PageDown key events, then wheel notches (3 rows), from a random middle row;\n"
        "      placeholder frames = steps whose screen was not loaded right after the event. Between\n"
        "      steps the events that have arrived are processed (as between a held key's repeats).\n"
        "  G4  filter or sort change -> first page painted (or zero matches known), each from the\n"
        "      default query. Floor: SELECT rid ... LIMIT 100 with SqlQueryBuilder's WHERE, by the\n"
        "      faster of walking the sort index (INDEXED BY) and sorting the matches, each capped at\n"
        "      2 s; the goal's floor is the largest of the changes' floors.\n"
        "  G5  requestCount -> countFetched, while the table shows a query without rows (so that no\n"
        "      position scan shares the reader). Floor: SELECT COUNT(*) with the same WHERE (at least\n"
        "      1 ms in the ratio). Also: a count cancelled at once must answer nothing or Cancelled\n"
        "      within 1 s (3 attempts).\n"
        "  G6  requestTotals -> totalsFetched, checked against SELECT COUNT(*), SUM(cost_cents)\n"
        "      (the naive way, naive_ms). Floor: SELECT COUNT(*) FROM cost_by_day when the file has\n"
        "      that table, else the naive time.\n"
        "  G7  text filter -> first page painted, and -> count known (rare: at most 1% of rows\n"
        "      match). Floor: FTS5 MATCH ... LIMIT 100 (+ repaint) and count(*) on sms_text_index.\n"
        "  G8  VmRSS after scroll-bar positions from top to bottom (every position loaded); the\n"
        "      detail has VmHWM and VmRSS before the first open.\n"
        "  G9  longest event delivery on the GUI thread (QApplication::notify at depth 0) during\n"
        "      G1-G8 that is data work (every event but the view's paints, UpdateRequest/Paint,\n"
        "      whose longest is in the detail as max_event_ms), and longest direct call the bench\n"
        "      made on the model or view for a gesture (in the app such calls run inside an event\n"
        "      handler); the value is the larger.\n"
        "  G10 CacheWriter::write of demo records (seed 7; the week after the newest message, random\n"
        "      UUID ids) in committed batches of 10,000 (as a sync writes its pages) into the\n"
        "      cache itself, every index kept; then removed again. Floor: the same rows inserted in\n"
        "      one transaction into an unindexed temporary table.\n"
        "  G11 sync from the window: CacheSync copies 200,000 demo messages (seed 11, one project;\n"
        "      50,000 with --quick) from the loopback OneUptime imitation (tests/oneuptimeserver, on\n"
        "      a thread of its own) into a new cache file, in CacheSync's pages (1,000 rows;\n"
        "      --sync-page-size N), while the table (this cache) is scrolled: a PageDown key or a\n"
        "      wheel notch every 30 ms, the event loop running between them. The value is G9's,\n"
        "      measured during the sync only: the longest GUI-thread delivery that is data work (or\n"
        "      direct call), with its event and receiver; the view's paints are in the detail.\n");
}
