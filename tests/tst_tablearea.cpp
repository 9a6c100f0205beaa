// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "fakesource.h"
#include "logsession.h"
#include "logtableview.h"
#include "smslogtablemodel.h"
#include "sourceerror.h"
#include "tablearea.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

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
};

QTEST_MAIN(TestTableArea)
#include "tst_tablearea.moc"
