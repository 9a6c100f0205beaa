// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "dashboardlinks.h"
#include "demogenerator.h"
#include "detailpane.h"
#include "linkkind.h"
#include "smsrecord.h"
#include "sqlitecachesource.h"
#include "urlcatcher.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

const QString dash = QStringLiteral("—");

QString longText()
{
    // Mixed scripts, emoji (surrogate pairs, a ZWJ sequence, a flag) and length.
    QString text = QStringLiteral("Störung: Datenbank nicht erreichbar. Сбой базы данных. "
                                  "قاعدة البيانات غير متاحة. データベースに接続できません。 "
                                  "🚨🔥 👩‍💻 🇩🇪\n");
    QString result;
    for (int i = 0; i < 40; ++i)
        result += QString::number(i) + QStringLiteral(": ") + text;
    return result + QStringLiteral("<b>not markup</b> & the end");
}

SmsRecord fullRecord()
{
    SmsRecord r;
    r.id = QStringLiteral("65f0c0ffee0000000000abcd");
    r.createdAt = QDateTime(QDate(2026, 3, 1), QTime(12, 34, 56), Qt::UTC);
    r.updatedAt = QDateTime(QDate(2026, 3, 1), QTime(12, 35, 10, 250), Qt::UTC);
    r.projectId = QStringLiteral("7d0b1c2e-0000-4000-8000-000000000001");
    r.projectName = QStringLiteral("<i>Prøject</i> 東京");
    r.toNumber = QStringLiteral("+4915112345678");
    r.fromNumber = QStringLiteral("+15550100");
    r.smsText = longText();
    r.statusMessage
        = QStringLiteral("Delivery status: Undelivered. Message ID: SM0123456789abcdef0123456789abcdef. "
                         "Provider error code: 30007.");
    r.errorCode = QStringLiteral("30007");
    r.status = QStringLiteral("Undelivered");
    r.costCents = 1234;

    const auto set = [&r](LinkKind kind, const QString &id, const QString &name) -> LinkedResource & {
        LinkedResource &link = r.link(kind);
        link.id = id;
        link.name = name;
        return link;
    };
    set(LinkKind::Incident, QStringLiteral("inc-1"), QStringLiteral("Database unreachable")).number = 42;
    set(LinkKind::Alert, QStringLiteral("alert-1"), QStringLiteral("CPU über 90 %")).number = 7;
    set(LinkKind::Monitor, QStringLiteral("mon-1"), QStringLiteral("api.example.com"));
    set(LinkKind::ScheduledMaintenance, QStringLiteral("sm-1"), QStringLiteral("Kernel upgrade"));
    set(LinkKind::StatusPage, QStringLiteral("sp-1"), QStringLiteral("Public status"));
    set(LinkKind::StatusPageAnnouncement, QStringLiteral("ann-1"), QStringLiteral("Planned downtime"));
    set(LinkKind::OnCallDutyPolicy, QStringLiteral("pol-1"), QStringLiteral("Primary on-call"));
    set(LinkKind::OnCallDutyPolicyEscalationRule, QStringLiteral("rule-1"),
        QStringLiteral("After 5 minutes"));
    set(LinkKind::OnCallDutyPolicySchedule, QStringLiteral("sched-1"), QStringLiteral("Night shift 🌙"));
    set(LinkKind::Team, QStringLiteral("team-1"), QStringLiteral("SRE"));
    set(LinkKind::User, QStringLiteral("user-1"), QStringLiteral("Ada Lovelace")).email
        = QStringLiteral("ada@example.com");
    return r;
}

} // namespace

class TestDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void startsEmpty();
    void showsEveryField();
    void linkTexts();
    void contextsOfTheShownMessage();
    void valuesAreSelectablePlainText();
    void clearShowsEmptyState();
    void missingValuesShowDash();
    void moneyFromCents_data();
    void moneyFromCents();
    void providerIdPreferredOverStatusMessage();
    void statusMarkerForEveryOutcome_data();
    void statusMarkerForEveryOutcome();
    void textHeightFollowsContent();
    void errorCodeMeaningAndProviderPage();
    void openInOneUptime_data();
    void openInOneUptime();
    void copyLink();
    void noInstanceDisablesWithTheReason();
    void demoDisablesWithTheReason();

private:
    template <typename T = QLabel>
    static T *value(const DetailPane &pane, const QString &name)
    {
        return pane.findChild<T *>(name);
    }
    static QString text(const DetailPane &pane, const QString &name)
    {
        const QLabel *label = value(pane, name);
        return label ? label->text() : QStringLiteral("<no widget %1>").arg(name);
    }
};

