// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "costtotals.h"
#include "filterbar.h"
#include "linkkind.h"
#include "smsquery.h"
#include "smsstatus.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

// Readable failure messages for QCOMPARE on filters.
char *toString(const SmsFilter &filter)
{
    const auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("open");
    };
    const QString text
        = QStringLiteral("SmsFilter{statuses=[%1] from=%2 to=%3 to#=%4 from#=%5 text=%6 project=%7 "
                         "code=%8 linkKind=%9 linkText=%10}")
              .arg(filter.statuses.join(QLatin1Char(',')), time(filter.sentFrom), time(filter.sentTo),
                   filter.toNumber, filter.fromNumber, filter.text, filter.projectId, filter.errorCode,
                   filter.linkKind ? linkKindKey(*filter.linkKind) : QStringLiteral("none"))
              .arg(filter.linkText);
    return qstrdup(text.toUtf8().constData());
}

namespace {

// The bar's controls, found by object name as a user finds them by label.
struct Controls {
    QToolButton *statusButton = nullptr;
    QMenu *statusMenu = nullptr;
    QComboBox *timeCombo = nullptr;
    QDateTimeEdit *fromEdit = nullptr;
    QDateTimeEdit *toEdit = nullptr;
    QComboBox *projectCombo = nullptr;
    QComboBox *errorCodeCombo = nullptr;
    QLineEdit *toNumberEdit = nullptr;
    QLineEdit *fromNumberEdit = nullptr;
    QLineEdit *searchEdit = nullptr;
    QComboBox *linkKindCombo = nullptr;
    QLineEdit *linkTextEdit = nullptr;
    QToolButton *clearButton = nullptr;
    QTimer *debounce = nullptr;

    explicit Controls(FilterBar &bar)
    {
        const auto find = [&bar]<typename T>(T *&target, const char *name) {
            target = bar.findChild<T *>(QLatin1String(name));
        };
        find(statusButton, "statusButton");
        statusMenu = statusButton ? statusButton->menu() : nullptr;
        find(timeCombo, "timeCombo");
        find(fromEdit, "fromEdit");
        find(toEdit, "toEdit");
        find(projectCombo, "projectCombo");
        find(errorCodeCombo, "errorCodeCombo");
        find(toNumberEdit, "toNumberEdit");
        find(fromNumberEdit, "fromNumberEdit");
        find(searchEdit, "searchEdit");
        find(linkKindCombo, "linkKindCombo");
        find(linkTextEdit, "linkTextEdit");
        find(clearButton, "clearButton");
        debounce = bar.findChild<QTimer *>();
    }

    bool complete() const
    {
        return statusButton && statusMenu && timeCombo && fromEdit && toEdit && projectCombo && errorCodeCombo
            && errorCodeCombo->lineEdit() && toNumberEdit && fromNumberEdit && searchEdit && linkKindCombo
            && linkTextEdit && clearButton && debounce;
    }

    QAction *statusAction(const QString &text) const
    {
        const QList<QAction *> actions = statusMenu->actions();
        for (QAction *action : actions) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }
};

// Types `text` key by key like QTest::keyClicks(), also outside Latin-1 (one event per code point).
void typeText(QWidget *widget, const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const char32_t c = codePoint;
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString::fromUcs4(&c, 1), Qt::NoModifier);
    }
}

// What a user's pick in a combo box does: the index changes, then activated() is emitted.
void choose(QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

SmsFilter lastFilter(const QSignalSpy &spy)
{
    return spy.isEmpty() ? SmsFilter{} : spy.last().at(0).value<SmsFilter>();
}

const QDateTime fixedNow(QDate(2026, 3, 1), QTime(12, 0, 30, 250), Qt::UTC);

} // namespace

class TestFilterBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void startsEmptyAndSilent();
    void typingProducesFilterAfterDebounce_data();
    void typingProducesFilterAfterDebounce();
    void statusMenuMultiSelect();
    void statusMenuStaysOpenWhileTicking();
    void timePresets_data();
    void timePresets();
    void presetChosenAgainReanchors();
    void customRangeIsWholeMinutes();
    void customRangeEndBeforeStartShowsError();
    void numberWithLettersShowsError();
    void clearResetsAndEmitsOnce();
    void clearButtonClears();
    void setChoicesKeepsSelection();
    void choicesMapToIdsAndValues();
    void linkKindAloneDoesNotFilter();
    void repeatedIdenticalInputEmitsNothing();
    void hostileSearchTextArrivesUnchanged();
    void setFilterRoundTrips();
    void setFilterWithInvalidRangeShowsError();
    void focusSearch();
    void everyControlIsNamedAndExplained();
    void fitsInTwoRowsAt1280();

