// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "costreportmodel.h"
#include "fakesource.h"
#include "logsession.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"
#include "statusiconprovider.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

// A fake that cannot honour a number search exactly, as a server treating % as a wildcard.
class NotingSource : public FakeSource
{
public:
    using FakeSource::FakeSource;
    QStringList filterNotes(const SmsFilter &filter) const override
    {
        return filter.toNumber.isEmpty() ? QStringList() : QStringList{QStringLiteral("% is a wildcard")};
    }
};

// Draws nothing: tells which status it was asked for, by the icon's name.
class NamedIcons : public StatusIconProvider
{
public:
    QIcon icon(const QString &status) const override
    {
        asked.append(status);
        return QIcon::fromTheme(status);
    }
    mutable QStringList asked;
};

} // namespace

// The session over the table, the totals and the cost report: one call each for the source, the
// filter, the sort, refresh and stop; filter notes travel with the query; a refused source resets
// every view.
class TestLogSession : public QObject
{
    Q_OBJECT

    static constexpr int rows = 30;

    // Given a session showing `source` with its cost report active, every answer in.
    static void showEverything(LogSession &session, FakeSource &source)
    {
        session.costs()->setActive(true);
        session.setSource(&source);
        source.answerAll();
        source.answerAll(); // what the first answers asked for (rows after the count)
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void ownsItsModels()
    {
        LogSession session;
        QVERIFY(session.table());
        QVERIFY(session.summary());
        QVERIFY(session.costs());
        QCOMPARE(session.table()->parent(), &session);
        QCOMPARE(session.costs()->parent(), &session);
        QCOMPARE(session.source(), nullptr);
    }

    void sourceReachesEveryModel()
    {
        LogSession session;
        QAbstractItemModelTester tester(session.table());
        FakeSource source(FakeSource::makeTable(rows));
        QSignalSpy changed(&session, &LogSession::sourceChanged);
        showEverything(session, source);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<SmsLogSource *>(), &source);
        QCOMPARE(session.source(), &source);
        QCOMPARE(session.table()->source(), &source);
        QTRY_COMPARE(session.table()->matchCount(), qint64(rows));
        QCOMPARE(session.summary()->totals().messages, qint64(rows));
        QVERIFY(session.costs()->hasReport());
        QCOMPARE(session.costs()->totalMessages(), qint64(rows));
    }

    void filterIsOneCall()
    {
        LogSession session;
        FakeSource source(FakeSource::makeTable(rows));
        showEverything(session, source);
        const qsizetype totalsBefore = source.requestsOf(FakeSource::Type::Totals).size();
        const qsizetype reportsBefore = source.requestsOf(FakeSource::Type::CostReport).size();

        SmsFilter failed;
        failed.statuses = {QStringLiteral("Failed")};
        QSignalSpy queries(&session, &LogSession::queryChanged);
        session.setFilter(failed);

        QCOMPARE(queries.size(), 1);
        QCOMPARE(queries.first().at(0).value<SmsQuery>().filter, failed);
        QCOMPARE(session.query().filter, failed);
        QCOMPARE(session.table()->query().filter, failed);
        QCOMPARE(session.costs()->filter(), failed);
        QCOMPARE(source.requestsOf(FakeSource::Type::Totals).size(), totalsBefore + 1);
        QCOMPARE(source.requestsOf(FakeSource::Type::Totals).last().query.filter, failed);
        QCOMPARE(source.requestsOf(FakeSource::Type::CostReport).size(), reportsBefore + 1);
        QCOMPARE(source.requestsOf(FakeSource::Type::CostReport).last().query.filter, failed);
        source.answerAll();
        source.answerAll();
        const qint64 expected = source.matching(session.query()).size();
        QVERIFY(expected > 0 && expected < rows);
        QCOMPARE(session.table()->matchCount(), expected);
        QCOMPARE(session.summary()->totals().messages, expected);
        QCOMPARE(session.costs()->totalMessages(), expected);
    }

