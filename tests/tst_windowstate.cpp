// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "columnchooser.h"
#include "costreportmodel.h"
#include "costview.h"
#include "detailpane.h"
#include "fakesource.h"
#include "filterbar.h"
#include "logtableview.h"
#include "mainwindow.h"
#include "shortcutsdialog.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"
#include "tablecopier.h"
#include "theme.h"
#include "viewstate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

// The window's keyboard, clipboard, columns and saved views over a scripted source: rows arrive
// only when the test answers, so copies of rows not loaded yet are covered too.
class TestWindowState : public QObject
{
    Q_OBJECT

    static constexpr int rows = 1000;
    QList<SmsRecord> m_table;
    std::unique_ptr<FakeSource> m_source;
    std::unique_ptr<SmsLogTableModel> m_model;
    std::unique_ptr<SmsLogSummary> m_summary;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<CostReportModel> m_costs;
    QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

    // SMSLOG_TEST_SCREENSHOTS=DIR keeps a PNG of the dialogs and the window (SMSLOG_THEME=dark
    // for the dark palette), to look at them.
    static void snapshot(QWidget *widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("SMSLOG_TEST_SCREENSHOTS");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png"));
    }

    // Shortcuts reach only the active window (under a real X server without a window manager,
    // nothing activates it by itself).
    static void activate(QWidget *window)
    {
        window->activateWindow();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
    }
    void activate() { activate(m_window.get()); }

    QHeaderView *header() const { return m_window->tableView()->horizontalHeader(); }

    QAction *action(const QString &objectName) const { return m_window->findChild<QAction *>(objectName); }

    // The copy the window puts on the clipboard, once every row is read.
    QString copyNow(bool headers)
    {
        QSignalSpy copied(m_window.get(), &MainWindow::copyFinished);
        m_window->copyRows(headers);
        for (int i = 0; i < 20 && copied.isEmpty(); ++i) {
            m_source->answerAll();
            QCoreApplication::processEvents();
        }
        if (copied.isEmpty())
            return QStringLiteral("<nothing copied>");
        const QString text = copied.constFirst().constFirst().toString();
        return QApplication::clipboard()->text() == text ? text : QStringLiteral("<clipboard differs>");
    }

    QString expectedLine(int row, const QList<SmsColumn> &columns) const
    {
        const SmsRecord &r = m_table.at(row);
        QStringList fields;
        for (const SmsColumn column : columns) {
            switch (column) {
            case SmsColumn::SentAt: fields << r.createdAt.toUTC().toString(Qt::ISODateWithMs); break;
            case SmsColumn::To: fields << r.toNumber; break;
            case SmsColumn::From: fields << r.fromNumber; break;
            case SmsColumn::Status: fields << r.status; break;
            case SmsColumn::ErrorCode: fields << r.errorCode; break;
            case SmsColumn::Cost:
                fields << (r.costCents ? QStringLiteral("0.%1").arg(*r.costCents, 2, 10, QChar(u'0'))
                                       : QString());
                break;
            case SmsColumn::Project:
                fields << QString(r.projectName).replace(u'\t', u' ').replace(u'\n', u' ');
                break;
            case SmsColumn::User: fields << QString(); break;
            case SmsColumn::Linked: fields << QString(); break;
            }
        }
        return fields.join(u'\t');
    }

    void selectRows(const QList<int> &list)
    {
        QItemSelection selection;
        for (const int row : list)
            selection.select(m_model->index(row, 0), m_model->index(row, SmsColumnCount - 1));
        m_window->tableView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        applyTheme(startupTheme());
        m_table = FakeSource::makeTable(rows);
        m_table[1].projectName = QStringLiteral("Tab\there\nand a line");
        m_source = std::make_unique<FakeSource>(m_table);
        m_source->setSortableColumns({SmsColumn::SentAt, SmsColumn::Status});
        m_model = std::make_unique<SmsLogTableModel>();
        m_summary = std::make_unique<SmsLogSummary>();
        m_window = std::make_unique<MainWindow>(m_model.get(), m_summary.get());
        m_costs = std::make_unique<CostReportModel>();
        m_window->setCostModel(m_costs.get());
        m_window->filterBar()->setClock([this] { return m_now; });
        m_window->setTimeDisplay(TimeDisplay::utc());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_model->setSource(m_source.get());
        m_summary->setSource(m_source.get());
        m_costs->setSource(m_source.get());
        m_window->setSourceDescription(m_source->description());
        m_source->answerAll();
        QTRY_COMPARE(m_model->rowCount(), rows);
    }

