// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "demogenerator.h"
#include "detailpane.h"
#include "logtableview.h"
#include "mainwindow.h"
#include "oneuptimeserver.h"
#include "oneuptimesource.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"
#include "sqlitecachesource.h"
#include "totalspane.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// The whole window over the live source, against the OneUptime imitation on loopback, side by
// side with the same window over the same data in a cache file: same rows, same order, same
// totals. Then follow mode as a user meets it.
class TestLiveWindow : public QObject
{
    Q_OBJECT

    struct Window {
        std::unique_ptr<SmsLogSource> source;
        std::unique_ptr<SmsLogTableModel> model;
        std::unique_ptr<SmsLogSummary> summary;
        std::unique_ptr<MainWindow> window;

        bool settled() const
        {
            return !model->isLoading() && !summary->isLoading() && model->matchCount() >= 0;
        }
        void close()
        {
            model->setSource(nullptr);
            summary->setSource(nullptr);
            window.reset();
            summary.reset();
            model.reset();
            source.reset();
        }
    };

    QTemporaryDir m_dir;
    QString m_path;
    OneUptimeServer m_server;
    QString m_project;
    const QString m_key = QStringLiteral("6a1c2f3e-4b5d-4e6f-8a7b-9c0d1e2f3a4b");
    Window m_cache;
    Window m_live;

    static bool open(Window &w, SmsLogSource *source)
    {
        w.source.reset(source);
        QSignalSpy opened(source, &SmsLogSource::opened);
        QSignalSpy failed(source, &SmsLogSource::openFailed);
        source->open();
        if (!opened.wait(15000))
            return false;
        w.model = std::make_unique<SmsLogTableModel>();
        w.summary = std::make_unique<SmsLogSummary>();
        w.window = std::make_unique<MainWindow>(w.model.get(), w.summary.get());
        w.model->setSource(source);
        w.summary->setSource(source);
        w.window->setSourceDescription(source->description());
        w.window->show();
        return true;
    }

    // What the table shows in rows [first, first + n), cell by cell.
    static QStringList shown(const Window &w, int first, int n)
    {
        QStringList cells;
        for (int row = first; row < first + n && row < w.model->rowCount(); ++row)
            for (int column = 0; column < SmsColumnCount; ++column)
                cells << w.model->index(row, column).data().toString();
        return cells;
    }

    static bool loaded(const Window &w, int first, int n)
    {
        for (int row = first; row < first + n && row < w.model->rowCount(); ++row)
            if (!w.model->index(row, 0).data(SmsLogTableModel::LoadedRole).toBool())
                return false;
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("same.sqlite"));
        DemoOptions options;
        options.rows = 4000;
        options.seed = 5;
        options.end = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(writeDemoCache(m_path, options), QString());
        QCOMPARE(m_server.loadCache(m_path), QString());
        m_project = m_server.largestProject();
        m_server.addKey(m_key, m_project, QStringLiteral("ProjectMember"));
        QVERIFY(m_server.listen() != 0);