private:
    static bool debounceIdle(const Controls &c) { return !c.debounce->isActive(); }
};

void TestFilterBar::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestFilterBar::startsEmptyAndSilent()
{
    FilterBar bar;
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);
    QVERIFY(bar.filter().isEmpty());
    QVERIFY(bar.errorText().isEmpty());
    QCOMPARE(c.statusButton->text(), QStringLiteral("Status: all"));
    QCOMPARE(c.timeCombo->currentText(), QStringLiteral("Any time"));
    QCOMPARE(c.projectCombo->currentText(), QStringLiteral("All projects"));
    QCOMPARE(c.linkKindCombo->itemText(0), linkKindTitle(LinkKind::Incident));
    QCOMPARE(c.linkKindCombo->count(), LinkKindCount);
    QCOMPARE(spy.count(), 0);
}

void TestFilterBar::typingProducesFilterAfterDebounce_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<SmsFilter>("expected");

    SmsFilter to;
    to.toNumber = QStringLiteral("+49151");
    QTest::newRow("to number") << QStringLiteral("toNumberEdit") << QStringLiteral("+49151") << to;

    SmsFilter toFormatted;
    toFormatted.toNumber = QStringLiteral("+15550100");
    QTest::newRow("to number with separators")
        << QStringLiteral("toNumberEdit") << QStringLiteral(" +1 (555) 01-00 ") << toFormatted;

    SmsFilter from;
    from.fromNumber = QStringLiteral("4420");
    QTest::newRow("from number") << QStringLiteral("fromNumberEdit") << QStringLiteral("  4420  ") << from;

    SmsFilter text;
    text.text = QStringLiteral("disk full");
    QTest::newRow("search text") << QStringLiteral("searchEdit") << QStringLiteral("  disk full ") << text;

    SmsFilter unicode;
    unicode.text = QStringLiteral("Störung 東京 🚨");
    QTest::newRow("non-Latin search text")
        << QStringLiteral("searchEdit") << QStringLiteral("Störung 東京 🚨") << unicode;

    SmsFilter link;
    link.linkKind = LinkKind::Incident;
    link.linkText = QStringLiteral("#42");
    QTest::newRow("linked resource") << QStringLiteral("linkTextEdit") << QStringLiteral(" #42") << link;

    SmsFilter code;
    code.errorCode = QStringLiteral("30007");
    QTest::newRow("typed error code") << QStringLiteral("errorCodeCombo") << QStringLiteral("30007 ") << code;
}

void TestFilterBar::typingProducesFilterAfterDebounce()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(SmsFilter, expected);

    FilterBar bar;
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    QWidget *target = bar.findChild<QWidget *>(field);
    QVERIFY(target);
    if (auto *combo = qobject_cast<QComboBox *>(target))
        target = combo->lineEdit();

    // When the user types, nothing happens until the typing pauses.
    typeText(target, typed);
    QCOMPARE(spy.count(), 0);
    QVERIFY(c.debounce->isActive());

    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(lastFilter(spy), expected);
    QCOMPARE(bar.filter(), expected);
    QVERIFY(bar.errorText().isEmpty());
}

void TestFilterBar::statusMenuMultiSelect()
{
    FilterBar bar;
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    // Every enum value is offered, plus "All statuses".
    QVERIFY(c.statusAction(QStringLiteral("All statuses")));
    const QStringList known = SmsStatus::knownValues();
    for (const QString &status : known)
        QVERIFY2(c.statusAction(status), qPrintable(status));
    QVERIFY(c.statusAction(QStringLiteral("All statuses"))->isChecked());

    // When two statuses are ticked, each tick applies at once.
    c.statusAction(QStringLiteral("Failed"))->trigger();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(lastFilter(spy).statuses, QStringList{QStringLiteral("Failed")});
    QVERIFY(!c.statusAction(QStringLiteral("All statuses"))->isChecked());
    c.statusAction(QStringLiteral("Undelivered"))->trigger();
    QCOMPARE(spy.count(), 2);
    // Menu order, whatever the order of ticking.
    const QStringList failed{QStringLiteral("Undelivered"), QStringLiteral("Failed")};
    QCOMPARE(lastFilter(spy).statuses, failed);
    QCOMPARE(bar.filter().statuses, failed);
    QCOMPARE(c.statusButton->text(), QStringLiteral("Status: Undelivered, Failed"));

    c.statusAction(QStringLiteral("Low Balance"))->trigger();
    QCOMPARE(spy.count(), 3);
    QCOMPARE(lastFilter(spy).statuses.size(), 3);
    QCOMPARE(c.statusButton->text(), QStringLiteral("Status: 3 selected"));

    // Unticking one removes it from the set.
    c.statusAction(QStringLiteral("Failed"))->trigger();
    QCOMPARE(spy.count(), 4);
    QCOMPARE(lastFilter(spy).statuses,
             (QStringList{QStringLiteral("Undelivered"), QStringLiteral("Low Balance")}));

    // "All statuses" unticks everything.
    c.statusAction(QStringLiteral("All statuses"))->trigger();
    QCOMPARE(spy.count(), 5);
    QVERIFY(lastFilter(spy).statuses.isEmpty());
    QVERIFY(c.statusAction(QStringLiteral("All statuses"))->isChecked());
    QVERIFY(!c.statusAction(QStringLiteral("Undelivered"))->isChecked());
    QCOMPARE(c.statusButton->text(), QStringLiteral("Status: all"));

    // Unticking the last status is the same as "All statuses".
    c.statusAction(QStringLiteral("Sending"))->trigger();
    c.statusAction(QStringLiteral("Sending"))->trigger();
    QCOMPARE(spy.count(), 7);
    QVERIFY(lastFilter(spy).statuses.isEmpty());
    QVERIFY(c.statusAction(QStringLiteral("All statuses"))->isChecked());
}

