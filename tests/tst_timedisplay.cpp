// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "fakesource.h"
#include "smslogtablemodel.h"
#include "timedisplay.h"

#include <QSignalSpy>
#include <QTest>

// Times shown in local time or UTC: the text, the ISO 8601 copy and the header, in several zones
// and across daylight-saving changes (an hour skipped, an hour repeated).
class TestTimeDisplay : public QObject
{
    Q_OBJECT

    static QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
    {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
    }

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");

        QTest::newRow("utc") << QByteArray("UTC") << utc(2026, 12, 4, 23, 5, 9)
                             << QStringLiteral("2026-12-04 23:05:09")
                             << QStringLiteral("2026-12-04T23:05:09.000Z");
        // Berlin springs forward on 2026-03-29 at 01:00 UTC: 02:00 local becomes 03:00.
        QTest::newRow("berlin before spring")
            << QByteArray("Europe/Berlin") << utc(2026, 3, 29, 0, 59, 59)
            << QStringLiteral("2026-03-29 01:59:59") << QStringLiteral("2026-03-29T01:59:59.000+01:00");
        QTest::newRow("berlin after spring")
            << QByteArray("Europe/Berlin") << utc(2026, 3, 29, 1, 0) << QStringLiteral("2026-03-29 03:00:00")
            << QStringLiteral("2026-03-29T03:00:00.000+02:00");
        // Berlin falls back on 2026-10-25 at 01:00 UTC: 02:00–02:59 local happens twice.
        QTest::newRow("berlin before the repeat")
            << QByteArray("Europe/Berlin") << utc(2026, 10, 24, 23, 59, 59)
            << QStringLiteral("2026-10-25 01:59:59") << QStringLiteral("2026-10-25T01:59:59.000+02:00");
        QTest::newRow("berlin first 02:00")
            << QByteArray("Europe/Berlin") << utc(2026, 10, 25, 0, 0)
            << QStringLiteral("2026-10-25 02:00:00 CEST") << QStringLiteral("2026-10-25T02:00:00.000+02:00");
        QTest::newRow("berlin first 02:30")
            << QByteArray("Europe/Berlin") << utc(2026, 10, 25, 0, 30)
            << QStringLiteral("2026-10-25 02:30:00 CEST") << QStringLiteral("2026-10-25T02:30:00.000+02:00");
        QTest::newRow("berlin second 02:30")
            << QByteArray("Europe/Berlin") << utc(2026, 10, 25, 1, 30)
            << QStringLiteral("2026-10-25 02:30:00 CET") << QStringLiteral("2026-10-25T02:30:00.000+01:00");
        QTest::newRow("berlin second 02:59")
            << QByteArray("Europe/Berlin") << utc(2026, 10, 25, 1, 59, 59)
            << QStringLiteral("2026-10-25 02:59:59 CET") << QStringLiteral("2026-10-25T02:59:59.000+01:00");
        QTest::newRow("berlin after the repeat")
            << QByteArray("Europe/Berlin") << utc(2026, 10, 25, 2, 0) << QStringLiteral("2026-10-25 03:00:00")
            << QStringLiteral("2026-10-25T03:00:00.000+01:00");
        // New York falls back on 2026-11-01 at 06:00 UTC: 01:00–01:59 local happens twice.
        QTest::newRow("new york first 01:30")
            << QByteArray("America/New_York") << utc(2026, 11, 1, 5, 30)
            << QStringLiteral("2026-11-01 01:30:00 EDT") << QStringLiteral("2026-11-01T01:30:00.000-04:00");
        QTest::newRow("new york second 01:30")
            << QByteArray("America/New_York") << utc(2026, 11, 1, 6, 30)
            << QStringLiteral("2026-11-01 01:30:00 EST") << QStringLiteral("2026-11-01T01:30:00.000-05:00");
        QTest::newRow("new york spring")
            << QByteArray("America/New_York") << utc(2026, 3, 8, 7, 0)
            << QStringLiteral("2026-03-08 03:00:00") << QStringLiteral("2026-03-08T03:00:00.000-04:00");
        // Half-hour offset, no daylight saving.
        QTest::newRow("kolkata") << QByteArray("Asia/Kolkata") << utc(2026, 10, 25, 1, 30)
                                 << QStringLiteral("2026-10-25 07:00:00")
                                 << QStringLiteral("2026-10-25T07:00:00.000+05:30");
        // Lord Howe Island turns its clocks back by 30 minutes (2026-04-05, 02:00 → 01:30 local).
        QTest::newRow("lord howe after the repeat")
            << QByteArray("Australia/Lord_Howe") << utc(2026, 4, 4, 15, 30)
            << QStringLiteral("2026-04-05 02:00:00") << QStringLiteral("2026-04-05T02:00:00.000+10:30");
        // Southern hemisphere: Sydney's summer time ends 2026-04-05 at 16:00 UTC (03:00 → 02:00).
        QTest::newRow("sydney second 02:30")
            << QByteArray("Australia/Sydney") << utc(2026, 4, 4, 16, 30)
            << QStringLiteral("2026-04-05 02:30:00 AEST") << QStringLiteral("2026-04-05T02:30:00.000+10:00");
    }

    void text()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDateTime, time);
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const QTimeZone tz(zone);
        QVERIFY2(tz.isValid(), zone.constData());
        const TimeDisplay display = zone == "UTC" ? TimeDisplay::utc() : TimeDisplay::inZone(tz);
        QCOMPARE(display.text(time), text);
        QCOMPARE(display.iso(time), iso);
        // The ISO copy names the same instant.
        QCOMPARE(QDateTime::fromString(display.iso(time), Qt::ISODateWithMs).toMSecsSinceEpoch(),
                 time.toMSecsSinceEpoch());
    }

    void repeatedHourIsTheOnlyAmbiguousOne()
    {
        // Every minute of 2026-10-24 12:00 to 2026-10-25 12:00 UTC in Berlin: exactly the 120
        // minutes whose wall time repeats carry the zone's abbreviation, and every text differs.
        const TimeDisplay berlin = TimeDisplay::inZone(QTimeZone("Europe/Berlin"));
        QSet<QString> texts;
        int ambiguous = 0;
        for (QDateTime t = utc(2026, 10, 24, 12, 0); t < utc(2026, 10, 25, 12, 0); t = t.addSecs(60)) {
            const QString text = berlin.text(t);
            QVERIFY2(!texts.contains(text), qPrintable(text));
            texts.insert(text);
            if (berlin.isAmbiguous(t)) {
                ++ambiguous;
                QVERIFY(t >= utc(2026, 10, 25, 0, 0) && t < utc(2026, 10, 25, 2, 0));
            }
        }
        QCOMPARE(ambiguous, 120);
        // The skipped hour in spring: no time shows between 02:00 and 02:59.
        for (QDateTime t = utc(2026, 3, 28, 12, 0); t < utc(2026, 3, 29, 12, 0); t = t.addSecs(60))
            QVERIFY(!berlin.text(t).startsWith(QStringLiteral("2026-03-29 02:")));
    }

    void zoneNames()
    {
        QCOMPARE(TimeDisplay::utc().zoneName(), QStringLiteral("UTC"));
        QCOMPARE(TimeDisplay::inZone(QTimeZone("America/New_York")).zoneName(),
                 QStringLiteral("America/New_York"));
        QVERIFY(TimeDisplay::utc().isUtc());
        QVERIFY(!TimeDisplay::inZone(QTimeZone("Europe/Berlin")).isUtc());
        QCOMPARE(TimeDisplay().zone(), QTimeZone::systemTimeZone());
        QCOMPARE(TimeDisplay::utc().text(QDateTime()), QString());
        QCOMPARE(TimeDisplay::utc().iso(QDateTime()), QString());
    }

    void tableFollowsTheToggle()
    {
        QList<SmsRecord> rows = FakeSource::makeTable(3);
        rows[0].createdAt = utc(2026, 10, 25, 1, 30);
        rows[0].costCents = 1234;
        FakeSource source(rows);
        SmsLogTableModel model;
        model.setSource(&source);
        model.setFilter({});
        source.answerAll();
        QCOMPARE(model.rowCount(), 3);

        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTimeDisplay(TimeDisplay::inZone(QTimeZone("Europe/Berlin")));
        QCOMPARE(header.count(), 1);
        QCOMPARE(changed.count(), 1);
        const QModelIndex sentAt = model.index(0, int(SmsColumn::SentAt));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Sent at (Europe/Berlin)"));
        QCOMPARE(sentAt.data().toString(), QStringLiteral("2026-10-25 02:30:00 CET"));
        QCOMPARE(sentAt.data(Qt::ToolTipRole).toString(), QStringLiteral("2026-10-25T02:30:00.000+01:00"));
        QCOMPARE(model.copyText(sentAt), QStringLiteral("2026-10-25T02:30:00.000+01:00"));

        model.setTimeDisplay(TimeDisplay::utc());
        QCOMPARE(header.count(), 2);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Sent at (UTC)"));
        QCOMPARE(sentAt.data().toString(), QStringLiteral("2026-10-25 01:30:00"));
        QCOMPARE(model.copyText(sentAt), QStringLiteral("2026-10-25T01:30:00.000Z"));
        // The raw value is the instant, whatever the display.
        QCOMPARE(sentAt.data(SmsLogTableModel::RawValueRole).toDateTime(), rows[0].createdAt);
        QCOMPARE(model.copyText(model.index(0, int(SmsColumn::Cost))), QStringLiteral("12.34"));
        model.setTimeDisplay(TimeDisplay::utc()); // no change, no signal
        QCOMPARE(header.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTimeDisplay)
#include "tst_timedisplay.moc"