void TestDetailPane::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestDetailPane::startsEmpty()
{
    DetailPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QLabel *empty = value(pane, QStringLiteral("emptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("Select a message to see its details."));
}

void TestDetailPane::showsEveryField()
{
    DetailPane pane;
    pane.resize(420, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const SmsRecord r = fullRecord();
    pane.setRecord(r);

    QVERIFY(!value(pane, QStringLiteral("emptyState"))->isVisible());
    QVERIFY(value<QScrollArea>(pane, QStringLiteral("detailScrollArea"))->isVisible());

    // Times: local time shown, UTC ISO 8601 in the tooltip.
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    QDateTime shown = QDateTime::fromString(text(pane, QStringLiteral("sentAt")), format);
    QVERIFY(shown.isValid());
    QCOMPARE(shown.toUTC(), r.createdAt);
    QVERIFY(
        value(pane, QStringLiteral("sentAt"))->toolTip().contains(QStringLiteral("2026-03-01T12:34:56Z")));
    shown = QDateTime::fromString(text(pane, QStringLiteral("updatedAt")), format);
    QCOMPARE(shown.toUTC(), r.updatedAt.addMSecs(-250));
    QVERIFY(value(pane, QStringLiteral("updatedAt"))
                ->toolTip()
                .contains(QStringLiteral("2026-03-01T12:35:10.250Z")));

    QCOMPARE(text(pane, QStringLiteral("status")), QStringLiteral("Undelivered"));
    QVERIFY(!value(pane, QStringLiteral("statusIcon"))->pixmap().isNull());
    QVERIFY(!value(pane, QStringLiteral("status"))->toolTip().isEmpty());
    QCOMPARE(text(pane, QStringLiteral("errorCode")), QStringLiteral("30007 — Carrier filtered the message"));
    QCOMPARE(text(pane, QStringLiteral("cost")), QStringLiteral("$12.34"));
    QCOMPARE(text(pane, QStringLiteral("toNumber")), r.toNumber);
    QCOMPARE(text(pane, QStringLiteral("fromNumber")), r.fromNumber);
    QCOMPARE(text(pane, QStringLiteral("project")), r.projectName);
    QCOMPARE(text(pane, QStringLiteral("projectId")), r.projectId);
    QCOMPARE(text(pane, QStringLiteral("messageId")), r.id);
    // No provider id field: the Twilio SID is taken from the status message.
    QCOMPARE(text(pane, QStringLiteral("providerMessageId")),
             QStringLiteral("SM0123456789abcdef0123456789abcdef"));

    auto *sms = value<QPlainTextEdit>(pane, QStringLiteral("smsText"));
    QVERIFY(sms);
    QCOMPARE(sms->toPlainText(), r.smsText);
    QVERIFY(sms->isReadOnly());
    QCOMPARE(sms->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    QVERIFY(sms->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    auto *statusMessage = value<QPlainTextEdit>(pane, QStringLiteral("statusMessage"));
    QVERIFY(statusMessage);
    QCOMPARE(statusMessage->toPlainText(), r.statusMessage);
    QVERIFY(statusMessage->isReadOnly());

    // All eleven links, each with its id.
    for (const LinkKind kind : allLinkKinds) {
        const QString key = linkKindKey(kind);
        QLabel *name = value(pane, QStringLiteral("link_") + key);
        QLabel *id = value(pane, QStringLiteral("linkId_") + key);
        QVERIFY2(name && id, qPrintable(key));
        QVERIFY2(name->isVisible(), qPrintable(key));
        QCOMPARE(id->text(), r.link(kind).id);
        QVERIFY(name->text().contains(r.link(kind).name));
    }
    QVERIFY(!value(pane, QStringLiteral("noLinks"))->isVisible());
}

void TestDetailPane::linkTexts()
{
    DetailPane pane;
    SmsRecord r = fullRecord();
    pane.setRecord(r);
    QCOMPARE(text(pane, QStringLiteral("link_incident")), QStringLiteral("#42 Database unreachable"));
    QCOMPARE(text(pane, QStringLiteral("link_alert")), QStringLiteral("#7 CPU über 90 %"));
    QCOMPARE(text(pane, QStringLiteral("link_user")), QStringLiteral("Ada Lovelace <ada@example.com>"));
    QCOMPARE(text(pane, QStringLiteral("link_monitor")), QStringLiteral("api.example.com"));
    QCOMPARE(text(pane, QStringLiteral("link_onCallDutyPolicySchedule")), QStringLiteral("Night shift 🌙"));

    // Partial knowledge: number without title, title without number, email only, id only.
    r.link(LinkKind::Incident).name.clear();
    r.link(LinkKind::Alert).number.reset();
    r.link(LinkKind::User).name.clear();
    r.link(LinkKind::StatusPageAnnouncement).name.clear();
    pane.setRecord(r);
    QCOMPARE(text(pane, QStringLiteral("link_incident")), QStringLiteral("#42"));
    QCOMPARE(text(pane, QStringLiteral("link_alert")), QStringLiteral("CPU über 90 %"));
    QCOMPARE(text(pane, QStringLiteral("link_user")), QStringLiteral("ada@example.com"));
    QCOMPARE(text(pane, QStringLiteral("link_statusPageAnnouncement")), dash);
    QCOMPARE(text(pane, QStringLiteral("linkId_statusPageAnnouncement")), QStringLiteral("ann-1"));

    r.link(LinkKind::User).email.clear();
    r.link(LinkKind::User).name = QStringLiteral("Grace Hopper");
    pane.setRecord(r);
    QCOMPARE(text(pane, QStringLiteral("link_user")), QStringLiteral("Grace Hopper"));
}

void TestDetailPane::contextsOfTheShownMessage()
{
    DetailPane pane;
    pane.show();
    SmsRecord r = fullRecord();
    pane.setRecord(r);
    const auto context
        = [&](const QString &key) { return pane.findChild<QLabel *>(QStringLiteral("linkContext_") + key); };
    QVERIFY(context(QStringLiteral("incident")));
    QVERIFY(!context(QStringLiteral("incident"))->isVisible()); // nothing known yet, nothing shown

    const ResourceContexts contexts{
        {resourceContextKey(LinkKind::Incident, QStringLiteral("inc-1")),
         {QStringLiteral("INC-42"), QStringLiteral("Acknowledged"), QStringLiteral("Critical"), {}}},
        {resourceContextKey(LinkKind::Alert, QStringLiteral("alert-1")),
         {QStringLiteral("ALT-7"), {}, {}, {}}},
        {resourceContextKey(LinkKind::Monitor, QStringLiteral("mon-1")), {{}, {}, {}, QStringLiteral("API")}},
    };
    // An answer for another message (the selection moved on) changes nothing.
    pane.setContexts(QStringLiteral("another-message"), contexts);
    QCOMPARE(text(pane, QStringLiteral("link_incident")), QStringLiteral("#42 Database unreachable"));
    QVERIFY(!context(QStringLiteral("incident"))->isVisible());

    pane.setContexts(r.id, contexts);
    QCOMPARE(text(pane, QStringLiteral("link_incident")), QStringLiteral("INC-42 Database unreachable"));
    QCOMPARE(context(QStringLiteral("incident"))->text(),
             QStringLiteral("State: Acknowledged · Severity: Critical"));
    QVERIFY(context(QStringLiteral("incident"))->isVisible());
    // Only a label: the number as the project writes it, and no state line (none invented).
    QCOMPARE(text(pane, QStringLiteral("link_alert")), QStringLiteral("ALT-7 CPU über 90 %"));
    QVERIFY(!context(QStringLiteral("alert"))->isVisible());
    QCOMPARE(context(QStringLiteral("monitor"))->text(), QStringLiteral("Type: API"));
    QVERIFY(context(QStringLiteral("monitor"))->isVisible());
    // Kinds without a context never get one.
    QVERIFY(!context(QStringLiteral("team"))->isVisible());

    // The next message starts without the previous one's context.
    pane.setRecord(r);
    QCOMPARE(text(pane, QStringLiteral("link_incident")), QStringLiteral("#42 Database unreachable"));
    QVERIFY(!context(QStringLiteral("incident"))->isVisible());
    pane.clear();
    pane.setContexts(r.id, contexts);
    QVERIFY(!context(QStringLiteral("incident"))->isVisible());
}

void TestDetailPane::valuesAreSelectablePlainText()
{
    DetailPane pane;
    pane.setRecord(fullRecord());
    QStringList names{QStringLiteral("sentAt"),
                      QStringLiteral("updatedAt"),
                      QStringLiteral("status"),
                      QStringLiteral("errorCode"),
                      QStringLiteral("cost"),
                      QStringLiteral("toNumber"),
                      QStringLiteral("fromNumber"),
                      QStringLiteral("project"),
                      QStringLiteral("projectId"),
                      QStringLiteral("messageId"),
                      QStringLiteral("providerMessageId")};
    for (const LinkKind kind : allLinkKinds) {
        names << QStringLiteral("link_") + linkKindKey(kind) << QStringLiteral("linkId_") + linkKindKey(kind);
    }
    for (const QString &name : std::as_const(names)) {
        const QLabel *label = value(pane, name);
        QVERIFY2(label, qPrintable(name));
        QVERIFY2(label->textInteractionFlags().testFlag(Qt::TextSelectableByMouse), qPrintable(name));
        QVERIFY2(label->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard), qPrintable(name));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(name));
    }
}

void TestDetailPane::clearShowsEmptyState()
{
    DetailPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setRecord(fullRecord());
    QVERIFY(!value(pane, QStringLiteral("emptyState"))->isVisible());

    pane.clear();
    QLabel *empty = value(pane, QStringLiteral("emptyState"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("Select a message to see its details."));
    QVERIFY(!value<QScrollArea>(pane, QStringLiteral("detailScrollArea"))->isVisible());
    // Nothing of the old record is left behind.
    QCOMPARE(text(pane, QStringLiteral("toNumber")), dash);
    QCOMPARE(text(pane, QStringLiteral("link_incident")), dash);
    QVERIFY(value<QPlainTextEdit>(pane, QStringLiteral("smsText"))->toPlainText().isEmpty());

    // A new record brings the details back.
    pane.setRecord(fullRecord());
    QVERIFY(!empty->isVisible());
}

void TestDetailPane::missingValuesShowDash()
{
    DetailPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    SmsRecord r;
    r.id = QStringLiteral("only-an-id");
    pane.setRecord(r);

    for (const QString &name :
         {QStringLiteral("sentAt"), QStringLiteral("updatedAt"), QStringLiteral("status"),
          QStringLiteral("errorCode"), QStringLiteral("cost"), QStringLiteral("toNumber"),
          QStringLiteral("fromNumber"), QStringLiteral("project"), QStringLiteral("providerMessageId")}) {
        QCOMPARE(text(pane, name), dash);
    }
    QCOMPARE(text(pane, QStringLiteral("messageId")), QStringLiteral("only-an-id"));
    QVERIFY(value(pane, QStringLiteral("statusIcon"))->pixmap().isNull());
    auto *sms = value<QPlainTextEdit>(pane, QStringLiteral("smsText"));
    QVERIFY(sms->toPlainText().isEmpty());
    QCOMPARE(sms->placeholderText(), dash);

    QVERIFY(value(pane, QStringLiteral("noLinks"))->isVisible());
    QCOMPARE(text(pane, QStringLiteral("noLinks")), QStringLiteral("No linked resources"));
    for (const LinkKind kind : allLinkKinds)
        QVERIFY(!value(pane, QStringLiteral("link_") + linkKindKey(kind))->isVisible());

    // One link: only its row is shown.
    r.link(LinkKind::Team) = LinkedResource{QStringLiteral("team-9"), QStringLiteral("Ops"), {}, {}};
    pane.setRecord(r);
    QVERIFY(!value(pane, QStringLiteral("noLinks"))->isVisible());
    QVERIFY(value(pane, QStringLiteral("link_team"))->isVisible());
    QVERIFY(!value(pane, QStringLiteral("link_incident"))->isVisible());
}

void TestDetailPane::moneyFromCents_data()
{
    QTest::addColumn<std::optional<qint64>>("cents");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown") << std::optional<qint64>() << dash;
    QTest::newRow("zero") << std::optional<qint64>(0) << QStringLiteral("$0.00");
    QTest::newRow("five cents") << std::optional<qint64>(5) << QStringLiteral("$0.05");
    QTest::newRow("dollars and cents") << std::optional<qint64>(1234) << QStringLiteral("$12.34");
    QTest::newRow("refund") << std::optional<qint64>(-250) << QStringLiteral("-$2.50");
}

void TestDetailPane::moneyFromCents()
{
    QFETCH(std::optional<qint64>, cents);
    QFETCH(QString, expected);

    DetailPane pane;
    SmsRecord r;
    r.id = QStringLiteral("x");
    r.costCents = cents;
    pane.setRecord(r);
    QCOMPARE(text(pane, QStringLiteral("cost")), expected);
}

void TestDetailPane::providerIdPreferredOverStatusMessage()
{
    DetailPane pane;
    SmsRecord r = fullRecord();
    r.providerExternalId = QStringLiteral("provider-42");
    pane.setRecord(r);
    QCOMPARE(text(pane, QStringLiteral("providerMessageId")), QStringLiteral("provider-42"));

    r.providerExternalId.clear();
    r.statusMessage = QStringLiteral("Twilio Config not found");
    pane.setRecord(r);
    QCOMPARE(text(pane, QStringLiteral("providerMessageId")), dash);
}

void TestDetailPane::statusMarkerForEveryOutcome_data()
{
    QTest::addColumn<QString>("status");
    QTest::newRow("succeeded") << QStringLiteral("Delivered");
    QTest::newRow("pending") << QStringLiteral("Sending");
    QTest::newRow("failed") << QStringLiteral("Low Balance");
    QTest::newRow("unknown") << QStringLiteral("Queued by a newer server");
}

void TestDetailPane::statusMarkerForEveryOutcome()
{
    QFETCH(QString, status);
    DetailPane pane;
    SmsRecord r;
    r.id = QStringLiteral("x");
    r.status = status;
    pane.setRecord(r);
    QCOMPARE(text(pane, QStringLiteral("status")), status);
    QVERIFY(!value(pane, QStringLiteral("statusIcon"))->pixmap().isNull());
    // The outcome is also told in words, not only by colour.
    QVERIFY(!value(pane, QStringLiteral("statusIcon"))->toolTip().isEmpty());
    QVERIFY(!value(pane, QStringLiteral("statusIcon"))->accessibleName().isEmpty());
}

void TestDetailPane::textHeightFollowsContent()
{
    DetailPane pane;
    pane.resize(420, 800);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    SmsRecord r = fullRecord();
    r.smsText = QStringLiteral("Short.");
    pane.setRecord(r);
    auto *sms = value<QPlainTextEdit>(pane, QStringLiteral("smsText"));
    const int shortHeight = sms->height();

    r.smsText = longText();
    pane.setRecord(r);
    QTRY_VERIFY(sms->height() > shortHeight);
    const int longHeight = sms->height();
    // Capped: the rest scrolls inside the text box.
    QVERIFY(longHeight <= QFontMetrics(sms->font()).lineSpacing() * 16);
    QTRY_VERIFY(sms->verticalScrollBar()->maximum() > 0);

    // A narrower pane wraps a medium text into more lines.
    pane.resize(900, 800);
    r.smsText = QString(QStringLiteral("word ")).repeated(40);
    pane.setRecord(r);
    QTRY_VERIFY(sms->width() > 800);
    const int wide = sms->height();
    pane.resize(420, 800);
    QTRY_VERIFY(sms->height() > wide);
    QTRY_COMPARE(sms->verticalScrollBar()->maximum(), 0); // all of it visible without scrolling
}

void TestDetailPane::errorCodeMeaningAndProviderPage()
{
    DetailPane pane;
    pane.setRecord(fullRecord());
    const QLabel *doc = value(pane, QStringLiteral("errorCodeDoc"));
    QVERIFY(doc && doc->isVisibleTo(&pane));
    QVERIFY(doc->openExternalLinks());
    QVERIFY2(doc->text().contains(QStringLiteral("href=\"https://www.twilio.com/docs/api/errors/30007\"")),
             qPrintable(doc->text()));

    // A code the table does not know shows as it is, without a page.
    SmsRecord unknown = fullRecord();
    unknown.errorCode = QStringLiteral("99999");
    pane.setRecord(unknown);
    QCOMPARE(text(pane, QStringLiteral("errorCode")), QStringLiteral("99999"));
    QVERIFY(!doc->isVisibleTo(&pane));
}

void TestDetailPane::openInOneUptime_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("url");
    const QString d
        = QStringLiteral("https://ou.example.com/dashboard/7d0b1c2e-0000-4000-8000-000000000001/");
    QTest::newRow("SMS log page") << QStringLiteral("smsLog")
                                  << d + QStringLiteral("settings/notification-logs");
    QTest::newRow("incident") << QStringLiteral("incident") << d + QStringLiteral("incidents/inc-1");
    QTest::newRow("alert") << QStringLiteral("alert") << d + QStringLiteral("alerts/alert-1");
    QTest::newRow("monitor") << QStringLiteral("monitor") << d + QStringLiteral("monitors/mon-1");
    QTest::newRow("maintenance") << QStringLiteral("scheduledMaintenance")
                                 << d + QStringLiteral("scheduled-maintenance-events/sm-1");
    QTest::newRow("status page") << QStringLiteral("statusPage") << d + QStringLiteral("status-pages/sp-1");
    QTest::newRow("announcement") << QStringLiteral("statusPageAnnouncement")
                                  << d + QStringLiteral("status-pages/announcements/ann-1");
    QTest::newRow("policy") << QStringLiteral("onCallDutyPolicy")
                            << d + QStringLiteral("on-call-duty/policies/pol-1");
    QTest::newRow("escalation rule: its policy") << QStringLiteral("onCallDutyPolicyEscalationRule")
                                                 << d + QStringLiteral("on-call-duty/policies/pol-1");
    QTest::newRow("schedule") << QStringLiteral("onCallDutyPolicySchedule")
                              << d + QStringLiteral("on-call-duty/schedules/sched-1");
    QTest::newRow("team") << QStringLiteral("team") << d + QStringLiteral("teams/team-1");
    QTest::newRow("user: no page") << QStringLiteral("user") << QString();
}

void TestDetailPane::openInOneUptime()
{
    QFETCH(QString, key);
    QFETCH(QString, url);
    // Given a message of a project whose instance is known (from its API base),
    DetailPane pane;
    QStringList asked;
    pane.setDashboardBaseLookup([&asked](const QString &projectId) {
        asked << projectId;
        return DashboardBase{DashboardLinks::instanceBase(QUrl(QStringLiteral("https://ou.example.com/api"))),
                             {}};
    });
    pane.setRecord(fullRecord());
    QCOMPARE(asked, QStringList{fullRecord().projectId});
    // when its "Open in OneUptime" button is pressed,
    UrlCatcher browser;
    auto *open = value<QToolButton>(pane, QStringLiteral("open_") + key);
    QVERIFY(open);
    QCOMPARE(open->isEnabled(), !url.isEmpty());
    open->click();
    // then the browser is asked for the page (and nothing for a user).
    if (url.isEmpty()) {
        QVERIFY(browser.opened.isEmpty());
        QVERIFY(open->toolTip().contains(QStringLiteral("no page of their own")));
        return;
    }
    QCOMPARE(browser.opened.size(), 1);
    QCOMPARE(browser.opened.first().toString(), url);
}

void TestDetailPane::copyLink()
{
    DetailPane pane;
    pane.setDashboardBaseLookup([](const QString &) {
        return DashboardBase{QUrl(QStringLiteral("http://127.0.0.1:8080")), {}};
    });
    pane.setRecord(fullRecord());
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    value<QToolButton>(pane, QStringLiteral("copy_incident"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral(
                 "http://127.0.0.1:8080/dashboard/7d0b1c2e-0000-4000-8000-000000000001/incidents/inc-1"));
    value<QToolButton>(pane, QStringLiteral("copy_smsLog"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("http://127.0.0.1:8080/dashboard/7d0b1c2e-0000-4000-8000-000000000001/"
                            "settings/notification-logs"));
}

void TestDetailPane::noInstanceDisablesWithTheReason()
{
    const QString reason = QStringLiteral("This cache does not say which OneUptime instance it came from.");
    DetailPane pane;
    pane.setDashboardBaseLookup([reason](const QString &) { return DashboardBase{{}, reason}; });
    pane.setRecord(fullRecord());
    UrlCatcher browser;
    for (const QString &key :
         {QStringLiteral("smsLog"), QStringLiteral("incident"), QStringLiteral("team")}) {
        for (const QString &prefix : {QStringLiteral("open_"), QStringLiteral("copy_")}) {
            auto *button = value<QToolButton>(pane, prefix + key);
            QVERIFY(button);
            QVERIFY(!button->isEnabled());
            QCOMPARE(button->toolTip(), reason);
        }
    }
    QVERIFY(browser.opened.isEmpty());
}

void TestDetailPane::demoDisablesWithTheReason()
{
    // Given the demo data opened as the window opens it,
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.rows = 200;
    QCOMPARE(writeDemoCache(path, options), QString());
    SqliteCacheSource demo(path);
    QSignalSpy opened(&demo, &SmsLogSource::opened);
    demo.open();
    QVERIFY(opened.wait());
    // then its messages' pages cannot be opened, and the pane says why.
    DetailPane pane;
    pane.setDashboardBaseLookup([&demo](const QString &projectId) { return demo.dashboardBase(projectId); });
    pane.setRecord(fullRecord());
    auto *open = value<QToolButton>(pane, QStringLiteral("open_incident"));
    QVERIFY(!open->isEnabled());
    QCOMPARE(open->toolTip(), QStringLiteral("The demo data did not come from a OneUptime instance."));
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
