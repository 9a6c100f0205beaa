// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "demogenerator.h"
#include "smsstatus.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QList<SmsRecord> generateAll(const DemoOptions &options, int batch)
{
    DemoGenerator generator(options);
    QList<SmsRecord> all;
    for (QList<SmsRecord> chunk = generator.next(batch); !chunk.isEmpty(); chunk = generator.next(batch))
        all += chunk;
    return all;
}

DemoOptions options(qint64 rows, quint64 seed)
{
    DemoOptions o;
    o.rows = rows;
    o.seed = seed;
    o.end = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    o.days = 90;
    return o;
}

bool isOwnTwilioProject(const SmsRecord &r)
{
    return r.projectName.startsWith(u"Sakura Payments");
}

bool isAccepted(const QString &status)
{
    return status != u"Error" && status != u"Low Balance";
}

// Reads one number and the cache_info table of a cache file; -1 when the file cannot be read.
qint64 readCache(const QString &path, const QString &sql, QHash<QString, QString> *info = nullptr)
{
    static int connections = 0;
    const QString name = QStringLiteral("tst_demogenerator_%1").arg(++connections);
    qint64 result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0).toLongLong();
            if (info && query.exec(QStringLiteral("SELECT key, value FROM cache_info"))) {
                while (query.next())
                    info->insert(query.value(0).toString(), query.value(1).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameOptionsGiveSameRecords();
    void differentSeedGivesDifferentRecords();
    void stopsAtRequestedCount();
    void statusMixCoversEveryValue();
    void costsFollowTheRules();
    void timesAreChronologicalAndInRange();
    void idsAreUniqueAndNamesStable();
    void linksMatchTheMessageKind();
    void providerFieldsAreConsistent();
    void textsUseManyScriptsAndLengths();
    void writeDemoCacheWritesAllRows();
    void writeDemoCacheRefusesExistingPath();
    void writeDemoCacheCanBeCancelled();
    void writeDemoCacheFailsForMissingFolder();

private:
    DemoOptions m_options = options(20000, 7);
    QList<SmsRecord> m_records; // m_options, generated once
};

void TestDemoGenerator::initTestCase()
{
    m_records = generateAll(m_options, 1000);
    QCOMPARE(m_records.size(), 20000);
}

void TestDemoGenerator::sameOptionsGiveSameRecords()
{
    // Given two generators with equal options, read in different batch sizes
    const DemoOptions o = options(6000, 42);
    const QList<SmsRecord> a = generateAll(o, 500);
    const QList<SmsRecord> b = generateAll(o, 777);
    // Then every field of every record is equal
    QCOMPARE(a.size(), 6000);
    QCOMPARE(b.size(), a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QVERIFY2(a[i] == b[i], qPrintable(QStringLiteral("record %1 differs").arg(i)));
        QCOMPARE(a[i].createdAt.toMSecsSinceEpoch(), b[i].createdAt.toMSecsSinceEpoch());
        QCOMPARE(a[i].smsText, b[i].smsText);
    }
}

void TestDemoGenerator::differentSeedGivesDifferentRecords()
{
    const QList<SmsRecord> a = generateAll(options(6000, 42), 1000);
    const QList<SmsRecord> b = generateAll(options(6000, 43), 1000);
    QCOMPARE(b.size(), a.size());
    qsizetype sameId = 0;
    qsizetype sameText = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        sameId += a[i].id == b[i].id;
        sameText += a[i].smsText == b[i].smsText;
    }
    QCOMPARE(sameId, 0);
    QVERIFY2(sameText < a.size() / 2, qPrintable(QString::number(sameText)));
}

void TestDemoGenerator::stopsAtRequestedCount()
{
    DemoGenerator generator(options(10, 1));
    QCOMPARE(generator.total(), 10);
    QCOMPARE(generator.next(4).size(), 4);
    QCOMPARE(generator.next(100).size(), 6);
    QVERIFY(generator.next(100).isEmpty());
    QVERIFY(DemoGenerator(options(0, 1)).next(5).isEmpty());
}