        OneUptimeSettings settings;
        settings.instance = m_server.url();
        settings.apiKey = m_key;
        settings.label = QStringLiteral("Loopback");
        settings.timeoutMs = 10000;
        QVERIFY(open(m_live, new OneUptimeSource(settings)));
        QVERIFY(open(m_cache, new SqliteCacheSource(m_path)));
        // The key decides the project on the server; the cache holds them all.
        SmsFilter project;
        project.projectId = m_project;
        m_cache.model->setFilter(project);
        m_cache.summary->setFilter(project);
    }

    void cleanupTestCase()
    {
        m_live.close();
        m_cache.close();
    }

    void sameRowsOrderAndTotals_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("newest first") << int(SmsColumn::SentAt) << int(Qt::DescendingOrder);
        QTest::newRow("cheapest first") << int(SmsColumn::Cost) << int(Qt::AscendingOrder);
        QTest::newRow("by recipient") << int(SmsColumn::To) << int(Qt::DescendingOrder);
    }

    void sameRowsOrderAndTotals()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        for (Window *w : {&m_cache, &m_live})
            w->window->tableView()->sortByColumn(column, Qt::SortOrder(order));
        QTRY_VERIFY_WITH_TIMEOUT(m_cache.settled() && m_live.settled(), 30000);

        QVERIFY(m_live.model->matchCount() > 1000);
        QCOMPARE(m_live.model->matchCount(), m_cache.model->matchCount());
        QCOMPARE(m_live.model->rowCount(), m_cache.model->rowCount());
        const int middle = int(m_live.model->rowCount() / 2);
        const int last = m_live.model->rowCount() - 40;
        for (int first : {0, middle, last}) {
            QTRY_VERIFY_WITH_TIMEOUT(loaded(m_cache, first, 40) && loaded(m_live, first, 40), 15000);
            if (column == int(SmsColumn::SentAt)) {
                QCOMPARE(shown(m_live, first, 40), shown(m_cache, first, 40));
            } else {
                // Rows with equal values are ordered by _id on the server and by insertion in the
                // cache; the sorted column itself must match position by position.
                for (int row = first; row < first + 40; ++row)
                    QCOMPARE(m_live.model->index(row, column).data().toString(),
                             m_cache.model->index(row, column).data().toString());
            }
        }
        QCOMPARE(m_live.summary->totals(), m_cache.summary->totals());
        QCOMPARE(m_live.window->totalsPane()->headline(), m_cache.window->totalsPane()->headline());
        QVERIFY(!m_live.window->windowTitle().contains(m_key));
    }

    void followKeepsTheReadingPosition()
    {
        QTableView *table = m_live.window->tableView();
        table->sortByColumn(int(SmsColumn::SentAt), Qt::DescendingOrder);
        m_live.model->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_live.settled(), 30000);
        const qint64 before = m_live.model->matchCount();

        // Given a user reading somewhere in the middle, while three messages arrive on the server
        // (it inserts them after answering the next list request)
        OneUptimeFaults faults;
        faults.insertCount = 1;
        faults.insertRows = 3;
        m_server.setFaults(faults);
        table->scrollTo(m_live.model->index(1500, 0), QAbstractItemView::PositionAtTop);
        const int top = table->rowAt(0);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(m_live, top, 5), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.faults().insertCount, 0, 15000);
        const QString reading
            = m_live.model->index(top, 0).data(SmsLogTableModel::RecordRole).value<SmsRecord>().id;
        QVERIFY(!reading.isEmpty());

        // When follow mode notices them
        QSignalSpy inserted(m_live.model.get(), &QAbstractItemModel::rowsInserted);
        // The new rows count once the server's clock is past the commit margin.
        QTRY_VERIFY_WITH_TIMEOUT((m_live.model->checkForNewRows(), m_live.model->newRowCount() == 3), 15000);

        // Then they are at the top, the count says so, and the user still reads the same row
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_live.model->matchCount(), before + 3);
        const int topNow = table->rowAt(0);
        QCOMPARE(topNow, top + 3);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(m_live, topNow, 1), 15000); // its page may be read again
        QCOMPARE(m_live.model->index(topNow, 0).data(SmsLogTableModel::RecordRole).value<SmsRecord>().id,
                 reading);
        auto *button = m_live.window->findChild<QToolButton *>(QStringLiteral("newRowsButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(button->text().contains(QStringLiteral("3 new")));

        // When the user goes to see them
        button->click();
        QCOMPARE(table->rowAt(0), 0);
        QVERIFY(!button->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(loaded(m_live, 0, 3), 15000);
        const auto newest = m_live.model->index(0, 0).data(SmsLogTableModel::RecordRole).value<SmsRecord>();
        QVERIFY(newest.smsText.startsWith(QStringLiteral("Inserted message")));
        // and the totals follow on their own, then once more with a refresh of the window
        QTRY_COMPARE_WITH_TIMEOUT(m_live.summary->totals().messages, before + 3, 30000);
        m_live.window->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_live.settled(), 30000);
        QCOMPARE(m_live.summary->totals().messages, before + 3);
    }

    void selectedMessageIsReadAgain()
    {
        QTableView *table = m_live.window->tableView();
        QTRY_VERIFY_WITH_TIMEOUT(m_live.settled() && loaded(m_live, 0, 10), 30000);
        const auto recordAt = [this](int row) {
            return m_live.model->index(row, 0).data(SmsLogTableModel::RecordRole).value<SmsRecord>();
        };
        // Given a message whose status changes on the server after its page was read
        const SmsRecord before = recordAt(4);
        QList<OneUptimeRecord> records = m_server.records();
        for (OneUptimeRecord &r : records)
            if (r.id == before.id)
                r.status = QStringLiteral("Exotic new status");
        m_server.setRecords(records, m_server.linked());

        // When the user selects it, it is read again and shown as it is now
        QSignalSpy refreshed(m_live.model.get(), &SmsLogTableModel::rowRefreshed);
        table->selectRow(4);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.at(0).at(0).toInt(), 4);
        QCOMPARE(refreshed.at(0).at(1).toBool(), true);
        QCOMPARE(recordAt(4).status, QStringLiteral("Exotic new status"));
        QCOMPARE(m_live.model->index(4, int(SmsColumn::Status)).data().toString(),
                 QStringLiteral("Exotic new status"));

        // Given a message the server has deleted since (retention), when it is selected, the
        // window says so and keeps what was read
        const SmsRecord gone = recordAt(6);
        records = m_server.records();
        records.removeIf([&gone](const OneUptimeRecord &r) { return r.id == gone.id; });
        m_server.setRecords(records, m_server.linked());
        refreshed.clear();
        table->selectRow(6);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.at(0).at(1).toBool(), false);
        QVERIFY(
            m_live.window->statusBar()->currentMessage().contains(QStringLiteral("no longer on the server")));
        QCOMPARE(recordAt(6), gone);
        // The cache window never asks (its rows cannot change)
        QCOMPARE(m_cache.source->requestRecord(gone.id), SmsLogSource::RequestId(0));
    }

    void followToggleOnlyForLiveSources()
    {
        auto *liveAction = m_live.window->findChild<QAction *>(QStringLiteral("followAction"));
        auto *cacheAction = m_cache.window->findChild<QAction *>(QStringLiteral("followAction"));
        QVERIFY(liveAction && cacheAction);
        QVERIFY(liveAction->isEnabled());
        QVERIFY(!cacheAction->isEnabled());
        liveAction->trigger();
        QVERIFY(m_live.model->isFollowing());
        liveAction->trigger();
        QVERIFY(!m_live.model->isFollowing());
    }

    // The detail pane's incident and monitor context (issue 16): the live window with a member's
    // key shows what the cache window shows; a key for SMS logs only shows the prefixed number,
    // no state or severity it may not read, and no error.
    void detailShowsWhatTheKeyMayRead()
    {
        const auto label = [](const Window &w, const QString &name) {
            return w.window->detailPane()->findChild<QLabel *>(name);
        };
        const auto context = [&](const Window &w, const QString &key) {
            QLabel *shown = label(w, QStringLiteral("linkContext_") + key);
            return shown && !shown->isHidden() ? shown->text() : QString();
        };
        // The newest message of an incident, selected (the windows show the same rows in the same
        // order: sameRowsOrderAndTotals).
        const auto showNewestIncident = [](Window &w, const QString &projectId) {
            SmsFilter project;
            project.projectId = projectId;
            w.model->setFilter(project);
            w.window->tableView()->sortByColumn(int(SmsColumn::SentAt), Qt::DescendingOrder);
            if (!QTest::qWaitFor([&] { return w.settled() && loaded(w, 0, 200); }, 30000))
                return SmsRecord();
            for (int row = 0; row < 200; ++row) {
                const SmsRecord r
                    = w.model->index(row, 0).data(SmsLogTableModel::RecordRole).value<SmsRecord>();
                if (r.link(LinkKind::Incident).isSet()) {
                    w.window->tableView()->selectRow(row);
                    return r;
                }
            }
            return SmsRecord();
        };
        const SmsRecord live = showNewestIncident(m_live, {});
        const SmsRecord cached = showNewestIncident(m_cache, m_project);
        QVERIFY(live.link(LinkKind::Incident).isSet());
        QCOMPARE(live.id, cached.id);
        QTRY_VERIFY_WITH_TIMEOUT(!context(m_live, QStringLiteral("incident")).isEmpty(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!context(m_cache, QStringLiteral("incident")).isEmpty(), 15000);
        QVERIFY(context(m_live, QStringLiteral("incident")).contains(QStringLiteral("State: ")));
        QCOMPARE(context(m_live, QStringLiteral("incident")), context(m_cache, QStringLiteral("incident")));
        QCOMPARE(context(m_live, QStringLiteral("monitor")), context(m_cache, QStringLiteral("monitor")));
        QCOMPARE(label(m_live, QStringLiteral("link_incident"))->text(),
                 label(m_cache, QStringLiteral("link_incident"))->text());
        QVERIFY(label(m_live, QStringLiteral("link_incident"))->text().startsWith(QStringLiteral("INC-")));

        const QString readKey = QStringLiteral("2f7b9c1d-3e4a-4b5c-8d6e-7f8091a2b3c4");
        m_server.addKey(readKey, m_project, QStringLiteral("ReadSmsLog"));
        OneUptimeSettings settings;
        settings.instance = m_server.url();
        settings.apiKey = readKey;
        settings.timeoutMs = 10000;
        Window reader;
        QVERIFY(open(reader, new OneUptimeSource(settings)));
        QCOMPARE(showNewestIncident(reader, {}).id, live.id);
        QTRY_VERIFY_WITH_TIMEOUT(
            label(reader, QStringLiteral("link_incident"))->text().startsWith(QStringLiteral("INC-")), 15000);
        QCOMPARE(label(reader, QStringLiteral("link_incident"))->text(),
                 label(m_live, QStringLiteral("link_incident"))->text());
        QCOMPARE(context(reader, QStringLiteral("incident")), QString()); // no state, no severity
        const QString bar = reader.window->statusBar()->currentMessage();
        QVERIFY2(!bar.contains(QStringLiteral("ermission")) && !bar.contains(QStringLiteral("fail")),
                 qPrintable(bar));
        reader.close();
        for (Window *w : {&m_live, &m_cache}) {
            SmsFilter all;
            if (w == &m_cache)
                all.projectId = m_project;
            w->model->setFilter(all);
        }
    }

    void wildcardNoteShownForLiveFilters()
    {
        auto *notes = m_live.window->findChild<QLabel *>(QStringLiteral("filterNotes"));
        QVERIFY(notes);
        SmsFilter filter;
        filter.toNumber = QStringLiteral("100%");
        m_live.model->setFilter(filter);
        QVERIFY(notes->isVisible());
        QVERIFY(notes->text().contains(QStringLiteral("wildcard")));
        auto *cacheNotes = m_cache.window->findChild<QLabel *>(QStringLiteral("filterNotes"));
        m_cache.model->setFilter(filter);
        QVERIFY(!cacheNotes->isVisible()); // the cache takes % literally
        m_live.model->setFilter({});
    }
};

QTEST_MAIN(TestLiveWindow)
#include "tst_livewindow.moc"
