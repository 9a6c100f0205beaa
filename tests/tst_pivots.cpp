// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "demogenerator.h"
#include "detailpane.h"
#include "filterbar.h"
#include "historynavigator.h"
#include "linkcandidatesbutton.h"
#include "logsession.h"
#include "logtableview.h"
#include "mainwindow.h"
#include "pivot.h"
#include "pivotbuttons.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"
#include "sqlitecachesource.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

// From a message to its story, over the demo cache: every pivot gives exactly the messages plain
// SQL on the file gives for that value; back and forward restore filter, sort, selection and
// scroll; Tab leaves the table for the detail pane and reaches every pivot.
class TestPivots : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 rowCount = 4000;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<SqliteCacheSource> m_source;
    SmsLogTableModel *m_model = nullptr; // the window's session's
    SmsLogSummary *m_summary = nullptr;
    std::unique_ptr<MainWindow> m_window;

    LogTableView *table() const { return m_window->tableView(); }

    // The whole result is counted and in the table.
    bool settle()
    {
        return QTest::qWaitFor(
            [this] {
                return !m_model->isLoading() && !m_summary->isLoading() && m_model->matchCount() >= 0
                    && m_model->rowCount() == m_model->matchCount();
            },
            20000);
    }

    // The ids of every row of the table, sorted; reads the rows not loaded yet.
    QStringList tableIds()
    {
        const bool loaded = QTest::qWaitFor(
            [this] {
                bool all = true;
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    // Asking for a row that is not here loads its page.
                    if (!m_model->index(row, 0).data(SmsLogTableModel::LoadedRole).toBool()) {
                        m_model->index(row, 0).data();
                        all = false;
                    }
                }
                return all;
            },
            20000);
        if (!loaded)
            return {QStringLiteral("<rows not loaded>")};
        QStringList ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids << m_model->index(row, 0).data(SmsLogTableModel::RecordRole).value<SmsRecord>().id;
        ids.sort();
        return ids;
    }

    // Plain SQL on the cache file, apart from the application's readers.
    QList<QStringList> sql(const QString &statement, const QVariantList &values = {}) const
    {
        QList<QStringList> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            db.setDatabaseName(m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open())
                return {{QStringLiteral("<cannot open>")}};
            QSqlQuery query(db);
            query.prepare(statement);
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (!query.exec())
                return {{QStringLiteral("<failed: %1>").arg(statement)}};
            while (query.next()) {
                QStringList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row << query.value(i).toString();
                rows << row;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));
        return rows;
    }

    QStringList sqlIds(const QString &column, const QString &value) const
    {
        QStringList ids;
        for (const QStringList &row :
             sql(QStringLiteral("SELECT id FROM sms_log WHERE %1 = ?").arg(column), {value}))
            ids << row.value(0);
        ids.sort();
        return ids;
    }

    // The most frequent value of `column` but none.
    QString mostCommon(const QString &column) const
    {
        return sql(QStringLiteral(
                       "SELECT %1 FROM sms_log WHERE %1 <> '' GROUP BY %1 ORDER BY count(*) DESC LIMIT 1")
                       .arg(column))
            .value(0)
            .value(0);
    }

    // Shows in the table and the detail pane the first message with a value in `column`: the
    // filter is its recipient's number, then its row is selected.
    SmsRecord showMessageWith(const QString &column)
    {
        const QList<QStringList> found
            = sql(QStringLiteral("SELECT id, to_number FROM sms_log WHERE %1 IS NOT NULL AND %1 <> ''"
                                 " AND to_number <> '' ORDER BY rid LIMIT 1")
                      .arg(column));
        if (found.size() != 1 || found.first().size() != 2)
            return {};
        SmsFilter filter;
        filter.toNumber = found.first().at(1);
        m_window->filterBar()->setFilter(filter);
        if (!settle())
            return {};
        tableIds(); // every row loaded
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const auto record = m_model->index(row, 0).data(SmsLogTableModel::RecordRole).value<SmsRecord>();
            if (record.id == found.first().at(0)) {
                m_window->selectRow(row);
                return record;
            }
        }
        return {};
    }

    QString detailMessageId() const
    {
        return m_window->detailPane()->findChild<QLabel *>(QStringLiteral("messageId"))->text();
    }

    QString currentId() const
    {
        return table()->currentIndex().data(SmsLogTableModel::RecordRole).value<SmsRecord>().id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("pivots.sqlite"));
        DemoOptions demo;
        demo.rows = rowCount;
        demo.seed = 5;
        QCOMPARE(writeDemoCache(m_path, demo), QString());

        // The window over a session of its own, as the application makes it.
        m_window = std::make_unique<MainWindow>(new LogSession);
        m_model = m_window->session()->table();
        m_summary = m_window->session()->summary();
        m_source = std::make_unique<SqliteCacheSource>(m_path);
        QSignalSpy opened(m_source.get(), &SmsLogSource::opened);
        m_source->open();
        QVERIFY(opened.wait(10000));
        m_window->session()->setSource(m_source.get());
        m_window->setSourceDescription(m_source->description());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(settle());
        QCOMPARE(m_model->matchCount(), rowCount);
    }

    void cleanupTestCase()
    {
        m_window->session()->setSource(nullptr);
        m_window.reset();
        m_source.reset();
    }

    void detailPanePivotGivesWhatSqlGives_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("linkKind");
        QTest::addColumn<QString>("column");
        // The cache's column of each link kind: its key in snake case ("scheduledMaintenance":
        // scheduled_maintenance_id).
        for (const LinkKind kind : allLinkKinds) {
            const QString column
                = linkKindKey(kind)
                      .replace(QRegularExpression(QStringLiteral("([A-Z])")), QStringLiteral("_\\1"))
                      .toLower()
                + QStringLiteral("_id");
            QTest::newRow(qPrintable(linkKindKey(kind))) << int(PivotField::Link) << int(kind) << column;
        }
        QTest::newRow("to") << int(PivotField::ToNumber) << 0 << QStringLiteral("to_number");
        QTest::newRow("from") << int(PivotField::FromNumber) << 0 << QStringLiteral("from_number");
        QTest::newRow("project") << int(PivotField::Project) << 0 << QStringLiteral("project_id");
        QTest::newRow("error code") << int(PivotField::ErrorCode) << 0 << QStringLiteral("error_code");
        QTest::newRow("status") << int(PivotField::Status) << 0 << QStringLiteral("status");
    }

    void detailPanePivotGivesWhatSqlGives()
    {
        QFETCH(int, field);
        QFETCH(int, linkKind);
        QFETCH(QString, column);
        const PivotTarget target{PivotField(field), LinkKind(linkKind)};

        // Given a message with that value in the detail pane
        const SmsRecord record = showMessageWith(column);
        QVERIFY2(!record.id.isEmpty(), "the demo cache has a message with that value");
        QTRY_COMPARE(detailMessageId(), record.id);
        const std::optional<Pivot> pivot = pivotOf(record, target);
        QVERIFY(pivot);

        // When its pivot button is pressed from the keyboard
        auto *button = m_window->detailPane()->findChild<QToolButton *>(PivotButtons::objectName(target));
        QVERIFY(button);
        QVERIFY(button->isVisibleTo(m_window.get()));
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
        QCOMPARE(button->accessibleName(), target.title());
        QTest::keyClick(button, Qt::Key_Space);

        // Then the filter is exactly that value, shown in the filter bar, and the rows are those
        // plain SQL gives for it
        QTRY_COMPARE(m_model->query().filter, pivot->filter());
        QCOMPARE(m_window->filterBar()->filter(), pivot->filter());
        QVERIFY(settle());
        const QStringList expected = sqlIds(column, pivot->value);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(m_model->matchCount(), qint64(expected.size()));
        QCOMPARE(tableIds(), expected);
    }

    void tableMenuOffersTheCellsPivots()
    {
        const SmsRecord record = showMessageWith(QStringLiteral("incident_id"));
        QVERIFY(!record.id.isEmpty());
        const int row = m_window->currentRow();
        table()->setCurrentIndex(m_model->index(row, int(SmsColumn::Linked)));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table()->setFocus();

        // The menu of the current cell (Shift+F10) offers the cell's pivots first
        QStringList texts;
        QTimer::singleShot(100, this, [&texts] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QAction *chosen = nullptr;
            for (QAction *action : menu->actions()) {
                texts << action->text();
                if (action->text() == PivotTarget{PivotField::Link, LinkKind::Incident}.title())
                    chosen = action;
            }
            if (chosen)
                chosen->trigger();
            menu->close();
        });
        QTest::keyClick(table(), Qt::Key_F10, Qt::ShiftModifier);
        QTRY_VERIFY(!texts.isEmpty());
        QVERIFY2(texts.contains(PivotTarget{PivotField::Link, LinkKind::Incident}.title()),
                 qPrintable(texts.join(u'|')));
        QVERIFY(!texts.contains(PivotTarget{PivotField::ToNumber}.title())); // not this cell's

        SmsFilter expected;
        expected.linkKind = LinkKind::Incident;
        expected.linkText = record.link(LinkKind::Incident).id;
        QTRY_COMPARE(m_model->query().filter, expected);
        QVERIFY(settle());
        QCOMPARE(tableIds(), sqlIds(QStringLiteral("incident_id"), expected.linkText));
    }

    void ambiguousNumberSaysSoAndOffersCandidates()
    {
        // An incident number that several projects have
        const QList<QStringList> found = sql(QStringLiteral(
            "SELECT r.number, count(DISTINCT s.project_id) FROM linked_resource r JOIN sms_log s"
            " ON s.incident_id = r.id WHERE r.kind = 'incident' GROUP BY r.number"
            " HAVING count(DISTINCT s.project_id) > 1 ORDER BY r.number LIMIT 1"));
        QCOMPARE(found.size(), 1);
        const QString number = found.first().at(0);
        const int projects = found.first().at(1).toInt();
        QList<QStringList> candidates
            = sql(QStringLiteral("SELECT DISTINCT r.id, s.project_id FROM linked_resource r JOIN sms_log s"
                                 " ON s.incident_id = r.id WHERE r.kind = 'incident' AND r.number = ?"
                                 " ORDER BY s.project_id, r.id"),
                  {number.toLongLong()});
        QCOMPARE(candidates.size(), projects);

        // When "#number" is typed into the Linked to field (kind: incident)
        m_window->filterBar()->clear();
        QVERIFY(settle());
        auto *button = m_window->filterBar()->findChild<LinkCandidatesButton *>(
            QStringLiteral("linkCandidatesButton"));
        QVERIFY(button);
        QVERIFY(!button->isVisible());
        auto *linkText = m_window->filterBar()->findChild<QLineEdit *>(QStringLiteral("linkTextEdit"));
        QVERIFY(linkText);
        QTest::keyClicks(linkText, QStringLiteral("#") + number);
        QTRY_COMPARE(m_model->query().filter.linkText, QStringLiteral("#") + number);

        // Then the field says the number is in several projects and offers each incident
        QTRY_VERIFY(button->isVisible());
        QVERIFY2(button->accessibleName().contains(QString::number(projects)),
                 qPrintable(button->accessibleName()));
        const QList<QAction *> choices = button->candidatesMenu()->actions();
        QCOMPARE(choices.size(), projects);
        for (const QAction *choice : choices)
            QVERIFY2(choice->text().startsWith(QStringLiteral("Incident #") + number),
                     qPrintable(choice->text()));

        // Choosing one pivots to it by id: its messages only, as plain SQL gives them
        choices.at(1)->trigger();
        const QString id = candidates.at(1).at(0);
        QTRY_COMPARE(m_model->query().filter.linkText, id);
        QCOMPARE(m_model->query().filter.linkKind, LinkKind::Incident);
        QVERIFY(settle());
        QCOMPARE(tableIds(), sqlIds(QStringLiteral("incident_id"), id));
        QTRY_VERIFY(!button->isVisible()); // an id names one incident

        // With a project chosen the number is that project's: not ambiguous, and its messages only
        const QString project = candidates.at(1).at(1);
        SmsFilter scoped;
        scoped.linkKind = LinkKind::Incident;
        scoped.linkText = QStringLiteral("#") + number;
        scoped.projectId = project;
        QSignalSpy answered(m_source.get(), &SmsLogSource::linkCandidatesFetched);
        m_window->filterBar()->setFilter(scoped);
        QVERIFY(settle());
        QTRY_VERIFY(!answered.isEmpty());
        QCOMPARE(answered.last().at(1).value<QList<LinkCandidate>>().size(), 1);
        QVERIFY(!button->isVisible());
        QStringList expected;
        for (const QStringList &row : sql(QStringLiteral("SELECT s.id FROM sms_log s JOIN linked_resource r"
                                                         " ON r.kind = 'incident' AND r.id = s.incident_id"
                                                         " WHERE r.number = ? AND s.project_id = ?"),
                                          {number.toLongLong(), project}))
            expected << row.at(0);
        expected.sort();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(tableIds(), expected);
        m_window->filterBar()->clear();
    }

    void backAndForwardRestoreFilterSortSelectionAndScroll()
    {
        HistoryNavigator *history = m_window->history();
        QScrollBar *scroll = table()->verticalScrollBar();
        const QString status = mostCommon(QStringLiteral("status"));
        QVERIFY(!status.isEmpty());

        // A: the most common status, newest first, row 120 selected, scrolled a little
        m_window->showPivot(Pivot{{PivotField::Status}, status});
        QVERIFY(settle());
        QVERIFY(m_model->rowCount() > 300);
        m_window->selectRow(120);
        QTRY_VERIFY(!currentId().isEmpty());
        scroll->setValue(scroll->value() + 3);
        const SmsFilter filterA = m_model->query().filter;
        const SmsSort sortA = m_model->query().sort;
        const QString idA = currentId();
        const int scrollA = scroll->value();

        // A2: the same, cheapest first (the header's sort), row 5 selected
        table()->horizontalHeader()->setSortIndicator(int(SmsColumn::Cost), Qt::AscendingOrder);
        QTRY_COMPARE(m_model->query().sort.column, SmsColumn::Cost);
        QVERIFY(settle());
        m_window->selectRow(5);
        QTRY_VERIFY(!currentId().isEmpty());
        const SmsSort sortA2 = m_model->query().sort;
        QVERIFY(sortA2 != sortA);
        const QString idA2 = currentId();

        // B: one error code
        const QString code = mostCommon(QStringLiteral("error_code"));
        QVERIFY(!code.isEmpty());
        m_window->showPivot(Pivot{{PivotField::ErrorCode}, code});
        QVERIFY(settle());
        const SmsFilter filterB = m_model->query().filter;
        QCOMPARE(filterB.errorCode, code);
        QVERIFY(history->backAction()->isEnabled());
        QVERIFY(!history->forwardAction()->isEnabled());

        // Alt+Left twice: A2, then A with its selection and scroll
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(m_model->query().filter, filterA);
        QCOMPARE(m_model->query().sort, sortA2);
        QCOMPARE(m_window->filterBar()->filter(), filterA);
        QVERIFY(settle());
        QTRY_COMPARE(currentId(), idA2);
        QTest::keyClick(table(), Qt::Key_Left, Qt::AltModifier);
        QTRY_COMPARE(m_model->query().sort, sortA);
        QCOMPARE(m_model->query().filter, filterA);
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), int(sortA.column));
        QVERIFY(settle());
        QTRY_COMPARE(currentId(), idA);
        QTRY_COMPARE(scroll->value(), scrollA);
        QTRY_COMPARE(m_window->detailPane()->findChild<QLabel *>(QStringLiteral("messageId"))->text(), idA);

        // The mouse's forward button, then Alt+Right: A2, then B
        QTest::mouseClick(table()->viewport(), Qt::ForwardButton);
        QTRY_COMPARE(m_model->query().sort, sortA2);
        QVERIFY(settle());
        QTRY_COMPARE(currentId(), idA2);
        QTest::keyClick(table(), Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(m_model->query().filter, filterB);
        QVERIFY(!history->forwardAction()->isEnabled());
        // The mouse's back button goes back too
        QTest::mouseClick(m_window->filterBar(), Qt::BackButton);
        QTRY_COMPARE(m_model->query().filter, filterA);
        QCOMPARE(m_model->query().sort, sortA2);
    }

    void tabLeavesTheTableAndReachesEveryPivot()
    {
        const SmsRecord record = showMessageWith(QStringLiteral("incident_id"));
        QVERIFY(!record.id.isEmpty());
        QTRY_COMPARE(detailMessageId(), record.id);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table()->setFocus();
        QTRY_VERIFY(table()->hasFocus());
        const QModelIndex before = table()->currentIndex();

        QTest::keyClick(table(), Qt::Key_Tab);
        QTRY_VERIFY(m_window->detailPane()->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(table()->currentIndex(), before); // Tab did not move through the cells

        // Tab on through the pane: every pivot button shown takes the keyboard
        QSet<QWidget *> reached;
        for (int i = 0; i < 80 && m_window->detailPane()->isAncestorOf(QApplication::focusWidget()); ++i) {
            reached.insert(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        const QList<QToolButton *> buttons = m_window->detailPane()->findChildren<QToolButton *>();
        int shown = 0;
        for (QToolButton *button : buttons) {
            if (!button->objectName().startsWith(QStringLiteral("pivot_"))
                || !button->isVisibleTo(m_window.get()))
                continue;
            ++shown;
            QVERIFY2(reached.contains(button), qPrintable(button->objectName()));
        }
        QVERIFY(shown >= 5); // incident, numbers, project, status at least
    }
};

QTEST_MAIN(TestPivots)
#include "tst_pivots.moc"
