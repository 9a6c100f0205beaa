// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "filterhistory.h"

#include <QTest>

// Back and forward through filters as in a browser, without a window.
class TestFilterHistory : public QObject
{
    Q_OBJECT

private:
    static ViewState view(const QString &toNumber, SmsColumn column = SmsColumn::SentAt)
    {
        ViewState state;
        state.filter.toNumber = toNumber;
        state.sort.column = column;
        return state;
    }

private Q_SLOTS:
    void startsEmptyAndCannotMove()
    {
        FilterHistory history;
        QVERIFY(history.isEmpty());
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.canGoForward());
        QVERIFY(!history.back());
        QVERIFY(!history.forward());
        history.setPlace(QStringLiteral("m1"), 3, 40); // nothing to keep it in: no crash
        QVERIFY(history.isEmpty());
    }

    void goesBackAndForwardThroughVisits()
    {
        FilterHistory history;
        history.visit(view(QString()));
        history.visit(view(QStringLiteral("+1")));
        history.visit(view(QStringLiteral("+1"), SmsColumn::Cost)); // a new sort is a new entry
        QCOMPARE(history.size(), 3);
        QVERIFY(history.canGoBack());
        QVERIFY(!history.canGoForward());

        QCOMPARE(history.back()->view, view(QStringLiteral("+1")));
        QCOMPARE(history.back()->view, view(QString()));
        QVERIFY(!history.back()); // the first entry: nothing moves
        QCOMPARE(history.current().view, view(QString()));
        QCOMPARE(history.forward()->view, view(QStringLiteral("+1")));
        QCOMPARE(history.forward()->view, view(QStringLiteral("+1"), SmsColumn::Cost));
        QVERIFY(!history.forward());
    }

    void theSameViewAddsNothing()
    {
        FilterHistory history;
        history.visit(view(QStringLiteral("+1")));
        history.setPlace(QStringLiteral("m7"), 7, 70);
        history.visit(view(QStringLiteral("+1"))); // a refresh or another source
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.current().messageId, QStringLiteral("m7")); // the place is kept
    }

    void aVisitAfterGoingBackDropsWhatWasAhead()
    {
        FilterHistory history;
        history.visit(view(QStringLiteral("a")));
        history.visit(view(QStringLiteral("b")));
        history.visit(view(QStringLiteral("c")));
        history.back();
        history.back();
        history.visit(view(QStringLiteral("d")));
        QCOMPARE(history.size(), 2);
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.current().view, view(QStringLiteral("d")));
        QCOMPARE(history.back()->view, view(QStringLiteral("a")));
    }

    void eachEntryKeepsItsPlace()
    {
        FilterHistory history;
        history.visit(view(QStringLiteral("a")));
        history.setPlace(QStringLiteral("ma"), 12, 300);
        history.visit(view(QStringLiteral("b")));
        history.setPlace(QStringLiteral("mb"), 4, 0);
        const std::optional<HistoryEntry> a = history.back();
        QCOMPARE(a->messageId, QStringLiteral("ma"));
        QCOMPARE(a->row, 12);
        QCOMPARE(a->scroll, 300);
        history.setPlace(QStringLiteral("ma2"), 13, 310); // moved while there
        QCOMPARE(history.forward()->messageId, QStringLiteral("mb"));
        QCOMPARE(history.back()->messageId, QStringLiteral("ma2"));
    }

    void keepsAtMostMaxEntriesDroppingTheOldest()
    {
        FilterHistory history;
        for (int i = 0; i < FilterHistory::maxEntries + 5; ++i)
            history.visit(view(QString::number(i)));
        QCOMPARE(history.size(), FilterHistory::maxEntries);
        QCOMPARE(history.current().view, view(QString::number(FilterHistory::maxEntries + 4)));
        while (history.canGoBack())
            history.back();
        QCOMPARE(history.current().view, view(QStringLiteral("5")));
    }
};

QTEST_GUILESS_MAIN(TestFilterHistory)
#include "tst_filterhistory.moc"
