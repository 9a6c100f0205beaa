// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "dashboardlinks.h"
#include "smsrecord.h"

#include <QTest>

// The URL building of "Open in OneUptime" (DashboardLinks): the dashboard's routes per kind.
class TestDashboardLinks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void instanceBase_data();
    void instanceBase();
    void resourceUrl_data();
    void resourceUrl();
    void smsLogPage();
    void linksOfAMessage();
    void unknownInstanceGivesTheReason();
};

namespace {

const QUrl instance(QStringLiteral("https://oneuptime.example.com"));
const QString project = QStringLiteral("p1");

} // namespace

void TestDashboardLinks::instanceBase_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("base");
    QTest::newRow("instance") << QStringLiteral("https://oneuptime.com")
                              << QStringLiteral("https://oneuptime.com");
    QTest::newRow("trailing slash") << QStringLiteral("https://oneuptime.com/")
                                    << QStringLiteral("https://oneuptime.com");
    QTest::newRow("api base") << QStringLiteral("https://oneuptime.com/api")
                              << QStringLiteral("https://oneuptime.com");
    QTest::newRow("api base, slash") << QStringLiteral("https://oneuptime.com/api/")
                                     << QStringLiteral("https://oneuptime.com");
    QTest::newRow("under a path") << QStringLiteral("http://127.0.0.1:8080/ou/api")
                                  << QStringLiteral("http://127.0.0.1:8080/ou");
    QTest::newRow("query and user") << QStringLiteral("https://me:pw@oneuptime.com/api?x=1#f")
                                    << QStringLiteral("https://oneuptime.com");
    QTest::newRow("not a web address") << QStringLiteral("file:///etc/passwd") << QStringLiteral("");
    QTest::newRow("no host") << QStringLiteral("https:///api") << QStringLiteral("");
    QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("");
}

void TestDashboardLinks::instanceBase()
{
    QFETCH(QString, url);
    QFETCH(QString, base);
    QCOMPARE(DashboardLinks::instanceBase(QUrl(url)).toString(), base);
}

void TestDashboardLinks::resourceUrl_data()
{
    QTest::addColumn<LinkKind>("kind");
    QTest::addColumn<QString>("url");
    const QString d = QStringLiteral("https://oneuptime.example.com/dashboard/p1/");
    QTest::newRow("incident") << LinkKind::Incident << d + QStringLiteral("incidents/r1");
    QTest::newRow("alert") << LinkKind::Alert << d + QStringLiteral("alerts/r1");
    QTest::newRow("monitor") << LinkKind::Monitor << d + QStringLiteral("monitors/r1");
    QTest::newRow("maintenance") << LinkKind::ScheduledMaintenance
                                 << d + QStringLiteral("scheduled-maintenance-events/r1");
    QTest::newRow("status page") << LinkKind::StatusPage << d + QStringLiteral("status-pages/r1");
    QTest::newRow("announcement") << LinkKind::StatusPageAnnouncement
                                  << d + QStringLiteral("status-pages/announcements/r1");
    QTest::newRow("policy") << LinkKind::OnCallDutyPolicy << d + QStringLiteral("on-call-duty/policies/r1");
    QTest::newRow("schedule") << LinkKind::OnCallDutyPolicySchedule
                              << d + QStringLiteral("on-call-duty/schedules/r1");
    QTest::newRow("team") << LinkKind::Team << d + QStringLiteral("teams/r1");
    QTest::newRow("escalation rule: no page")
        << LinkKind::OnCallDutyPolicyEscalationRule << QStringLiteral("");
    QTest::newRow("user: no page") << LinkKind::User << QStringLiteral("");
}

void TestDashboardLinks::resourceUrl()
{
    QFETCH(LinkKind, kind);
    QFETCH(QString, url);
    QCOMPARE(DashboardLinks::resourceUrl(instance, project, kind, QStringLiteral("r1")).toString(), url);
    QVERIFY(DashboardLinks::resourceUrl(instance, project, kind, {}).isEmpty());
    QVERIFY(DashboardLinks::resourceUrl({}, project, kind, QStringLiteral("r1")).isEmpty());
}

void TestDashboardLinks::smsLogPage()
{
    QCOMPARE(DashboardLinks::smsLogUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/ou")), project).toString(),
             QStringLiteral("http://127.0.0.1:8080/ou/dashboard/p1/settings/notification-logs"));
    // An id is one path segment, whatever it holds.
    QCOMPARE(
        DashboardLinks::resourceUrl(instance, QStringLiteral("a/b"), LinkKind::Team, QStringLiteral("../x?y"))
            .toString(QUrl::FullyEncoded),
        QStringLiteral("https://oneuptime.example.com/dashboard/a%2Fb/teams/..%2Fx%3Fy"));
}

void TestDashboardLinks::linksOfAMessage()
{
    // Given a message with an incident, a policy, its escalation rule and a user,
    SmsRecord record;
    record.id = QStringLiteral("m1");
    record.projectId = project;
    record.link(LinkKind::Incident).id = QStringLiteral("i1");
    record.link(LinkKind::OnCallDutyPolicy).id = QStringLiteral("pol1");
    record.link(LinkKind::OnCallDutyPolicyEscalationRule).id = QStringLiteral("rule1");
    record.link(LinkKind::User).id = QStringLiteral("u1");
    // when its links are made for a known instance,
    const QList<DashboardLink> links = DashboardLinks::linksOf(record, {instance, {}});
    // then the SMS log page comes first, then each resource; the rule leads to its policy and
    // the user to no page, with the reason.
    QCOMPARE(links.size(), 5);
    QVERIFY(!links[0].kind);
    QCOMPARE(links[0].url.toString(),
             QStringLiteral("https://oneuptime.example.com/dashboard/p1/settings/notification-logs"));
    QCOMPARE(links[1].kind, LinkKind::Incident);
    QCOMPARE(links[1].url.toString(),
             QStringLiteral("https://oneuptime.example.com/dashboard/p1/incidents/i1"));
    QCOMPARE(links[2].kind, LinkKind::OnCallDutyPolicy);
    QCOMPARE(links[3].kind, LinkKind::OnCallDutyPolicyEscalationRule);
    QCOMPARE(links[3].url, links[2].url);
    QCOMPARE(links[4].kind, LinkKind::User);
    QVERIFY(links[4].url.isEmpty());
    QVERIFY(links[4].missingReason.contains(QStringLiteral("no page of their own")));

    // An escalation rule without its policy has no page either.
    record.link(LinkKind::OnCallDutyPolicy).id.clear();
    const QList<DashboardLink> withoutPolicy = DashboardLinks::linksOf(record, {instance, {}});
    QCOMPARE(withoutPolicy[2].kind, LinkKind::OnCallDutyPolicyEscalationRule);
    QVERIFY(withoutPolicy[2].url.isEmpty());
    QVERIFY(!withoutPolicy[2].missingReason.isEmpty());
}

void TestDashboardLinks::unknownInstanceGivesTheReason()
{
    SmsRecord record;
    record.projectId = project;
    record.link(LinkKind::Alert).id = QStringLiteral("a1");
    const QString reason = QStringLiteral("This cache does not say which OneUptime instance it came from.");
    const QList<DashboardLink> links = DashboardLinks::linksOf(record, {{}, reason});
    QCOMPARE(links.size(), 2);
    for (const DashboardLink &link : links) {
        QVERIFY(link.url.isEmpty());
        QCOMPARE(link.missingReason, reason);
    }
}

QTEST_GUILESS_MAIN(TestDashboardLinks)
#include "tst_dashboardlinks.moc"
