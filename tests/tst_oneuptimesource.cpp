// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "costreportmodel.h"
#include "costsummary.h"
#include "demogenerator.h"
#include "liverecorder.h"
#include "logsession.h"
#include "oneuptimeserver.h"
#include "oneuptimesource.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"
#include "sqlitecachesource.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

// The live source (OneUptimeSource over OneUptimeClient) against the OneUptime imitation on
// loopback: the rows, counts and totals it gives must be the cache source's for the same data
// (restricted to the key's project, the server's tenant), and every failure the server can
// produce must end in the right kind of error, or in a successful retry.

Q_DECLARE_METATYPE(OneUptimeFaults)

namespace {

using RequestId = SmsLogSource::RequestId;
using Kind = SourceError::Kind;

const QString readKey = QStringLiteral("3f1e6c1a-0b2d-4c9e-8f7a-5d4c3b2a1908"); // ReadSmsLog
const QString memberKey = QStringLiteral("11111111-2222-4333-8444-555555555555"); // ProjectMember
const QString noPermissionKey = QStringLiteral("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"); // ReadIncident
const QString wrongKey = QStringLiteral("99999999-9999-4999-8999-999999999999"); // unknown
const QStringList allKeys{readKey, memberKey, noPermissionKey, wrongKey};

SmsQuery query(const SmsFilter &filter, SmsColumn column = SmsColumn::SentAt,
               Qt::SortOrder order = Qt::DescendingOrder)
{
    return {filter, {column, order}};
}

QStringList ids(const QList<SmsRecord> &rows)
{
    QStringList result;
    for (const SmsRecord &r : rows)
        result << r.id;
    return result;
}

// The order the server gives: the sort column (NULLs last ascending, as PostgreSQL), then _id.
QList<SmsRecord> serverOrder(QList<SmsRecord> rows, const SmsSort &sort)
{
    const auto compare = [&sort](const SmsRecord &a, const SmsRecord &b) -> int {
        const auto nulls = [](bool x, bool y) { return x == y ? 0 : (x ? 1 : -1); };
        switch (sort.column) {
        case SmsColumn::SentAt: return a.createdAt == b.createdAt ? 0 : (a.createdAt < b.createdAt ? -1 : 1);
        case SmsColumn::Cost:
            if (!a.costCents || !b.costCents)
                return nulls(!a.costCents, !b.costCents);
            return *a.costCents == *b.costCents ? 0 : (*a.costCents < *b.costCents ? -1 : 1);
        case SmsColumn::Status:
            if (a.status.isNull() || b.status.isNull())
                return nulls(a.status.isNull(), b.status.isNull());
            return a.status.compare(b.status);
        case SmsColumn::To:
            if (a.toNumber.isNull() || b.toNumber.isNull())
                return nulls(a.toNumber.isNull(), b.toNumber.isNull());
            return a.toNumber.compare(b.toNumber);
        default: return 0;
        }
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const SmsRecord &a, const SmsRecord &b) {
        const int order = compare(a, b);
        if (order != 0)
            return sort.order == Qt::DescendingOrder ? order > 0 : order < 0;
        return a.id.toLower() < b.id.toLower();
    });
    return rows;
}

// Groups as text, ordered by key, so that tie order does not matter and a difference is readable.
QString byKey(const QList<CostGroup> &groups)
{
    QMap<QString, CostGroup> map;
    for (const CostGroup &g : groups)
        map.insert(g.key, g);
    QStringList lines;
    for (const CostGroup &g : std::as_const(map))
        lines << QStringLiteral("%1 (%2): %3 messages, %4 cents")
                     .arg(g.key, g.label)
                     .arg(g.messages)
                     .arg(g.costCents);
    return lines.join(u'\n');
}

bool containsKey(const QString &text)
{
    return std::any_of(allKeys.cbegin(), allKeys.cend(),
                       [&text](const QString &key) { return text.contains(key, Qt::CaseInsensitive); });
}

} // namespace

class TestOneUptimeSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_smallCache;
    QString m_bigCache;
    QDateTime m_end; // newest demo message
    OneUptimeServer m_server; // the small cache, current version
    OneUptimeServer m_bigServer; // 12,000+ rows in the key's project
    QString m_project; // the keys' project on m_server
    QString m_bigProject;
    std::unique_ptr<SqliteCacheSource> m_cache; // the small cache, for comparison
    std::unique_ptr<Live> m_live; // open on m_server with readKey
    QList<SourceError> m_errors; // every error the fault cases produced

    OneUptimeSettings settings(const OneUptimeServer &server, const QString &key = readKey) const
    {
        OneUptimeSettings s;
        s.instance = server.url();
        s.apiKey = key;
        s.label = QStringLiteral("loopback");
        s.timeoutMs = 5000;
        s.maxAttempts = 3;
        s.retryBaseMs = 20;
        s.maxRetryWaitMs = 150;
        return s;
    }

    std::unique_ptr<Live> openLive(const OneUptimeSettings &s)
    {
        auto live = std::make_unique<Live>(s);
        if (!live->open())
            qWarning("open failed: %s",
                     live->a.openError ? qPrintable(live->a.openError->message) : "no answer");
        return live;
    }

    // Every row of `q`, `page` rows per request, one request after the other.
    QList<SmsRecord> fetchAll(Live &live, const SmsQuery &q, int page = 300, SourceError *error = nullptr)
    {
        QList<SmsRecord> all;
        for (qint64 offset = 0;; offset += page) {
            const RequestId id = live->requestRows(q, offset, page);
            if (!live.wait(id)) {
                qWarning("rows request %llu did not answer", id);
                return {};
            }
            if (live.a.errors.contains(id)) {
                if (error)
                    *error = live.a.errors.value(id);
                else
                    qWarning("rows failed: %s", qPrintable(live.a.errors.value(id).message));
                return {};
            }
            const QList<SmsRecord> rows = live.a.rows.value(id);
            all += rows;
            if (rows.size() < page)
                return all;
        }
    }

    QList<SmsRecord> cacheRows(SmsFilter filter, const SmsSort &sort)
    {
        filter.projectId = m_project;
        QSignalSpy rows(m_cache.get(), &SmsLogSource::rowsFetched);
        const auto id = m_cache->requestRows({filter, sort}, 0, 1000000);
        if (!rows.wait(15000) || rows.first().first().toULongLong() != id)
            return {};
        return rows.first().at(2).value<QList<SmsRecord>>();
    }

    CostTotals cacheTotals(SmsFilter filter)
    {
        filter.projectId = m_project;
        QSignalSpy totals(m_cache.get(), &SmsLogSource::totalsFetched);
        m_cache->requestTotals(filter);
        if (!totals.wait(15000))
            return {};
        return totals.first().at(1).value<CostTotals>();
    }

    // get-list request bodies the server received since `from`.
    QList<QByteArray> listBodies(const OneUptimeServer &server, qsizetype from = 0) const
    {
        QList<QByteArray> bodies;
        for (qsizetype i = from; i < server.requests().size(); ++i) {
            if (server.requests().at(i).target.startsWith("/api/sms-log/get-list"))
                bodies << server.requests().at(i).body;
        }
        return bodies;
    }

    int requestsTo(const OneUptimeServer &server, const QByteArray &prefix, qsizetype from = 0) const
    {
        int n = 0;
        for (qsizetype i = from; i < server.requests().size(); ++i)
            n += server.requests().at(i).target.startsWith(prefix) ? 1 : 0;
        return n;
    }

    // A demo record of the small cache linked to `kind` (the first one in the key's project).
    SmsRecord linkedRow(LinkKind kind)
    {
        for (const SmsRecord &r : cacheRows({}, {}))
            if (r.link(kind).isSet() && !r.link(kind).name.isEmpty())
                return r;
        return {};
    }

    // 12 messages of incidents, then 12 of alerts (most with a monitor), of the key's project.
    QList<SmsRecord> contextSample()
    {
        QList<SmsRecord> rows;
        for (const SmsRecord &r : cacheRows({}, {})) {
            if ((r.link(LinkKind::Incident).isSet() && rows.size() < 12)
                || (r.link(LinkKind::Alert).isSet() && rows.size() >= 12 && rows.size() < 24))
                rows << r;
        }
        return rows;
    }

    // The answer of `source` to requestContexts(rows); nullopt when it did not answer.
    static std::optional<ResourceContexts> contextsOf(SmsLogSource &source, const QList<SmsRecord> &rows)
    {
        QSignalSpy answers(&source, &SmsLogSource::contextsFetched);
        QSignalSpy failures(&source, &SmsLogSource::requestFailed);
        const auto id = source.requestContexts(rows);
        if (id == 0)
            return ResourceContexts();
        const auto answered = [&] {
            for (const QList<QVariant> &answer : std::as_const(answers))
                if (answer.at(0).toULongLong() == id)
                    return true;
            return false;
        };
        if (!QTest::qWaitFor(answered, 15000) || !failures.isEmpty())
            return std::nullopt;
        for (const QList<QVariant> &answer : std::as_const(answers))
            if (answer.at(0).toULongLong() == id)
                return answer.at(1).value<ResourceContexts>();
        return std::nullopt;
    }

    void compareRecords(const QList<SmsRecord> &live, const QList<SmsRecord> &expected,
                        bool announcementTitles)
    {
        QCOMPARE(ids(live), ids(expected));
        for (qsizetype i = 0; i < live.size(); ++i) {
            const SmsRecord &l = live.at(i);
            const SmsRecord &c = expected.at(i);
            QCOMPARE(l.createdAt, c.createdAt);
            QCOMPARE(l.updatedAt, c.updatedAt);
            QCOMPARE(l.projectId, c.projectId);
            QCOMPARE(l.projectName, c.projectName);
            QCOMPARE(l.toNumber, c.toNumber);
            QCOMPARE(l.fromNumber, c.fromNumber);
            QCOMPARE(l.smsText, c.smsText);
            QCOMPARE(l.statusMessage, c.statusMessage);
            QCOMPARE(l.errorCode, c.errorCode);
            QCOMPARE(l.providerExternalId, c.providerExternalId);
            QCOMPARE(l.status, c.status);
            QCOMPARE(l.costCents, c.costCents);
            for (LinkKind kind : allLinkKinds) {
                LinkedResource want = c.link(kind);
                if (kind == LinkKind::StatusPageAnnouncement && !announcementTitles)
                    want.name.clear();
                QCOMPARE(l.link(kind).id, want.id);
                QCOMPARE(l.link(kind).name, want.name);
                QCOMPARE(l.link(kind).number, want.number);
                QCOMPARE(l.link(kind).email, want.email);
            }
        }
    }

