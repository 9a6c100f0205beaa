// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "fakesource.h"
#include "logsession.h"
#include "logtableview.h"
#include "smslogtablemodel.h"
#include "sourceerror.h"
#include "tablearea.h"
#include "urlcatcher.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {

// The context menu on a cell of row `row`: `actionName` (in a submenu) is triggered, or only
// looked at (`trigger` false) and returned as the menu had it.
struct MenuEntry {
    bool found = false;
    bool enabled = false;
    QString toolTip;
};
MenuEntry useMenuEntry(TableArea &area, int row, const QString &actionName, bool trigger)
{
    MenuEntry entry;
    QTimer::singleShot(0, &area, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        if (auto *action = menu->findChild<QAction *>(actionName)) {
            entry = {true, action->isEnabled(), action->toolTip()};
            if (trigger && action->isEnabled())
                action->trigger();
        }
        menu->close();
    });
    const QRect cell = area.table()->visualRect(area.table()->model()->index(row, int(SmsColumn::Linked)));
    emit area.table()->customContextMenuRequested(cell.center());
    return entry;
}

} // namespace

// The table area: which page it shows (a State) and which button it offers (an Action, never
// chosen by its translated text), the sort the source cannot do, a row selected before the table
// has it.
class TestTableArea : public QObject
{
    Q_OBJECT

    using State = TableArea::State;
    using Action = TableArea::Action;