void TestDemoGenerator::statusMixCoversEveryValue()
{
    QHash<QString, qsizetype> counts;
    qsizetype unknown = 0;
    const qint64 endMs = m_options.end.toMSecsSinceEpoch();
    const qint64 legacyEndMs = endMs - qint64(m_options.days) * 86400000 * 2 / 3;
    qsizetype newRows = 0;
    qsizetype sendingLastDay = 0;
    qsizetype lastDayRows = 0;
    for (const SmsRecord &r : std::as_const(m_records)) {
        ++counts[r.status];
        unknown += SmsStatus::outcome(r.status) == SmsStatus::Outcome::Unknown;
        const qint64 t = r.createdAt.toMSecsSinceEpoch();
        const bool legacy = t < legacyEndMs;
        const bool legacyStatus
            = r.status == u"Success" || r.status == u"Error" || r.status == u"Low Balance";
        if (legacy)
            QVERIFY2(legacyStatus, qPrintable(r.status));
        else
            QVERIFY2(r.status != u"Success", qPrintable(r.createdAt.toString(Qt::ISODate)));
        newRows += !legacy;
        if (t >= endMs - 86400000) {
            ++lastDayRows;
            sendingLastDay += r.status == u"Sending";
        }
        if (r.status == u"Low Balance")
            QVERIFY(!isOwnTwilioProject(r));
    }
    for (const QString &status : SmsStatus::knownValues())
        QVERIFY2(counts.value(status) > 0, qPrintable(status));
    QVERIFY(unknown > 0);
    QVERIFY2(unknown < 20, qPrintable(QString::number(unknown)));
    // Delivered dominates the new statuses (~78 %); Success dominates the legacy third (~90 %).
    QVERIFY(counts.value(QStringLiteral("Delivered")) * 100 > newRows * 70);
    QVERIFY(counts.value(QStringLiteral("Delivered")) * 100 < newRows * 86);
    QVERIFY(counts.value(QStringLiteral("Success")) * 100 > (m_records.size() - newRows) * 85);
    // Sending is mostly a thing of the last day.
    QVERIFY(sendingLastDay * 2 > counts.value(QStringLiteral("Sending")));
    QVERIFY(sendingLastDay * 100 > lastDayRows * 5);
}

void TestDemoGenerator::costsFollowTheRules()
{
    qsizetype charged = 0;
    qsizetype ownRows = 0;
    for (const SmsRecord &r : std::as_const(m_records)) {
        QVERIFY(r.costCents.has_value());
        QVERIFY(*r.costCents >= 0);
        if (!isAccepted(r.status))
            QCOMPARE(*r.costCents, 0);
        if (isOwnTwilioProject(r)) {
            ++ownRows;
            QCOMPARE(*r.costCents, 0);
        } else if (isAccepted(r.status)) {
            // Per 160-character segment, 10 or 25 (high-risk destinations) cents; no refunds.
            const bool sensitive = r.smsText == u"This message is sensitive and is not logged";
            const qint64 segments = sensitive ? 1 : (r.smsText.size() + 159) / 160;
            const bool highRisk = r.toNumber.startsWith(u"+92") || r.toNumber.startsWith(u"+27")
                || r.toNumber.startsWith(u"+213");
            QCOMPARE(*r.costCents, segments * (highRisk ? 25 : 10));
            ++charged;
        }
    }
    QVERIFY(ownRows > 1000);
    QVERIFY(charged > 10000);
}

void TestDemoGenerator::timesAreChronologicalAndInRange()
{
    const QDateTime start = m_options.end.addDays(-m_options.days);
    QDateTime previous = start;
    for (const SmsRecord &r : std::as_const(m_records)) {
        QCOMPARE(r.createdAt.timeSpec(), Qt::UTC);
        QCOMPARE(r.updatedAt.timeSpec(), Qt::UTC);
        QVERIFY2(r.createdAt >= previous, qPrintable(r.createdAt.toString(Qt::ISODateWithMs)));
        QVERIFY(r.createdAt <= m_options.end);
        QVERIFY(r.updatedAt >= r.createdAt);
        QVERIFY(r.updatedAt <= r.createdAt.addSecs(15 * 60));
        if (r.status == u"Delivered" || r.status == u"Undelivered" || r.status == u"Failed")
            QVERIFY(r.updatedAt > r.createdAt);
        if (r.status == u"Error" || r.status == u"Low Balance" || r.status == u"Success")
            QCOMPARE(r.updatedAt, r.createdAt);
        previous = r.createdAt;
    }
    // The data fills the span: the first day and the last day both have messages.
    QVERIFY(m_records.first().createdAt < start.addDays(1));
    QVERIFY(m_records.last().createdAt > m_options.end.addDays(-1));
}