private Q_SLOTS:
    void initTestCase();
    void init()
    {
        // Reading a reply the transfer timeout has closed.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("QIODevice::read")));
    }
    void openFindsVersionProjectAndCount();
    void rowsEqualTheCache_data();
    void rowsEqualTheCache();
    void filtersWithoutACacheEquivalent();
    void unsupportedFiltersMatchNothingOnAnOldServer();
    void pagingThroughManyRowsWhileTheServerInserts();
    void oldServerAdaptsTheSelect();
    void rejectedColumnIsDroppedAndRetriedOnce_data();
    void rejectedColumnIsDroppedAndRetriedOnce();
    void announcementTitles();
    void contextsFollowTheKeysPermissions();
    void closingWhileContextsAreReadIsSafe();
    void faults_data();
    void faults();
    void retryAfterDateIsReadOnTheServersClock();
    void sameOriginRedirectOfAListIsAnErrorNotBlankRows();
    void crossOriginRedirectNeverCarriesTheKey();
    void cancelAbortsTheCalls();
    void supersededFilterNeverDeliversStaleRows();
    void totalsEqualTheCache_data();
    void totalsEqualTheCache();
    void totalsProgressAndCancel();
    void onePassServesTotalsAndCosts();
    void sessionPagesOnceForTotalsAndCosts();
    void newCountAndSnapshotFollowTheServersClock();
    void tableModelAndSummaryOnTheLiveSource();
    void httpDateIsUtcWhateverTheLocalZone();
    void theKeyIsNeverWrittenOrShown();
};

void TestOneUptimeSource::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Demo data ends in the past: the source only shows what the server's clock says has been sent.
    m_end = std::min(QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC),
                     QDateTime::currentDateTimeUtc().addDays(-1));
    m_end.setTime(QTime(m_end.time().hour(), 0));

    m_smallCache = m_dir.filePath(QStringLiteral("small.sqlite"));
    DemoOptions options;
    options.rows = 3000;
    options.seed = 11;
    options.end = m_end;
    options.days = 60;
    QCOMPARE(writeDemoCache(m_smallCache, options), QString());
    QCOMPARE(m_server.loadCache(m_smallCache), QString());
    m_project = m_server.largestProject();
    m_server.addKey(readKey, m_project, QStringLiteral("ReadSmsLog"));
    m_server.addKey(memberKey, m_project, QStringLiteral("ProjectMember"));
    m_server.addKey(noPermissionKey, m_project, QStringLiteral("ReadIncident"));
    QVERIFY(m_server.listen() != 0);

    m_bigCache = m_dir.filePath(QStringLiteral("big.sqlite"));
    options.rows = 30500;
    options.seed = 5;
    QCOMPARE(writeDemoCache(m_bigCache, options), QString());
    QCOMPARE(m_bigServer.loadCache(m_bigCache), QString());
    m_bigProject = m_bigServer.largestProject();
    m_bigServer.addKey(readKey, m_bigProject, QStringLiteral("ReadSmsLog"));
    QVERIFY(m_bigServer.listen() != 0);

    m_cache = std::make_unique<SqliteCacheSource>(m_smallCache);
    QSignalSpy opened(m_cache.get(), &SmsLogSource::opened);
    m_cache->open();
    QVERIFY(opened.wait(15000));

    m_live = openLive(settings(m_server));
    QVERIFY(m_live->a.opened);
}

void TestOneUptimeSource::openFindsVersionProjectAndCount()
{
    Live &live = *m_live;
    const OneUptimeServerInfo &info = live->serverInfo();
    QCOMPARE(info.version, m_server.version());
    QVERIFY(info.features.errorCode && info.features.multiSearch && info.features.relations);
    QCOMPARE(info.features.maxPageSize, 10000);
    QCOMPARE(info.projectId, m_project);
    QVERIFY(!info.projectName.isEmpty());
    QCOMPARE(info.projectName, cacheRows({}, {}).value(0).projectName);
    QCOMPARE(info.messageCount, qint64(cacheRows({}, {}).size()));
    QVERIFY(info.messageCount > 500);
    QVERIFY(live->description().contains(info.projectName));
    QVERIFY(live->isLive());
    // The snapshot comes from the server's clock, a little in the past.
    QVERIFY(live->snapshotTime().isValid());
    QVERIFY(qAbs(live->snapshotTime().msecsTo(QDateTime::currentDateTimeUtc())) < 10000);
    QVERIFY(live->snapshotTime() <= live->liveNow().addMSecs(1));
    // /version is asked without the key; the probe with it.
    QCOMPARE(m_server.requests().first().target, QByteArray("/api/version"));
    QVERIFY(!m_server.requests().first().hasHeader("ApiKey"));
    QCOMPARE(m_server.requests().at(1).header("apikey"), readKey.toLatin1());
    QVERIFY(live->sortableColumns().contains(SmsColumn::ErrorCode));

    // A second open of another source: opened() once, choices name the project.
    Live other(settings(m_server));
    QSignalSpy opened(other.source.get(), &SmsLogSource::opened);
    QVERIFY(other.open());
    QCOMPARE(opened.size(), 1);
    QSignalSpy choices(other.source.get(), &SmsLogSource::choicesFetched);
    const RequestId id = other->requestChoices();
    QVERIFY(choices.wait(5000));
    QCOMPARE(choices.first().first().toULongLong(), id);
    const auto fetched = choices.first().at(1).value<FilterChoices>();
    QCOMPARE(fetched.projects.value(0).first, m_project);
    QVERIFY(fetched.statuses.contains(QStringLiteral("Delivered")));
}

void TestOneUptimeSource::rowsEqualTheCache_data()
{
    QTest::addColumn<SmsFilter>("filter");
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<int>("sortOrder");
    QTest::addColumn<QString>("sent"); // what the request's query must hold

    const auto row
        = [](const char *name, const SmsFilter &f, SmsColumn column, Qt::SortOrder order,
             const QString &sent) { QTest::newRow(name) << f << int(column) << int(order) << sent; };
    SmsFilter f;
    row("everything, newest first", f, SmsColumn::SentAt, Qt::DescendingOrder,
        QStringLiteral("\"createdAt\":{\"_type\":\"LessThanOrEqual\""));
    row("everything, oldest first", f, SmsColumn::SentAt, Qt::AscendingOrder, QStringLiteral("createdAt"));
    row("everything by cost", f, SmsColumn::Cost, Qt::AscendingOrder, QStringLiteral("createdAt"));
    row("everything by cost, dearest first", f, SmsColumn::Cost, Qt::DescendingOrder,
        QStringLiteral("createdAt"));
    row("everything by status", f, SmsColumn::Status, Qt::AscendingOrder, QStringLiteral("createdAt"));
    row("everything by recipient", f, SmsColumn::To, Qt::AscendingOrder, QStringLiteral("createdAt"));

    f.statuses = {QStringLiteral("Failed"), QStringLiteral("Undelivered"), QStringLiteral("Error")};
    row("failures", f, SmsColumn::SentAt, Qt::DescendingOrder,
        QStringLiteral("\"status\":{\"_type\":\"Includes\""));
    row("failures by status, descending", f, SmsColumn::Status, Qt::DescendingOrder,
        QStringLiteral("Includes"));

    f = {};
    f.sentFrom = m_end.addDays(-20);
    f.sentTo = m_end.addDays(-10).addMSecs(-1);
    row("a time range", f, SmsColumn::SentAt, Qt::AscendingOrder, QStringLiteral("\"_type\":\"InBetween\""));
    f.sentTo = {};
    row("from a time on", f, SmsColumn::SentAt, Qt::DescendingOrder, QStringLiteral("InBetween"));
    f = {};
    f.sentTo = m_end.addDays(-30);
    row("up to a time", f, SmsColumn::Cost, Qt::DescendingOrder, QStringLiteral("LessThanOrEqual"));

    // Numbers and texts of the key's project, found in the data.
    const QList<SmsRecord> all = cacheRows({}, {});
    QVERIFY(all.size() > 500);
    f = {};
    f.toNumber = all.at(7).toNumber.mid(2, 6);
    row("part of a To number", f, SmsColumn::To, Qt::AscendingOrder,
        QStringLiteral("\"toNumber\":{\"_type\":\"Search\""));
    QString from;
    for (const SmsRecord &r : all)
        if (!r.fromNumber.isEmpty()) {
            from = r.fromNumber;
            break;
        }
    f = {};
    f.fromNumber = from.right(5);
    row("part of a From number", f, SmsColumn::SentAt, Qt::DescendingOrder,
        QStringLiteral("\"fromNumber\":{\"_type\":\"Search\""));
    f = {};
    f.text = QStringLiteral("monitor");
    row("text in the message", f, SmsColumn::SentAt, Qt::DescendingOrder,
        QStringLiteral("\"_type\":\"MultiSearch\""));
    f.text = QStringLiteral("30007");
    row("text in the status message", f, SmsColumn::SentAt, Qt::DescendingOrder,
        QStringLiteral("statusMessage"));
    f = {};
    f.errorCode = QStringLiteral("30007");
    row("an error code", f, SmsColumn::SentAt, Qt::DescendingOrder,
        QStringLiteral("\"errorCode\":\"30007\""));
    f = {};
    f.projectId = m_project;
    row("the key's own project", f, SmsColumn::SentAt, Qt::DescendingOrder,
        QStringLiteral("\"projectId\":\"") + m_project + u'"');

    const SmsRecord incident = linkedRow(LinkKind::Incident);
    QVERIFY(incident.link(LinkKind::Incident).number.has_value());
    f = {};
    f.linkKind = LinkKind::Incident;
    f.linkText = incident.link(LinkKind::Incident).id;
    row("an incident by id", f, SmsColumn::SentAt, Qt::DescendingOrder,
        QStringLiteral("\"incidentId\":\"") + incident.link(LinkKind::Incident).id + u'"');
    f.linkText = u'#' + QString::number(*incident.link(LinkKind::Incident).number);
    row("an incident by number", f, SmsColumn::SentAt, Qt::DescendingOrder,
        QStringLiteral("{\"incidentNumber\":") + QString::number(*incident.link(LinkKind::Incident).number));
    f.linkText = incident.link(LinkKind::Incident).name.left(12);
    row("incidents by part of the title", f, SmsColumn::SentAt, Qt::DescendingOrder,
        QStringLiteral("\"incident\":{\"title\":{\"_type\":\"Search\""));
    const SmsRecord alert = linkedRow(LinkKind::Alert);
    f.linkKind = LinkKind::Alert;
    f.linkText = QString::number(alert.link(LinkKind::Alert).number.value_or(1));
    row("an alert by number", f, SmsColumn::Cost, Qt::AscendingOrder, QStringLiteral("alertNumber"));
    f = {};
    f.linkKind = LinkKind::User;
    f.linkText = QStringLiteral("a");
    row("users with an a", f, SmsColumn::SentAt, Qt::DescendingOrder, QStringLiteral("\"user\":{\"name\""));
    const SmsRecord monitor = linkedRow(LinkKind::Monitor);
    f.linkKind = LinkKind::Monitor;
    f.linkText = monitor.link(LinkKind::Monitor).name;
    row("a monitor by name", f, SmsColumn::Status, Qt::AscendingOrder,
        QStringLiteral("\"monitor\":{\"name\""));
    const SmsRecord announcement = linkedRow(LinkKind::StatusPageAnnouncement);
    f.linkKind = LinkKind::StatusPageAnnouncement;
    f.linkText = announcement.link(LinkKind::StatusPageAnnouncement).id;
    row("an announcement by id", f, SmsColumn::SentAt, Qt::AscendingOrder,
        QStringLiteral("statusPageAnnouncementId"));
    const SmsRecord team = linkedRow(LinkKind::Team);
    f.linkKind = LinkKind::Team;
    f.linkText = team.link(LinkKind::Team).name.toUpper();
    row("a team by name, any case", f, SmsColumn::SentAt, Qt::DescendingOrder,
        QStringLiteral("\"team\":{\"name\""));

    f = {};
    f.statuses = {QStringLiteral("Delivered"), QStringLiteral("Sent")};
    f.sentFrom = m_end.addDays(-40);
    f.sentTo = m_end.addDays(-5);
    f.linkKind = LinkKind::User;
    f.linkText = QStringLiteral("e");
    row("status, time and user together", f, SmsColumn::To, Qt::DescendingOrder, QStringLiteral("Includes"));
}