void TestFilterBar::statusMenuStaysOpenWhileTicking()
{
    FilterBar bar;
    Controls c(bar);
    QVERIFY(c.complete());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    c.statusMenu->popup(bar.mapToGlobal(QPoint(0, 0)));
    QVERIFY(QTest::qWaitForWindowExposed(c.statusMenu));
    QAction *delivered = c.statusAction(QStringLiteral("Delivered"));
    QAction *sent = c.statusAction(QStringLiteral("Sent"));
    QTest::mouseClick(c.statusMenu, Qt::LeftButton, {}, c.statusMenu->actionGeometry(delivered).center());
    QTest::mouseClick(c.statusMenu, Qt::LeftButton, {}, c.statusMenu->actionGeometry(sent).center());
    QVERIFY(c.statusMenu->isVisible());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(bar.filter().statuses, (QStringList{QStringLiteral("Delivered"), QStringLiteral("Sent")}));
    c.statusMenu->close();
}

void TestFilterBar::timePresets_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<qint64>("spanSeconds");

    QTest::newRow("last hour") << QStringLiteral("Last hour") << qint64(3600);
    QTest::newRow("last 24 hours") << QStringLiteral("Last 24 hours") << qint64(24 * 3600);
    QTest::newRow("last 7 days") << QStringLiteral("Last 7 days") << qint64(7 * 24 * 3600);
    QTest::newRow("last 30 days") << QStringLiteral("Last 30 days") << qint64(30 * 24 * 3600);
}

void TestFilterBar::timePresets()
{
    QFETCH(QString, preset);
    QFETCH(qint64, spanSeconds);

    FilterBar bar;
    bar.setClock([] { return fixedNow; });
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    const int index = c.timeCombo->findText(preset);
    QVERIFY(index > 0);
    choose(c.timeCombo, index);
    QCOMPARE(spy.count(), 1); // a choice applies at once
    const SmsFilter filter = lastFilter(spy);
    QCOMPARE(filter.sentFrom, fixedNow.addSecs(-spanSeconds));
    QCOMPARE(filter.sentFrom.timeSpec(), Qt::UTC);
    QVERIFY(!filter.sentTo.isValid());
    QVERIFY(!c.fromEdit->isVisibleTo(&bar));

    // Back to "Any time": no time bounds.
    choose(c.timeCombo, c.timeCombo->findText(QStringLiteral("Any time")));
    QCOMPARE(spy.count(), 2);
    QVERIFY(lastFilter(spy).isEmpty());
}

void TestFilterBar::presetChosenAgainReanchors()
{
    FilterBar bar;
    QDateTime now = fixedNow;
    bar.setClock([&now] { return now; });
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    const int lastHour = c.timeCombo->findText(QStringLiteral("Last hour"));
    choose(c.timeCombo, lastHour);
    QCOMPARE(spy.count(), 1);

    // Typing elsewhere does not move the anchor: the filter only changes by what was typed.
    now = now.addSecs(600);
    QTest::keyClicks(c.searchEdit, QStringLiteral("x"));
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(lastFilter(spy).sentFrom, fixedNow.addSecs(-3600));

    // Choosing the preset again brings it up to date.
    choose(c.timeCombo, lastHour);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(lastFilter(spy).sentFrom, now.addSecs(-3600));
}