    void filterNotesTravelWithTheQuery()
    {
        LogSession session;
        NotingSource source(FakeSource::makeTable(rows));
        QSignalSpy queries(&session, &LogSession::queryChanged);
        session.setSource(&source);
        QVERIFY(!queries.isEmpty());
        QCOMPARE(queries.last().at(1).toStringList(), QStringList());

        queries.clear();
        SmsFilter number;
        number.toNumber = QStringLiteral("55%");
        session.setFilter(number);
        QCOMPARE(queries.size(), 1);
        QCOMPARE(queries.first().at(1).toStringList(), QStringList{QStringLiteral("% is a wildcard")});
        QCOMPARE(session.filterNotes(), QStringList{QStringLiteral("% is a wildcard")});

        queries.clear();
        session.setFilter({});
        QCOMPARE(queries.size(), 1);
        QCOMPARE(queries.first().at(1).toStringList(), QStringList());
    }

    void sortIsOneCall()
    {
        LogSession session;
        FakeSource source(FakeSource::makeTable(rows));
        showEverything(session, source);
        QVERIFY(session.isSortable(SmsColumn::Status));
        QSignalSpy queries(&session, &LogSession::queryChanged);
        session.sort(SmsColumn::Status, Qt::AscendingOrder);
        QCOMPARE(queries.size(), 1);
        const SmsSort sort = queries.first().at(0).value<SmsQuery>().sort;
        QCOMPARE(sort.column, SmsColumn::Status);
        QCOMPARE(sort.order, Qt::AscendingOrder);
        QCOMPARE(session.query().sort, sort);
        QCOMPARE(source.requestsOf(FakeSource::Type::Rows).last().query.sort, sort);
    }

    void refreshAndStopReachEveryModel()
    {
        LogSession session;
        FakeSource source(FakeSource::makeTable(rows));
        showEverything(session, source);
        QVERIFY(!session.isLoading());
        QVERIFY(!session.stop()); // nothing under way

        const qsizetype counts = source.requestsOf(FakeSource::Type::Count).size();
        const qsizetype totals = source.requestsOf(FakeSource::Type::Totals).size();
        const qsizetype reports = source.requestsOf(FakeSource::Type::CostReport).size();
        session.refresh();
        QCOMPARE(source.requestsOf(FakeSource::Type::Count).size(), counts + 1);
        QCOMPARE(source.requestsOf(FakeSource::Type::Totals).size(), totals + 1);
        QCOMPARE(source.requestsOf(FakeSource::Type::CostReport).size(), reports + 1);
        QVERIFY(session.isLoading());

        QList<FakeSource::Request> pending;
        for (const FakeSource::Type type :
             {FakeSource::Type::Count, FakeSource::Type::Totals, FakeSource::Type::CostReport})
            pending += source.pending(type);
        QCOMPARE(pending.size(), 3); // one of each
        QVERIFY(session.stop());
        QVERIFY(!session.isLoading());
        for (const FakeSource::Request &request : pending)
            QVERIFY2(source.cancelled.contains(request.id), qPrintable(QString::number(request.id)));
        QVERIFY(!session.costs()->isLoading());
        QVERIFY(!session.summary()->isLoading());
        // The refresh is given up: the rows shown before stay, with their count.
        QVERIFY(!session.table()->isCountCancelled());
        QCOMPARE(session.table()->rowCount(), rows);
        QCOMPARE(session.table()->matchCount(), qint64(rows));
    }

    void newSourceResetsEveryView()
    {
        LogSession session;
        FakeSource first(FakeSource::makeTable(rows));
        showEverything(session, first);
        QVERIFY(session.costs()->hasReport());

        FakeSource second(FakeSource::makeTable(5));
        session.setSource(&second);
        // Before the second answers, nothing of the first is shown.
        QCOMPARE(session.table()->rowCount(), 0);
        QCOMPARE(session.summary()->totals(), CostTotals());
        QCOMPARE(session.summary()->byStatus()->rowCount(), 0);
        QVERIFY(!session.costs()->hasReport());
        QCOMPARE(session.costs()->totalMessages(), 0);
        second.answerAll();
        second.answerAll();
        QCOMPARE(session.table()->matchCount(), 5);
        QCOMPARE(session.costs()->totalMessages(), 5);

        session.setSource(nullptr);
        QCOMPARE(session.source(), nullptr);
        QCOMPARE(session.table()->rowCount(), 0);
        QVERIFY(!session.costs()->hasReport());
        QVERIFY(!session.costs()->hasSource());
    }