void TestOneUptimeSource::rowsEqualTheCache()
{
    QFETCH(SmsFilter, filter);
    QFETCH(int, sortColumn);
    QFETCH(int, sortOrder);
    QFETCH(QString, sent);
    const SmsSort sort{static_cast<SmsColumn>(sortColumn), static_cast<Qt::SortOrder>(sortOrder)};

    const QList<SmsRecord> expected = serverOrder(cacheRows(filter, sort), sort);
    QVERIFY2(!expected.isEmpty(), "the filter should match some rows");

    const qsizetype asked = m_server.requests().size();
    const QList<SmsRecord> live = fetchAll(*m_live, query(filter, sort.column, sort.order), 250);
    compareRecords(live, expected, false);
    if (QTest::currentTestFailed())
        return;

    // The filter reached the server as the operators it stands for.
    const QList<QByteArray> bodies = listBodies(m_server, asked);
    QVERIFY(!bodies.isEmpty());
    const QJsonObject body = QJsonDocument::fromJson(bodies.first()).object();
    const QByteArray sentQuery
        = QJsonDocument(body.value(QStringLiteral("query")).toObject()).toJson(QJsonDocument::Compact);
    QVERIFY2(sentQuery.contains(sent.toUtf8()), sentQuery.constData());
    // Every query is bounded by the snapshot.
    if (!filter.sentTo.isValid())
        QVERIFY2(sentQuery.contains(OneUptimeQuery::isoTime((*m_live)->snapshotTime()).toUtf8()),
                 sentQuery.constData());

    // The count agrees.
    const RequestId count = (*m_live)->requestCount(filter);
    QVERIFY(m_live->wait(count));
    QCOMPARE(m_live->a.counts.value(count, -1), qint64(expected.size()));

    // A page in the middle is the same slice.
    const qint64 offset = expected.size() / 3;
    const RequestId page = (*m_live)->requestRows(query(filter, sort.column, sort.order), offset, 40);
    QVERIFY(m_live->wait(page));
    QCOMPARE(m_live->a.rowOffsets.value(page), offset);
    QCOMPARE(ids(m_live->a.rows.value(page)), ids(expected.mid(offset, 40)));
}

void TestOneUptimeSource::filtersWithoutACacheEquivalent()
{
    Live &live = *m_live;
    // A range that starts after the snapshot: nothing, without asking the impossible of the server.
    SmsFilter later;
    later.sentFrom = live->snapshotTime().addSecs(60);
    qsizetype asked = m_server.requests().size();
    RequestId id = live->requestRows(query(later), 0, 50);
    QVERIFY(live.wait(id));
    QVERIFY(live.a.rows.value(id).isEmpty());
    QVERIFY(listBodies(m_server, asked).value(0).contains("\"_id\":{\"_type\":\"Includes\",\"value\":[]}"));
    id = live->requestCount(later);
    QVERIFY(live.wait(id));
    QCOMPARE(live.a.counts.value(id, -1), 0);

    // The server cannot sort by a linked name: a Query error, not a wrong order.
    id = live->requestRows(query({}, SmsColumn::Project), 0, 50);
    QVERIFY(live.wait(id));
    QVERIFY(live.a.errors.contains(id));
    QCOMPARE(live.a.errors.value(id).kind, Kind::Query);
    QVERIFY(!live->sortableColumns().contains(SmsColumn::Project));

    // Sorting by the error code and the From number reaches the server.
    for (SmsColumn column : {SmsColumn::ErrorCode, SmsColumn::From}) {
        asked = m_server.requests().size();
        id = live->requestRows(query({}, column, Qt::AscendingOrder), 0, 20);
        QVERIFY(live.wait(id));
        QCOMPARE(live.a.rows.value(id).size(), 20);
        const QByteArray body = listBodies(m_server, asked).value(0);
        QVERIFY2(body.contains(column == SmsColumn::ErrorCode
                                   ? "\"sort\":{\"errorCode\":\"ASC\",\"_id\":\"ASC\"}"
                                   : "\"sort\":{\"fromNumber\":\"ASC\",\"_id\":\"ASC\"}"),
                 body.constData());
    }

    // What the server takes as wildcards is said, and the search still runs.
    SmsFilter wild;
    wild.text = QStringLiteral("100%");
    QVERIFY(!live->filterNotes(wild).isEmpty());
    id = live->requestCount(wild);
    QVERIFY(live.wait(id));
    QVERIFY(live.a.counts.contains(id));
    // An announcement cannot be found by its title (not readable through the log): said so.
    SmsFilter announcement;
    announcement.linkKind = LinkKind::StatusPageAnnouncement;
    announcement.linkText = QStringLiteral("holidays");
    QVERIFY(!live->filterNotes(announcement).isEmpty());
    // ... and it matches nothing rather than everything.
    id = live->requestCount(announcement);
    QVERIFY(live.wait(id));
    QCOMPARE(live.a.counts.value(id, -1), 0);
}

void TestOneUptimeSource::unsupportedFiltersMatchNothingOnAnOldServer()
{
    OneUptimeServer old;
    QCOMPARE(old.loadCache(m_smallCache), QString());
    old.setOldServer(true);
    old.addKey(readKey, m_project, QStringLiteral("ReadSmsLog"));
    QVERIFY(old.listen() != 0);
    auto live = openLive(settings(old));
    QVERIFY(live->a.opened);
    QVERIFY(!(*live)->serverInfo().features.errorCode);

    // The server has no error codes and no links: such filters match nothing (as their notes
    // say), they are not silently dropped.
    SmsFilter code;
    code.errorCode = QStringLiteral("30007");
    SmsFilter link;
    link.linkKind = LinkKind::Incident;
    link.linkText = QStringLiteral("database");
    for (const SmsFilter &f : {code, link}) {
        QVERIFY(!(*live)->filterNotes(f).isEmpty());
        const RequestId count = (*live)->requestCount(f);
        QVERIFY(live->wait(count));
        QCOMPARE(live->a.counts.value(count, -1), 0);
        const RequestId rows = (*live)->requestRows(query(f), 0, 50);
        QVERIFY(live->wait(rows));
        QVERIFY(live->a.rows.contains(rows));
        QVERIFY(live->a.rows.value(rows).isEmpty());
    }
    // Text search covers the SMS text only there.
    SmsFilter text;
    text.text = QStringLiteral("monitor");
    const QList<SmsRecord> found = fetchAll(*live, query(text));
    QVERIFY(!found.isEmpty());
    for (const SmsRecord &r : found)
        QVERIFY2(r.smsText.contains(QStringLiteral("monitor"), Qt::CaseInsensitive), qPrintable(r.smsText));
    QVERIFY(listBodies(old).constLast().contains("\"smsText\":{\"_type\":\"Search\",\"value\":\"monitor\"}"));
}

void TestOneUptimeSource::pagingThroughManyRowsWhileTheServerInserts()
{
    OneUptimeServer &server = m_bigServer;
    QList<OneUptimeRecord> before;
    for (const OneUptimeRecord &r : server.records())
        if (r.projectId == m_bigProject)
            before << r;
    QVERIFY2(before.size() >= 12000, qPrintable(QString::number(before.size())));
    const qsizetype total = server.records().size();

    // Figure 1: from open() to the first page of rows.
    QElapsedTimer clock;
    clock.start();
    Live live(settings(server));
    QVERIFY(live.open());
    const RequestId first = live->requestRows(query({}), 0, SmsLogTableModel::pageSize);
    QVERIFY(live.wait(first));
    const qint64 firstPageMs = clock.elapsed();
    QCOMPARE(live.a.rows.value(first).size(), SmsLogTableModel::pageSize);
    QCOMPARE(live->serverInfo().messageCount, qint64(before.size()));

    // Every get-list answered makes the server insert three new messages (created now).
    OneUptimeFaults faults;
    faults.insertCount = -1;
    faults.insertRows = 3;
    server.setFaults(faults);

    // Figure 2: paging through everything with 6 requests of 256 in flight, like the table.
    const int page = SmsLogTableModel::pageSize;
    const int inFlight = SmsLogTableModel::maxPendingPages;
    QHash<RequestId, qint64> pending;
    QMap<qint64, QList<SmsRecord>> pages;
    qint64 nextOffset = 0;
    bool ended = false;
    const qint64 serverMsBefore = server.answerTimeMs();
    clock.restart();
    while (!ended || !pending.isEmpty()) {
        while (!ended && pending.size() < inFlight) {
            pending.insert(live->requestRows(query({}), nextOffset, page), nextOffset);
            nextOffset += page;
        }
        QVERIFY(live.waitUntil([&] {
            return std::any_of(pending.keyBegin(), pending.keyEnd(),
                               [&](RequestId id) { return live.a.answered(id); });
        }));
        for (auto it = pending.begin(); it != pending.end();) {
            if (!live.a.answered(it.key())) {
                ++it;
                continue;
            }
            QVERIFY2(!live.a.errors.contains(it.key()), qPrintable(live.a.errors.value(it.key()).message));
            const QList<SmsRecord> rows = live.a.rows.value(it.key());
            QCOMPARE(live.a.rowOffsets.value(it.key()), it.value());
            pages.insert(it.value(), rows);
            if (rows.size() < page)
                ended = true;
            it = pending.erase(it);
        }
    }
    const qint64 pagingMs = std::max<qint64>(1, clock.elapsed());
    server.setFaults({});

    QStringList seen;
    for (const QList<SmsRecord> &rows : std::as_const(pages))
        seen += ids(rows);
    qInfo("Live source, %lld rows in the project: open() to the first page of %d rows: %lld ms",
          qint64(before.size()), page, firstPageMs);
    qInfo("Live source: paged %lld rows with %d requests of %d in flight in %lld ms: %lld rows/s "
          "(the loopback server, on the same thread, spent %lld ms of it working out its answers)",
          qint64(seen.size()), inFlight, page, pagingMs, qint64(seen.size()) * 1000 / pagingMs,
          server.answerTimeMs() - serverMsBefore);

    // The server did grow meanwhile, but nothing shifted: no id missing, none twice, none new.
    QVERIFY(server.records().size() > total + 3 * 40);
    const QSet<QString> unique(seen.cbegin(), seen.cend());
    QCOMPARE(unique.size(), seen.size());
    QCOMPARE(seen.size(), before.size());
    std::sort(before.begin(), before.end(), [](const OneUptimeRecord &a, const OneUptimeRecord &b) {
        return *a.createdAtMs != *b.createdAtMs ? *a.createdAtMs > *b.createdAtMs : a.id < b.id;
    });
    QStringList expected;
    for (const OneUptimeRecord &r : std::as_const(before))
        expected << r.id;
    QCOMPARE(seen, expected);

    const RequestId count = live->requestCount({});
    QVERIFY(live.wait(count));
    QCOMPARE(live.a.counts.value(count), qint64(seen.size()));
}