void TestDemoGenerator::idsAreUniqueAndNamesStable()
{
    static const QRegularExpression uuidV4(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QSet<QString> ids;
    QHash<QString, LinkedResource> resources; // "kind/id" -> resource
    QHash<QString, QString> projectNames;
    for (const SmsRecord &r : std::as_const(m_records)) {
        QVERIFY2(uuidV4.match(r.id).hasMatch(), qPrintable(r.id));
        ids.insert(r.id);
        QVERIFY(uuidV4.match(r.projectId).hasMatch());
        QCOMPARE(projectNames.value(r.projectId, r.projectName), r.projectName);
        projectNames.insert(r.projectId, r.projectName);
        for (LinkKind kind : allLinkKinds) {
            const LinkedResource &link = r.link(kind);
            if (!link.isSet())
                continue;
            QVERIFY(uuidV4.match(link.id).hasMatch());
            QVERIFY(!link.name.isEmpty());
            const QString key = linkKindKey(kind) + u'/' + link.id;
            const auto known = resources.constFind(key);
            if (known != resources.constEnd())
                QVERIFY2(*known == link, qPrintable(key));
            else
                resources.insert(key, link);
        }
    }
    QCOMPARE(ids.size(), m_records.size());
    QCOMPARE(projectNames.size(), 4);
}

void TestDemoGenerator::linksMatchTheMessageKind()
{
    QSet<LinkKind> seen;
    qsizetype unlinked = 0;
    for (const SmsRecord &r : std::as_const(m_records)) {
        bool any = false;
        for (LinkKind kind : allLinkKinds) {
            if (r.link(kind).isSet()) {
                seen.insert(kind);
                any = true;
            }
        }
        unlinked += !any;
        const bool issue = r.link(LinkKind::Incident).isSet() || r.link(LinkKind::Alert).isSet();
        if (issue) {
            QVERIFY(!(r.link(LinkKind::Incident).isSet() && r.link(LinkKind::Alert).isSet()));
            const LinkKind issueKind
                = r.link(LinkKind::Incident).isSet() ? LinkKind::Incident : LinkKind::Alert;
            QVERIFY(r.link(issueKind).number.has_value());
            for (LinkKind kind :
                 {LinkKind::Monitor, LinkKind::OnCallDutyPolicy, LinkKind::OnCallDutyPolicyEscalationRule,
                  LinkKind::OnCallDutyPolicySchedule, LinkKind::Team, LinkKind::User})
                QVERIFY(r.link(kind).isSet());
            QVERIFY(!r.link(LinkKind::User).email.isEmpty());
        }
        if (r.link(LinkKind::ScheduledMaintenance).isSet()
            || r.link(LinkKind::StatusPageAnnouncement).isSet()) {
            QVERIFY(r.link(LinkKind::StatusPage).isSet());
            QVERIFY(!r.link(LinkKind::User).isSet());
        }
    }
    QCOMPARE(seen.size(), LinkKindCount);
    QVERIFY(unlinked > 0);
}

void TestDemoGenerator::providerFieldsAreConsistent()
{
    static const QRegularExpression sid(QStringLiteral("^SM[0-9a-f]{32}$"));
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
    const QSet<QString> undelivered{QStringLiteral("30003"), QStringLiteral("30005"), QStringLiteral("30006"),
                                    QStringLiteral("30007"), QStringLiteral("30008")};
    const QSet<QString> failed{QStringLiteral("21610"), QStringLiteral("21614"), QStringLiteral("30004"),
                               QStringLiteral("30034")};
    const QSet<QString> error{QStringLiteral("21211"), QStringLiteral("21408"), QStringLiteral("21612")};
    qsizetype configMissing = 0;
    qsizetype errorCodes = 0;
    for (const SmsRecord &r : std::as_const(m_records)) {
        QVERIFY2(e164.match(r.toNumber).hasMatch(), qPrintable(r.toNumber));
        if (isAccepted(r.status)) {
            QVERIFY2(sid.match(r.providerExternalId).hasMatch(), qPrintable(r.providerExternalId));
            QVERIFY(r.statusMessage.contains(r.providerExternalId));
            QVERIFY(e164.match(r.fromNumber).hasMatch());
        } else {
            QVERIFY(r.providerExternalId.isNull());
        }
        if (r.status == u"Undelivered") {
            QVERIFY2(undelivered.contains(r.errorCode), qPrintable(r.errorCode));
            QCOMPARE(r.statusMessage,
                     QStringLiteral("Delivery status: Undelivered. Message ID: %1. Provider error code: %2.")
                         .arg(r.providerExternalId, r.errorCode));
        } else if (r.status == u"Failed") {
            QVERIFY2(failed.contains(r.errorCode), qPrintable(r.errorCode));
        } else if (r.status == u"Error" && !r.errorCode.isNull()) {
            QVERIFY2(error.contains(r.errorCode), qPrintable(r.errorCode));
            ++errorCodes;
        } else {
            QVERIFY2(r.errorCode.isNull(), qPrintable(r.status));
        }
        if (r.status == u"Delivered")
            QCOMPARE(r.statusMessage,
                     QStringLiteral("Delivery status: Delivered. Message ID: %1.").arg(r.providerExternalId));
        if (r.status == u"Low Balance")
            QVERIFY(r.statusMessage.contains(u"enough"));
        if (r.statusMessage == u"Twilio Config not found") {
            ++configMissing;
            QVERIFY(r.fromNumber.isEmpty());
        }
    }
    QVERIFY(configMissing > 0);
    QVERIFY(errorCodes > 0);
}

void TestDemoGenerator::textsUseManyScriptsAndLengths()
{
    struct Script {
        const char *name;
        char32_t first;
        char32_t last;
        qsizetype count = 0;
    };
    Script scripts[]
        = {{"Cyrillic", 0x0400, 0x04FF},       {"Arabic", 0x0600, 0x06FF}, {"Devanagari", 0x0900, 0x097F},
           {"Kana", 0x3040, 0x30FF},           {"CJK", 0x4E00, 0x9FFF},    {"Emoji", 0x1F300, 0x1FAFF},
           {"Latin-1 letters", 0x00C0, 0x00FF}};
    qsizetype multiSegment = 0;
    qsizetype veryLong = 0;
    qsizetype sensitive = 0;
    for (const SmsRecord &r : std::as_const(m_records)) {
        QVERIFY(!r.smsText.isEmpty());
        const QList<uint> codePoints = r.smsText.toUcs4();
        for (Script &script : scripts) {
            for (uint c : codePoints) {
                if (c >= script.first && c <= script.last) {
                    ++script.count;
                    break;
                }
            }
        }
        multiSegment += r.smsText.size() > 160;
        veryLong += r.smsText.size() >= 300 && r.smsText.size() <= 800;
        QVERIFY(r.smsText.size() <= 800);
        sensitive += r.smsText == u"This message is sensitive and is not logged";
    }
    for (const Script &script : scripts)
        QVERIFY2(script.count > 0, script.name);
    QVERIFY(multiSegment > 100);
    QVERIFY(veryLong > 50);
    QVERIFY(sensitive > 100);
}

void TestDemoGenerator::writeDemoCacheWritesAllRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.smslog"));
    DemoOptions o = options(12345, 5);
    qint64 lastDone = -1;
    qint64 calls = 0;
    bool ordered = true;
    qint64 totalSeen = 0;
    const QString error = writeDemoCache(path, o, [&](qint64 done, qint64 total) {
        ordered = ordered && done >= lastDone;
        totalSeen = total;
        lastDone = done;
        ++calls;
        return true;
    });
    QVERIFY(ordered);
    QCOMPARE(totalSeen, 12345);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(lastDone, 12345);
    QVERIFY(calls >= 3);

    QHash<QString, QString> info;
    QCOMPARE(readCache(path, QStringLiteral("SELECT COUNT(*) FROM sms_log"), &info), 12345);
    QCOMPARE(info.value(QStringLiteral("generator")), QStringLiteral("demo"));
    QCOMPARE(info.value(QStringLiteral("seed")), QStringLiteral("5"));
    QCOMPARE(info.value(QStringLiteral("rows")), QStringLiteral("12345"));
    // The file holds the generator's records, e.g. the same total cost.
    qint64 cost = 0;
    for (const SmsRecord &r : generateAll(o, 5000))
        cost += r.costCents.value_or(0);
    QCOMPARE(readCache(path, QStringLiteral("SELECT SUM(cost_cents) FROM sms_log")), cost);
    // No temporary file or journal is left next to it.
    const QStringList entries = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    QCOMPARE(entries, QStringList{QStringLiteral("demo.smslog")});
}

void TestDemoGenerator::writeDemoCacheRefusesExistingPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("existing.smslog"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a cache, keep me");
    }
    bool called = false;
    const QString error = writeDemoCache(path, options(100, 1), [&](qint64, qint64) {
        called = true;
        return true;
    });
    QVERIFY(!error.isEmpty());
    QVERIFY(!called);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("not a cache, keep me"));
    const QStringList entries = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    QCOMPARE(entries, QStringList{QStringLiteral("existing.smslog")});
}

void TestDemoGenerator::writeDemoCacheCanBeCancelled()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cancelled.smslog"));
    qint64 lastDone = 0;
    const QString error = writeDemoCache(path, options(30000, 1), [&](qint64 done, qint64) {
        lastDone = done;
        return done < 10000; // stop part way
    });
    QVERIFY(!error.isEmpty());
    QVERIFY(lastDone >= 10000 && lastDone < 30000);
    // Neither the cache nor its temporary file is left behind.
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

void TestDemoGenerator::writeDemoCacheFailsForMissingFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("missing/demo.smslog"));
    QVERIFY(!writeDemoCache(path, options(100, 1)).isEmpty());
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
