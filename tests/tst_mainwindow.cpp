// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "demogenerator.h"
#include "detailpane.h"
#include "filterbar.h"
#include "logtableview.h"
#include "mainwindow.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"
#include "sqlitecachesource.h"
#include "totalspane.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The whole window over a real cache file, driven as a user would: type a filter, click a
// header, jump to the end, read the detail and the totals. Set SMSLOG_TEST_SCREENSHOTS=DIR to
// keep a PNG of each step.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 rowCount = 20000;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteCacheSource> m_source;
    std::unique_ptr<SmsLogTableModel> m_model;
    std::unique_ptr<SmsLogSummary> m_summary;
    std::unique_ptr<MainWindow> m_window;

    QTableView *table() const { return m_window->tableView(); }

    bool settled() const
    {
        return !m_model->isLoading() && !m_summary->isLoading() && m_model->matchCount() >= 0;
    }

    // Every row the view shows has its data.
    bool visibleRowsLoaded() const
    {
        const int first = table()->rowAt(0);
        const int last = table()->rowAt(table()->viewport()->height() - 1);
        if (first < 0)
            return m_model->rowCount() == 0;
        for (int row = first; row <= (last < 0 ? m_model->rowCount() - 1 : last); ++row) {
            if (!m_model->index(row, 0).data(SmsLogTableModel::LoadedRole).toBool())
                return false;
        }
        return true;
    }

    void snapshot(const char *name)
    {
        const QString dir = qEnvironmentVariable("SMSLOG_TEST_SCREENSHOTS");
        if (!dir.isEmpty())
            m_window->grab().save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png"));
    }

    QString detailText(const char *objectName) const
    {
        if (auto *label = m_window->detailPane()->findChild<QLabel *>(QLatin1String(objectName)))
            return label->text();
        if (auto *edit = m_window->detailPane()->findChild<QPlainTextEdit *>(QLatin1String(objectName)))
            return edit->toPlainText();
        return QStringLiteral("<no widget %1>").arg(QLatin1String(objectName));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("window.sqlite"));
        DemoOptions options;
        options.rows = rowCount;
        options.seed = 3;
        options.end = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(writeDemoCache(m_path, options), QString());

        m_model = std::make_unique<SmsLogTableModel>();
        m_summary = std::make_unique<SmsLogSummary>();
        m_window = std::make_unique<MainWindow>(m_model.get(), m_summary.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        m_source = std::make_unique<SqliteCacheSource>(m_path);
        QSignalSpy opened(m_source.get(), &SmsLogSource::opened);
        m_source->open();
        QVERIFY(opened.wait(10000));
        m_model->setSource(m_source.get());
        m_summary->setSource(m_source.get());
        m_window->setSourceDescription(m_source->description());
    }

    void cleanupTestCase()
    {
        m_model->setSource(nullptr);
        m_summary->setSource(nullptr);
        m_window.reset();
        m_source.reset();
    }

    void opensOnTheNewestMessageWithDetailAndTotals()
    {
        QTRY_VERIFY_WITH_TIMEOUT(settled() && visibleRowsLoaded(), 10000);
        QCOMPARE(m_model->matchCount(), rowCount);
        QCOMPARE(m_model->rowCount(), int(rowCount));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("window.sqlite")));
        // The first row is selected and described.
        QTRY_COMPARE(table()->currentIndex().row(), 0);
        const auto record = m_model->index(0, 0).data(SmsLogTableModel::RecordRole).value<SmsRecord>();
        QCOMPARE(detailText("messageId"), record.id);
        QCOMPARE(detailText("smsText"), record.smsText);
        QCOMPARE(m_summary->totals().messages, rowCount);
        QVERIFY(m_window->totalsPane()->headline().startsWith(QLocale().toString(rowCount)));
        snapshot("01-open");
        // At the first-run size, every column is on screen, the last (Linked to) too.
        QCOMPARE(m_window->size(), QSize(1280, 800));
        const QHeaderView *header = table()->horizontalHeader();
        const int linked = header->sectionViewportPosition(int(SmsColumn::Linked));
        QVERIFY2(linked >= 0 && linked + 120 <= table()->viewport()->width(),
                 qPrintable(QStringLiteral("Linked to starts at %1 of %2 px")
                                .arg(linked)
                                .arg(table()->viewport()->width())));
    }

    void typingAFilterNarrowsRowsAndTotals()
    {
        auto *to = m_window->filterBar()->findChild<QLineEdit *>(QStringLiteral("toNumberEdit"));
        QVERIFY(to);
        const QString number = m_model->index(0, int(SmsColumn::To)).data().toString().mid(0, 6);
        QTest::keyClicks(to, number);
        QTRY_COMPARE(m_model->query().filter.toNumber, number);
        QTRY_VERIFY_WITH_TIMEOUT(settled() && visibleRowsLoaded(), 10000);
        QVERIFY(m_model->matchCount() > 0 && m_model->matchCount() < rowCount);
        QCOMPARE(m_summary->totals().messages, m_model->matchCount());
        const int visible = qMin(m_model->rowCount(), 20);
        for (int row = 0; row < visible; ++row)
            QVERIFY(m_model->index(row, int(SmsColumn::To)).data().toString().contains(number));
        snapshot("02-filtered");

        to->clear();
        QTRY_COMPARE(m_model->query().filter.toNumber, QString());
        QTRY_VERIFY_WITH_TIMEOUT(settled() && m_model->matchCount() == rowCount, 10000);
    }

    void clickingAHeaderSortsInTheSource()
    {
        QHeaderView *header = table()->horizontalHeader();
        const int x = header->sectionViewportPosition(int(SmsColumn::Cost))
            + header->sectionSize(int(SmsColumn::Cost)) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QTRY_COMPARE(m_model->query().sort.column, SmsColumn::Cost);
        QTRY_VERIFY_WITH_TIMEOUT(settled() && visibleRowsLoaded(), 10000);
        qint64 previous = -1;
        for (int row = 0; row < 30; ++row) {
            const qint64 cost
                = m_model->index(row, int(SmsColumn::Cost)).data(SmsLogTableModel::RawValueRole).toLongLong();
            if (m_model->query().sort.order == Qt::AscendingOrder)
                QVERIFY(cost >= previous);
            previous = cost;
        }
        // A column without an index keeps the sort it had, and says why.
        const SmsSort before = m_model->query().sort;
        const int userX = header->sectionViewportPosition(int(SmsColumn::User)) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(userX, header->height() / 2));
        QCOMPARE(m_model->query().sort, before);
        QCOMPARE(header->sortIndicatorSection(), int(before.column));
        snapshot("03-sorted-by-cost");
    }

    void jumpingToTheEndShowsTheLastRows()
    {
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
        QTRY_COMPARE(table()->currentIndex().row(), int(rowCount) - 1);
        QTRY_VERIFY_WITH_TIMEOUT(visibleRowsLoaded(), 10000);
        QCOMPARE(table()->verticalScrollBar()->value(), table()->verticalScrollBar()->maximum());
        const auto record = table()->currentIndex().data(SmsLogTableModel::RecordRole).value<SmsRecord>();
        QVERIFY(!record.id.isEmpty());
        QTRY_COMPARE(detailText("messageId"), record.id);
        QVERIFY(m_model->cachedPageCount() <= SmsLogTableModel::maxCachedPages);
        snapshot("04-last-row");
    }

    void scrollingReadsAheadOfTheScreen()
    {
        // Given the table scrolled so that its screen ends a little before a page boundary
        const int pageSize = SmsLogTableModel::pageSize;
        table()->scrollTo(m_model->index(20 * pageSize - 40, 0), QAbstractItemView::PositionAtTop);
        QTRY_VERIFY_WITH_TIMEOUT(visibleRowsLoaded() && !m_model->isLoading(), 10000);
        const int last = table()->rowAt(table()->viewport()->height() - 1);
        QVERIFY(last > 0 && last < 20 * pageSize);

        // Then the rows two screens below, on the next page, are here before the view shows them
        // (read once: asking for a row that is not here would load it)
        const int below = last + 2 * (last - table()->rowAt(0) + 1);
        QVERIFY(below >= 20 * pageSize);
        QVERIFY(m_model->index(below, 0).data(SmsLogTableModel::LoadedRole).toBool());
    }

    void aFilterWithNoMatchSaysSo()
    {
        auto *search = m_window->filterBar()->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("zzzqqqxxx"));
        QTRY_VERIFY_WITH_TIMEOUT(settled() && m_model->matchCount() == 0, 10000);
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("tableStack"));
        QVERIFY(stack);
        QTRY_VERIFY(stack->currentWidget() != table());
        const QList<QLabel *> labels = stack->currentWidget()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QStringLiteral("No messages match"));
        }));
        QCOMPARE(m_summary->totals().messages, 0);
        snapshot("05-no-match");
        m_window->filterBar()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(settled() && m_model->matchCount() == rowCount, 10000);
    }

    void aFailedQueryLeavesTheTableUsable()
    {
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("tableStack"));
        QTRY_VERIFY_WITH_TIMEOUT(settled() && m_model->rowCount() > 0, 10000);
        // A page fails while rows are shown: the table stays, the status bar says why.
        emit m_model->errorOccurred({SourceError::Kind::Query, QStringLiteral("Disk I/O error."), {}});
        QCOMPARE(stack->currentWidget(), table());
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Disk I/O error.")));
        // A failure with no rows to show is said in place of the table, with a way out.
        m_window->filterBar()
            ->findChild<QLineEdit *>(QStringLiteral("searchEdit"))
            ->setText(QStringLiteral("zzzqqq"));
        QTRY_VERIFY_WITH_TIMEOUT(settled() && m_model->matchCount() == 0, 10000);
        emit m_model->errorOccurred({SourceError::Kind::Query, QStringLiteral("Counting failed."), {}});
        QVERIFY(stack->currentWidget() != table());
        // The next query clears it.
        m_window->filterBar()->clear();
        QTRY_VERIFY_WITH_TIMEOUT(settled() && m_model->matchCount() == rowCount, 10000);
        QTRY_COMPARE(stack->currentWidget(), table());
    }

    void aDamagedFileShowsAMessage()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a database at all, just some text");
        file.close();
        SqliteCacheSource source(bad);
        QSignalSpy failed(&source, &SmsLogSource::openFailed);
        source.open();
        QVERIFY(failed.wait(10000));
        m_window->showError(failed.first().first().value<SourceError>());
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("tableStack"));
        QVERIFY(stack->currentWidget() != table());
        const QList<QLabel *> labels = stack->currentWidget()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QStringLiteral("not a database"));
        }));
        snapshot("06-damaged-file");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