    // F5 keeps the rows, the selected message and its place on screen; a refresh that fails
    // keeps them with a note that they may be stale, and its error leaves the status bar when
    // the next read succeeds.
    void refreshKeepsTheMessageAndItsPlace()
    {
        FakeSource source(m_table);
        source.setLive(true);
        source.setLiveNow(m_now);
        SmsLogTableModel model;
        SmsLogSummary summary;
        MainWindow window(&model, &summary);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        activate(&window); // F5 below
        model.setSource(&source);
        summary.setSource(&source);
        window.setSourceDescription(source.description());
        source.answerAll();
        QTRY_COMPARE(model.rowCount(), rows);
        QTableView *table = window.tableView();
        table->scrollTo(model.index(500, 0), QAbstractItemView::PositionAtTop);
        source.answerAll();
        window.selectRow(505);
        source.answerAll();
        QTRY_VERIFY(model.index(505, 0).data(SmsLogTableModel::LoadedRole).toBool());
        const int placeBefore = table->rowViewportPosition(505);
        QVERIFY(placeBefore >= 0);
        QCOMPARE(window.detailPane()->findChild<QLabel *>(QStringLiteral("messageId"))->text(),
                 QStringLiteral("id-505"));

        // Two messages arrive; F5.
        QList<SmsRecord> newest = FakeSource::makeTable(2);
        newest[0].id = QStringLiteral("new-0");
        newest[1].id = QStringLiteral("new-1");
        source.addNewest(newest);
        source.setLiveNow(m_now.addSecs(60));
        QVERIFY(table->isVisible());
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(table->isVisible()); // the rows stay while the new ones are read
        QCOMPARE(model.rowCount(), rows);
        for (int i = 0; i < 5 && !source.pending().isEmpty(); ++i)
            source.answerAll();
        QTRY_COMPARE(model.rowCount(), rows + 2);
        // The same message is selected, at the same place on screen, and the detail shows it.
        QCOMPARE(table->currentIndex().row(), 507);
        QCOMPARE(table->rowViewportPosition(507), placeBefore);
        QCOMPARE(table->currentIndex().data(SmsLogTableModel::RecordRole).value<SmsRecord>().id,
                 QStringLiteral("id-505"));
        QTRY_COMPARE(window.detailPane()->findChild<QLabel *>(QStringLiteral("messageId"))->text(),
                     QStringLiteral("id-505"));
        auto *staleNote = window.findChild<QLabel *>(QStringLiteral("staleNote"));
        QVERIFY(staleNote);
        QVERIFY(!staleNote->isVisible());

        // A refresh that fails: the rows stay, the note says they may be stale, the status bar why.
        QTest::keyClick(&window, Qt::Key_F5);
        source.fail(source.pending(FakeSource::Type::Count).first().id, SourceError::Kind::Network,
                    QStringLiteral("The server cannot be reached."));
        QCOMPARE(model.rowCount(), rows + 2);
        QVERIFY(table->isVisible());
        QVERIFY(staleNote->isVisible());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("cannot be reached")));
        // The next read that succeeds clears both.
        QTest::keyClick(&window, Qt::Key_F5);
        for (int i = 0; i < 5 && !source.pending().isEmpty(); ++i)
            source.answerAll();
        QTRY_VERIFY(!staleNote->isVisible());
        QVERIFY2(!window.statusBar()->currentMessage().contains(QStringLiteral("cannot be reached")),
                 qPrintable(window.statusBar()->currentMessage()));
        model.setSource(nullptr);
        summary.setSource(nullptr);
    }

    void cleanupTestCase()
    {
        m_model->setSource(nullptr);
        m_summary->setSource(nullptr);
        m_costs->setSource(nullptr);
        m_window.reset();
        m_costs.reset();
    }

    void copiesRowsWithAndWithoutHeaders()
    {
        // Row 900's page was never read: the copy reads it first.
        QCOMPARE(m_model->rowState(900), SmsLogTableModel::RowState::Pending);
        selectRows({2, 0, 1, 900});
        const QList<SmsColumn> all{SmsColumn::SentAt,  SmsColumn::To,        SmsColumn::From,
                                   SmsColumn::Status,  SmsColumn::ErrorCode, SmsColumn::Cost,
                                   SmsColumn::Project, SmsColumn::User,      SmsColumn::Linked};
        const QString plain = copyNow(false);
        const QStringList lines = plain.split(u'\n');
        QCOMPARE(lines.size(), 5); // four rows and the final line break
        QCOMPARE(lines.at(4), QString());
        QCOMPARE(lines.at(0), expectedLine(0, all));
        QCOMPARE(lines.at(1), expectedLine(1, all)); // the tab and line break became spaces
        QVERIFY(lines.at(1).contains(QStringLiteral("Tab here and a line")));
        QCOMPARE(lines.at(2), expectedLine(2, all));
        QCOMPARE(lines.at(3), expectedLine(900, all));
        for (const QString &line : lines.mid(0, 4))
            QCOMPARE(line.count(u'\t'), SmsColumnCount - 1);

        const QString withHeaders = copyNow(true);
        const QStringList headed = withHeaders.split(u'\n');
        QCOMPARE(headed.size(), 6);
        QCOMPARE(
            headed.at(0),
            QStringLiteral("Sent at (UTC)\tTo\tFrom\tStatus\tError code\tCost\tProject\tUser\tLinked to"));
        QCOMPARE(headed.mid(1), lines);
    }

    void copyFollowsTheColumnsShown()
    {
        const QByteArray before = header()->saveState();
        header()->setSectionHidden(int(SmsColumn::Cost), true);
        header()->moveSection(header()->visualIndex(int(SmsColumn::Status)), 0);
        selectRows({5});
        const QStringList lines = copyNow(true).split(u'\n');
        const QList<SmsColumn> shown{SmsColumn::Status, SmsColumn::SentAt,    SmsColumn::To,
                                     SmsColumn::From,   SmsColumn::ErrorCode, SmsColumn::Project,
                                     SmsColumn::User,   SmsColumn::Linked};
        QCOMPARE(lines.at(0),
                 QStringLiteral("Status\tSent at (UTC)\tTo\tFrom\tError code\tProject\tUser\tLinked to"));
        QCOMPARE(lines.at(1), expectedLine(5, shown));
        header()->restoreState(before);
    }

    void copiesACell()
    {
        QSignalSpy copied(m_window.get(), &MainWindow::copyFinished);
        m_window->tableView()->setCurrentIndex(m_model->index(3, int(SmsColumn::SentAt)));
        m_window->copyCell();
        QCOMPARE(QApplication::clipboard()->text(), m_table.at(3).createdAt.toString(Qt::ISODateWithMs));
        QVERIFY(QApplication::clipboard()->text().endsWith(u'Z'));
        m_window->tableView()->setCurrentIndex(m_model->index(3, int(SmsColumn::Cost)));
        m_window->copyCell();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("0.03"));
        m_window->setTimeDisplay(TimeDisplay::inZone(QTimeZone("America/New_York")));
        m_window->tableView()->setCurrentIndex(m_model->index(3, int(SmsColumn::SentAt)));
        m_window->copyCell();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("2026-03-01T06:57:00.000-05:00"));
        QCOMPARE(copied.count(), 3);
        m_window->setTimeDisplay(TimeDisplay::utc());
    }

    void refusesHugeCopies()
    {
        QSignalSpy copied(m_window.get(), &MainWindow::copyFinished);
        TableCopier copier;
        QSignalSpy failed(&copier, &TableCopier::failed);
        QList<int> many;
        for (int i = 0; i <= TableCopier::maxRows; ++i)
            many << i;
        copier.start(m_model.get(), many, {0}, false);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("Ctrl+E")));
        QCOMPARE(TableCopier::line({QStringLiteral("a\tb"), QStringLiteral("c\r\nd")}),
                 QStringLiteral("a b\tc  d"));
    }

    void savedViewsRestoreFilterSortAndColumns()
    {
        QSignalSpy changed(m_window.get(), &MainWindow::savedViewsChanged);
        SmsFilter failed;
        failed.statuses = {QStringLiteral("Failed")};
        m_window->filterBar()->setFilter(failed, QStringLiteral("day"));
        QTRY_COMPARE(m_model->query().filter.statuses, failed.statuses);
        QCOMPARE(m_model->query().filter.sentFrom, m_now.addDays(-1));
        header()->setSortIndicator(int(SmsColumn::Status), Qt::AscendingOrder);
        QTRY_COMPARE(m_model->query().sort.column, SmsColumn::Status);
        header()->setSectionHidden(int(SmsColumn::User), true);
        header()->resizeSection(int(SmsColumn::To), 222);
        m_window->saveCurrentView(QStringLiteral("Failed today"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(m_window->savedViews().contains(QStringLiteral("Failed today")));
        const QList<QAction *> menuItems
            = m_window->findChild<QMenu *>(QStringLiteral("savedViewsMenu"))->actions();
        QVERIFY(std::any_of(menuItems.begin(), menuItems.end(),
                            [](QAction *a) { return a->text() == QLatin1String("Failed today"); }));

        // Everything changes; an hour later the view is applied again.
        m_window->filterBar()->clear();
        header()->setSortIndicator(int(SmsColumn::SentAt), Qt::DescendingOrder);
        header()->setSectionHidden(int(SmsColumn::User), false);
        header()->resizeSection(int(SmsColumn::To), 100);
        QTRY_COMPARE(m_model->query().filter, SmsFilter{});
        m_now = m_now.addSecs(3600);
        m_window->applySavedView(QStringLiteral("Failed today"));
        QTRY_COMPARE(m_model->query().filter.statuses, failed.statuses);
        QCOMPARE(m_model->query().filter.sentFrom, m_now.addDays(-1)); // relative: anchored now
        QCOMPARE(m_window->filterBar()->timePreset(), QStringLiteral("day"));
        QCOMPARE(m_model->query().sort, (SmsSort{SmsColumn::Status, Qt::AscendingOrder}));
        QCOMPARE(header()->sortIndicatorSection(), int(SmsColumn::Status));
        QVERIFY(header()->isSectionHidden(int(SmsColumn::User)));
        QCOMPARE(header()->sectionSize(int(SmsColumn::To)), 222);

        // The state survives a settings file's types (strings, lists, byte arrays).
        const ViewState state = m_window->savedViews().value(QStringLiteral("Failed today"));
        QCOMPARE(ViewState::fromVariant(state.toVariant()), state);
        // A damaged entry gives defaults, never a crash.
        QVariantMap broken = state.toVariant();
        broken.insert(QStringLiteral("sortColumn"), 99);
        broken.insert(QStringLiteral("timePreset"), QStringLiteral("fortnight"));
        broken.insert(QStringLiteral("sentFrom"), QStringLiteral("yesterday-ish"));
        const ViewState repaired = ViewState::fromVariant(broken);
        QCOMPARE(repaired.sort.column, SmsColumn::SentAt);
        QCOMPARE(repaired.timePreset, QStringLiteral("any"));
        QVERIFY(!repaired.filter.sentFrom.isValid());

        m_window->filterBar()->clear();
        header()->setSortIndicator(int(SmsColumn::SentAt), Qt::DescendingOrder);
        header()->setSectionHidden(int(SmsColumn::User), false);
        QTRY_COMPARE(m_model->query().filter, SmsFilter{});
    }

    void columnLayoutSurvivesARestart()
    {
        header()->setSectionHidden(int(SmsColumn::From), true);
        header()->moveSection(header()->visualIndex(int(SmsColumn::Cost)), 1);
        header()->resizeSection(int(SmsColumn::Project), 301);
        const QByteArray layout = m_window->saveLayout();

        SmsLogTableModel model;
        SmsLogSummary summary;
        MainWindow other(&model, &summary);
        QHeaderView *otherHeader = other.tableView()->horizontalHeader();
        QVERIFY(!otherHeader->isSectionHidden(int(SmsColumn::From)));
        other.restoreLayout(layout);
        QVERIFY(otherHeader->isSectionHidden(int(SmsColumn::From)));
        QCOMPARE(otherHeader->visualIndex(int(SmsColumn::Cost)), 1);
        QCOMPARE(otherHeader->sectionSize(int(SmsColumn::Project)), 301);
        // The sort stays the view's own, not the saved header's.
        QCOMPARE(otherHeader->sortIndicatorSection(), int(SmsColumn::SentAt));

        // Damaged or foreign layouts change nothing.
        MainWindow fresh(&model, &summary);
        const QByteArray defaults = fresh.tableView()->horizontalHeader()->saveState();
        fresh.restoreLayout(QByteArray("not a layout"));
        fresh.restoreLayout(layout.left(layout.size() / 2));
        QCOMPARE(fresh.tableView()->horizontalHeader()->saveState(), defaults);
        header()->setSectionHidden(int(SmsColumn::From), false);
    }

    void shortcutsAreListed()
    {
        ShortcutsDialog dialog(m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        snapshot(&dialog, "shortcuts");
        // Tall enough for every row: no scroll bar that hardly moves (it looked upside down).
        auto *list = dialog.findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QVERIFY(list);
        QVERIFY2(list->verticalScrollBar()->maximum() == 0,
                 qPrintable(QString::number(list->verticalScrollBar()->maximum())));
        ColumnChooser chooser(header(), header()->saveState());
        chooser.show();
        snapshot(&chooser, "columns");
        snapshot(m_window.get(), "window");
        const auto entries = dialog.entries();
        QStringList keys;
        for (const auto &[what, key] : entries)
            keys << key;
        for (const char *expected :
             {"Ctrl+F", "F5", "Esc", "Ctrl+E", "Ctrl+C", "Ctrl+Shift+C", "Ctrl+Alt+C", "Ctrl+G", "Return",
              "F1", "Ctrl+U", "Ctrl+O", "Ctrl+2", "Ctrl+S", "Alt+Left", "Alt+Right", "Shift+F10"}) {
            const bool found = std::any_of(keys.begin(), keys.end(), [&](const QString &k) {
                return k.split(QStringLiteral(" or ")).contains(QLatin1String(expected));
            });
            QVERIFY2(found, expected);
        }
        for (const auto &[what, key] : entries)
            QVERIFY2(!what.isEmpty() && !what.contains(u'&'), qPrintable(what));
        // The pivots: the cell's menu and the detail pane's buttons.
        QStringList whats;
        for (const auto &[what, key] : entries)
            whats << what;
        QVERIFY(whats.join(u'\n').contains(QStringLiteral("messages of this incident")));
        QVERIFY(whats.join(u'\n').contains(QStringLiteral("Messages of this incident")));
    }

    void escapeStopsLoading()
    {
        activate();
        // Rows far down, not read yet: Esc stops their pages.
        m_source->answerAll();
        m_window->selectRow(700);
        QCOMPARE(m_model->rowState(700), SmsLogTableModel::RowState::Pending);
        QVERIFY(m_model->isLoading());
        QList<FakeSource::Request> pending = m_source->pending(FakeSource::Type::Rows);
        QVERIFY(!pending.isEmpty());
        QTest::keyClick(m_window->tableView(), Qt::Key_Escape);
        QVERIFY(!m_model->isLoading());
        for (const FakeSource::Request &request : pending)
            QVERIFY(m_source->cancelled.contains(request.id));
        QCOMPARE(m_model->rowState(700), SmsLogTableModel::RowState::Failed);
        QCOMPARE(m_model->index(700, 0).data().toString(), QStringLiteral("Not loaded"));
        QVERIFY(m_model->index(700, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("F5")));

        // A refresh stopped before its count: the count, rows and totals are stopped, and the
        // rows read before stay on screen (F5 keeps them until the new ones are here).
        m_window->refresh();
        QCOMPARE(m_model->rowCount(), rows);
        pending = m_source->pending();
        QVERIFY(!pending.isEmpty());
        QTest::keyClick(m_window->tableView(), Qt::Key_Escape);
        QVERIFY(!m_model->isLoading());
        QVERIFY(!m_summary->isLoading());
        for (const FakeSource::Request &request : pending)
            if (request.type == FakeSource::Type::Rows || request.type == FakeSource::Type::Count
                || request.type == FakeSource::Type::Totals)
                QVERIFY2(m_source->cancelled.contains(request.id), qPrintable(QString::number(request.id)));
        QVERIFY(!m_model->isCountCancelled());
        QCOMPARE(m_model->rowCount(), rows);
        QVERIFY(m_model->index(0, 0).data(SmsLogTableModel::LoadedRole).toBool());
        QVERIFY(m_window->tableView()->isVisible()); // no "stopped" page instead of the rows
        // A new query stopped before its count: the window says how to start again.
        SmsFilter failed;
        failed.statuses = {QStringLiteral("Failed")};
        m_model->setFilter(failed);
        QTest::keyClick(m_window->tableView(), Qt::Key_Escape);
        QVERIFY(m_model->isCountCancelled());
        auto *message = m_window->findChild<QLabel *>(QStringLiteral("tableMessage"));
        QVERIFY(message);
        QVERIFY2(message->text().contains(QStringLiteral("stopped")), qPrintable(message->text()));
        // F5 reads again.
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        m_source->answerAll();
        const int matching = int(m_source->matching(m_model->query()).size());
        QVERIFY(matching > 0 && matching < rows);
        QTRY_COMPARE(m_model->rowCount(), matching);
        m_source->answerAll();
        QTRY_VERIFY(m_model->index(0, 0).data(SmsLogTableModel::LoadedRole).toBool());
        QVERIFY(!m_model->isCountCancelled());
        m_model->setFilter({});
        m_source->answerAll();
    }

    void escapeStopsTheCosts()
    {
        activate();
        CostReportModel &costs = *m_costs;
        m_window->showTab(1);
        QTRY_VERIFY(costs.isLoading());
        const QList<FakeSource::Request> asked = m_source->pending(FakeSource::Type::CostReport);
        QVERIFY(!asked.isEmpty());
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QVERIFY(!costs.isLoading());
        for (const FakeSource::Request &request : asked)
            QVERIFY(m_source->cancelled.contains(request.id));
        QVERIFY(costs.error().has_value());
        QCOMPARE(costs.error()->kind, SourceError::Kind::Cancelled);
        QVERIFY(costs.error()->message.contains(QStringLiteral("F5")));
        // F5 asks again.
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_VERIFY(costs.isLoading());
        m_source->answerAll();
        QTRY_VERIFY(costs.hasReport());
        QVERIFY(!costs.error().has_value());
        m_window->showTab(0);
        QVERIFY(!costs.isActive()); // a hidden view asks nothing
    }

    void enterOpensTheDetail()
    {
        activate();
        m_source->answerAll();
        m_window->activateWindow();
        m_window->tableView()->setFocus();
        m_window->selectRow(4);
        QTest::keyClick(m_window->tableView(), Qt::Key_Return);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QVERIFY2(m_window->detailPane()->isAncestorOf(focus) || focus == m_window->detailPane(),
                 focus->metaObject()->className());
    }

    void utcToggleRenamesTheHeader()
    {
        QSignalSpy toggled(m_window.get(), &MainWindow::timeDisplayChanged);
        m_window->setTimeDisplay(TimeDisplay::inZone(QTimeZone("Europe/Berlin")));
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Sent at (Europe/Berlin)"));
        action(QStringLiteral("utcAction"))->trigger();
        QCOMPARE(toggled.count(), 1);
        QVERIFY(toggled.constFirst().constFirst().value<TimeDisplay>().isUtc());
        QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Sent at (UTC)"));
        QVERIFY(action(QStringLiteral("utcAction"))->isChecked());
    }

    void detailPaneFollowsTheToggle()
    {
        m_source->answerAll();
        m_window->selectRow(2);
        QTRY_VERIFY(m_model->index(2, 0).data(SmsLogTableModel::LoadedRole).toBool());
        auto *sentAt = m_window->detailPane()->findChild<QLabel *>(QStringLiteral("sentAt"));
        QVERIFY(sentAt);
        const QDateTime time = m_table.at(2).createdAt;
        const TimeDisplay newYork = TimeDisplay::inZone(QTimeZone("America/New_York"));
        m_window->setTimeDisplay(newYork);
        QCOMPARE(sentAt->text(), newYork.text(time));
        QVERIFY(sentAt->toolTip().startsWith(newYork.iso(time)));
        m_window->setTimeDisplay(TimeDisplay::utc());
        QCOMPARE(sentAt->text(), TimeDisplay::utc().text(time));
        QVERIFY(sentAt->text() != newYork.text(time));
    }
};

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