void TestOneUptimeSource::oldServerAdaptsTheSelect()
{
    OneUptimeServer old;
    QCOMPARE(old.loadCache(m_smallCache), QString());
    old.setOldServer(true);
    old.addKey(readKey, m_project, QStringLiteral("ReadSmsLog"));
    QVERIFY(old.listen() != 0);
    auto live = openLive(settings(old));
    QVERIFY(live->a.opened);
    const OneUptimeServerInfo &info = (*live)->serverInfo();
    QCOMPARE(info.version, QStringLiteral("7.0.1000"));
    QVERIFY(!info.features.relations && !info.features.errorCode && !info.features.monitor);
    QVERIFY(!(*live)->sortableColumns().contains(SmsColumn::ErrorCode));

    // 250 rows from a server that takes 100 per page: three requests, one answer.
    const qsizetype asked = old.requests().size();
    const RequestId id = (*live)->requestRows(query({}), 10, 250);
    QVERIFY(live->wait(id));
    const QList<SmsRecord> rows = live->a.rows.value(id);
    QCOMPARE(rows.size(), 250);
    const QList<SmsRecord> expected = serverOrder(cacheRows({}, {}), {}).mid(10, 250);
    QCOMPARE(ids(rows), ids(expected));
    const QList<QByteArray> bodies = listBodies(old, asked);
    QCOMPARE(bodies.size(), 3);
    for (qsizetype i = asked; i < old.requests().size(); ++i) {
        const OneUptimeRecordedRequest &r = old.requests().at(i);
        QVERIFY2(r.target.contains("limit=100") || r.target.contains("limit=50"), r.target.constData());
        // Nothing the old server lacks was asked for.
        for (const char *missing : {"errorCode", "monitor", "incident", "user", "userOnCallLogTimeline"})
            QVERIFY2(!r.body.contains(missing), r.body.constData());
    }
    const QStringList legacy{QStringLiteral("Success"), QStringLiteral("Error"),
                             QStringLiteral("Low Balance"), QStringLiteral("Sending")};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QVERIFY2(legacy.contains(rows.at(i).status), qPrintable(rows.at(i).status));
        QCOMPARE(rows.at(i).toNumber, expected.at(i).toNumber);
        QCOMPARE(rows.at(i).smsText, expected.at(i).smsText);
        QVERIFY(rows.at(i).errorCode.isEmpty());
        QVERIFY(!rows.at(i).link(LinkKind::Incident).isSet());
    }
    // Counts and totals work the same.
    const RequestId count = (*live)->requestCount({});
    QVERIFY(live->wait(count));
    QCOMPARE(live->a.counts.value(count), qint64(cacheRows({}, {}).size()));
}

void TestOneUptimeSource::rejectedColumnIsDroppedAndRetriedOnce_data()
{
    QTest::addColumn<QString>("missing");
    QTest::addColumn<QByteArray>("selected"); // how the column looks in the select
    // The server answers 400 "Invalid select clause. Cannot select on "smsText". ..." and
    // "Column incidentNumber not found on Incident".
    QTest::newRow("a column") << QStringLiteral("smsText") << QByteArray("\"smsText\":true");
    QTest::newRow("a related column")
        << QStringLiteral("incident.incidentNumber") << QByteArray("\"incidentNumber\":true");
    QTest::newRow("a relation") << QStringLiteral("monitor") << QByteArray("\"monitor\":{");
    // In the resource's document, but not on every server (none of 7.0 to 9.5 has it).
    QTest::newRow("the provider's id")
        << QStringLiteral("providerExternalId") << QByteArray("\"providerExternalId\":true");
}

void TestOneUptimeSource::rejectedColumnIsDroppedAndRetriedOnce()
{
    QFETCH(QString, missing);
    QFETCH(QByteArray, selected);
    // A server whose version says it has the column, but which does not.
    OneUptimeServer server;
    QCOMPARE(server.loadCache(m_smallCache), QString());
    server.addKey(readKey, m_project, QStringLiteral("ReadSmsLog"));
    server.setMissingColumns({missing});
    QVERIFY(server.listen() != 0);
    auto live = openLive(settings(server));
    QVERIFY(live->a.opened);

    qsizetype asked = server.requests().size();
    // Two requests at once, both refused for the same column: both are asked again without it.
    RequestId id = (*live)->requestRows(query({}), 0, 30);
    const RequestId concurrent = (*live)->requestRows(query({}), 30, 30);
    QVERIFY(live->wait(id));
    QVERIFY(live->wait(concurrent));
    QVERIFY2(live->a.rows.contains(concurrent), qPrintable(live->a.errors.value(concurrent).detail));
    QCOMPARE(live->a.rows.value(concurrent).size(), 30);
    QVERIFY2(live->a.rows.contains(id), qPrintable(live->a.errors.value(id).detail));
    const QList<SmsRecord> rows = live->a.rows.value(id);
    QCOMPARE(ids(rows), ids(serverOrder(cacheRows({}, {}), {}).mid(0, 30)));
    // The first two calls were refused, the repeats left the column out.
    const QList<QByteArray> bodies = listBodies(server, asked);
    QCOMPARE(bodies.size(), 4);
    QVERIFY(bodies.at(0).contains(selected));
    QVERIFY(bodies.at(1).contains(selected));
    QVERIFY(!bodies.at(2).contains(selected));
    QVERIFY(!bodies.at(3).contains(selected));
    // What stays is still read.
    for (const SmsRecord &r : rows) {
        QVERIFY(!r.toNumber.isEmpty());
        if (missing == u"smsText")
            QVERIFY(r.smsText.isNull());
        if (missing == u"providerExternalId")
            QVERIFY(r.providerExternalId.isNull());
    }
    if (missing == u"incident.incidentNumber") {
        bool titled = false;
        for (const SmsRecord &r : fetchAll(*live, query({}), 500)) {
            QVERIFY(!r.link(LinkKind::Incident).number.has_value());
            titled = titled || !r.link(LinkKind::Incident).name.isEmpty();
        }
        QVERIFY(titled);
    }

    // From now on the column is not asked for at all.
    asked = server.requests().size();
    id = (*live)->requestRows(query({}), 30, 30);
    QVERIFY(live->wait(id));
    QCOMPARE(live->a.rows.value(id).size(), 30);
    QCOMPARE(listBodies(server, asked).size(), 1);
    QVERIFY(!listBodies(server, asked).first().contains(selected));
}

void TestOneUptimeSource::announcementTitles()
{
    SmsFilter linked;
    linked.linkKind = LinkKind::StatusPageAnnouncement;
    const SmsRecord sample = linkedRow(LinkKind::StatusPageAnnouncement);
    QVERIFY(sample.link(LinkKind::StatusPageAnnouncement).isSet());
    // All rows linked to any announcement: those whose id the cache knows.
    QList<SmsRecord> expected;
    for (const SmsRecord &r : serverOrder(cacheRows({}, {}), {}))
        if (r.link(LinkKind::StatusPageAnnouncement).isSet())
            expected << r;
    QVERIFY(expected.size() > 3);

    // A project member may read announcements: titles are filled in, each asked for once.
    {
        auto live = openLive(settings(m_server, memberKey));
        QVERIFY(live->a.opened);
        const qsizetype asked = m_server.requests().size();
        const QList<SmsRecord> rows = fetchAll(*live, query({}), 400);
        QList<SmsRecord> withAnnouncement;
        for (const SmsRecord &r : rows)
            if (r.link(LinkKind::StatusPageAnnouncement).isSet())
                withAnnouncement << r;
        compareRecords(withAnnouncement, expected, true);
        QVERIFY(!withAnnouncement.first().link(LinkKind::StatusPageAnnouncement).name.isEmpty());
        QSet<QString> distinct;
        for (const SmsRecord &r : std::as_const(expected))
            distinct.insert(r.link(LinkKind::StatusPageAnnouncement).id);
        QCOMPARE(requestsTo(m_server, "/api/status-page-announcement/", asked), int(distinct.size()));
        for (qsizetype i = asked; i < m_server.requests().size(); ++i) {
            const OneUptimeRecordedRequest &r = m_server.requests().at(i);
            if (r.target.startsWith("/api/status-page-announcement/")) {
                QCOMPARE(r.method, QByteArray("POST"));
                QCOMPARE(r.header("apikey"), memberKey.toLatin1());
            }
        }
    }
    // Six pages asked at once (as the table does): still one request per announcement.
    {
        auto live = openLive(settings(m_server, memberKey));
        QVERIFY(live->a.opened);
        const qsizetype asked = m_server.requests().size();
        QList<RequestId> pages;
        for (int i = 0; i < SmsLogTableModel::maxPendingPages; ++i)
            pages << (*live)->requestRows(query({}), qint64(i) * 256, 256);
        QVERIFY(live->waitUntil([&] {
            return std::all_of(pages.cbegin(), pages.cend(),
                               [&](RequestId id) { return live->a.answered(id); });
        }));
        QList<SmsRecord> rows;
        for (RequestId id : std::as_const(pages))
            rows += live->a.rows.value(id);
        QList<SmsRecord> withAnnouncement;
        for (const SmsRecord &r : std::as_const(rows))
            if (r.link(LinkKind::StatusPageAnnouncement).isSet())
                withAnnouncement << r;
        compareRecords(withAnnouncement, expected, true);
        QSet<QString> distinct;
        for (const SmsRecord &r : std::as_const(expected))
            distinct.insert(r.link(LinkKind::StatusPageAnnouncement).id);
        QCOMPARE(requestsTo(m_server, "/api/status-page-announcement/", asked), int(distinct.size()));
    }
    // A page cancelled while its titles are on their way does not hold up another page that
    // waits for the same titles.
    {
        auto live = openLive(settings(m_server, memberKey));
        QVERIFY(live->a.opened);
        OneUptimeFaults faults;
        faults.delayCount = -1;
        faults.delayMs = 200;
        m_server.setFaults(faults);
        const qsizetype asked = m_server.requests().size();
        const RequestId cancelled = (*live)->requestRows(query({}), 0, 400);
        const RequestId kept = (*live)->requestRows(query({}), 0, 400);
        QTRY_VERIFY_WITH_TIMEOUT(requestsTo(m_server, "/api/status-page-announcement/", asked) > 0, 5000);
        (*live)->cancel(cancelled);
        QVERIFY(live->wait(kept));
        m_server.setFaults({});
        QVERIFY(!live->a.answered(cancelled));
        int titled = 0;
        for (const SmsRecord &r : live->a.rows.value(kept)) {
            const LinkedResource &link = r.link(LinkKind::StatusPageAnnouncement);
            if (link.isSet()) {
                QVERIFY(!link.name.isEmpty());
                ++titled;
            }
        }
        QVERIFY(titled > 0);
    }
    // A key for SMS logs only: ids without titles, no error, and the source stops asking.
    {
        auto live = openLive(settings(m_server, readKey));
        QVERIFY(live->a.opened);
        qsizetype asked = m_server.requests().size();
        QList<SmsRecord> rows = fetchAll(*live, query({}), 400);
        QCOMPARE(rows.size(), cacheRows({}, {}).size());
        QList<SmsRecord> withAnnouncement;
        for (const SmsRecord &r : std::as_const(rows))
            if (r.link(LinkKind::StatusPageAnnouncement).isSet())
                withAnnouncement << r;
        compareRecords(withAnnouncement, expected, false);
        QVERIFY(requestsTo(m_server, "/api/status-page-announcement/", asked) >= 1);
        QVERIFY(live->a.errors.isEmpty());
        asked = m_server.requests().size();
        rows = fetchAll(*live, query({}, SmsColumn::SentAt, Qt::AscendingOrder), 400);
        QCOMPARE(requestsTo(m_server, "/api/status-page-announcement/", asked), 0);
    }
}

