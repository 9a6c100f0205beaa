// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "appcontroller.h"
#include "demogenerator.h"
#include "logtableview.h"
#include "mainwindow.h"
#include "oneuptimeclient.h"
#include "oneuptimeserver.h"
#include "oneuptimesource.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QLabel>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

// The fault matrix of issue 6: every way a OneUptime server (or what stands in front of it) can
// misbehave, one row each, met through the whole application as a user meets it: the real
// composition root (AppController), the real client and source, the real window, against the
// OneUptime imitation on loopback. Each row ends in a correct table (every message of the
// server, newest first, and totals equal to the server's own sums) or in a clear message shown
// in the window; never a crash, a hang (every wait is bounded) or wrong totals.
class TestFaultMatrix : public QObject
{
    Q_OBJECT

    enum Outcome {
        Table, // the table and the totals are right
        TableTotalsRefused, // the table is right; the totals say why they cannot be exact
        Message, // the window says `phrase`
    };

    QTemporaryDir m_dir;
    OneUptimeServer m_server;
    QString m_project;
    QList<OneUptimeRecord> m_rows; // the project's messages on the server, as loaded
    const QString m_key = QStringLiteral("0f2e4d6c-8b1a-4c3e-9d5f-7a6b8c9d0e1f");
    const QString m_wrongKey = QStringLiteral("11111111-2222-4333-8444-555555555555");
    const QString m_noPermissionKey = QStringLiteral("99999999-8888-4777-a666-555555555555");

    // Every text the window shows: labels, the status bar, the table's message page.
    static QString visibleText(MainWindow *window)
    {
        QStringList texts{window->statusBar()->currentMessage(), window->windowTitle()};
        for (const QLabel *label : window->findChildren<QLabel *>())
            if (label->isVisible())
                texts << label->text() << label->toolTip();
        return texts.join(u'\n');
    }

    static bool settled(const AppController &app)
    {
        return app.model()->source() && !app.model()->isLoading() && !app.summary()->isLoading()
            && app.model()->matchCount() >= 0;
    }