    // Issue 14: after a source was refused, the Costs tab kept the refused file's report.
    void refusedSourceResetsEveryView()
    {
        LogSession session;
        auto *source = new FakeSource(FakeSource::makeTable(rows), this);
        showEverything(session, *source);
        QVERIFY(session.table()->rowCount() > 0);
        QVERIFY(session.summary()->totals().messages > 0);
        QVERIFY(session.costs()->hasReport());

        QSignalSpy refused(&session, &LogSession::sourceRefused);
        QSignalSpy changed(&session, &LogSession::sourceChanged);
        emit source->failed({SourceError::Kind::NotADatabase, QStringLiteral("Forged roll-ups"), {}});

        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).value<SmsLogSource *>(), source);
        QCOMPARE(refused.first().at(1).value<SourceError>().message, QStringLiteral("Forged roll-ups"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<SmsLogSource *>(), nullptr);
        QCOMPARE(session.source(), nullptr);
        QCOMPARE(session.table()->source(), nullptr);
        QCOMPARE(session.table()->rowCount(), 0);
        QVERIFY(!session.summary()->hasSource());
        QCOMPARE(session.summary()->totals(), CostTotals());
        QCOMPARE(session.summary()->byProject()->rowCount(), 0);
        QVERIFY(!session.costs()->hasSource());
        QVERIFY(!session.costs()->hasReport());
        QCOMPARE(session.costs()->totalMessages(), 0);
        QCOMPARE(session.costs()->byStatus()->rowCount(), 0);
        QVERIFY(session.costs()->buckets().isEmpty());
        // The composition root deletes the refused source later: nothing is asked of it meanwhile.
        const qsizetype asked = source->requests.size();
        session.refresh();
        QCOMPARE(source->requests.size(), asked);
        delete source;
        QCOMPARE(session.source(), nullptr);
    }

    void costReportAddedLaterFollows()
    {
        SmsLogTableModel table;
        SmsLogSummary summary;
        LogSession session(&table, &summary);
        QCOMPARE(session.costs(), nullptr);
        FakeSource source(FakeSource::makeTable(rows));
        session.setSource(&source);
        SmsFilter failed;
        failed.statuses = {QStringLiteral("Failed")};
        session.setFilter(failed);
        session.setTimeDisplay(TimeDisplay::utc());

        CostReportModel costs;
        session.setCostReport(&costs);
        QCOMPARE(session.costs(), &costs);
        QVERIFY(costs.hasSource());
        QCOMPARE(costs.filter(), failed);
        QCOMPARE(costs.timeZone(), TimeDisplay::utc().zone());
        session.setSource(nullptr);
        QVERIFY(!costs.hasSource());
        QVERIFY(!table.source());
    }

    void statusIconsComeFromTheProvider()
    {
        LogSession session;
        FakeSource source(FakeSource::makeTable(rows));
        showEverything(session, source);
        const QModelIndex status = session.table()->index(0, int(SmsColumn::Status));
        QVERIFY(status.data(SmsLogTableModel::LoadedRole).toBool());
        QVERIFY(!status.data(Qt::DecorationRole).isValid()); // no provider: no icon
        QVERIFY(!session.summary()->byStatus()->index(0, 0).data(Qt::DecorationRole).isValid());

        NamedIcons icons;
        session.setStatusIconProvider(&icons);
        QVERIFY(status.data(Qt::DecorationRole).isValid());
        QCOMPARE(icons.asked.last(), status.data(Qt::DisplayRole).toString());
        const QModelIndex totalsName = session.summary()->byStatus()->index(0, CostBreakdownModel::Name);
        QVERIFY(totalsName.data(Qt::DecorationRole).isValid());
        QCOMPARE(icons.asked.last(), totalsName.data(CostBreakdownModel::RawValueRole).toString());
        const QModelIndex costName = session.costs()->byStatus()->index(0, CostBreakdownModel::Name);
        QVERIFY(costName.data(Qt::DecorationRole).isValid());
        QCOMPARE(icons.asked.last(), costName.data(CostBreakdownModel::RawValueRole).toString());
        // Projects have none.
        QVERIFY(!session.summary()->byProject()->index(0, 0).data(Qt::DecorationRole).isValid());
        session.setStatusIconProvider(nullptr);
        QVERIFY(!status.data(Qt::DecorationRole).isValid());
    }
};

QTEST_MAIN(TestLogSession)
#include "tst_logsession.moc"
