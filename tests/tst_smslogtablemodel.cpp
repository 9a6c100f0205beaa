// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "costbreakdownmodel.h"
#include "fakesource.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using Type = FakeSource::Type;
using Model = SmsLogTableModel;

namespace {

constexpr int rowsInTable = 10'000;
constexpr int pageSize = Model::pageSize;

int col(SmsColumn column)
{
    return static_cast<int>(column);
}

SmsFilter statusFilter(const QString &status)
{
    SmsFilter filter;
    filter.statuses = QStringList{status};
    return filter;
}

// The last value a loadingChanged spy saw; invalid when it saw none.
QVariant lastValue(const QSignalSpy &spy)
{
    return spy.isEmpty() ? QVariant() : spy.constLast().at(0);
}

} // namespace

class TestSmsLogTableModel : public QObject
{
    Q_OBJECT

private:
    void attachTester(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    // Sets the source and answers the count and the first page: the state after opening a file.
    [[nodiscard]] static bool open(Model &model, FakeSource &source)
    {
        model.setSource(&source);
        source.answerAll();
        return model.rowCount() == source.matching(model.query()).size() && source.pending().isEmpty()
            && !model.isLoading() && model.index(0, 0).data(Model::LoadedRole).toBool();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void countThenPage()
    {
        // Given a source of 10,000 rows and a fresh model
        const QList<SmsRecord> table = FakeSource::makeTable(rowsInTable);
        FakeSource source(table);
        Model model;
        attachTester(&model);
        QSignalSpy loading(&model, &Model::loadingChanged);

        // When the model gets the source
        model.setSource(&source);

        // Then it asks for the count and the first page of the default query, and has no rows yet
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.matchCount(), -1);
        QCOMPARE(lastValue(loading), QVariant(true));
        const QList<FakeSource::Request> counts = source.requestsOf(Type::Count);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.at(0).query.filter, SmsFilter{});
        const QList<FakeSource::Request> pages = source.requestsOf(Type::Rows);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.at(0).query, SmsQuery{});
        QCOMPARE(pages.at(0).offset, 0);
        QCOMPARE(pages.at(0).count, pageSize);

        // When the count arrives
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy matchCount(&model, &Model::matchCountChanged);
        source.answerCount(counts.at(0).id);