void TestFilterBar::customRangeIsWholeMinutes()
{
    FilterBar bar;
    bar.setClock([] { return fixedNow; });
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    choose(c.timeCombo, c.timeCombo->findText(QStringLiteral("Custom range…")));
    QVERIFY(c.fromEdit->isVisibleTo(&bar));
    QVERIFY(c.toEdit->isVisibleTo(&bar));
    QCOMPARE(c.fromEdit->displayFormat(), QStringLiteral("yyyy-MM-dd HH:mm"));
    QVERIFY(c.fromEdit->calendarPopup());
    QCOMPARE(spy.count(), 1);
    // The last day up to the end of the current minute.
    QCOMPARE(lastFilter(spy).sentTo, QDateTime(QDate(2026, 3, 1), QTime(12, 0, 59, 999), Qt::UTC));
    QVERIFY(lastFilter(spy).sentFrom.isValid());
    QVERIFY(lastFilter(spy).sentFrom < lastFilter(spy).sentTo);

    const QDateTime start(QDate(2026, 2, 10), QTime(10, 15), Qt::LocalTime);
    const QDateTime end(QDate(2026, 2, 12), QTime(11, 45), Qt::LocalTime);
    c.fromEdit->setDateTime(start);
    c.toEdit->setDateTime(end);
    QCOMPARE(spy.count(), 1); // date edits are debounced like typing
    QTRY_COMPARE(spy.count(), 2);
    const SmsFilter filter = lastFilter(spy);
    QCOMPARE(filter.sentFrom, start.toUTC());
    QCOMPARE(filter.sentTo, end.addMSecs(59'999).toUTC());
    QCOMPARE(filter.sentFrom.timeSpec(), Qt::UTC);
}

void TestFilterBar::customRangeEndBeforeStartShowsError()
{
    FilterBar bar;
    bar.setClock([] { return fixedNow; });
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    choose(c.timeCombo, c.timeCombo->findText(QStringLiteral("Custom range…")));
    QCOMPARE(spy.count(), 1);
    const SmsFilter valid = bar.filter();

    // When the end is moved before the start, the end field is marked at once.
    c.toEdit->setDateTime(c.fromEdit->dateTime().addSecs(-3600));
    QCOMPARE(bar.errorText(), QStringLiteral("The end of the time range is before its start."));
    QVERIFY(c.toEdit->property("inputError").toBool());
    QVERIFY(!c.toEdit->styleSheet().isEmpty());
    QVERIFY(!c.fromEdit->property("inputError").toBool());
    QCOMPARE(c.toEdit->accessibleDescription(), bar.errorText());

    // ... and nothing is emitted, not even after the pause.
    QTRY_VERIFY(debounceIdle(c));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(bar.filter(), valid);

    // A combo change elsewhere does not slip the invalid range through either.
    choose(c.projectCombo, 0);
    QCOMPARE(spy.count(), 1);

    // Fixing it clears the mark and emits.
    c.toEdit->setDateTime(c.fromEdit->dateTime().addSecs(2 * 3600));
    QVERIFY(bar.errorText().isEmpty());
    QVERIFY(!c.toEdit->property("inputError").toBool());
    QVERIFY(c.toEdit->styleSheet().isEmpty());
    QTRY_COMPARE(spy.count(), 2);
    QVERIFY(lastFilter(spy).sentFrom < lastFilter(spy).sentTo);
    QVERIFY(lastFilter(spy).validationError().isEmpty());
}

void TestFilterBar::numberWithLettersShowsError()
{
    FilterBar bar;
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    QTest::keyClicks(c.toNumberEdit, QStringLiteral("+1 555 abc"));
    const QString message
        = QStringLiteral("A phone number holds only digits, +, spaces, dashes and brackets.");
    QCOMPARE(bar.errorText(), message);
    QVERIFY(c.toNumberEdit->property("inputError").toBool());
    QVERIFY(!c.toNumberEdit->styleSheet().isEmpty());
    QVERIFY(!c.fromNumberEdit->property("inputError").toBool());
    QTRY_VERIFY(debounceIdle(c));
    QCOMPARE(spy.count(), 0);
    QVERIFY(bar.filter().isEmpty());

    // Other valid fields are not applied while one is invalid.
    QTest::keyClicks(c.searchEdit, QStringLiteral("hello"));
    QTRY_VERIFY(debounceIdle(c));
    QCOMPARE(spy.count(), 0);

    // The same rule applies to the sender number; one message for both.
    QTest::keyClicks(c.fromNumberEdit, QStringLiteral("x"));
    QVERIFY(c.fromNumberEdit->property("inputError").toBool());
    QCOMPARE(bar.errorText(), message);
    QTest::keyClick(c.fromNumberEdit, Qt::Key_Backspace);
    QVERIFY(!c.fromNumberEdit->property("inputError").toBool());

    // Fixing the number applies everything.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(c.toNumberEdit, Qt::Key_Backspace);
    QVERIFY(bar.errorText().isEmpty());
    QVERIFY(!c.toNumberEdit->property("inputError").toBool());
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(lastFilter(spy).toNumber, QStringLiteral("+1555"));
    QCOMPARE(lastFilter(spy).text, QStringLiteral("hello"));

    // Non-ASCII digits and other symbols are refused too.
    c.toNumberEdit->setText(QStringLiteral("١٢٣"));
    QVERIFY(!bar.errorText().isEmpty());
    c.toNumberEdit->setText(QStringLiteral("555*"));
    QVERIFY(!bar.errorText().isEmpty());
    QTRY_VERIFY(debounceIdle(c));
    QCOMPARE(spy.count(), 1);
}

void TestFilterBar::clearResetsAndEmitsOnce()
{
    FilterBar bar;
    bar.setClock([] { return fixedNow; });
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    c.statusAction(QStringLiteral("Failed"))->trigger();
    choose(c.timeCombo, c.timeCombo->findText(QStringLiteral("Last 7 days")));
    QTest::keyClicks(c.searchEdit, QStringLiteral("timeout"));
    QTest::keyClicks(c.linkTextEdit, QStringLiteral("db"));
    QTest::keyClicks(c.errorCodeCombo->lineEdit(), QStringLiteral("30007"));
    QTRY_VERIFY(debounceIdle(c));
    QVERIFY(!bar.filter().isEmpty());
    const int before = int(spy.count());

    bar.clear();
    QCOMPARE(spy.count(), before + 1);
    QVERIFY(lastFilter(spy).isEmpty());
    QVERIFY(bar.filter().isEmpty());
    QCOMPARE(c.statusButton->text(), QStringLiteral("Status: all"));
    QVERIFY(c.statusAction(QStringLiteral("All statuses"))->isChecked());
    QCOMPARE(c.timeCombo->currentText(), QStringLiteral("Any time"));
    QVERIFY(c.searchEdit->text().isEmpty());
    QVERIFY(c.linkTextEdit->text().isEmpty());
    QVERIFY(c.errorCodeCombo->currentText().isEmpty());
    QCOMPARE(c.linkKindCombo->currentIndex(), 0);

    // Nothing pending fires later.
    QTRY_VERIFY(debounceIdle(c));
    QCOMPARE(spy.count(), before + 1);

    // Clearing an empty bar emits nothing; clearing invalid input removes the message.
    bar.clear();
    QCOMPARE(spy.count(), before + 1);
    QTest::keyClicks(c.toNumberEdit, QStringLiteral("abc"));
    QVERIFY(!bar.errorText().isEmpty());
    bar.clear();
    QVERIFY(bar.errorText().isEmpty());
    QVERIFY(!c.toNumberEdit->property("inputError").toBool());
    QVERIFY(c.toNumberEdit->text().isEmpty());
    QTRY_VERIFY(debounceIdle(c));
    QCOMPARE(spy.count(), before + 1);
}

void TestFilterBar::clearButtonClears()
{
    FilterBar bar;
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    c.statusAction(QStringLiteral("Error"))->trigger();
    QCOMPARE(spy.count(), 1);
    QTest::mouseClick(c.clearButton, Qt::LeftButton);
    QCOMPARE(spy.count(), 2);
    QVERIFY(lastFilter(spy).isEmpty());
}

void TestFilterBar::setChoicesKeepsSelection()
{
    FilterBar bar;
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    FilterChoices choices;
    choices.statuses = SmsStatus::knownValues() + QStringList{QStringLiteral("Queued")};
    choices.projects
        = {{QStringLiteral("p1"), QStringLiteral("Alpha")}, {QStringLiteral("p2"), QStringLiteral("Beta")}};
    choices.errorCodes = {QStringLiteral("30007"), QStringLiteral("30008")};
    bar.setChoices(choices);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(c.projectCombo->count(), 3);
    QVERIFY(c.statusAction(QStringLiteral("Queued")));

    choose(c.projectCombo, c.projectCombo->findText(QStringLiteral("Beta")));
    c.statusAction(QStringLiteral("Queued"))->trigger();
    choose(c.errorCodeCombo, c.errorCodeCombo->findData(QStringLiteral("30008")));
    QCOMPARE(spy.count(), 3);
    const SmsFilter chosen = bar.filter();
    QCOMPARE(chosen.projectId, QStringLiteral("p2"));
    QCOMPARE(chosen.statuses, QStringList{QStringLiteral("Queued")});
    QCOMPARE(chosen.errorCode, QStringLiteral("30008"));

    // New choices without any of the selected values: the selection stays, nothing is emitted.
    FilterChoices other;
    other.projects = {{QStringLiteral("p3"), QStringLiteral("Gamma")}};
    other.errorCodes = {QStringLiteral("21211")};
    bar.setChoices(other);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(bar.filter(), chosen);
    QCOMPARE(c.projectCombo->currentData().toString(), QStringLiteral("p2"));
    QCOMPARE(c.projectCombo->currentText(), QStringLiteral("Beta"));
    QVERIFY(c.projectCombo->findData(QStringLiteral("p3")) > 0);
    QVERIFY(c.statusAction(QStringLiteral("Queued")));
    QVERIFY(c.statusAction(QStringLiteral("Queued"))->isChecked());
    QCOMPARE(c.errorCodeCombo->currentText(), QStringLiteral("30008"));
    QVERIFY(c.errorCodeCombo->findData(QStringLiteral("21211")) > 0);
    QTRY_VERIFY(debounceIdle(c));
    QCOMPARE(spy.count(), 3);

    // An unselected value that is no longer found disappears.
    c.statusAction(QStringLiteral("Queued"))->trigger();
    bar.setChoices(other);
    QVERIFY(!c.statusAction(QStringLiteral("Queued")));
    // Enum values always stay.
    QVERIFY(c.statusAction(QStringLiteral("Delivered")));
}

void TestFilterBar::choicesMapToIdsAndValues()
{
    FilterBar bar;
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    FilterChoices choices;
    choices.projects
        = {{QStringLiteral("6f1c"), QStringLiteral("Production")}, {QStringLiteral("77aa"), QString()}};
    choices.errorCodes = {QStringLiteral("30003"), QStringLiteral("30007")};
    bar.setChoices(choices);

    // Projects map to their id; a project without a name shows its id.
    choose(c.projectCombo, c.projectCombo->findText(QStringLiteral("Production")));
    QCOMPARE(lastFilter(spy).projectId, QStringLiteral("6f1c"));
    QVERIFY(c.projectCombo->findText(QStringLiteral("77aa")) > 0);
    choose(c.projectCombo, 0);
    QVERIFY(lastFilter(spy).projectId.isEmpty());

    // Error codes show what they mean and map to their value; "Any error code" to none.
    const int carrierFiltered = c.errorCodeCombo->findData(QStringLiteral("30007"));
    QCOMPARE(c.errorCodeCombo->itemText(carrierFiltered),
             QStringLiteral("30007 — Carrier filtered the message"));
    QVERIFY(c.errorCodeCombo->itemData(carrierFiltered, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("https://www.twilio.com/docs/api/errors/30007")));
    choose(c.errorCodeCombo, carrierFiltered);
    QCOMPARE(lastFilter(spy).errorCode, QStringLiteral("30007"));
    QCOMPARE(c.errorCodeCombo->currentText(), QStringLiteral("30007")); // the field keeps the code
    // A label typed or pasted in full stands for its code.
    c.errorCodeCombo->setEditText(
        c.errorCodeCombo->itemText(c.errorCodeCombo->findData(QStringLiteral("30003"))));
    QTRY_COMPARE(lastFilter(spy).errorCode, QStringLiteral("30003"));
    choose(c.errorCodeCombo, 0);
    QVERIFY(lastFilter(spy).errorCode.isEmpty());
    QVERIFY(c.errorCodeCombo->currentText().isEmpty());
    QCOMPARE(c.errorCodeCombo->lineEdit()->placeholderText(), QStringLiteral("Any error code"));

    // Link kinds map to the enum, in display order.
    QTest::keyClicks(c.linkTextEdit, QStringLiteral("Database"));
    QTRY_COMPARE(lastFilter(spy).linkKind, std::optional<LinkKind>(LinkKind::Incident));
    const int before = int(spy.count());
    for (const LinkKind kind : allLinkKinds) {
        const int index = c.linkKindCombo->findText(linkKindTitle(kind));
        QVERIFY(index >= 0);
        choose(c.linkKindCombo, index);
        QCOMPARE(bar.filter().linkKind, std::optional<LinkKind>(kind));
        QCOMPARE(bar.filter().linkText, QStringLiteral("Database"));
    }
    QCOMPARE(spy.count(), before + LinkKindCount - 1); // the first pick was already Incident
    QCOMPARE(spy.count(), before + 10);
}

void TestFilterBar::linkKindAloneDoesNotFilter()
{
    FilterBar bar;
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    choose(c.linkKindCombo, c.linkKindCombo->findText(linkKindTitle(LinkKind::Monitor)));
    QCOMPARE(spy.count(), 0);
    QVERIFY(!bar.filter().linkKind);
    QTest::keyClicks(c.linkTextEdit, QStringLiteral("api"));
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(lastFilter(spy).linkKind, std::optional<LinkKind>(LinkKind::Monitor));
    // Clearing the text removes the kind as well.
    c.linkTextEdit->clear();
    QTRY_COMPARE(spy.count(), 2);
    QVERIFY(lastFilter(spy).isEmpty());
}

void TestFilterBar::repeatedIdenticalInputEmitsNothing()
{
    FilterBar bar;
    Controls c(bar);
    QVERIFY(c.complete());
    FilterChoices choices;
    choices.projects = {{QStringLiteral("p1"), QStringLiteral("Alpha")}};
    bar.setChoices(choices);
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    QTest::keyClicks(c.searchEdit, QStringLiteral("abc"));
    QTRY_COMPARE(spy.count(), 1);

    // Retyping the same words, or adding only spaces, is no change.
    c.searchEdit->selectAll();
    QTest::keyClicks(c.searchEdit, QStringLiteral("abc "));
    QTRY_VERIFY(debounceIdle(c));
    QCOMPARE(spy.count(), 1);

    // A change and its undo within the pause is no change either.
    QTest::keyClick(c.searchEdit, Qt::Key_Backspace);
    QTest::keyClick(c.searchEdit, Qt::Key_Backspace);
    QTest::keyClicks(c.searchEdit, QStringLiteral("c"));
    QTRY_VERIFY(debounceIdle(c));
    QCOMPARE(spy.count(), 1);

    // Picking the same choice again, or setting the same filter, emits nothing.
    choose(c.projectCombo, 1);
    QCOMPARE(spy.count(), 2);
    choose(c.projectCombo, 1);
    QCOMPARE(spy.count(), 2);
    c.statusAction(QStringLiteral("All statuses"))->trigger();
    QCOMPARE(spy.count(), 2);
    choose(c.timeCombo, 0);
    QCOMPARE(spy.count(), 2);
    bar.setFilter(bar.filter());
    QCOMPARE(spy.count(), 2);
}

void TestFilterBar::hostileSearchTextArrivesUnchanged()
{
    FilterBar bar;
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    QTest::keyClicks(c.searchEdit, QStringLiteral("  '); DROP TABLE sms_log; --  "));
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(bar.filter().text, QStringLiteral("'); DROP TABLE sms_log; --"));

    // Wildcards and markup are data too.
    c.searchEdit->setText(QStringLiteral("100% _done_ \\ <b>x</b>"));
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(bar.filter().text, QStringLiteral("100% _done_ \\ <b>x</b>"));
}

void TestFilterBar::setFilterRoundTrips()
{
    FilterBar bar;
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    SmsFilter filter;
    filter.statuses = {QStringLiteral("Sending"), QStringLiteral("Failed"), QStringLiteral("Something new")};
    filter.sentFrom = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    filter.sentTo = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6, 7), Qt::UTC);
    filter.toNumber = QStringLiteral("+4915");
    filter.fromNumber = QStringLiteral("555");
    filter.text = QStringLiteral("Ünïcödé 🚀");
    filter.projectId = QStringLiteral("unknown-project");
    filter.errorCode = QStringLiteral("30007");
    filter.linkKind = LinkKind::OnCallDutyPolicySchedule;
    filter.linkText = QStringLiteral("night shift");

    bar.setFilter(filter);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(lastFilter(spy), filter);
    QCOMPARE(bar.filter(), filter);

    // The controls show it.
    QCOMPARE(c.statusButton->text(), QStringLiteral("Status: 3 selected"));
    QVERIFY(c.statusAction(QStringLiteral("Something new"))->isChecked());
    QCOMPARE(c.timeCombo->currentText(), QStringLiteral("Custom range…"));
    QVERIFY(c.fromEdit->isVisibleTo(&bar));
    QCOMPARE(c.fromEdit->dateTime().toUTC().date(), QDate(2026, 1, 2));
    QCOMPARE(c.toNumberEdit->text(), filter.toNumber);
    QCOMPARE(c.searchEdit->text(), filter.text);
    QCOMPARE(c.projectCombo->currentData().toString(), filter.projectId);
    QCOMPARE(c.errorCodeCombo->currentText(), filter.errorCode);
    QCOMPARE(c.linkKindCombo->currentText(), linkKindTitle(LinkKind::OnCallDutyPolicySchedule));
    QCOMPARE(c.linkTextEdit->text(), filter.linkText);
    QTRY_VERIFY(debounceIdle(c));
    QCOMPARE(spy.count(), 1);

    // Setting it again changes nothing.
    bar.setFilter(filter);
    QCOMPARE(spy.count(), 1);

    // An open-ended range survives as well.
    SmsFilter openEnded;
    openEnded.sentFrom = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    bar.setFilter(openEnded);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(bar.filter(), openEnded);
    QCOMPARE(c.toEdit->text(), QStringLiteral("open"));

    // A preset filter set back keeps the preset.
    bar.setClock([] { return fixedNow; });
    choose(c.timeCombo, c.timeCombo->findText(QStringLiteral("Last hour")));
    QCOMPARE(spy.count(), 3);
    bar.setFilter(bar.filter());
    QCOMPARE(c.timeCombo->currentText(), QStringLiteral("Last hour"));
    QCOMPARE(spy.count(), 3);
}

