// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "appcontroller.h"
#include "cachewriter.h"
#include "costreportmodel.h"
#include "demogenerator.h"
#include "mainwindow.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

// What the composition root does with files: recent caches remembered, a file dropped on the
// window opened, a snapshot's metadata shown above the table.
class TestAppController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_first;
    QString m_second;
    QString m_snapshot;

    QString profiles() const { return m_dir.filePath(QStringLiteral("config/connections.ini")); }

    static bool openAndWait(AppController &app, const std::function<void()> &open)
    {
        QSignalSpy opened(&app, &AppController::sourceOpened);
        open();
        return opened.wait(15000);
    }

    static QStringList recentMenu(AppController &app)
    {
        QStringList names;
        for (QAction *menu : app.window()->menuBar()->actions()) {
            if (!menu->menu())
                continue;
            for (QAction *item : menu->menu()->actions())
                if (item->menu() && item->text().contains(QStringLiteral("recent")))
                    for (QAction *recent : item->menu()->actions())
                        if (!recent->isSeparator()) // section titles
                            names << recent->toolTip();
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        DemoOptions options;
        options.rows = 300;
        options.end = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        m_first = m_dir.filePath(QStringLiteral("first.sqlite"));
        m_second = m_dir.filePath(QStringLiteral("second.sqlite"));
        QCOMPARE(writeDemoCache(m_first, options), QString());
        options.seed = 2;
        QCOMPARE(writeDemoCache(m_second, options), QString());

        // A snapshot: a cache with the metadata an export writes.
        m_snapshot = m_dir.filePath(QStringLiteral("snapshot.sqlite"));
        CacheWriter writer;
        QCOMPARE(writer.create(m_snapshot), QString());
        SmsRecord r;
        r.id = QStringLiteral("6f1d2c3b-4a59-4687-9a0b-1c2d3e4f5a6b");
        r.createdAt = QDateTime(QDate(2026, 8, 20), QTime(9, 15), Qt::UTC);
        r.toNumber = QStringLiteral("*******4567");
        r.status = QStringLiteral("Failed");
        r.costCents = 10;
        QCOMPARE(writer.write({r},
                              {{QStringLiteral("snapshot_time"), QStringLiteral("2026-08-21T10:00:00.000Z")},
                               {QStringLiteral("snapshot_source"), QStringLiteral("oneuptime.com")},
                               {QStringLiteral("snapshot_filter"), QStringLiteral("status Failed")},
                               {QStringLiteral("snapshot_redacted"), QStringLiteral("yes")}}),
                 QString());
        QCOMPARE(writer.finish(), QString());
    }

    void recentCachesAreRemembered()
    {
        {
            AppController app(profiles(), true);
            QVERIFY(recentMenu(app).isEmpty());
            QVERIFY(openAndWait(app, [&] { app.openCache(m_first); }));
            QVERIFY(openAndWait(app, [&] { app.openCache(m_second); }));
            QVERIFY(openAndWait(app, [&] { app.openCache(m_first); })); // again: moves to the top
            QCOMPARE(recentMenu(app), (QStringList{m_first, m_second}));
        }
        AppController later(profiles(), true);
        QCOMPARE(recentMenu(later), (QStringList{m_first, m_second}));
    }

    void droppedFileOpens()
    {
        AppController app(profiles(), true);
        app.window()->show();
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(m_second)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(app.window(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy opened(&app, &AppController::sourceOpened);
        QCoreApplication::sendEvent(app.window(), &drop);
        QVERIFY(opened.wait(15000));
        QVERIFY(app.window()->windowTitle().contains(QStringLiteral("second.sqlite")));
    }

    void currentViewIsExported()
    {
        AppController app(profiles(), true);
        QAction *exportAction = nullptr;
        for (QAction *menu : app.window()->menuBar()->actions())
            if (menu->menu())
                for (QAction *item : menu->menu()->actions())
                    if (item->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                        exportAction = item;
        QVERIFY(exportAction);
        QVERIFY(!exportAction->isEnabled()); // nothing open
        QVERIFY(openAndWait(app, [&] { app.openCache(m_first); }));
        QVERIFY(exportAction->isEnabled());

        // The filter of the view goes with the request; the file appears when complete.
        SmsFilter failed;
        failed.statuses = {QStringLiteral("Failed")};
        const QString output = m_dir.filePath(QStringLiteral("failed.csv"));
        emit app.window()->exportRequested(output, failed, true);
        QVERIFY(!exportAction->isEnabled()); // one job at a time
        QTRY_VERIFY_WITH_TIMEOUT(exportAction->isEnabled(), 15000);
        QFile csv(output);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.size() > 2);
        for (const QByteArray &line : lines.mid(1, lines.size() - 2))
            QVERIFY2(line.contains(",Failed,"), line.constData());
        QVERIFY(app.window()->statusBar()->currentMessage().contains(QStringLiteral("Exported")));
    }

    void failedOpenLeavesNothingUnderWay()
    {
        AppController app(profiles(), true);
        app.openCache(m_dir.filePath(QStringLiteral("missing.sqlite")));
        QLabel *state = nullptr;
        for (QLabel *label : app.window()->findChildren<QLabel *>())
            if (label->accessibleName() == QStringLiteral("Loading state"))
                state = label;
        QVERIFY(state);
        QTRY_VERIFY(!state->text().startsWith(QStringLiteral("Opening")));
        QCOMPARE(state->text(), QStringLiteral("Ready"));
    }

    // Issue 14: a source refused after it opened (SmsLogSource::failed) left its cost report on
    // the Costs tab. Every view is reset now, and the window says why.
    void refusedSourceResetsEveryView()
    {
        AppController app(profiles(), true);
        app.window()->show();
        app.window()->showTab(1); // the Costs tab asks for the cost report
        QVERIFY(openAndWait(app, [&] { app.openCache(m_first); }));
        QTRY_VERIFY_WITH_TIMEOUT(app.costs()->hasReport() && !app.costs()->isLoading(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(app.summary()->totals().messages > 0, 15000);
        QVERIFY(app.costs()->totalMessages() > 0);
        QPointer<SmsLogSource> source = app.model()->source();
        QVERIFY(source);

        emit source->failed({SourceError::Kind::NotADatabase, QStringLiteral("Forged roll-ups."), {}});
        QVERIFY(!app.model()->source());
        QCOMPARE(app.model()->rowCount(), 0);
        QVERIFY(!app.summary()->hasSource());
        QCOMPARE(app.summary()->totals(), CostTotals());
        QVERIFY(!app.costs()->hasSource());
        QVERIFY(!app.costs()->hasReport());
        QCOMPARE(app.costs()->totalMessages(), 0);
        QCOMPARE(app.costs()->byProject()->rowCount(), 0);
        QTRY_VERIFY(source.isNull()); // deleted
        auto *message = app.window()->findChild<QLabel *>(QStringLiteral("tableMessage"));
        QVERIFY(message);
        QVERIFY2(message->text().contains(QStringLiteral("Forged roll-ups.")), qPrintable(message->text()));
    }

    // A failed open shows nothing of what was open before behind its message.
    void failedOpenResetsEveryView()
    {
        AppController app(profiles(), true);
        QVERIFY(openAndWait(app, [&] { app.openCache(m_first); }));
        QTRY_VERIFY_WITH_TIMEOUT(app.summary()->totals().messages > 0, 15000);
        app.openCache(m_dir.filePath(QStringLiteral("missing.sqlite")));
        QTRY_VERIFY_WITH_TIMEOUT(!app.model()->source(), 15000);
        QCOMPARE(app.summary()->totals(), CostTotals());
        QVERIFY(!app.costs()->hasSource());
        QCOMPARE(app.window()->windowTitle(), QStringLiteral("SMS Log Viewer"));
    }

    void snapshotSaysWhatItIs()
    {
        AppController app(profiles(), true);
        app.window()->show();
        auto *banner = app.window()->findChild<QLabel *>(QStringLiteral("sourceBanner"));
        QVERIFY(banner);
        QVERIFY(openAndWait(app, [&] { app.openCache(m_snapshot); }));
        QVERIFY(banner->isVisible());
        const QString text = banner->text();
        QVERIFY2(text.contains(QStringLiteral("2026-08-21 10:00")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("oneuptime.com")));
        QVERIFY(text.contains(QStringLiteral("status Failed")));
        QVERIFY(text.contains(QStringLiteral("Redacted")));
        QTRY_COMPARE(app.model()->matchCount(), 1);
        // The demo says that it is made up.
        QVERIFY(openAndWait(app, [&] { app.openCache(m_first); }));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("Demo data: made-up messages")),
                 qPrintable(banner->text()));
        // An ordinary cache has no banner.
        const QString ordinary = m_dir.filePath(QStringLiteral("ordinary.sqlite"));
        QVERIFY(QFile::copy(m_first, ordinary));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ordinary"));
            db.setDatabaseName(ordinary);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM cache_info WHERE key = 'generator'")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ordinary"));
        QVERIFY(openAndWait(app, [&] { app.openCache(ordinary); }));
        QVERIFY(!banner->isVisible());
    }
};

QTEST_MAIN(TestAppController)
#include "tst_appcontroller.moc"