        // Then every row exists, as a placeholder, and the first page is not asked for twice
        QCOMPARE(model.rowCount(), rowsInTable);
        QCOMPARE(model.matchCount(), rowsInTable);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), rowsInTable - 1);
        QCOMPARE(lastValue(matchCount), QVariant(qint64(rowsInTable)));
        const QModelIndex first = model.index(0, col(SmsColumn::SentAt));
        QCOMPARE(first.data(Model::LoadedRole), QVariant(false));
        QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("Loading…"));
        QVERIFY(!first.data(Model::RecordRole).isValid());
        QCOMPARE(source.requestsOf(Type::Rows).size(), 1);
        QVERIFY(model.isLoading());

        // When the first page arrives
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        source.answerRows(pages.at(0).id);

        // Then rows 0..255 are announced in all columns and hold the source's records
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft, model.index(0, 0));
        QCOMPARE(bottomRight, model.index(pageSize - 1, SmsColumnCount - 1));
        QCOMPARE(first.data(Model::LoadedRole), QVariant(true));
        QCOMPARE(first.data(Model::RecordRole).value<SmsRecord>(), table.at(0));
        const auto last = model.index(pageSize - 1, 0).data(Model::RecordRole).value<SmsRecord>();
        QCOMPARE(last.id, QStringLiteral("id-255"));
        QCOMPARE(last, table.at(pageSize - 1));
        QVERIFY(!model.isLoading());
        QTRY_COMPARE(lastValue(loading), QVariant(false));
    }

    void firstPageShowsBeforeTheCount()
    {
        // Given a fresh model over 10,000 rows
        const QList<SmsRecord> table = FakeSource::makeTable(rowsInTable);
        FakeSource source(table);
        Model model;
        attachTester(&model);
        model.setSource(&source);
        const QList<FakeSource::Request> pages = source.requestsOf(Type::Rows);
        const QList<FakeSource::Request> counts = source.requestsOf(Type::Count);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(counts.size(), 1);
        QVERIFY(pages.first().id < counts.first().id); // the page is asked for first

        // When the first page arrives before the count
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        source.answerRows(pages.first().id);

        // Then its rows show at once, the count still unknown
        QCOMPARE(model.rowCount(), pageSize);
        QCOMPARE(model.matchCount(), qint64(-1));
        QCOMPARE(model.index(0, 0).data(Model::RecordRole).value<SmsRecord>(), table.at(0));
        QCOMPARE(inserted.size(), 1);

        // When the count arrives, the table grows to its full length below them
        source.answerCount(counts.first().id);
        QCOMPARE(model.rowCount(), rowsInTable);
        QCOMPARE(model.matchCount(), qint64(rowsInTable));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), pageSize);
        QCOMPARE(inserted.at(1).at(2).toInt(), rowsInTable - 1);
        QCOMPARE(model.index(pageSize - 1, 0).data(Model::RecordRole).value<SmsRecord>(),
                 table.at(pageSize - 1));
        QCOMPARE(source.requestsOf(Type::Rows).size(), 1);
    }

    void aLargeCountGrowsTheTableInSteps()
    {
        // Given a model showing its first page
        const QList<SmsRecord> table = FakeSource::makeTable(rowsInTable);
        FakeSource source(table);
        Model model;
        attachTester(&model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setSource(&source);
        source.answerRows(source.requestsOf(Type::Rows).first().id);
        QCOMPARE(model.rowCount(), pageSize);

        // When the count says more than two growth steps' worth of rows
        constexpr qint64 total = 2 * Model::growthStep + 1000;
        source.answerCount(source.requestsOf(Type::Count).first().id, total);

        // Then the count is known at once, and the rows come a step at a time, one step per turn
        // of the event loop, in order, until the table has them all
        QCOMPARE(model.matchCount(), total);
        QCOMPARE(model.rowCount(), pageSize + Model::growthStep);
        QTRY_COMPARE(model.rowCount(), int(total));
        QCOMPARE(inserted.size(), 1 + 3); // the first page, then two full steps and the rest
        int next = 0;
        for (const QList<QVariant> &insertion : std::as_const(inserted)) {
            QCOMPARE(insertion.at(1).toInt(), next);
            QVERIFY(insertion.at(2).toInt() - insertion.at(1).toInt() < Model::growthStep);
            next = insertion.at(2).toInt() + 1;
        }

        // When another filter's count is growing the table and the filter changes again, the
        // growth stops with its query
        SmsFilter failed;
        failed.statuses = {QStringLiteral("Failed")};
        model.setFilter(failed);
        source.answerCount(source.requestsOf(Type::Count).last().id, total);
        QCOMPARE(model.rowCount(), Model::growthStep);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 0);
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 0);
    }

    void readAheadAsksForTheNextScreen()
    {
        // Given an open model with the first page loaded
        const QList<SmsRecord> table = FakeSource::makeTable(rowsInTable);
        FakeSource source(table);
        Model model;
        attachTester(&model);
        QVERIFY(open(model, source));
        const qsizetype before = source.requestsOf(Type::Rows).size();

        // When rows 0..29 show: a screen further is still on the first page
        model.readAhead(0, 29);
        QCOMPARE(source.requestsOf(Type::Rows).size(), before);

        // When rows 240..269 show: the screen below starts on page 1, which is asked for once
        model.readAhead(240, 269);
        model.readAhead(241, 270);
        const QList<FakeSource::Request> asked = source.requestsOf(Type::Rows).mid(before);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().offset, qint64(pageSize));

        // When the view is at the very end: nothing beyond it is asked for, only its own page
        // and the one before it, where the screens above it are
        source.answerAll();
        const qsizetype settled = source.requestsOf(Type::Rows).size();
        model.readAhead(rowsInTable - 30, rowsInTable - 1);
        QList<qint64> offsets;
        for (const FakeSource::Request &request : source.requestsOf(Type::Rows).mid(settled))
            offsets << request.offset;
        std::sort(offsets.begin(), offsets.end());
        const qint64 lastPage = (rowsInTable - 1) / pageSize * pageSize;
        QCOMPARE(offsets, (QList<qint64>{lastPage - pageSize, lastPage}));

        // When a screen near the middle shows: the pages up to three screens below it
        source.answerAll();
        const qsizetype before3 = source.requestsOf(Type::Rows).size();
        model.readAhead(4000, 4029); // rows 4030..4119 are on page 15 and 16
        QList<qint64> ahead;
        for (const FakeSource::Request &request : source.requestsOf(Type::Rows).mid(before3))
            ahead << request.offset;
        std::sort(ahead.begin(), ahead.end());
        QCOMPARE(ahead, (QList<qint64>{15 * pageSize, 16 * pageSize}));
    }

    void pagesOnDemand()
    {
        // Given an open model with the first page loaded
        const QList<SmsRecord> table = FakeSource::makeTable(rowsInTable);
        FakeSource source(table);
        Model model;
        attachTester(&model);
        QVERIFY(open(model, source));
        const qsizetype before = source.requestsOf(Type::Rows).size();
        QSignalSpy loading(&model, &Model::loadingChanged);

        // When row 9,000 is read again and again, in several columns and roles, along with other
        // rows of its page
        for (int column = 0; column < SmsColumnCount; ++column)
            model.index(9000, column).data();
        model.index(9000, 0).data(Model::RecordRole);
        model.index(8960, 0).data(Model::LoadedRole);
        model.index(9215, SmsColumnCount - 1).data();

        // Then exactly the page that holds it is asked for, once, with the model's query
        QList<FakeSource::Request> asked = source.requestsOf(Type::Rows).mid(before);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).offset, 8960);
        QCOMPARE(asked.at(0).count, pageSize);
        QCOMPARE(asked.at(0).query, model.query());
        QVERIFY(model.isLoading());
        // Then loading is reported, but not from inside data() (which may run in a paint)
        QVERIFY(loading.isEmpty());
        QTRY_COMPARE(lastValue(loading), QVariant(true));

        // When it arrives, row 9,000 holds record 9,000 and reading it asks for nothing more
        source.answerRows(asked.at(0).id);
        QCOMPARE(model.index(9000, 0).data(Model::RecordRole).value<SmsRecord>(), table.at(9000));
        QCOMPARE(source.requestsOf(Type::Rows).size(), before + 1);
        QCOMPARE(lastValue(loading), QVariant(false));

        // When ten more pages are read without being answered (a fast scroll)
        const qsizetype scrollStart = source.requestsOf(Type::Rows).size();
        for (int page = 10; page < 20; ++page)
            model.index(page * pageSize + 3, 0).data();

        // Then each was asked for, but only the newest six stay in flight: the rest were cancelled
        asked = source.requestsOf(Type::Rows).mid(scrollStart);
        QCOMPARE(asked.size(), 10);
        for (int i = 0; i < asked.size(); ++i) {
            QCOMPARE(asked.at(i).offset, (10 + i) * pageSize);
            const bool expectCancelled = i < asked.size() - Model::maxPendingPages;
            QCOMPARE(source.cancelled.contains(asked.at(i).id), expectCancelled);
        }
        QCOMPARE(source.pending(Type::Rows).size(), Model::maxPendingPages);

        // When a cancelled page answers anyway
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int cachedBefore = model.cachedPageCount();
        source.answerRows(asked.at(0).id);

        // Then it is dropped
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.cachedPageCount(), cachedBefore);

        // When the newest answers, its rows are filled in
        source.answerRows(asked.constLast().id);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 19 * pageSize);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 20 * pageSize - 1);
        QCOMPARE(model.cachedPageCount(), cachedBefore + 1);
        QCOMPARE(model.index(19 * pageSize + 3, 0).data(Model::RecordRole).value<SmsRecord>(),
                 table.at(19 * pageSize + 3));
    }

    void boundedCache()
    {
        // Given an open model over more pages than the cache holds (not many more: the model
        // tester walks every cell on each dataChanged)
        constexpr int pages = Model::maxCachedPages + 8;
        const QList<SmsRecord> table = FakeSource::makeTable(pages * pageSize);
        FakeSource source(table);
        Model model;
        attachTester(&model);
        QVERIFY(open(model, source));

        // When every page is read in turn and answered
        for (int page = 1; page < pages; ++page) {
            QVERIFY(!model.index(page * pageSize, 0).data(Model::LoadedRole).toBool());
            const QList<FakeSource::Request> asked = source.pending(Type::Rows);
            QCOMPARE(asked.size(), 1);
            QCOMPARE(asked.at(0).offset, page * pageSize);
            source.answerRows(asked.at(0).id);
            // Then the cache never holds more than its bound
            QVERIFY2(
                model.cachedPageCount() <= Model::maxCachedPages,
                qPrintable(
                    QStringLiteral("%1 pages cached after page %2").arg(model.cachedPageCount()).arg(page)));
        }
        QCOMPARE(model.cachedPageCount(), Model::maxCachedPages);

        // Then recent pages are still there and the least recently used one is gone
        const qsizetype before = source.requestsOf(Type::Rows).size();
        for (int page : {pages - 1, pages - Model::maxCachedPages + 1}) {
            QCOMPARE(model.index(page * pageSize, 0).data(Model::RecordRole).value<SmsRecord>(),
                     table.at(page * pageSize));
        }
        QCOMPARE(source.requestsOf(Type::Rows).size(), before);
        QCOMPARE(model.index(pageSize, 0).data(Model::LoadedRole), QVariant(false));
        QCOMPARE(source.requestsOf(Type::Rows).size(), before + 1);
        QCOMPARE(source.requestsOf(Type::Rows).constLast().offset, pageSize);
    }

    void staleRepliesAfterFilterAreDropped()
    {
        // Given a model whose count and first page are still outstanding
        const QList<SmsRecord> table = FakeSource::makeTable(rowsInTable);
        FakeSource source(table);
        Model model;
        attachTester(&model);
        model.setSource(&source);
        const SmsLogSource::RequestId oldCount = source.requestsOf(Type::Count).constLast().id;
        const SmsLogSource::RequestId oldPage = source.requestsOf(Type::Rows).constLast().id;

        // When the filter changes
        const SmsFilter failed = statusFilter(QStringLiteral("Failed"));
        model.setFilter(failed);

        // Then the outstanding requests are cancelled and new ones carry the new filter
        QVERIFY(source.cancelled.contains(oldCount));
        QVERIFY(source.cancelled.contains(oldPage));
        const FakeSource::Request newCount = source.requestsOf(Type::Count).constLast();
        const FakeSource::Request newPage = source.requestsOf(Type::Rows).constLast();
        QVERIFY(newCount.id != oldCount);
        QVERIFY(newPage.id != oldPage);
        QCOMPARE(newCount.query.filter, failed);
        QCOMPARE(newPage.query.filter, failed);
        QCOMPARE(newPage.offset, 0);

        // When the old requests answer anyway
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy matchCount(&model, &Model::matchCountChanged);
        source.answerCount(oldCount);
        source.answerRows(oldPage);

        // Then nothing changes
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.matchCount(), -1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(matchCount.size(), 0);
        QCOMPARE(model.cachedPageCount(), 0);
        QVERIFY(model.isLoading());

        // When the new requests answer, in the other order
        source.answerRows(newPage.id);
        source.answerCount(newCount.id);

        // Then the table holds the filtered rows
        const QList<SmsRecord> expected = source.matching(model.query());
        QCOMPARE(expected.size(), rowsInTable / 4);
        QCOMPARE(model.rowCount(), rowsInTable / 4);
        QCOMPARE(model.matchCount(), rowsInTable / 4);
        const auto first = model.index(0, 0).data(Model::RecordRole).value<SmsRecord>();
        QCOMPARE(first.id, QStringLiteral("id-1"));
        QCOMPARE(first, expected.at(0));
        QCOMPARE(model.index(0, col(SmsColumn::Status)).data().toString(), QStringLiteral("Failed"));
        QVERIFY(!model.isLoading());
    }

    void staleRowsNeverShowAfterSort()
    {
        // Given an open model with a page far down still outstanding
        const QList<SmsRecord> table = FakeSource::makeTable(rowsInTable);
        FakeSource source(table);
        Model model;
        attachTester(&model);
        QVERIFY(open(model, source));
        model.index(5 * pageSize, 0).data();
        const SmsLogSource::RequestId oldPage = source.pending(Type::Rows).constLast().id;

        // When the order changes and the new count arrives
        model.sort(col(SmsColumn::Status), Qt::AscendingOrder);
        QVERIFY(source.cancelled.contains(oldPage));
        source.answerCount(source.pending(Type::Count).constLast().id);
        QCOMPARE(model.rowCount(), rowsInTable);

        // When the page of the old order answers
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        source.answerRows(oldPage);

        // Then its rows do not appear in the new order; the page is asked for again
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.index(5 * pageSize, 0).data(Model::LoadedRole), QVariant(false));
        const FakeSource::Request again = source.requestsOf(Type::Rows).constLast();
        QCOMPARE(again.offset, 5 * pageSize);
        QCOMPARE(again.query.sort, (SmsSort{SmsColumn::Status, Qt::AscendingOrder}));
        source.answerRows(again.id);
        const QList<SmsRecord> expected = source.matching(model.query());
        QCOMPARE(model.index(5 * pageSize, 0).data(Model::RecordRole).value<SmsRecord>(),
                 expected.at(5 * pageSize));
        QVERIFY(expected.at(5 * pageSize) != table.at(5 * pageSize));
    }

    void sortIsPushedToSource()
    {
        // Given an open model in the default order (newest first)
        FakeSource source(FakeSource::makeTable(rowsInTable));
        Model model;
        attachTester(&model);
        QVERIFY(open(model, source));
        QVERIFY(model.isSortable(col(SmsColumn::Status)));
        QVERIFY(!model.isSortable(col(SmsColumn::Cost)));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        qsizetype before = source.requests.size();

        // When it is sorted by status
        model.sort(col(SmsColumn::Status), Qt::AscendingOrder);

        // Then it resets and asks the source for the first page and the count, in that order
        // (the page shows before the count is known)
        const SmsSort byStatus{SmsColumn::Status, Qt::AscendingOrder};
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.query().sort, byStatus);
        const QList<FakeSource::Request> asked = source.requests.mid(before);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(asked.at(0).type, Type::Rows);
        QCOMPARE(asked.at(1).type, Type::Count);
        QCOMPARE(asked.at(0).query.sort, byStatus);
        QCOMPARE(asked.at(0).offset, 0);
        source.answerAll();
        QCOMPARE(model.index(0, 0).data(Model::RecordRole).value<SmsRecord>(),
                 source.matching(model.query()).at(0));
        QCOMPARE(model.index(0, col(SmsColumn::Status)).data().toString(), QStringLiteral("Delivered"));

        // When it is sorted by a column the source cannot sort, or in the same order again
        reset.clear();
        before = source.requests.size();
        model.sort(col(SmsColumn::Cost), Qt::DescendingOrder);
        model.sort(col(SmsColumn::Status), Qt::AscendingOrder);
        model.sort(-1, Qt::AscendingOrder);
        model.sort(SmsColumnCount, Qt::AscendingOrder);

        // Then nothing happens
        QCOMPARE(reset.size(), 0);
        QCOMPARE(source.requests.size(), before);
        QCOMPARE(model.query().sort, byStatus);
        QCOMPARE(model.rowCount(), rowsInTable);

        // When the source no longer sorts by status
        source.setSortableColumns({SmsColumn::SentAt});
        model.sort(col(SmsColumn::Status), Qt::DescendingOrder);

        // Then that sort is refused, and the header says why
        QCOMPARE(reset.size(), 0);
        QCOMPARE(source.requests.size(), before);
        const auto headerTip = [&model](SmsColumn column) {
            return model.headerData(col(column), Qt::Horizontal, Qt::ToolTipRole).toString();
        };
        QVERIFY(!headerTip(SmsColumn::Status).isEmpty());
        QVERIFY(headerTip(SmsColumn::SentAt).isEmpty());
    }

    void emptyResult()
    {
        // Given a filter nothing matches
        FakeSource source(FakeSource::makeTable(rowsInTable));
        Model model;
        attachTester(&model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy loading(&model, &Model::loadingChanged);
        model.setFilter(statusFilter(QStringLiteral("No such status")));

        // When the model gets the source and it answers
        model.setSource(&source);
        source.answerAll();

        // Then there are no rows, the count is known, and loading has ended
        QCOMPARE(model.matchCount(), 0);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 0);
        QVERIFY(!model.isLoading());
        QTRY_COMPARE(lastValue(loading), QVariant(false));
    }

    void switchingSourceIgnoresTheOldOne()
    {
        // Given a model on a source with its count and first page outstanding
        FakeSource first(FakeSource::makeTable(rowsInTable));
        FakeSource second(FakeSource::makeTable(200));
        Model model;
        attachTester(&model);
        model.setSource(&first);
        const QList<FakeSource::Request> outstanding = first.pending();
        QCOMPARE(outstanding.size(), 2);

        // When it switches to another source
        model.setSource(&second);

        // Then the old requests are cancelled, and the old source's answers are ignored
        for (const FakeSource::Request &request : outstanding)
            QVERIFY(first.cancelled.contains(request.id));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (const FakeSource::Request &request : outstanding) {
            if (request.type == Type::Count)
                first.answerCount(request.id);
            else
                first.answerRows(request.id);
        }
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(model.rowCount(), 0);

        // When the new source answers, the table shows its rows
        second.answerAll();
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.index(199, 0).data(Model::RecordRole).value<SmsRecord>().id, QStringLiteral("id-199"));
    }

    void filterChangeResets()
    {
        // Given an open model
        FakeSource source(FakeSource::makeTable(rowsInTable));
        Model model;
        attachTester(&model);
        QVERIFY(open(model, source));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy queryChanged(&model, &Model::queryChanged);
        qsizetype before = source.requests.size();

        // When a different filter is set
        const SmsFilter sending = statusFilter(QStringLiteral("Sending"));
        model.setFilter(sending);

        // Then the model resets, empty until counted, and asks again
        QCOMPARE(reset.size(), 1);
        QCOMPARE(queryChanged.size(), 1);
        QCOMPARE(queryChanged.at(0).at(0).value<SmsQuery>().filter, sending);
        QCOMPARE(model.query().filter, sending);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.cachedPageCount(), 0);
        QCOMPARE(source.requests.size(), before + 2);

        // When the same filter is set again
        before = source.requests.size();
        model.setFilter(sending);

        // Then nothing happens
        QCOMPARE(reset.size(), 1);
        QCOMPARE(queryChanged.size(), 1);
        QCOMPARE(source.requests.size(), before);

        // When the filter is cleared
        model.setFilter({});
        source.answerAll();

        // Then it resets again and shows everything
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), rowsInTable);
    }

    void errorsAreSignalled()
    {
        // Given a model that has just asked for its count and first page
        FakeSource source(FakeSource::makeTable(rowsInTable));
        Model model;
        attachTester(&model);
        QSignalSpy errors(&model, &Model::errorOccurred);
        QSignalSpy loading(&model, &Model::loadingChanged);
        model.setSource(&source);
        const SmsLogSource::RequestId count = source.pending(Type::Count).constLast().id;
        const SmsLogSource::RequestId page = source.pending(Type::Rows).constLast().id;

        // When the count fails
        source.fail(count, SourceError::Kind::Query, QStringLiteral("The cache file is damaged."));

        // Then the error is signalled once, as it came, and the table stays empty
        QCOMPARE(errors.size(), 1);
        const auto error = errors.at(0).at(0).value<SourceError>();
        QCOMPARE(error.kind, SourceError::Kind::Query);
        QCOMPARE(error.message, QStringLiteral("The cache file is damaged."));
        QCOMPARE(error.detail, QStringLiteral("fake detail"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.matchCount(), -1);

        // When the page ends as cancelled, and an unknown request fails
        source.fail(page, SourceError::Kind::Cancelled, QStringLiteral("Cancelled."));
        source.fail(count, SourceError::Kind::Query, QStringLiteral("Again."));

        // Then neither is signalled, and loading has ended
        QCOMPARE(errors.size(), 1);
        QVERIFY(!model.isLoading());
        QTRY_COMPARE(lastValue(loading), QVariant(false));

        // When a page of an open model fails
        model.refresh();
        source.answerAll();
        model.index(4000, 0).data();
        source.fail(source.pending(Type::Rows).constLast().id, SourceError::Kind::Query,
                    QStringLiteral("Disk I/O error."));

        // Then that is signalled too and the rows stay placeholders
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(1).at(0).value<SourceError>().message, QStringLiteral("Disk I/O error."));
        QVERIFY(!model.isLoading());
        QTRY_COMPARE(lastValue(loading), QVariant(false));
        QCOMPARE(model.rowCount(), rowsInTable);

        // And its rows say they are not available, without asking (and failing) again and again
        const qsizetype rowRequests = source.requestsOf(Type::Rows).size();
        for (int i = 0; i < 20; ++i)
            QCOMPARE(model.index(4000 + i, 0).data().toString(), QStringLiteral("Not available"));
        QCOMPARE(source.requestsOf(Type::Rows).size(), rowRequests);
        QCOMPARE(errors.size(), 2);

        // Until a refresh reads them again
        model.refresh();
        source.answerAll();
        model.index(4000, 0).data();
        source.answerRows(source.pending(Type::Rows).constLast().id);
        QCOMPARE(model.index(4000, 0).data(Model::LoadedRole), QVariant(true));
    }

    // F5 with rows shown: they stay until the new count and the pages on screen are here, then
    // are replaced at once (no reset: the views keep their place); a refresh that fails keeps
    // them and marks them stale until a refresh succeeds.
    void refreshKeepsTheRowsUntilTheNewOnesArrive()
    {
        FakeSource source(FakeSource::makeTable(rowsInTable));
        source.setLive(true);
        const QDateTime first = QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        source.setLiveNow(first);
        Model model;
        attachTester(&model);
        QVERIFY(open(model, source));
        model.readAhead(1000, 1030); // the view shows rows 1000 to 1030
        source.answerAll();
        QVERIFY(model.index(1010, 0).data(Model::LoadedRole).toBool());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy replaced(&model, &Model::rowsReplaced);
        QSignalSpy stale(&model, &Model::staleChanged);
        QSignalSpy errors(&model, &Model::errorOccurred);

        // Three messages arrive; F5.
        QList<SmsRecord> newest = FakeSource::makeTable(3);
        for (int i = 0; i < 3; ++i)
            newest[i].id = QStringLiteral("new-%1").arg(i);
        source.addNewest(newest);
        source.setLiveNow(first.addSecs(60));
        model.refresh();
        // The rows shown stay, loaded, while the count and the visible page are read again.
        QCOMPARE(model.rowCount(), rowsInTable);
        QCOMPARE(model.index(1010, 0).data(Model::RecordRole).value<SmsRecord>().id,
                 QStringLiteral("id-1010"));
        QVERIFY(model.isLoading());
        QCOMPARE(source.snapshotsSet.last(), first.addSecs(60));
        const QList<FakeSource::Request> pages = source.pending(Type::Rows); // rows 1000 to 1030
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(0).offset, (1000 / pageSize) * pageSize);
        QCOMPARE(pages.at(1).offset, (1030 / pageSize) * pageSize);
        source.answerRows(pages.at(0).id);
        source.answerRows(pages.at(1).id);
        QCOMPARE(model.index(1010, 0).data(Model::RecordRole).value<SmsRecord>().id,
                 QStringLiteral("id-1010"));
        QCOMPARE(replaced.size(), 0);
        source.answerCount(source.pending(Type::Count).first().id);
        // Then at once: the new count, the new rows in place, no reset.
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(model.rowCount(), rowsInTable + 3);
        QCOMPARE(model.index(1010, 0).data(Model::RecordRole).value<SmsRecord>().id,
                 QStringLiteral("id-1007"));
        QCOMPARE(model.loadedRowOf(QStringLiteral("id-1010")), 1013);
        QCOMPARE(stale.size(), 0);
        // The other pages are read as they are looked at, from the new snapshot.
        model.index(0, 0).data();
        source.answerAll();
        QVERIFY(!model.isLoading());
        QCOMPARE(model.index(0, 0).data(Model::RecordRole).value<SmsRecord>().id, QStringLiteral("new-0"));

        // A refresh that fails keeps the rows, says why and marks them stale; the live snapshot
        // goes back to that of the rows shown.
        source.setLiveNow(first.addSecs(120));
        model.refresh();
        source.fail(source.pending(Type::Count).first().id, SourceError::Kind::Network,
                    QStringLiteral("No connection."));
        QCOMPARE(errors.size(), 1);
        QVERIFY(model.isStale());
        QCOMPARE(stale.size(), 1);
        QCOMPARE(model.rowCount(), rowsInTable + 3);
        QVERIFY(model.index(1010, 0).data(Model::LoadedRole).toBool());
        QCOMPARE(source.snapshotsSet.last(), first.addSecs(60));
        QVERIFY(source.cancelled.contains(source.requestsOf(Type::Rows).last().id));
        QVERIFY(!model.isLoading());
        // The next refresh that succeeds clears it.
        model.refresh();
        source.answerAll();
        QVERIFY(!model.isStale());
        QCOMPARE(stale.size(), 2);
        QCOMPARE(replaced.size(), 2);
        QCOMPARE(resets.size(), 0);
    }

    void shortPageRowsAreNotAvailable()
    {
        // Given a count of 300 rows, but a first page that comes back with only 100 (rows deleted)
        const QList<SmsRecord> table = FakeSource::makeTable(300);
        FakeSource source(table);
        Model model;
        attachTester(&model);
        model.setSource(&source);
        source.answerCount(source.pending(Type::Count).constLast().id);
        source.answerRows(source.pending(Type::Rows).constLast().id, table.mid(0, 100));

        // Then the missing rows are marked, not left "Loading…", and are not requested again
        const qsizetype rowRequests = source.requestsOf(Type::Rows).size();
        QCOMPARE(model.index(99, 0).data(Model::LoadedRole), QVariant(true));
        QCOMPARE(model.index(100, 0).data(Model::LoadedRole), QVariant(false));
        QCOMPARE(model.index(100, 0).data().toString(), QStringLiteral("Not available"));
        QCOMPARE(model.index(255, 0).data().toString(), QStringLiteral("Not available"));
        QCOMPARE(source.requestsOf(Type::Rows).size(), rowRequests);
    }

    void rawAndDisplayValues()
    {
        // Given an open model over a table shorter than a page
        const QList<SmsRecord> table = FakeSource::makeTable(20);
        FakeSource source(table);
        Model model;
        attachTester(&model);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSource(&source);
        source.answerCount(source.pending(Type::Count).constLast().id);
        source.answerAll();

        // Then only the rows that exist were announced
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 19);

        // Then the raw value role gives typed values
        const QVariant sentAt = model.index(5, col(SmsColumn::SentAt)).data(Model::RawValueRole);
        QCOMPARE(sentAt.typeId(), QMetaType::QDateTime);
        QCOMPARE(sentAt.toDateTime(), table.at(5).createdAt);
        QCOMPARE(sentAt.toDateTime().timeSpec(), Qt::UTC);
        const QVariant cost = model.index(5, col(SmsColumn::Cost)).data(Model::RawValueRole);
        QCOMPARE(cost.typeId(), QMetaType::LongLong);
        QCOMPARE(cost.toLongLong(), 5);
        QVERIFY(!model.index(6, col(SmsColumn::Cost)).data(Model::RawValueRole).isValid());
        QCOMPARE(model.index(5, col(SmsColumn::Status)).data(Model::RawValueRole),
                 QVariant(QStringLiteral("Failed")));
        QCOMPARE(model.index(5, col(SmsColumn::Project)).data(Model::RawValueRole),
                 QVariant(QStringLiteral("project-2")));

        // Then the display role is formatted
        QCOMPARE(model.index(5, col(SmsColumn::Cost)).data().toString(), QStringLiteral("$0.05"));
        QCOMPARE(model.index(0, col(SmsColumn::Cost)).data().toString(), QStringLiteral("$0.00"));
        QCOMPARE(model.index(6, col(SmsColumn::Cost)).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(5, col(SmsColumn::SentAt)).data().toString(),
                 table.at(5).createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(model.index(5, col(SmsColumn::Project)).data().toString(), QStringLiteral("Project 2"));
        QCOMPARE(model.headerData(col(SmsColumn::Cost), Qt::Horizontal).toString(), QStringLiteral("Cost"));
    }

    void errorCodeTooltipSaysWhatItMeans()
    {
        // Given rows with a known, an unknown and no provider error code,
        QList<SmsRecord> table = FakeSource::makeTable(3);
        table[0].errorCode = QStringLiteral("30007");
        table[1].errorCode = QStringLiteral("99999");
        table[2].errorCode.clear();
        FakeSource source(table);
        Model model;
        attachTester(&model);
        model.setSource(&source);
        source.answerCount(source.pending(Type::Count).constLast().id);
        source.answerAll();
        const auto tip = [&](int row) {
            return model.index(row, col(SmsColumn::ErrorCode)).data(Qt::ToolTipRole).toString();
        };
        // then the error code's tooltip gives the meaning, or the code alone, or nothing.
        QCOMPARE(tip(0), QStringLiteral("30007 — Carrier filtered the message"));
        QCOMPARE(tip(1), QStringLiteral("99999"));
        QCOMPARE(tip(2), QString());
        QCOMPARE(model.index(0, col(SmsColumn::ErrorCode)).data().toString(), QStringLiteral("30007"));
    }

    void followInsertsNewRowsAtTheTop()
    {
        // Given a live source of 1,000 rows, newest first, with pages 0 and 1 loaded
        FakeSource source(FakeSource::makeTable(1000));
        source.setLive(true);
        const QDateTime opened(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
        source.setLiveNow(opened);
        Model model;
        attachTester(&model);
        QVERIFY(open(model, source));
        QCOMPARE(source.snapshotsSet, QList<QDateTime>{opened}); // the query is pinned to "now"
        QVERIFY(!model.index(300, 0).data(Model::LoadedRole).toBool());
        source.answerAll();
        QVERIFY(model.index(300, 0).data(Model::LoadedRole).toBool());

        // When five messages arrive and the model checks for new rows
        QList<SmsRecord> arrived = FakeSource::makeTable(5);
        for (int i = 0; i < arrived.size(); ++i)
            arrived[i].id = QStringLiteral("new-%1").arg(i);
        source.addNewest(arrived);
        const QDateTime later = opened.addSecs(30);
        source.setLiveNow(later);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy newRows(&model, &Model::newRowsChanged);
        model.checkForNewRows();
        const QList<FakeSource::Request> asks = source.pending(Type::NewCount);
        QCOMPARE(asks.size(), 1);
        QCOMPARE(asks.at(0).until, later);
        model.checkForNewRows(); // one question at a time
        QCOMPARE(source.pending(Type::NewCount).size(), 1);
        source.answerCount(asks.at(0).id, arrived.size());

        // Then they are inserted at the top, the snapshot moves on, and whole cached pages stay
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 4);
        QCOMPARE(model.rowCount(), 1005);
        QCOMPARE(model.matchCount(), 1005);
        QCOMPARE(model.newRowCount(), 5);
        QCOMPARE(lastValue(newRows), QVariant(qint64(5)));
        QCOMPARE(source.snapshotsSet.last(), later);
        const int rowsBefore = int(source.requestsOf(Type::Rows).size());
        const QModelIndex moved = model.index(pageSize, 0); // was row 251, whose pages were both here
        QVERIFY(moved.data(Model::LoadedRole).toBool());
        QCOMPARE(moved.data(Model::RecordRole).value<SmsRecord>().id, QStringLiteral("id-251"));
        QCOMPARE(source.requestsOf(Type::Rows).size(), rowsBefore);
        // the top page had a gap (the new rows) and is read again
        QVERIFY(!model.index(0, 0).data(Model::LoadedRole).toBool());
        source.answerAll();
        QCOMPARE(model.index(0, 0).data(Model::RecordRole).value<SmsRecord>().id, QStringLiteral("new-0"));
        QCOMPARE(model.index(5, 0).data(Model::RecordRole).value<SmsRecord>().id, QStringLiteral("id-0"));

        // When nothing new arrives, the snapshot still moves on and nothing is inserted
        source.setLiveNow(later.addSecs(30));
        model.checkForNewRows();
        source.answerCount(source.pending(Type::NewCount).at(0).id, 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(source.snapshotsSet.last(), later.addSecs(30));

        // When the query changes, the count of new rows starts again
        model.refresh();
        QCOMPARE(model.newRowCount(), 0);
    }

    void followAppendsWhenOldestFirstAndWaitsInOtherOrders()
    {
        FakeSource source(FakeSource::makeTable(300));
        source.setLive(true);
        source.setLiveNow(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
        Model model;
        attachTester(&model);
        QVERIFY(open(model, source));

        // Oldest first: new rows go to the end. Another order of the same messages keeps the
        // snapshot (so the totals still fit).
        const qsizetype snapshotsBeforeSort = source.snapshotsSet.size();
        model.sort(col(SmsColumn::SentAt), Qt::AscendingOrder);
        QCOMPARE(source.snapshotsSet.size(), snapshotsBeforeSort);
        source.answerAll();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.checkForNewRows();
        source.answerCount(source.pending(Type::NewCount).at(0).id, 3);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 300);
        QCOMPARE(inserted.at(0).at(2).toInt(), 302);
        QCOMPARE(model.rowCount(), 303);

        // Ordered by status: where they belong is unknown; they wait for a refresh
        model.sort(col(SmsColumn::Status), Qt::AscendingOrder);
        source.answerAll();
        const int snapshots = int(source.snapshotsSet.size());
        inserted.clear();
        model.checkForNewRows();
        source.answerCount(source.pending(Type::NewCount).at(0).id, 4);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.waitingRowCount(), 4);
        QCOMPARE(model.newRowCount(), 0);
        QCOMPARE(source.snapshotsSet.size(), snapshots); // not taken in
    }

    void followWaitsForAKnownCount()
    {
        // Given a live source whose count failed (no rows, count unknown)
        FakeSource source(FakeSource::makeTable(30));
        source.setLive(true);
        source.setLiveNow(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
        Model model;
        attachTester(&model);
        model.setSource(&source);
        source.fail(source.pending(Type::Count).at(0).id, SourceError::Kind::Server, QStringLiteral("down"));
        QCOMPARE(model.matchCount(), -1);
        // When follow mode ticks, it does not count new rows on top of an unknown base
        model.checkForNewRows();
        QVERIFY(source.requestsOf(Type::NewCount).isEmpty());
        QCOMPARE(model.rowCount(), 0);
    }

    void followPollsOnItsTimerOnlyForLiveSources()
    {
        FakeSource cache(FakeSource::makeTable(10));
        Model model;
        attachTester(&model);
        QVERIFY(open(model, cache));
        model.checkForNewRows();
        QVERIFY(cache.requestsOf(Type::NewCount).isEmpty()); // a cache does not grow
        QVERIFY(cache.snapshotsSet.isEmpty());

        FakeSource live(FakeSource::makeTable(10));
        live.setLive(true);
        live.setLiveNow(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
        QVERIFY(open(model, live));
        QSignalSpy following(&model, &Model::followingChanged);
        model.setFollowInterval(20);
        model.setFollowing(true);
        QCOMPARE(following.size(), 1);
        QTRY_COMPARE(live.requestsOf(Type::NewCount).size(), 1);
        model.setFollowing(false);
        live.answerAll();
        QTest::qWait(80); // the timer is stopped: no more questions
        QCOMPARE(live.requestsOf(Type::NewCount).size(), 1);
    }

    void summaryDropsStaleTotals()
    {
        // Given a summary with testers on both breakdowns
        FakeSource source(FakeSource::makeTable(1000));
        SmsLogSummary summary;
        attachTester(summary.byProject());
        attachTester(summary.byStatus());
        QSignalSpy totalsChanged(&summary, &SmsLogSummary::totalsChanged);
        QSignalSpy errors(&summary, &SmsLogSummary::errorOccurred);
        QSignalSpy loading(&summary, &SmsLogSummary::loadingChanged);

        // When it gets the source, then the filter changes before the totals arrive
        summary.setSource(&source);
        QCOMPARE(source.pending(Type::Choices).size(), 1);
        const SmsLogSource::RequestId oldTotals = source.pending(Type::Totals).constLast().id;
        const SmsFilter failed = statusFilter(QStringLiteral("Failed"));
        summary.setFilter(failed);

        // Then the old request is cancelled and a new one carries the filter
        QVERIFY(source.cancelled.contains(oldTotals));
        const FakeSource::Request newTotals = source.pending(Type::Totals).constLast();
        QCOMPARE(newTotals.query.filter, failed);
        QCOMPARE(lastValue(loading), QVariant(true));

        // When the old totals arrive anyway
        source.answerTotals(oldTotals);

        // Then they are ignored
        QCOMPARE(totalsChanged.size(), 0);
        QCOMPARE(summary.totals(), CostTotals{});
        QCOMPARE(summary.byProject()->rowCount(), 0);
        QVERIFY(summary.isLoading());

        // When the new totals arrive (the report they are projected from: one UTC day)
        CostReport report;
        report.resolution = CostResolution::Day;
        report.cells = {CostCell{24 * 20000, QStringLiteral("p-a"), QStringLiteral("Failed"), 3, 750},
                        CostCell{24 * 20000, QStringLiteral("p-b"), QStringLiteral("Failed"), 1, 250}};
        report.projectNames = {{QStringLiteral("p-a"), QStringLiteral("Alpha")},
                               {QStringLiteral("p-b"), QStringLiteral("Beta")}};
        source.answerCostReport(newTotals.id, report);
        CostTotals totals;
        totals.messages = 4;
        totals.costCents = 1000;
        totals.byProject = {CostGroup{QStringLiteral("p-a"), QStringLiteral("Alpha"), 3, 750},
                            CostGroup{QStringLiteral("p-b"), QStringLiteral("Beta"), 1, 250}};
        totals.byStatus = {CostGroup{QStringLiteral("Failed"), QStringLiteral("Failed"), 4, 1000}};
        totals.byDay = {CostGroup{QStringLiteral("2024-10-04"), QStringLiteral("2024-10-04"), 4, 1000}};

        // Then they fill both breakdowns
        QCOMPARE(totalsChanged.size(), 1);
        QCOMPARE(summary.totals(), totals);
        QVERIFY(!summary.isLoading());
        QCOMPARE(lastValue(loading), QVariant(false));
        CostBreakdownModel *byProject = summary.byProject();
        QCOMPARE(byProject->rowCount(), 2);
        QCOMPARE(summary.byStatus()->rowCount(), 1);
        QCOMPARE(byProject->index(0, CostBreakdownModel::Name).data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(byProject->index(0, CostBreakdownModel::Name).data(CostBreakdownModel::RawValueRole),
                 QVariant(QStringLiteral("p-a")));
        QCOMPARE(byProject->index(0, CostBreakdownModel::Messages).data(CostBreakdownModel::RawValueRole),
                 QVariant(qint64(3)));
        QCOMPARE(byProject->index(0, CostBreakdownModel::Cost).data(CostBreakdownModel::RawValueRole),
                 QVariant(qint64(750)));
        QCOMPARE(byProject->index(0, CostBreakdownModel::Cost).data().toString(), QStringLiteral("$7.50"));
        QCOMPARE(byProject->index(0, CostBreakdownModel::Share).data().toString(), QStringLiteral("75.0 %"));
        QCOMPARE(byProject->index(1, CostBreakdownModel::Share).data().toString(), QStringLiteral("25.0 %"));
        QCOMPARE(summary.byStatus()->index(0, CostBreakdownModel::Share).data().toString(),
                 QStringLiteral("100.0 %"));

        // When the totals of the next filter fail
        summary.setFilter(statusFilter(QStringLiteral("Sending")));
        source.fail(source.pending(Type::Totals).constLast().id, SourceError::Kind::Query,
                    QStringLiteral("Totals could not be computed."));

        // Then the breakdowns are cleared rather than showing the old filter's figures
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<SourceError>().message,
                 QStringLiteral("Totals could not be computed."));
        QCOMPARE(summary.byProject()->rowCount(), 0);
        QCOMPARE(summary.byStatus()->rowCount(), 0);
        QCOMPARE(summary.totals(), CostTotals{});
        QVERIFY(!summary.isLoading());
        QCOMPARE(lastValue(loading), QVariant(false));

        // When a totals request ends as cancelled
        summary.setFilter({});
        source.fail(source.pending(Type::Totals).constLast().id, SourceError::Kind::Cancelled,
                    QStringLiteral("Cancelled."));

        // Then that is not signalled
        QCOMPARE(errors.size(), 1);
    }

    void summaryTotalsAndChoicesFromSource()
    {
        // Given a summary over 1,000 rows
        FakeSource source(FakeSource::makeTable(1000));
        SmsLogSummary summary;
        attachTester(summary.byProject());
        attachTester(summary.byStatus());
        QSignalSpy choicesChanged(&summary, &SmsLogSummary::choicesChanged);

        // When the source answers everything
        summary.setSource(&source);
        source.answerAll();

        // Then the totals are the source's, over every row, and the choices are offered
        const CostTotals expected = source.totalsOf({});
        QCOMPARE(summary.totals(), expected);
        QCOMPARE(summary.totals().messages, 1000);
        QCOMPARE(summary.byProject()->rowCount(), 3);
        QCOMPARE(summary.byStatus()->rowCount(), 4);
        qint64 sum = 0;
        const CostBreakdownModel *byProject = summary.byProject();
        for (int row = 0; row < byProject->rowCount(); ++row)
            sum += byProject->index(row, CostBreakdownModel::Cost)
                       .data(CostBreakdownModel::RawValueRole)
                       .toLongLong();
        QCOMPARE(sum, expected.costCents);
        QCOMPARE(choicesChanged.size(), 1);
        QCOMPARE(summary.choices().statuses.size(), 4);

        // When the source goes away (closed, or refused after a failed integrity check)
        QSignalSpy totalsChanged(&summary, &SmsLogSummary::totalsChanged);
        summary.setSource(nullptr);

        // Then none of its figures or choices stay behind
        QVERIFY(!summary.hasSource());
        QCOMPARE(totalsChanged.size(), 1);
        QCOMPARE(summary.totals(), CostTotals{});
        QCOMPARE(summary.byProject()->rowCount(), 0);
        QCOMPARE(summary.byStatus()->rowCount(), 0);
        QCOMPARE(summary.choices(), FilterChoices{});
    }
};

QTEST_MAIN(TestSmsLogTableModel)
#include "tst_smslogtablemodel.moc"