void TestOneUptimeSource::contextsFollowTheKeysPermissions()
{
    // Messages of incidents, alerts and monitors, and what the cache the server serves knows of them.
    const QList<SmsRecord> rows = contextSample();
    QCOMPARE(rows.size(), 24);
    const auto expected = contextsOf(*m_cache, rows);
    QVERIFY(expected.has_value());
    const QStringList keys = resourceContextKeys(rows);
    QCOMPARE(expected->size(), keys.size());
    const auto only = [&](bool label, bool stateAndSeverity, bool type) {
        ResourceContexts contexts;
        for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
            ResourceContext c;
            if (label)
                c.label = it->label;
            if (stateAndSeverity) {
                c.state = it->state;
                c.severity = it->severity;
            }
            if (type)
                c.type = it->type;
            if (!c.isEmpty())
                contexts.insert(it.key(), c);
        }
        return contexts;
    };
    int withEverything = 0;
    for (const ResourceContext &c : *expected)
        withEverything
            += (!c.label.isEmpty() && !c.state.isEmpty() && !c.severity.isEmpty()) || !c.type.isEmpty();
    QCOMPARE(withEverything, int(expected->size()));

    // A project member reads everything: what the cache says, through the relations, the state
    // and severity lists, and the incidents' and alerts' severities.
    {
        auto live = openLive(settings(m_server, memberKey));
        QVERIFY(live->a.opened);
        const auto contexts = contextsOf(*live->source, rows);
        QVERIFY(contexts.has_value());
        QCOMPARE(*contexts, *expected);
        // The lists are read once per session.
        const qsizetype asked = m_server.requests().size();
        QCOMPARE(contextsOf(*live->source, rows), expected);
        QCOMPARE(requestsTo(m_server, "/api/incident-state/", asked), 0);
        QCOMPARE(requestsTo(m_server, "/api/alert-severity/", asked), 0);
    }
    // A key for SMS logs only: the prefixed numbers and monitor types the relations give, no state
    // or severity (none invented), no error, and the refused lists are not asked again.
    {
        auto live = openLive(settings(m_server, readKey));
        QVERIFY(live->a.opened);
        const qsizetype before = m_server.requests().size();
        const auto contexts = contextsOf(*live->source, rows);
        QVERIFY(contexts.has_value());
        QCOMPARE(*contexts, only(true, false, true));
        QVERIFY(requestsTo(m_server, "/api/incident-state/", before) == 1);
        const qsizetype asked = m_server.requests().size();
        QCOMPARE(contextsOf(*live->source, rows), contexts);
        QCOMPARE(requestsTo(m_server, "/api/incident-state/", asked), 0);
        QCOMPARE(requestsTo(m_server, "/api/incident/", asked), 0);
        QVERIFY(live->a.errors.isEmpty());
    }
    // A server whose monitors' type is not relation-readable (9.5.13): dropped from the select,
    // read from /api/monitor where the key may, left out where it may not.
    m_server.setMissingColumns({QStringLiteral("monitor.monitorType")});
    {
        auto live = openLive(settings(m_server, memberKey));
        QVERIFY(live->a.opened);
        const qsizetype asked = m_server.requests().size();
        QCOMPARE(contextsOf(*live->source, rows), expected);
        QCOMPARE(requestsTo(m_server, "/api/monitor/get-list", asked), 1);
    }
    {
        auto live = openLive(settings(m_server, readKey));
        QVERIFY(live->a.opened);
        QCOMPARE(contextsOf(*live->source, rows), only(true, false, false));
    }
    m_server.setMissingColumns({});
    // An old server has no relations: nothing to ask.
    {
        OneUptimeServer old;
        QCOMPARE(old.loadCache(m_smallCache), QString());
        old.setOldServer(true);
        old.addKey(readKey, m_project, QStringLiteral("ReadSmsLog"));
        QVERIFY(old.listen() != 0);
        auto live = openLive(settings(old, readKey));
        QVERIFY(live->a.opened);
        QCOMPARE((*live)->requestContexts(rows), SmsLogSource::RequestId(0));
    }
}

void TestOneUptimeSource::closingWhileContextsAreReadIsSafe()
{
    // The source goes (a cancelled sync, another connection) while its context reader's calls to
    // the state lists and the incidents wait for slow answers: nothing may reach the source after
    // it is gone (the sanitizer suite catches a use after free).
    const QList<SmsRecord> rows = contextSample();
    auto live = openLive(settings(m_server, memberKey));
    QVERIFY(live->a.opened);
    OneUptimeFaults faults;
    faults.delayCount = -1;
    faults.delayMs = 300;
    m_server.setFaults(faults);
    const qsizetype asked = m_server.requests().size();
    QVERIFY((*live)->requestContexts(rows) != 0);
    QTRY_VERIFY_WITH_TIMEOUT(requestsTo(m_server, "/api/incident-state/", asked) > 0, 10000);
    live.reset();
    QTest::qWait(600); // the delayed answers arrive to nobody
    m_server.setFaults({});
    // The server is still fine for the next source.
    auto next = openLive(settings(m_server, memberKey));
    QVERIFY(next->a.opened);
}

void TestOneUptimeSource::faults_data()
{
    QTest::addColumn<OneUptimeFaults>("faults");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("what"); // "open", "rows" or "count"
    QTest::addColumn<int>("kind"); // -1: success
    QTest::addColumn<QString>("phrase"); // the message must say this
    QTest::addColumn<int>("requests"); // calls the server must have seen for it; -1: any
    QTest::addColumn<bool>("notice"); // a retry notice is shown, then cleared

    const auto ok = int(-1);
    const QString rows = QStringLiteral("rows");
    const QString count = QStringLiteral("count");
    const QString open = QStringLiteral("open");
    OneUptimeFaults f;
    f.rateLimitCount = 2;
    f.retryAfter = "1";
    QTest::newRow("429 with Retry-After seconds, then success")
        << f << readKey << 5000 << rows << ok << QString() << 3 << true;
    f.retryAfter = "date"; // two seconds after the server's now, made when the test runs
    QTest::newRow("429 with Retry-After as an HTTP date, then success")
        << f << readKey << 5000 << rows << ok << QString() << 3 << true;
    f = {};
    f.rateLimitCount = -1;
    QTest::newRow("429 forever") << f << readKey << 5000 << rows << int(Kind::Server)
                                 << QStringLiteral("too many requests") << 3 << true;
    for (int status : {500, 502, 503}) {
        f = {};
        f.errorCount = 2;
        f.errorStatus = status;
        QTest::addRow("%d twice, then success", status)
            << f << readKey << 5000 << rows << ok << QString() << 3 << true;
    }
    f = {};
    f.errorCount = -1;
    f.errorStatus = 503;
    QTest::newRow("503 forever") << f << readKey << 5000 << rows << int(Kind::Server)
                                 << QStringLiteral("Try again later") << 3 << true;
    f = {};
    f.errorCount = -1;
    f.errorStatus = 500;
    QTest::newRow("500 forever on a count")
        << f << readKey << 5000 << count << int(Kind::Server) << QStringLiteral("HTTP 500") << 3 << true;
    f = {};
    f.delayCount = 1;
    f.delayMs = 1500;
    QTest::newRow("headers later than the timeout") << f << readKey << 300 << rows << int(Kind::Timeout)
                                                    << QStringLiteral("did not answer in time") << 1 << false;
    f = {};
    f.dripCount = 1;
    f.dripChunkBytes = 4;
    f.dripIntervalMs = 900;
    QTest::newRow("a body dripping slower than the timeout")
        << f << readKey << 300 << rows << int(Kind::Timeout) << QStringLiteral("did not answer in time") << 1
        << false;
    f = {};
    f.dripCount = 1;
    f.dripChunkBytes = 1;
    f.dripIntervalMs = 50;
    QTest::newRow("a slow body that keeps coming") // longer than the timeout, but never idle that long
        << f << readKey << 500 << count << ok << QString() << 1 << false;
    f = {};
    f.truncateCount = 1;
    QTest::newRow("a truncated body") << f << readKey << 5000 << rows << int(Kind::BadResponse)
                                      << QStringLiteral("Refresh to try again") << 1 << false;
    f = {};
    f.malformedCount = 1;
    QTest::newRow("malformed JSON") << f << readKey << 5000 << rows << int(Kind::BadResponse)
                                    << QStringLiteral("not valid JSON") << 1 << false;
    f = {};
    f.htmlCount = 1;
    f.htmlStatus = 200;
    QTest::newRow("an HTML page with 200") << f << readKey << 5000 << rows << int(Kind::BadResponse)
                                           << QStringLiteral("Check that the instance URL") << 1 << false;
    f.htmlStatus = 502;
    QTest::newRow("an HTML page with 502 once")
        << f << readKey << 5000 << rows << ok << QString() << 2 << true;
    f.htmlCount = -1;
    QTest::newRow("an HTML page with 502 forever")
        << f << readKey << 5000 << count << int(Kind::Server) << QStringLiteral("HTTP 502") << 3 << true;
    f = {};
    f.paymentRequiredCount = 1;
    QTest::newRow("402 payment required")
        << f << readKey << 5000 << rows << int(Kind::Payment) << QStringLiteral("Billing") << 1 << false;
    QTest::newRow("a wrong key") << OneUptimeFaults() << wrongKey << 5000 << open << int(Kind::Authentication)
                                 << QStringLiteral("API key") << 2 << false;
    QTest::newRow("a key without permission")
        << OneUptimeFaults() << noPermissionKey << 5000 << open << int(Kind::Permission)
        << QStringLiteral("Read SMS Log") << 2 << false;
    QTest::newRow("no key") << OneUptimeFaults() << QString() << 5000 << open << int(Kind::Authentication)
                            << QStringLiteral("API key") << 2 << false;
    QTest::newRow("connection refused") << OneUptimeFaults() << QStringLiteral("closed port") << 5000 << open
                                        << int(Kind::Network) << QStringLiteral("refused") << 0 << false;
}