    static QPushButton *button(TableArea &area)
    {
        return area.findChild<QPushButton *>(QStringLiteral("tableAction"));
    }
    static QString message(TableArea &area)
    {
        return area.findChild<QLabel *>(QStringLiteral("tableMessage"))->text();
    }
    // The page's button emits its Action when pressed, and is shown only with one.
    static void checkButton(TableArea &area, Action action)
    {
        QPushButton *b = button(area);
        QVERIFY(b);
        QCOMPARE(area.action(), action);
        QCOMPARE(b->isVisibleTo(&area), action != Action::None);
        if (action == Action::None)
            return;
        QVERIFY(!b->text().isEmpty());
        QSignalSpy triggered(&area, &TableArea::actionTriggered);
        b->click();
        QCOMPARE(triggered.size(), 1);
        QCOMPARE(triggered.first().at(0).value<TableArea::Action>(), action);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void pagesFollowTheState()
    {
        LogSession session;
        TableArea area(&session);
        area.show();

        // Nothing open: the demo is one click away.
        QCOMPARE(area.state(), State::NothingOpen);
        QVERIFY(area.currentWidget() != area.table());
        QVERIFY(message(area).contains(QStringLiteral("No SMS log is open")));
        checkButton(area, Action::OpenDemo);

        // Opening: the busy text, no button.
        area.setBusyText(QStringLiteral("Opening x.sqlite…"));
        QCOMPARE(area.state(), State::Busy);
        QCOMPARE(area.message(), QStringLiteral("Opening x.sqlite…"));
        checkButton(area, Action::None);

        // Open, with rows: the table, its first row current.
        FakeSource source(FakeSource::makeTable(20));
        session.setSource(&source);
        area.setSourceOpen(true);
        source.answerAll();
        source.answerAll();
        QCOMPARE(area.state(), State::Rows);
        QCOMPARE(area.currentWidget(), area.table());
        QCOMPARE(area.message(), QString());
        QCOMPARE(area.currentRow(), 0);
        QVERIFY(area.currentRecord().isValid());

        // A failed query while rows are shown keeps the table; with no rows it takes its place.
        area.showQueryError({SourceError::Kind::Query, QStringLiteral("Disk I/O error."), {}});
        QCOMPARE(area.state(), State::Rows);
        SmsFilter none;
        none.statuses = {QStringLiteral("No such status")};
        session.setFilter(none);
        source.answerAll();
        QCOMPARE(session.table()->matchCount(), 0);
        QCOMPARE(area.state(), State::NoMatch);
        checkButton(area, Action::ClearFilters);
        area.showQueryError({SourceError::Kind::Query, QStringLiteral("Counting failed."), {}});
        QCOMPARE(area.state(), State::QueryError);
        QVERIFY(area.message().startsWith(QStringLiteral("Counting failed.")));
        checkButton(area, Action::Refresh);
        area.clearQueryError();
        QCOMPARE(area.state(), State::NoMatch);

        // The source could not be used: another cache, or a connection's settings.
        area.showOpenError({SourceError::Kind::NotADatabase, QStringLiteral("Not a database."),
                            QStringLiteral("file is not a database")});
        QCOMPARE(area.state(), State::OpenError);
        QVERIFY(area.message().contains(QStringLiteral("Details: file is not a database")));
        checkButton(area, Action::OpenAnotherCache);
        area.showOpenError({SourceError::Kind::Authentication, QStringLiteral("Invalid API key."), {}});
        checkButton(area, Action::ConnectionSettings);
        area.clearErrors();
        QCOMPARE(area.state(), State::NoMatch);
        session.setSource(nullptr);
    }

    void emptySourcesSaySo()
    {
        LogSession session;
        TableArea area(&session);
        FakeSource cache(QList<SmsRecord>{});
        session.setSource(&cache);
        area.setSourceOpen(true);
        cache.answerAll();
        QCOMPARE(area.state(), State::EmptyCache);
        checkButton(area, Action::None);

        FakeSource live(QList<SmsRecord>{});
        live.setLive(true);
        session.setSource(&live);
        live.answerAll();
        QCOMPARE(area.state(), State::EmptyServer);
        QSignalSpy emptied(&area, &TableArea::emptied);
        area.update();
        QCOMPARE(emptied.size(), 1);
        session.setSource(nullptr);
    }

    void loadingStoppedBeforeTheCount()
    {
        LogSession session;
        TableArea area(&session);
        FakeSource source(FakeSource::makeTable(20));
        session.setSource(&source);
        area.setSourceOpen(true);
        session.stop();
        QCOMPARE(area.state(), State::CountStopped);
        checkButton(area, Action::Refresh);
        session.setSource(nullptr);
    }

    void unsortableColumnsAreRefused()
    {
        LogSession session;
        TableArea area(&session);
        FakeSource source(FakeSource::makeTable(20));
        source.setSortableColumns({SmsColumn::SentAt});
        session.setSource(&source);
        area.setSourceOpen(true);
        source.answerAll();
        QSignalSpy noticed(&area, &TableArea::noticed);
        QHeaderView *header = area.table()->horizontalHeader();
        header->setSortIndicator(int(SmsColumn::Cost), Qt::AscendingOrder);
        QCOMPARE(noticed.size(), 1);
        QVERIFY(noticed.first().at(0).toString().contains(QStringLiteral("cannot be sorted")));
        QCOMPARE(header->sortIndicatorSection(), int(SmsColumn::SentAt)); // the session's sort, again
        QCOMPARE(session.query().sort.column, SmsColumn::SentAt);
        session.setSource(nullptr);
    }

    void rowSelectedWhenTheTableHasIt()
    {
        LogSession session;
        TableArea area(&session);
        FakeSource source(FakeSource::makeTable(50));
        session.setSource(&source);
        area.setSourceOpen(true);
        area.selectRow(30); // no rows yet: kept
        QCOMPARE(area.currentRow(), -1);
        source.answerAll();
        QTRY_COMPARE(area.currentRow(), 30);
        session.setSource(nullptr);
    }

    void openAndCopyFromTheMenu()
    {
        // Given a cache synced from a known instance, with a message linked to an incident,
        QList<SmsRecord> rows = FakeSource::makeTable(5);
        rows[2].projectId = QStringLiteral("proj-1");
        rows[2].link(LinkKind::Incident).id = QStringLiteral("inc-9");
        LogSession session;
        TableArea area(&session);
        area.resize(900, 400);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        FakeSource source(rows);
        source.setDashboardBase({QUrl(QStringLiteral("https://ou.example.com")), {}});
        session.setSource(&source);
        area.setSourceOpen(true);
        source.answerAll();
        QTRY_COMPARE(area.state(), State::Rows);

        // when "Open in OneUptime → Incident" is chosen on its row, the browser gets the incident;
        UrlCatcher browser;
        QVERIFY(useMenuEntry(area, 2, QStringLiteral("open_incident"), true).found);
        QCOMPARE(
            browser.opened,
            QList<QUrl>{QUrl(QStringLiteral("https://ou.example.com/dashboard/proj-1/incidents/inc-9"))});
        // the SMS log page likewise, and "Copy OneUptime link" puts the address on the clipboard.
        QVERIFY(useMenuEntry(area, 2, QStringLiteral("open_smsLog"), true).found);
        QCOMPARE(browser.opened.last(),
                 QUrl(QStringLiteral("https://ou.example.com/dashboard/proj-1/settings/notification-logs")));
        QVERIFY(useMenuEntry(area, 2, QStringLiteral("copy_incident"), true).found);
        QCOMPARE(QGuiApplication::clipboard()->text(),
                 QStringLiteral("https://ou.example.com/dashboard/proj-1/incidents/inc-9"));
        // A row without an incident offers none.
        QVERIFY(!useMenuEntry(area, 1, QStringLiteral("open_incident"), false).found);
        session.setSource(nullptr);
    }

    void menuSaysWhyThereIsNoLink()
    {
        QList<SmsRecord> rows = FakeSource::makeTable(3);
        rows[0].projectId = QStringLiteral("proj-1");
        LogSession session;
        TableArea area(&session);
        area.resize(900, 400);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        FakeSource source(rows); // says nothing about its instance
        session.setSource(&source);
        area.setSourceOpen(true);
        source.answerAll();
        QTRY_COMPARE(area.state(), State::Rows);
        UrlCatcher browser;
        const MenuEntry entry = useMenuEntry(area, 0, QStringLiteral("open_smsLog"), true);
        QVERIFY(entry.found);
        QVERIFY(!entry.enabled);
        QCOMPARE(entry.toolTip,
                 QStringLiteral("This source does not say which OneUptime instance it came from."));
        QVERIFY(browser.opened.isEmpty());
        session.setSource(nullptr);
    }
};

QTEST_MAIN(TestTableArea)
#include "tst_tablearea.moc"
