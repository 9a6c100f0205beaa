// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "fakesource.h"
#include "sourceopener.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

namespace {

// Opens only when the test says so.
class SlowSource : public FakeSource
{
public:
    SlowSource()
        : FakeSource(FakeSource::makeTable(3))
    { }
    void open() override { ++opens; }
    int opens = 0;
};

} // namespace

// One source opening at a time, the newest wins; an open source is handed over, a failed one is
// deleted.
class TestSourceOpener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestWins()
    {
        SourceOpener opener;
        QSignalSpy opened(&opener, &SourceOpener::opened);
        QSignalSpy failed(&opener, &SourceOpener::failed);
        QPointer<SlowSource> first = new SlowSource;
        opener.open(first);
        QCOMPARE(first->opens, 1);
        QVERIFY(opener.isOpening());
        auto *second = new SlowSource;
        opener.open(second);
        QVERIFY(first.isNull()); // dropped: its answer can never come
        QCOMPARE(second->opens, 1);
        emit second->opened();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).value<SmsLogSource *>(), second);
        QVERIFY(!opener.isOpening());
        QVERIFY(failed.isEmpty());
        // Handed over: a later open does not delete it.
        QPointer<SmsLogSource> kept = second;
        auto *third = new SlowSource;
        opener.open(third);
        QVERIFY(!kept.isNull());
        delete second;
    }

    void failedSourceIsDeleted()
    {
        SourceOpener opener;
        QSignalSpy opened(&opener, &SourceOpener::opened);
        QSignalSpy failed(&opener, &SourceOpener::failed);
        QPointer<SlowSource> source = new SlowSource;
        opener.open(source);
        emit source->openFailed(
            {SourceError::Kind::FileNotFound, QStringLiteral("The file does not exist."), {}});
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).value<SourceError>().kind, SourceError::Kind::FileNotFound);
        QVERIFY(opened.isEmpty());
        QVERIFY(!opener.isOpening());
        QTRY_VERIFY(source.isNull()); // deleteLater
    }

    void cancelAndDestructionDropTheOpening()
    {
        QPointer<SlowSource> source = new SlowSource;
        {
            SourceOpener opener;
            opener.open(source);
            opener.cancel();
            QVERIFY(source.isNull());
            QVERIFY(!opener.isOpening());
            source = new SlowSource;
            opener.open(source);
        }
        QVERIFY(source.isNull()); // the opener's destructor
    }
};

QTEST_GUILESS_MAIN(TestSourceOpener)
#include "tst_sourceopener.moc"