void TestOneUptimeSource::faults()
{
    QFETCH(OneUptimeFaults, faults);
    QFETCH(QString, key);
    QFETCH(int, timeoutMs);
    QFETCH(QString, what);
    QFETCH(int, kind);
    QFETCH(QString, phrase);
    QFETCH(int, requests);
    QFETCH(bool, notice);

    OneUptimeSettings s = settings(m_server, key);
    s.timeoutMs = timeoutMs;
    if (key == u"closed port") {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        s.instance = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        s.apiKey = readKey;
        closed.close();
    }
    if (faults.retryAfter == "date")
        faults.retryAfter = OneUptimeServer::httpDate(m_server.nowMs() + 2000);
    Live live(s);
    m_server.setFaults({});
    std::optional<SourceError> error;
    bool succeeded = false;
    qsizetype asked = m_server.requests().size();
    if (what == u"open") {
        m_server.setFaults(faults);
        QVERIFY(!live.open());
        QVERIFY(live.a.openError.has_value());
        error = live.a.openError;
    } else {
        QVERIFY(live.open());
        m_server.setFaults(faults);
        asked = m_server.requests().size();
        const RequestId id
            = what == u"rows" ? live->requestRows(query({}), 0, 50) : live->requestCount(SmsFilter());
        QVERIFY(live.wait(id));
        QCOMPARE(live.a.answerCount(id), 1);
        if (live.a.errors.contains(id))
            error = live.a.errors.value(id);
        succeeded = what == u"rows" ? live.a.rows.value(id).size() == 50 : live.a.counts.value(id, -1) > 0;
    }
    m_server.setFaults({});

    if (kind < 0) {
        QVERIFY2(!error, error ? qPrintable(error->message + u" / " + error->detail) : "");
        QVERIFY(succeeded);
    } else {
        QVERIFY(error.has_value());
        m_errors << *error;
        QCOMPARE(int(error->kind), kind);
        QVERIFY2(error->message.contains(phrase, Qt::CaseInsensitive), qPrintable(error->message));
        QVERIFY(!error->detail.isEmpty());
    }
    if (requests >= 0 && key != u"closed port")
        QCOMPARE(int(m_server.requests().size() - asked), requests);
    if (notice) {
        QVERIFY(!live.a.notices.isEmpty());
        QVERIFY(!live.a.notices.first().isEmpty());
        // Cleared once the call is over, whichever way it ended.
        QTRY_VERIFY(!live.a.notices.isEmpty() && live.a.notices.constLast().isEmpty());
    } else {
        QVERIFY(std::all_of(live.a.notices.cbegin(), live.a.notices.cend(),
                            [](const QString &n) { return n.isEmpty(); }));
    }
    // The server can serve again.
    const RequestId again = live->requestCount({});
    if (live.a.opened) {
        QVERIFY(live.wait(again));
        QVERIFY(live.a.counts.contains(again));
    }
}

void TestOneUptimeSource::retryAfterDateIsReadOnTheServersClock()
{
    // The server's clock is an hour ahead; its Retry-After date says "one second from my now".
    OneUptimeServer server;
    QCOMPARE(server.loadCache(m_smallCache), QString());
    server.addKey(readKey, m_project, QStringLiteral("ReadSmsLog"));
    server.setClockOffsetMs(3600 * 1000);
    QVERIFY(server.listen() != 0);
    OneUptimeSettings s = settings(server);
    s.maxRetryWaitMs = 20000;
    auto live = openLive(s);
    QVERIFY(live->a.opened);
    // The snapshot follows the server's clock, not this machine's.
    QVERIFY(qAbs((*live)->snapshotTime().msecsTo(QDateTime::currentDateTimeUtc().addSecs(3600))) < 10000);

    OneUptimeFaults faults;
    faults.rateLimitCount = 1;
    // Whole seconds both: the wait is one or two seconds, whatever second the answer falls in.
    faults.retryAfter = OneUptimeServer::httpDate(server.nowMs() + 2000);
    server.setFaults(faults);
    QElapsedTimer clock;
    clock.start();
    const RequestId id = (*live)->requestCount({});
    QVERIFY(live->wait(id, 8000));
    QVERIFY(live->a.counts.contains(id));
    // The wait was the date's (one or two seconds), not "now" on this machine (an hour behind:
    // no wait) nor the longest wait (an hour ahead).
    QVERIFY2(clock.elapsed() >= 900 && clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!live->a.notices.isEmpty());
    const QString first = live->a.notices.first();
    QVERIFY2(first.contains(QStringLiteral("in 1 s")) || first.contains(QStringLiteral("in 2 s")),
             qPrintable(first));
}

void TestOneUptimeSource::sameOriginRedirectOfAListIsAnErrorNotBlankRows()
{
    // Qt would repeat a redirected POST as a GET without its body; the server would then answer
    // ids only (no select), which must never be shown as rows or added up as zero cost.
    Live live(settings(m_server));
    QVERIFY(live.open());
    OneUptimeFaults faults;
    faults.redirectCount = -1;
    faults.redirectBase = m_server.url(); // the same origin
    m_server.setFaults(faults);
    const qsizetype asked = m_server.requests().size();
    const RequestId rows = live->requestRows(query({}), 0, 20);
    const RequestId totals = live->requestTotals({});
    QVERIFY(live.wait(rows));
    QVERIFY(live.wait(totals));
    m_server.setFaults({});
    QVERIFY(live.a.errors.contains(rows));
    QVERIFY(live.a.errors.contains(totals));
    QCOMPARE(live.a.errors.value(rows).kind, Kind::Network);
    QVERIFY(live.a.errors.value(rows).detail.contains(QStringLiteral("redirected to")));
    for (const OneUptimeRecordedRequest &r : m_server.requests().mid(asked))
        QCOMPARE(r.method, QByteArray("POST")); // never repeated as a GET
}

void TestOneUptimeSource::crossOriginRedirectNeverCarriesTheKey()
{
    OneUptimeServer elsewhere;
    QCOMPARE(elsewhere.loadCache(m_smallCache), QString());
    elsewhere.addKey(readKey, m_project, QStringLiteral("ReadSmsLog"));
    QVERIFY(elsewhere.listen() != 0);
    QVERIFY(elsewhere.port() != m_server.port());

    for (const QString &what : {QStringLiteral("open"), QStringLiteral("rows")}) {
        Live live(settings(m_server));
        OneUptimeFaults faults;
        faults.redirectCount = -1;
        faults.redirectBase = elsewhere.url();
        std::optional<SourceError> error;
        if (what == u"open") {
            m_server.setFaults(faults);
            QVERIFY(!live.open());
            error = live.a.openError;
        } else {
            QVERIFY(live.open());
            m_server.setFaults(faults);
            const RequestId id = live->requestRows(query({}), 0, 20);
            QVERIFY(live.wait(id));
            if (live.a.errors.contains(id))
                error = live.a.errors.value(id);
        }
        m_server.setFaults({});
        QVERIFY(error.has_value());
        m_errors << *error;
        QCOMPARE(error->kind, Kind::Network);
        QVERIFY2(error->message.contains(QStringLiteral("key is not sent")), qPrintable(error->message));
    }
    // The other server never saw the key, in any header, target or body: it was not even asked.
    QVERIFY(elsewhere.requests().isEmpty());
    for (const OneUptimeRecordedRequest &r : elsewhere.requests()) {
        QVERIFY(!r.hasHeader("ApiKey"));
        for (const auto &[name, value] : r.headers)
            QVERIFY(!value.contains(readKey.toLatin1()));
        QVERIFY(!r.target.contains(readKey.toLatin1()));
        QVERIFY(!r.body.contains(readKey.toLatin1()));
    }
}

void TestOneUptimeSource::cancelAbortsTheCalls()
{
    Live &live = *m_live;
    OneUptimeFaults faults;
    faults.delayCount = 1;
    faults.delayMs = 3000;
    m_server.setFaults(faults);
    const int abandoned = m_server.abandonedResponses();
    const qsizetype asked = m_server.requests().size();
    const RequestId cancelled = live->requestRows(query({}), 0, 100);
    QTRY_COMPARE(m_server.requests().size(), asked + 1); // on its way
    live->cancel(cancelled);
    // The connection was dropped: the server's answer has nobody to go to.
    QTRY_COMPARE(m_server.abandonedResponses(), abandoned + 1);
    const RequestId next = live->requestRows(query({}), 0, 100);
    QVERIFY(live.wait(next));
    QCOMPARE(live.a.rows.value(next).size(), 100);
    QVERIFY(!live.a.answered(cancelled));
    live->cancel(cancelled); // twice is harmless
    live->cancel(next); // so is cancelling an answered request

    // Cancelled while waiting to try again: the retry notice goes away with it.
    OneUptimeFaults busy;
    busy.rateLimitCount = -1;
    busy.retryAfter = "1";
    m_server.setFaults(busy);
    live.a.notices.clear();
    const qsizetype busyAsked = m_server.requests().size();
    const RequestId retried = live->requestRows(query({}), 0, 10);
    QTRY_VERIFY(!live.a.notices.isEmpty());
    QVERIFY(!live.a.notices.constLast().isEmpty());
    live->cancel(retried);
    QTRY_VERIFY(live.a.notices.constLast().isEmpty());
    m_server.setFaults({});
    const RequestId afterBusy = live->requestCount({});
    QVERIFY(live.wait(afterBusy));
    QVERIFY(!live.a.answered(retried));
    QVERIFY(m_server.requests().size() - busyAsked <= 3); // no retry after the cancel

    // A request split in several calls: all of them stop.
    OneUptimeServer old;
    QCOMPARE(old.loadCache(m_smallCache), QString());
    old.setOldServer(true);
    old.addKey(readKey, m_project, QStringLiteral("ReadSmsLog"));
    QVERIFY(old.listen() != 0);
    auto oldLive = openLive(settings(old));
    QVERIFY(oldLive->a.opened);
    faults.delayCount = 3;
    faults.delayMs = 3000;
    old.setFaults(faults);
    const qsizetype oldAsked = old.requests().size();
    const RequestId split = (*oldLive)->requestRows(query({}), 0, 300);
    QTRY_COMPARE(old.requests().size(), oldAsked + 3);
    (*oldLive)->cancel(split);
    QTRY_COMPARE(old.abandonedResponses(), 3);
    const RequestId after = (*oldLive)->requestCount({});
    QVERIFY(oldLive->wait(after));
    QVERIFY(!oldLive->a.answered(split));
}

