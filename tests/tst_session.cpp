// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "appcontroller.h"
#include "demogenerator.h"
#include "filterbar.h"
#include "logtableview.h"
#include "mainwindow.h"
#include "sessionstore.h"
#include "smslogtablemodel.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// What the app remembers between runs, through the real composition root and a real cache:
// the last session (file, filter, sort, columns, selected row), the layout, the time display,
// the theme, saved views and the recent caches and connections.
class TestSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cache;

    QString profiles() const { return m_dir.filePath(QStringLiteral("config/connections.ini")); }
    QString sessionFile() const { return m_dir.filePath(QStringLiteral("config/session.ini")); }

    static bool waitOpened(AppController &app, const std::function<void()> &open)
    {
        QSignalSpy opened(&app, &AppController::sourceOpened);
        open();
        return opened.wait(15000);
    }

    static bool settled(AppController &app)
    {
        return !app.model()->isLoading() && app.model()->matchCount() >= 0;
    }

    static QHeaderView *header(AppController &app) { return app.window()->tableView()->horizontalHeader(); }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        DemoOptions options;
        options.rows = 2000;
        options.end = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        m_cache = m_dir.filePath(QStringLiteral("history.sqlite"));
        QCOMPARE(writeDemoCache(m_cache, options), QString());
    }

    void lastSessionIsRestored()
    {
        SmsFilter filter;
        filter.statuses = {QStringLiteral("Delivered")};
        QString selectedId;
        {
            AppController app(profiles(), true);
            app.restoreSettings();
            app.window()->show();
            QVERIFY(waitOpened(app, [&] { app.openCache(m_cache); }));
            app.window()->filterBar()->setFilter(filter);
            header(app)->setSortIndicator(int(SmsColumn::Cost), Qt::AscendingOrder);
            QTRY_COMPARE(app.model()->query().sort.column, SmsColumn::Cost);
            QTRY_VERIFY_WITH_TIMEOUT(settled(app), 10000);
            QVERIFY(app.model()->matchCount() > 50);
            header(app)->setSectionHidden(int(SmsColumn::User), true);
            header(app)->moveSection(header(app)->visualIndex(int(SmsColumn::Status)), 0);
            app.window()->selectRow(42);
            QTRY_VERIFY(app.model()->index(42, 0).data(SmsLogTableModel::LoadedRole).toBool());
            selectedId = app.model()->index(42, 0).data(SmsLogTableModel::RecordRole).value<SmsRecord>().id;
            app.window()->findChild<QAction *>(QStringLiteral("utcAction"))->trigger();
            app.window()->saveCurrentView(QStringLiteral("Cheapest delivered"));
        } // quitting saves the session

        QSettings file(sessionFile(), QSettings::IniFormat);
        QCOMPARE(file.value(QStringLiteral("session/kind")).toString(), QStringLiteral("cache"));
        QCOMPARE(file.value(QStringLiteral("session/value")).toString(), m_cache);

        AppController app(profiles(), true);
        app.restoreSettings();
        app.window()->show();
        QSignalSpy opened(&app, &AppController::sourceOpened);
        QVERIFY(app.restoreSession());
        QVERIFY(opened.wait(15000));
        QTRY_COMPARE(app.model()->query().filter.statuses, filter.statuses);
        QCOMPARE(app.model()->query().sort, (SmsSort{SmsColumn::Cost, Qt::AscendingOrder}));
        QCOMPARE(header(app)->sortIndicatorSection(), int(SmsColumn::Cost));
        QVERIFY(header(app)->isSectionHidden(int(SmsColumn::User)));
        QCOMPARE(header(app)->visualIndex(int(SmsColumn::Status)), 0);
        QVERIFY(app.window()->timeDisplay().isUtc());
        QCOMPARE(app.model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Sent at (UTC)"));
        QTRY_COMPARE_WITH_TIMEOUT(app.window()->currentRow(), 42, 10000);
        QTRY_VERIFY(app.model()->index(42, 0).data(SmsLogTableModel::LoadedRole).toBool());
        QCOMPARE(app.model()->index(42, 0).data(SmsLogTableModel::RecordRole).value<SmsRecord>().id,
                 selectedId);
        QVERIFY(app.window()->savedViews().contains(QStringLiteral("Cheapest delivered")));
        QCOMPARE(app.window()->savedViews().value(QStringLiteral("Cheapest delivered")).filter.statuses,
                 filter.statuses);
    }

    void nothingToRestore()
    {
        // A session whose cache is gone opens nothing and says so by returning false.
        QTemporaryDir dir;
        const QString gone = dir.filePath(QStringLiteral("gone.sqlite"));
        QVERIFY(QFile::copy(m_cache, gone));
        const QString config = dir.filePath(QStringLiteral("connections.ini"));
        {
            AppController app(config, true);
            QVERIFY(waitOpened(app, [&] { app.openCache(gone); }));
        }
        QVERIFY(QFile::remove(gone));
        AppController app(config, true);
        QVERIFY(!app.restoreSession());
        // First start: nothing at all.
        QTemporaryDir empty;
        AppController first(empty.filePath(QStringLiteral("connections.ini")), true);
        QVERIFY(!first.restoreSession());
    }

    void scriptedRunsLeaveTheSessionAlone()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("connections.ini"));
        {
            AppController app(config, true);
            app.setSessionSaved(false);
            QVERIFY(waitOpened(app, [&] { app.openCache(m_cache); }));
        }
        QVERIFY(!QSettings(dir.filePath(QStringLiteral("session.ini")), QSettings::IniFormat)
                     .contains(QStringLiteral("session/kind")));
    }

    void themeIsRemembered()
    {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("connections.ini"));
        const QPalette system = QApplication::palette();
        {
            AppController app(config, true);
            app.restoreSettings();
            QMenu *themes = app.window()->findChild<QMenu *>(QStringLiteral("themeMenu"));
            QVERIFY(themes);
            QAction *dark = nullptr;
            for (QAction *action : themes->actions())
                if (action->data().toString() == QLatin1String("dark"))
                    dark = action;
            QVERIFY(dark);
            dark->trigger();
            QCOMPARE(currentTheme(), Theme::Dark);
            QVERIFY(isDarkPalette(QApplication::palette()));
        }
        applyTheme(Theme::System);
        QCOMPARE(QApplication::palette(), system);
        AppController later(config, true);
        later.restoreSettings();
        QCOMPARE(currentTheme(), Theme::Dark);
        QMenu *themes = later.window()->findChild<QMenu *>(QStringLiteral("themeMenu"));
        for (QAction *action : themes->actions())
            QCOMPARE(action->isChecked(), action->data().toString() == QLatin1String("dark"));
        applyTheme(Theme::System);
    }

    void tenRecentCachesAndConnections()
    {
        QTemporaryDir dir;
        SessionStore store(dir.filePath(QStringLiteral("session.ini")));
        for (int i = 0; i < 12; ++i) {
            store.addRecentCache(QStringLiteral("/caches/%1.sqlite").arg(i));
            store.addRecentConnection(QStringLiteral("Profile %1").arg(i));
        }
        store.addRecentConnection(QStringLiteral("Profile 5")); // used again: first
        QCOMPARE(store.recentCaches().size(), 10);
        QCOMPARE(store.recentCaches().constFirst(), QStringLiteral("/caches/11.sqlite"));
        QCOMPARE(store.recentCaches().constLast(), QStringLiteral("/caches/2.sqlite"));
        QCOMPARE(store.recentConnections().size(), 10);
        QCOMPARE(store.recentConnections().constFirst(), QStringLiteral("Profile 5"));
        QCOMPARE(store.recentConnections().count(QStringLiteral("Profile 5")), 1);

        // The window lists both, and a connection opens its profile.
        AppController app(dir.filePath(QStringLiteral("connections.ini")), true);
        QMenu *recent = nullptr;
        for (QMenu *menu : app.window()->findChildren<QMenu *>())
            if (menu->title().contains(QStringLiteral("recent")))
                recent = menu;
        QVERIFY(recent);
        QStringList items;
        for (QAction *action : recent->actions())
            if (!action->isSeparator())
                items << action->text();
        QCOMPARE(items.size(), 20);
        QVERIFY(items.contains(QStringLiteral("11.sqlite")));
        QVERIFY(items.contains(QStringLiteral("Profile 5")));
        QSignalSpy profile(app.window(), &MainWindow::openProfileRequested);
        for (QAction *action : recent->actions())
            if (action->text() == QLatin1String("Profile 5"))
                action->trigger();
        QCOMPARE(profile.count(), 1);
        QCOMPARE(profile.constFirst().constFirst().toString(), QStringLiteral("Profile 5"));
    }

    void noKeyInTheSessionFile()
    {
        // The session file holds filters and paths, never a key: a live session opened from a
        // bare URL is not even remembered as a source.
        QFile file(sessionFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(!text.contains("apiKey"));
        QVERIFY(!text.contains("ApiKey"));
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