void TestFilterBar::setFilterWithInvalidRangeShowsError()
{
    FilterBar bar;
    Controls c(bar);
    QVERIFY(c.complete());
    QSignalSpy spy(&bar, &FilterBar::filterChanged);

    SmsFilter inverted;
    inverted.sentFrom = QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC);
    inverted.sentTo = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(!inverted.validationError().isEmpty());
    bar.setFilter(inverted);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(bar.errorText(), inverted.validationError());
    QVERIFY(c.toEdit->property("inputError").toBool());
    QVERIFY(bar.filter().isEmpty());
}

void TestFilterBar::focusSearch()
{
    FilterBar bar;
    Controls c(bar);
    QVERIFY(c.complete());
    bar.show();
    bar.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&bar));
    c.searchEdit->setText(QStringLiteral("old words"));
    bar.focusSearch();
    QTRY_VERIFY(c.searchEdit->hasFocus());
    QCOMPARE(c.searchEdit->selectedText(), QStringLiteral("old words"));
}

void TestFilterBar::everyControlIsNamedAndExplained()
{
    FilterBar bar;
    Controls c(bar);
    QVERIFY(c.complete());
    const QList<QWidget *> controls{c.statusButton, c.timeCombo,      c.fromEdit,     c.toEdit,
                                    c.projectCombo, c.errorCodeCombo, c.toNumberEdit, c.fromNumberEdit,
                                    c.searchEdit,   c.linkKindCombo,  c.linkTextEdit, c.clearButton};
    for (const QWidget *control : controls) {
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        QVERIFY2(!control->toolTip().isEmpty(), qPrintable(control->objectName()));
    }
    QCOMPARE(c.toNumberEdit->placeholderText(), QStringLiteral("To number contains…"));
    QCOMPARE(c.searchEdit->placeholderText(), QStringLiteral("Search SMS text and status message…"));
    QVERIFY(c.searchEdit->isClearButtonEnabled());
    QCOMPARE(c.linkTextEdit->placeholderText(), QStringLiteral("id, name or #number"));
    QCOMPARE(c.clearButton->text(), QStringLiteral("Clear filters"));
}