void TestOneUptimeSource::supersededFilterNeverDeliversStaleRows()
{
    SmsFilter failed;
    failed.statuses = {QStringLiteral("Failed")};
    SmsFilter delivered;
    delivered.statuses = {QStringLiteral("Delivered")};
    const QList<SmsRecord> expected = serverOrder(cacheRows(delivered, {}), {});
    QVERIFY(!expected.isEmpty());

    // At the source: the first filter's answers are slow; it is cancelled for the second.
    Live &live = *m_live;
    OneUptimeFaults faults;
    faults.delayCount = 1;
    faults.delayMs = 600;
    m_server.setFaults(faults);
    const RequestId stale = live->requestRows(query(failed), 0, 50);
    live->cancel(stale);
    const RequestId fresh = live->requestRows(query(delivered), 0, 50);
    QVERIFY(live.wait(fresh));
    QCOMPARE(ids(live.a.rows.value(fresh)), ids(expected.mid(0, 50)));
    const RequestId later = live->requestCount(delivered);
    QVERIFY(live.wait(later));
    QVERIFY(!live.a.answered(stale));
    m_server.setFaults({});

    // In the table model: a filter replaced while its count and page are on their way.
    SmsLogTableModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    auto source = openLive(settings(m_server));
    QVERIFY(source->a.opened);
    model.setSource(source->source.get());
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(cacheRows({}, {}).size()), 10000);
    faults.delayCount = 2;
    faults.delayMs = 500;
    m_server.setFaults(faults);
    const qsizetype asked = m_server.requests().size();
    model.setFilter(failed);
    QTRY_VERIFY(m_server.requests().size() > asked); // the first filter's count is on its way
    model.setFilter(delivered);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(expected.size()), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(model.index(0, 0).data(SmsLogTableModel::LoadedRole).toBool(), 10000);
    // Let every delayed answer come and go.
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    const RequestId barrier = source->source->requestCount({});
    QVERIFY(source->wait(barrier));
    m_server.setFaults({});
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int row = 0; row < std::min<int>(50, model.rowCount()); ++row) {
        const auto record = model.index(row, 0).data(SmsLogTableModel::RecordRole).value<SmsRecord>();
        QCOMPARE(record.id, expected.at(row).id);
        QCOMPARE(record.status, QStringLiteral("Delivered"));
    }
}

void TestOneUptimeSource::totalsEqualTheCache_data()
{
    QTest::addColumn<SmsFilter>("filter");
    SmsFilter f;
    QTest::newRow("everything") << f;
    f.statuses = {QStringLiteral("Delivered"), QStringLiteral("Undelivered"), QStringLiteral("Low Balance")};
    QTest::newRow("some statuses") << f;
    f = {};
    f.sentFrom = m_end.addDays(-25);
    f.sentTo = m_end.addDays(-3);
    QTest::newRow("a time range") << f;
    f = {};
    f.linkKind = LinkKind::User;
    f.linkText = QStringLiteral("a");
    QTest::newRow("users with an a") << f;
    f = {};
    f.errorCode = QStringLiteral("no such code");
    QTest::newRow("nothing") << f;
}

void TestOneUptimeSource::totalsEqualTheCache()
{
    QFETCH(SmsFilter, filter);
    const CostTotals expected = cacheTotals(filter);
    const RequestId id = m_live->source->requestTotals(filter);
    QVERIFY(m_live->wait(id));
    QVERIFY2(m_live->a.totals.contains(id), qPrintable(m_live->a.errors.value(id).message));
    const CostTotals totals = m_live->a.totals.value(id);
    QCOMPARE(totals.messages, expected.messages);
    QCOMPARE(totals.costCents, expected.costCents);
    QCOMPARE(byKey(totals.byStatus), byKey(expected.byStatus));
    QCOMPARE(byKey(totals.byProject), byKey(expected.byProject));
    // Both in the same order where no tie decides.
    QCOMPARE(totals.byProject.size(), expected.byProject.size());
    if (!expected.byStatus.isEmpty())
        QCOMPARE(totals.byStatus.first().messages, expected.byStatus.first().messages);
}

void TestOneUptimeSource::totalsProgressAndCancel()
{
    auto live = openLive(settings(m_server));
    QVERIFY(live->a.opened);
    (*live)->setTotalsPageSize(500);
    const CostTotals expected = cacheTotals({});
    QVERIFY(expected.messages > 1000);
    qsizetype asked = m_server.requests().size();
    RequestId id = (*live)->requestTotals({});
    QVERIFY(live->wait(id));
    QVERIFY2(live->a.totals.contains(id), qPrintable(live->a.errors.value(id).message));
    QCOMPARE(live->a.totals.value(id).messages, expected.messages);
    QCOMPARE(live->a.totals.value(id).costCents, expected.costCents);
    const int pages = int((expected.messages + 499) / 500);
    QCOMPARE(listBodies(m_server, asked).size(), pages);
    for (qsizetype i = asked; i < m_server.requests().size(); ++i)
        QVERIFY(m_server.requests().at(i).target.contains("limit=500"));
    QList<std::tuple<RequestId, qint64, qint64>> progress;
    for (const auto &p : std::as_const(live->a.progress))
        if (std::get<0>(p) == id)
            progress << p;
    QCOMPARE(progress.size(), pages);
    for (qsizetype i = 0; i < progress.size(); ++i) {
        QCOMPARE(std::get<2>(progress.at(i)), expected.messages);
        if (i > 0)
            QVERIFY(std::get<1>(progress.at(i)) > std::get<1>(progress.at(i - 1)));
    }
    QCOMPARE(std::get<1>(progress.constLast()), expected.messages);

    // Cancelled after its first page: no more progress, no totals, the calls dropped.
    (*live)->setTotalsPageSize(100);
    OneUptimeFaults faults;
    faults.delayCount = -1;
    faults.delayMs = 150;
    m_server.setFaults(faults);
    const qsizetype totalsAsked = m_server.requests().size();
    // A snapshot of its own: the same query's answer would be given again without a request.
    (*live)->setSnapshotTime((*live)->snapshotTime().addMSecs(-1));
    id = (*live)->requestTotals({});
    QVERIFY(live->waitUntil([&] {
        return std::any_of(live->a.progress.cbegin(), live->a.progress.cend(),
                           [id](const auto &p) { return std::get<0>(p) == id; });
    }));
    (*live)->cancel(id);
    const qsizetype progressed = live->a.progress.size();
    const RequestId barrier = (*live)->requestCount({});
    QVERIFY(live->wait(barrier));
    const RequestId barrier2 = (*live)->requestCount({});
    QVERIFY(live->wait(barrier2));
    m_server.setFaults({});
    QCOMPARE(live->a.progress.size(), progressed);
    QVERIFY(!live->a.answered(id));
    // Of the 13 pages, only the first and those already on their way were asked for.
    QVERIFY(listBodies(m_server, totalsAsked).size() <= 4);
}

void TestOneUptimeSource::onePassServesTotalsAndCosts()
{
    // Given a live source paging 500 messages at a time
    auto live = openLive(settings(m_server));
    QVERIFY(live->a.opened);
    (*live)->setTotalsPageSize(500);
    const CostTotals expected = cacheTotals({});
    QVERIFY(expected.messages > 1000);
    const int pages = int((expected.messages + 499) / 500);

    // When the totals and the cost view ask at once for the same filter
    qsizetype asked = m_server.requests().size();
    const RequestId totals = (*live)->requestTotals({});
    const RequestId report = (*live)->requestCostReport({}, 5);
    live->a.reportsAsked.insert(report);
    QVERIFY(live->wait(totals));
    QVERIFY(live->wait(report));

    // Then one paging pass answered both: each page asked once
    QCOMPARE(listBodies(m_server, asked).size(), pages);
    QVERIFY2(live->a.totals.contains(totals), qPrintable(live->a.errors.value(totals).message));
    QVERIFY2(live->a.reports.contains(report), qPrintable(live->a.errors.value(report).message));
    const CostTotals fromTotals = live->a.totals.value(totals);
    QCOMPARE(fromTotals.messages, expected.messages);
    QCOMPARE(fromTotals.costCents, expected.costCents);
    QCOMPARE(byKey(fromTotals.byStatus), byKey(expected.byStatus));
    QCOMPARE(byKey(fromTotals.byDay), byKey(expected.byDay));
    const CostReport costs = live->a.reports.value(report);
    QCOMPARE(costs.resolution, CostResolution::Hour);
    QCOMPARE(costs.topRecipients.size(), 5);
    const auto projected = totalsOfReport(costs);
    QVERIFY(projected.has_value());
    QCOMPARE(*projected, fromTotals); // the same figures, whatever the resolution
    // Both waiters saw the pass's progress.
    for (const RequestId id : {totals, report})
        QVERIFY(std::any_of(live->a.progress.cbegin(), live->a.progress.cend(), [id](const auto &p) {
            return std::get<0>(p) == id && std::get<1>(p) == std::get<2>(p);
        }));

    // When the cost report is asked again for the same snapshot (the Costs tab opened later)
    asked = m_server.requests().size();
    const RequestId again = (*live)->requestCostReport({}, 3);
    live->a.reportsAsked.insert(again);
    QVERIFY(live->wait(again));
    // Then it is answered without a request, cut to its own recipients
    QCOMPARE(m_server.requests().size(), asked);
    QCOMPARE(live->a.reports.value(again).cells, costs.cells);
    QCOMPARE(live->a.reports.value(again).topRecipients, costs.topRecipients.mid(0, 3));

    // When, under a new snapshot, one of two waiters is cancelled
    (*live)->setSnapshotTime((*live)->snapshotTime().addMSecs(-1));
    asked = m_server.requests().size();
    const RequestId kept = (*live)->requestTotals({});
    const RequestId dropped = (*live)->requestCostReport({}, 5);
    live->a.reportsAsked.insert(dropped);
    (*live)->cancel(dropped);
    QVERIFY(live->wait(kept));
    // Then the pass goes on for the other, once, and the cancelled one hears nothing
    QCOMPARE(live->a.totals.value(kept), fromTotals);
    QCOMPARE(listBodies(m_server, asked).size(), pages);
    const RequestId barrier = (*live)->requestCount({});
    QVERIFY(live->wait(barrier));
    QVERIFY(!live->a.reports.contains(dropped) && !live->a.errors.contains(dropped));
}