    // Reads every row of the table by scrolling through it as a user would; ids in table order.
    static QStringList readAll(AppController &app)
    {
        QStringList ids;
        LogTableView *table = app.window()->tableView();
        SmsLogTableModel *model = app.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (!index.data(SmsLogTableModel::LoadedRole).toBool()) {
                table->scrollTo(index, QAbstractItemView::PositionAtTop);
                const auto answered = [&] {
                    return index.data(SmsLogTableModel::LoadedRole).toBool()
                        || index.data().toString() == SmsLogTableModel::tr("Not available");
                };
                if (!QTest::qWaitFor(answered, 20000))
                    return ids;
                if (!index.data(SmsLogTableModel::LoadedRole).toBool())
                    return ids; // "Not available"
            }
            ids << index.data(SmsLogTableModel::RecordRole).value<SmsRecord>().id;
        }
        return ids;
    }

    OneUptimeSettings settings() const
    {
        OneUptimeSettings s;
        s.instance = m_server.url();
        s.apiKey = m_key;
        s.label = QStringLiteral("Fault matrix");
        s.timeoutMs = 5000;
        s.retryBaseMs = 100;
        s.maxRetryWaitMs = 3000;
        return s;
    }

    // The server's own answer for the whole project: ids newest first, and the sum of the costs.
    QStringList expectedIds() const
    {
        QList<OneUptimeRecord> rows = m_server.records();
        rows.removeIf([this](const OneUptimeRecord &r) { return r.projectId != m_project; });
        std::stable_sort(rows.begin(), rows.end(), [](const OneUptimeRecord &a, const OneUptimeRecord &b) {
            return a.createdAtMs.value_or(0) > b.createdAtMs.value_or(0);
        });
        QStringList ids;
        for (const OneUptimeRecord &r : rows)
            ids << r.id;
        return ids;
    }
    qint64 expectedCost() const
    {
        qint64 cents = 0;
        for (const OneUptimeRecord &r : m_server.records())
            if (r.projectId == m_project)
                cents += r.costCents.value_or(0);
        return cents;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("server.sqlite"));
        DemoOptions options;
        options.rows = 2400;
        options.seed = 66;
        options.end = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        options.days = 30;
        QCOMPARE(writeDemoCache(path, options), QString());
        QCOMPARE(m_server.loadCache(path), QString());
        m_project = m_server.largestProject();
        m_server.addKey(m_key, m_project, QStringLiteral("ReadSmsLog"));
        m_server.addKey(m_noPermissionKey, m_project, QStringLiteral("ReadIncident"));
        QVERIFY(m_server.listen() != 0);
        m_rows = m_server.records();
        QVERIFY(expectedIds().size() > 600); // several pages of the table (256 rows each)
    }

    void init() { m_server.setRecords(m_rows, m_server.linked()); }

    void faults_data()
    {
        QTest::addColumn<OneUptimeFaults>("faults");
        QTest::addColumn<QString>("when"); // "open": from the first call; "browse": after opening, then F5
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("phrase"); // shown in the window (Message, TableTotalsRefused)
        QTest::addColumn<bool>("notice"); // a "trying again" notice is shown while waiting, then cleared
        QTest::addColumn<int>("rowsDelta"); // the table's count minus the server's (a count that lies)

        const QString open = QStringLiteral("open");
        const QString browse = QStringLiteral("browse");
        const QString key = m_key;
        OneUptimeFaults f;

        // Time
        f.delayCount = -1;
        f.delayMs = 8000;
        QTest::newRow("slow headers past the timeout")
            << f << browse << key << int(Message) << QStringLiteral("did not answer in time") << false << 0;
        f = {};
        f.dripCount = -1;
        f.dripChunkBytes = 2;
        f.dripIntervalMs = 6000;
        QTest::newRow("a body dripping slower than the timeout")
            << f << browse << key << int(Message) << QStringLiteral("did not answer in time") << false << 0;
        f = {};
        f.truncateCount = -1;
        QTest::newRow("a truncated body") << f << browse << key << int(Message)
                                          << QStringLiteral("before the whole answer arrived") << false << 0;

        // Server errors and rate limits, retried
        for (int status : {500, 502, 503}) {
            f = {};
            f.errorCount = 2;
            f.errorStatus = status;
            QTest::addRow("%d twice, then success", status)
                << f << browse << key << int(Table) << QString() << true << 0;
        }
        f = {};
        f.errorCount = -1;
        f.errorStatus = 503;
        QTest::newRow("503 on every try") << f << browse << key << int(Message)
                                          << QStringLiteral("kept failing after several tries") << true << 0;
        f = {};
        f.rateLimitCount = 2;
        f.retryAfter = "1";
        QTest::newRow("429 with Retry-After in seconds, then success")
            << f << browse << key << int(Table) << QString() << true << 0;
        f.retryAfter = "date"; // an HTTP date two seconds after the server's now, made when it runs
        QTest::newRow("429 with Retry-After as an HTTP date, then success")
            << f << browse << key << int(Table) << QString() << true << 0;
        f.retryAfter = "86400"; // a day: cut to the settings' 3 s
        QTest::newRow("429 with a day's Retry-After, capped, then success")
            << f << browse << key << int(Table) << QString() << true << 0;

        // Refusals
        QTest::newRow("400 invalid key") << OneUptimeFaults() << open << m_wrongKey << int(Message)
                                         << QStringLiteral("refused the API key") << false << 0;
        QTest::newRow("401 no key") << OneUptimeFaults() << open << QString() << int(Message)
                                    << QStringLiteral("valid API key") << false << 0;
        QTest::newRow("422 no permission") << OneUptimeFaults() << open << m_noPermissionKey << int(Message)
                                           << QStringLiteral("Read SMS Log") << false << 0;
        f = {};
        f.paymentRequiredCount = -1;
        QTest::newRow("402 payment required")
            << f << open << key << int(Message) << QStringLiteral("Billing") << false << 0;

        // Answers that are not what they say
        f = {};
        f.malformedCount = -1;
        QTest::newRow("200 with malformed JSON")
            << f << browse << key << int(Message) << QStringLiteral("not valid JSON") << false << 0;
        f = {};
        f.htmlCount = -1;
        f.htmlStatus = 200;
        QTest::newRow("200 with an HTML page") << f << open << key << int(Message)
                                               << QStringLiteral("Check that the instance URL") << false << 0;

        // Wrong types in fields: rows still shown; a cost that is not whole cents refuses totals
        f = {};
        f.patchCount = -1;
        f.fieldPatch = {{QStringLiteral("smsCostInUSDCents"), QStringLiteral("12")}};
        QTest::newRow("cost as a string") << f << browse << key << int(TableTotalsRefused)
                                          << QStringLiteral("not a whole number of cents") << false << 0;
        f.fieldPatch = {{QStringLiteral("smsCostInUSDCents"), 12.5}};
        QTest::newRow("cost as a fraction") << f << browse << key << int(TableTotalsRefused)
                                            << QStringLiteral("not a whole number of cents") << false << 0;
        f.fieldPatch = {{QStringLiteral("smsCostInUSDCents"), QJsonValue()}};
        QTest::newRow("cost as null") << f << browse << key << int(TableTotalsRefused)
                                      << QStringLiteral("not a whole number of cents") << false << 0;
        f.fieldPatch = {{QStringLiteral("createdAt"), QStringLiteral("yesterday at noon")}};
        QTest::newRow("an unparsable date") << f << browse << key << int(Table) << QString() << false << 0;
        f.fieldPatch = {{QStringLiteral("status"), QStringLiteral("Teleported")}};
        QTest::newRow("an unknown status") << f << browse << key << int(Table) << QString() << false << 0;
        f.fieldPatch = {
            {QStringLiteral("smsText"),
             QJsonObject{{QStringLiteral("_type"), QStringLiteral("Hologram")},
                         {QStringLiteral("value"), QStringLiteral("?")}}},
            {QStringLiteral("toNumber"),
             QJsonObject{{QStringLiteral("_type"), QStringLiteral("Phone")}, {QStringLiteral("value"), 42}}}};
        QTest::newRow("an unknown _type and a wrapped wrong type")
            << f << browse << key << int(Table) << QString() << false << 0;

        // Pages that are not what was asked for
        f = {};
        f.hugePageCount = -1;
        QTest::newRow("a huge page (10,000 rows whatever the limit)")
            << f << browse << key << int(Table) << QString() << false << 0;
        f = {};
        f.duplicateCount = -1;
        QTest::newRow("duplicate _ids in every page")
            << f << browse << key << int(Table) << QString() << false << 0;
        f = {};
        f.countLieCount = -1;
        f.countOffset = 40;
        QTest::newRow("count says 40 more than the list has")
            << f << browse << key << int(Message) << QStringLiteral("fewer messages than were counted")
            << false << 40;
        f.countOffset = -40;
        QTest::newRow("count says 40 fewer than the list has")
            << f << browse << key << int(TableTotalsRefused) << QStringLiteral("changed on the server")
            << false << -40;
        f = {};
        f.removeCount = -1;
        f.removeRows = 30;
        QTest::newRow("a log that shrinks between calls (retention)")
            << f << browse << key << int(Message) << QStringLiteral("changed") << false << 0;
    }

    void faults()
    {
        QFETCH(OneUptimeFaults, faults);
        QFETCH(QString, when);
        QFETCH(QString, key);
        QFETCH(int, outcome);
        QFETCH(QString, phrase);
        QFETCH(bool, notice);
        QFETCH(int, rowsDelta);

        if (faults.retryAfter == "date")
            faults.retryAfter = OneUptimeServer::httpDate(m_server.nowMs() + 2000);
        m_server.setFaults({});
        AppController app(m_dir.filePath(QStringLiteral("profiles.ini")), true);
        app.window()->resize(1200, 800);
        app.window()->show();
        QStringList notices;
        connect(app.model(), &SmsLogTableModel::noticeChanged, this,
                [&notices](const QString &text) { notices << text; });

        OneUptimeSettings s = settings();
        s.apiKey = key;
        if (when == u"open")
            m_server.setFaults(faults);
        QElapsedTimer clock;
        clock.start();
        app.openLive(s);
        if (outcome == Message && when == u"open") {
            QTRY_VERIFY_WITH_TIMEOUT(visibleText(app.window()).contains(phrase, Qt::CaseInsensitive), 20000);
            QVERIFY(!app.model()->source()); // nothing half-open behind the message
            QVERIFY(!visibleText(app.window()).contains(key.isEmpty() ? QStringLiteral("\x01") : key));
            return;
        }
        QTRY_VERIFY_WITH_TIMEOUT(settled(app), 20000);
        auto *source = qobject_cast<OneUptimeSource *>(app.model()->source());
        QVERIFY(source);
        source->setTotalsPageSize(250); // totals over several pages, so pages can disagree

        if (when == u"browse") {
            m_server.setFaults(faults);
            clock.restart();
            app.window()->refresh(); // F5
        }
        const QStringList expected = expectedIds(); // as the server has them when asked
        const qint64 cost = expectedCost();
        if (outcome == Message
            && (faults.delayCount || faults.dripCount || faults.truncateCount || faults.malformedCount
                || faults.errorCount)) {
            // Every call fails: the table says why, with what to do, within the bounded waits of
            // the row (timeouts, capped retries): no hang.
            QTRY_VERIFY_WITH_TIMEOUT(visibleText(app.window()).contains(phrase, Qt::CaseInsensitive), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(!app.model()->isLoading() && !app.summary()->isLoading(), 30000);
            QVERIFY(visibleText(app.window()).contains(QStringLiteral("Refresh"), Qt::CaseInsensitive));
            if (faults.errorCount < 0) {
                // The totals did not come either: no number stands where a wrong one could.
                QVERIFY(app.summary()->totals().messages == 0 || app.summary()->totals().costCents == cost);
            }
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(settled(app), 30000);
            if (outcome == Table) { // the totals first: they page through everything at once
                QCOMPARE(app.summary()->totals().messages, qint64(expected.size()));
                QCOMPARE(app.summary()->totals().costCents, cost);
            }
            // Every message the server has, in order, each once (scrolling to the end as a user).
            const QStringList ids = readAll(app);
            const QStringList serverIds = m_server.faults().removeRows > 0 ? expectedIds() : expected;
            if (outcome == Message && faults.removeRows > 0) {
                // Rows deleted while reading: what was read is in order, never a row twice, and
                // the window says the log changed.
                QVERIFY(ids.size() < app.model()->rowCount());
                QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
                for (const QString &id : ids)
                    QVERIFY(expected.contains(id));
                QTRY_VERIFY_WITH_TIMEOUT(visibleText(app.window()).contains(phrase, Qt::CaseInsensitive),
                                         20000);
            } else if (rowsDelta > 0) {
                // The count promised more than the list has: every listed row, then a message.
                QCOMPARE(app.model()->matchCount(), qint64(expected.size() + rowsDelta));
                QCOMPARE(ids, expected);
                QTRY_VERIFY_WITH_TIMEOUT(visibleText(app.window()).contains(phrase, Qt::CaseInsensitive),
                                         20000);
                QVERIFY(visibleText(app.window()).contains(QStringLiteral("Refresh"), Qt::CaseInsensitive));
            } else {
                QCOMPARE(app.model()->matchCount(), qint64(expected.size() + rowsDelta));
                QCOMPARE(ids, expected.mid(0, expected.size() + rowsDelta));
            }
            Q_UNUSED(serverIds);
        }

        // Totals: exact, or refused with a reason; never a wrong number.
        if (outcome == Table) {
            QCOMPARE(app.summary()->totals().messages, qint64(expected.size()));
            QCOMPARE(app.summary()->totals().costCents, cost);
        } else if (outcome == TableTotalsRefused || rowsDelta > 0) {
            QTRY_VERIFY_WITH_TIMEOUT(
                visibleText(app.window()).contains(QStringLiteral("Totals could not be computed")), 20000);
            if (outcome == TableTotalsRefused)
                QVERIFY(visibleText(app.window()).contains(phrase, Qt::CaseInsensitive));
            QCOMPARE(app.summary()->totals(), CostTotals());
        } else if (app.summary()->totals().messages > 0) {
            // Shown totals are the server's at some moment: all of it, before or after a change.
            QVERIFY(app.summary()->totals().messages <= qint64(expected.size()));
        }

        // Retries were visible while waiting, and the notice is gone once they are over.
        if (notice) {
            QVERIFY(!notices.isEmpty());
            QVERIFY(
                std::any_of(notices.cbegin(), notices.cend(), [](const QString &n) { return !n.isEmpty(); }));
            QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty() && notices.constLast().isEmpty(), 20000);
            if (faults.retryAfter == "86400")
                QVERIFY2(clock.elapsed() < 15000, "a day's Retry-After is cut to the 3 s of the settings");
        } else {
            QVERIFY(
                std::all_of(notices.cbegin(), notices.cend(), [](const QString &n) { return n.isEmpty(); }));
        }
        QVERIFY(!visibleText(app.window()).contains(m_key));
        m_server.setFaults({});
    }

    // 429 with a long Retry-After: the wait is visible and the user can leave it; nothing more is
    // asked of the server for the abandoned view.
    void rateLimitWaitIsVisibleAndCancellable()
    {
        AppController app(m_dir.filePath(QStringLiteral("profiles.ini")), true);
        app.window()->show();
        OneUptimeSettings s = settings();
        s.maxRetryWaitMs = 60000;
        app.openLive(s);
        QTRY_VERIFY_WITH_TIMEOUT(settled(app), 20000);

        OneUptimeFaults f;
        f.rateLimitCount = -1;
        f.retryAfter = "30";
        m_server.setFaults(f);
        app.window()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(visibleText(app.window()).contains(QStringLiteral("trying again in 30 s")),
                                 10000);
        const qsizetype asked = m_server.requests().size();

        // The user changes the filter instead of waiting: the waiting calls are abandoned.
        m_server.setFaults({});
        SmsFilter filter;
        filter.statuses = {QStringLiteral("Delivered")};
        app.model()->setFilter(filter);
        app.summary()->setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(settled(app), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!visibleText(app.window()).contains(QStringLiteral("trying again")), 10000);
        QVERIFY(app.model()->matchCount() > 0);
        // Only the new filter's calls reached the server since: none repeats the abandoned ones
        // (they asked without a status filter).
        const QList<OneUptimeRecordedRequest> requests = m_server.requests();
        for (qsizetype i = asked; i < requests.size(); ++i)
            if (requests.at(i).target.contains("get-list") || requests.at(i).target.contains("count"))
                QVERIFY2(requests.at(i).body.contains("Delivered"), requests.at(i).body.constData());
        QTest::qWait(1000);
        QVERIFY(!visibleText(app.window()).contains(QStringLiteral("trying again")));
    }

    // A redirect to another origin: the key never reaches the second server, and the window says
    // what to do.
    void crossOriginRedirectKeepsTheKey()
    {
        OneUptimeServer elsewhere;
        QVERIFY(elsewhere.listen() != 0);
        OneUptimeFaults f;
        f.redirectCount = -1;
        f.redirectBase = QUrl(QStringLiteral("http://localhost:%1").arg(elsewhere.port()));
        m_server.setFaults(f);
        AppController app(m_dir.filePath(QStringLiteral("profiles.ini")), true);
        app.window()->show();
        app.openLive(settings());
        QTRY_VERIFY_WITH_TIMEOUT(
            visibleText(app.window()).contains(QStringLiteral("API key was not sent"), Qt::CaseInsensitive)
                || visibleText(app.window())
                       .contains(QStringLiteral("redirects its API"), Qt::CaseInsensitive),
            20000);
        m_server.setFaults({});
        for (const OneUptimeRecordedRequest &request : elsewhere.requests()) {
            QVERIFY(!request.hasHeader("ApiKey"));
            QVERIFY(!request.body.contains(m_key.toUtf8()));
        }
    }

    // The filter changes while the old filter's pages are still on their way: no row of the old
    // filter is ever painted.
    void filterChangedWhileRepliesAreInFlight()
    {
        AppController app(m_dir.filePath(QStringLiteral("profiles.ini")), true);
        app.window()->resize(1200, 800);
        app.window()->show();
        app.openLive(settings());
        QTRY_VERIFY_WITH_TIMEOUT(settled(app), 20000);

        OneUptimeFaults slow;
        slow.delayCount = 6;
        slow.delayMs = 700;
        m_server.setFaults(slow);
        app.window()->refresh(); // the unfiltered pages are now slow to come
        QTest::qWait(100);
        SmsFilter failed;
        failed.statuses = {QStringLiteral("Failed")};
        // Every row painted from now on must be a failed one.
        bool stale = false;
        connect(app.model(), &QAbstractItemModel::dataChanged, this,
                [&](const QModelIndex &first, const QModelIndex &last) {
                    for (int row = first.row(); row <= last.row(); ++row) {
                        const QModelIndex index = app.model()->index(row, 0);
                        if (index.data(SmsLogTableModel::LoadedRole).toBool()
                            && index.data(SmsLogTableModel::RecordRole).value<SmsRecord>().status
                                != QStringLiteral("Failed"))
                            stale = true;
                    }
                });
        app.model()->setFilter(failed);
        app.summary()->setFilter(failed);
        QTRY_VERIFY_WITH_TIMEOUT(settled(app) && m_server.faults().delayCount == 0, 30000);
        QTest::qWait(800); // the last slow answers of the old filter arrive, and are dropped
        QVERIFY(!stale);
        QVERIFY(app.model()->matchCount() > 0);
        for (int row = 0; row < std::min(50, app.model()->rowCount()); ++row) {
            const QModelIndex index = app.model()->index(row, 0);
            QTRY_VERIFY_WITH_TIMEOUT(index.data(SmsLogTableModel::LoadedRole).toBool(), 10000);
            QCOMPARE(index.data(SmsLogTableModel::RecordRole).value<SmsRecord>().status,
                     QStringLiteral("Failed"));
        }
        m_server.setFaults({});
    }

    // An answer larger than the client reads is stopped and said so.
    void answerLargerThanTheLimitIsRefused()
    {
        AppController app(m_dir.filePath(QStringLiteral("profiles.ini")), true);
        app.window()->show();
        OneUptimeFaults f;
        f.hugePageCount = -1;
        m_server.setFaults(f);
        // The probe asks for one row and gets 10,000 (several MB): over this limit.
        OneUptimeSettings s = settings();
        s.maxAnswerBytes = 256 * 1024;
        app.openLive(s);
        QTRY_VERIFY_WITH_TIMEOUT(visibleText(app.window()).contains(QStringLiteral("was not read")), 20000);
        QVERIFY(visibleText(app.window()).contains(QStringLiteral("larger than")));
        m_server.setFaults({});
    }
};

QTEST_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