void TestFilterBar::fitsInTwoRowsAt1280()
{
    FilterBar bar;
    bar.setClock([] { return fixedNow; });
    Controls c(bar);
    QVERIFY(c.complete());
    FilterChoices choices;
    choices.projects = {{QStringLiteral("p1"), QStringLiteral("A project with a rather long name indeed")}};
    choices.errorCodes = {QStringLiteral("30007")};
    bar.setChoices(choices);
    choose(c.projectCombo, 1);
    choose(c.timeCombo, c.timeCombo->findText(QStringLiteral("Custom range…")));
    c.statusAction(QStringLiteral("Undelivered"))->trigger();
    c.statusAction(QStringLiteral("Low Balance"))->trigger();

    bar.resize(1280, bar.sizeHint().height());
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QVERIFY2(bar.minimumSizeHint().width() <= 1280,
             qPrintable(QString::number(bar.minimumSizeHint().width())));
    // Two rows: the clear button and the linked-resource text sit on different rows, every
    // control of a row on the same one.
    QCOMPARE(c.statusButton->geometry().center().y() < c.searchEdit->geometry().top(), true);
    QCOMPARE(c.clearButton->geometry().bottom() < c.linkTextEdit->geometry().top(), true);
    QVERIFY(c.clearButton->geometry().right() <= bar.width());
    QVERIFY(c.linkTextEdit->geometry().right() <= bar.width());
}

QTEST_MAIN(TestFilterBar)
#include "tst_filterbar.moc"