void TestOneUptimeSource::newCountAndSnapshotFollowTheServersClock()
{
    // A server whose clock is an hour behind this machine's: the source must go by the server's.
    OneUptimeServer server;
    QCOMPARE(server.loadCache(m_smallCache), QString());
    server.addKey(readKey, m_project, QStringLiteral("ReadSmsLog"));
    server.setClockOffsetMs(-3600 * 1000);
    QVERIFY(server.listen() != 0);
    auto live = openLive(settings(server));
    QVERIFY(live->a.opened);
    const qint64 before = (*live)->serverInfo().messageCount;
    const QDateTime snapshot = (*live)->snapshotTime();
    QVERIFY(qAbs(snapshot.msecsTo(QDateTime::currentDateTimeUtc().addSecs(-3600))) < 10000);

    // Five messages arrive (created by the server's clock).
    OneUptimeFaults faults;
    faults.insertCount = 1;
    faults.insertRows = 5;
    server.setFaults(faults);
    RequestId id = (*live)->requestRows(query({}), 0, 10);
    QVERIFY(live->wait(id));
    QCOMPARE(ids(live->a.rows.value(id)), ids(serverOrder(cacheRows({}, {}), {}).mid(0, 10)));
    QVERIFY(server.records().size() == m_server.records().size() + 5);
    // Pinned to the snapshot, nothing moved.
    id = (*live)->requestCount({});
    QVERIFY(live->wait(id));
    QCOMPARE(live->a.counts.value(id), before);

    // Some seconds pass on the server; the source learns its time from the next answer.
    server.setClockOffsetMs(-3600 * 1000 + 5000);
    id = (*live)->requestCount({});
    QVERIFY(live->wait(id));
    const QDateTime until = (*live)->liveNow();
    QVERIFY(until > snapshot);
    const qint64 newest = server.records().constLast().createdAtMs.value();
    QVERIFY2(until.toMSecsSinceEpoch() >= newest, qPrintable(until.toString(Qt::ISODateWithMs)));

    id = (*live)->requestNewCount({}, until);
    QVERIFY(live->wait(id));
    QCOMPARE(live->a.counts.value(id, -1), 5);
    SmsFilter delivered;
    delivered.statuses = {QStringLiteral("Delivered")};
    id = (*live)->requestNewCount(delivered, until);
    QVERIFY(live->wait(id));
    QCOMPARE(live->a.counts.value(id, -1), 5);
    SmsFilter failed;
    failed.statuses = {QStringLiteral("Failed")};
    id = (*live)->requestNewCount(failed, until);
    QVERIFY(live->wait(id));
    QCOMPARE(live->a.counts.value(id, -1), 0);
    // The snapshot did not move by asking.
    QCOMPARE((*live)->snapshotTime(), snapshot);

    // Taking them in: counts, rows and totals include them; they are the newest rows.
    (*live)->setSnapshotTime(until);
    QCOMPARE((*live)->snapshotTime(), until);
    id = (*live)->requestCount({});
    QVERIFY(live->wait(id));
    QCOMPARE(live->a.counts.value(id), before + 5);
    id = (*live)->requestRows(query({}), 0, 6);
    QVERIFY(live->wait(id));
    const QList<SmsRecord> top = live->a.rows.value(id);
    QCOMPARE(top.size(), 6);
    for (int i = 0; i < 5; ++i)
        QVERIFY(top.at(i).smsText.startsWith(QStringLiteral("Inserted message")));
    QVERIFY(!top.at(5).smsText.startsWith(QStringLiteral("Inserted message")));
    id = (*live)->requestNewCount({}, until);
    QVERIFY(live->wait(id));
    QCOMPARE(live->a.counts.value(id, -1), 0);
    id = (*live)->requestTotals({});
    QVERIFY(live->wait(id));
    QCOMPARE(live->a.totals.value(id).messages, before + 5);
}

void TestOneUptimeSource::tableModelAndSummaryOnTheLiveSource()
{
    auto live = openLive(settings(m_server, memberKey));
    QVERIFY(live->a.opened);
    const QList<SmsRecord> expected = serverOrder(cacheRows({}, {}), {});

    SmsLogTableModel model;
    new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &model);
    SmsLogSummary summary;
    new QAbstractItemModelTester(summary.byProject(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &summary);
    new QAbstractItemModelTester(summary.byStatus(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 &summary);
    QSignalSpy totalsChanged(&summary, &SmsLogSummary::totalsChanged);
    model.setSource(live->source.get());
    summary.setSource(live->source.get());
    QVERIFY(model.isLive());

    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(expected.size()), 10000);
    QCOMPARE(model.matchCount(), qint64(expected.size()));
    // Scrolling down: every row is filled in, and is the cache's row.
    for (int row = 0; row < model.rowCount(); row += 97) {
        const QModelIndex index = model.index(row, 0);
        index.data(); // asks for the page
        QTRY_VERIFY_WITH_TIMEOUT(index.data(SmsLogTableModel::LoadedRole).toBool(), 10000);
        const auto record = index.data(SmsLogTableModel::RecordRole).value<SmsRecord>();
        QCOMPARE(record.id, expected.at(row).id);
        QCOMPARE(record.smsText, expected.at(row).smsText);
        QCOMPARE(record.link(LinkKind::StatusPageAnnouncement).name,
                 expected.at(row).link(LinkKind::StatusPageAnnouncement).name);
        QVERIFY(!index.data(Qt::DisplayRole).toString().isEmpty());
    }
    const QModelIndex last = model.index(model.rowCount() - 1, int(SmsColumn::To));
    last.data();
    QTRY_VERIFY_WITH_TIMEOUT(last.data(SmsLogTableModel::LoadedRole).toBool(), 10000);
    QCOMPARE(last.data(SmsLogTableModel::RawValueRole).toString(), expected.constLast().toNumber);
    QVERIFY(model.cachedPageCount() <= SmsLogTableModel::maxCachedPages);

    // Totals arrive and are the cache's.
    const CostTotals expectedTotals = cacheTotals({});
    QTRY_VERIFY_WITH_TIMEOUT(!summary.isLoading() && summary.totals().messages > 0, 15000);
    QCOMPARE(summary.totals().messages, expectedTotals.messages);
    QCOMPARE(summary.totals().costCents, expectedTotals.costCents);
    QVERIFY(!totalsChanged.isEmpty());

    // A new filter on both.
    SmsFilter failures;
    failures.statuses = {QStringLiteral("Failed"), QStringLiteral("Error")};
    model.setFilter(failures);
    summary.setFilter(failures);
    const CostTotals failureTotals = cacheTotals(failures);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), int(failureTotals.messages), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(summary.totals().messages, failureTotals.messages, 15000);
    QCOMPARE(summary.totals().costCents, failureTotals.costCents);
}

void TestOneUptimeSource::sessionPagesOnceForTotalsAndCosts()
{
    // Given the window's session on a live source, its Costs tab shown
    auto live = openLive(settings(m_server, memberKey));
    QVERIFY(live->a.opened);
    LogSession session;
    session.costs()->setActive(true);
    session.setSource(live->source.get());
    QTRY_VERIFY_WITH_TIMEOUT(!session.summary()->isLoading() && session.costs()->hasReport()
                                 && !session.costs()->isLoading(),
                             15000);

    // When the filter changes
    SmsFilter failures;
    failures.statuses = {QStringLiteral("Failed"), QStringLiteral("Error"), QStringLiteral("Undelivered")};
    const CostTotals expected = cacheTotals(failures);
    QVERIFY(expected.messages > 0 && expected.messages < 10000); // one page of the largest size
    const qsizetype asked = m_server.requests().size();
    session.setFilter(failures);
    QTRY_VERIFY_WITH_TIMEOUT(!session.summary()->isLoading() && !session.costs()->isLoading()
                                 && session.summary()->totals().messages == expected.messages,
                             15000);

    // Then the totals and the cost view show the same figures, the cache's
    QCOMPARE(session.summary()->totals().costCents, expected.costCents);
    QCOMPARE(session.costs()->totalMessages(), expected.messages);
    QCOMPARE(session.costs()->totalCostCents(), expected.costCents);
    // And the server was paged once for both: one aggregate page (the six fields, the recipient
    // among them), however many rows pages the table asked for.
    int aggregatePages = 0;
    for (const QByteArray &body : listBodies(m_server, asked)) {
        const QJsonObject select
            = QJsonDocument::fromJson(body).object().value(QStringLiteral("select")).toObject();
        if (select.contains(QStringLiteral("toNumber")) && !select.contains(QStringLiteral("smsText")))
            ++aggregatePages;
    }
    QCOMPARE(aggregatePages, 1);
    session.setSource(nullptr);
}

void TestOneUptimeSource::httpDateIsUtcWhateverTheLocalZone()
{
    // 02:30 on the night clocks go forward does not exist in Berlin, but is a fine UTC time.
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    const QDateTime gap = OneUptimeClient::parseHttpDate("Sun, 29 Mar 2026 02:30:00 GMT");
    const QDateTime plain = OneUptimeClient::parseHttpDate("Thu, 26 Nov 2026 20:40:23 GMT");
    if (zone.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", zone);
    QCOMPARE(gap, QDateTime(QDate(2026, 3, 29), QTime(2, 30), Qt::UTC));
    QCOMPARE(plain, QDateTime(QDate(2026, 11, 26), QTime(20, 40, 23), Qt::UTC));
    QVERIFY(!OneUptimeClient::parseHttpDate("yesterday").isValid());
    QCOMPARE(OneUptimeClient::retryAfterMs(OneUptimeServer::httpDate(1000 * 1000 + 3000),
                                           QDateTime::fromMSecsSinceEpoch(1000 * 1000, Qt::UTC)),
             3000);
}

void TestOneUptimeSource::theKeyIsNeverWrittenOrShown()
{
    // No file the tests' sources may have written holds a key: the temporary directory and the
    // test-mode standard locations (cache, data, config).
    QStringList roots{m_dir.path()};
    for (auto location : {QStandardPaths::CacheLocation, QStandardPaths::GenericCacheLocation,
                          QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
                          QStandardPaths::GenericDataLocation})
        roots << QStandardPaths::writableLocation(location);
    int files = 0;
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QString &key : allKeys) {
                QVERIFY2(!bytes.contains(key.toLatin1()), qPrintable(file.fileName()));
                QVERIFY2(!bytes.contains(key.toUtf8().toUpper()), qPrintable(file.fileName()));
            }
        }
    }
    QVERIFY(files >= 2); // the two caches at least
    // No error shown to the user carries one either.
    QVERIFY(m_errors.size() >= 12);
    for (const SourceError &error : std::as_const(m_errors)) {
        QVERIFY2(!containsKey(error.message), qPrintable(error.message));
        QVERIFY2(!containsKey(error.detail), qPrintable(error.detail));
    }
    QVERIFY(!containsKey(m_live->source->description()));
}

QTEST_MAIN(TestOneUptimeSource)
#include "tst_oneuptimesource.moc"
