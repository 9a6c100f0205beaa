// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "demogenerator.h"
#include "oneuptimeparser.h"
#include "oneuptimequery.h"
#include "oneuptimeserver.h"
#include "sqlitecachesource.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

// The groundwork of the live source end to end: requests built by OneUptimeQuery, sent over
// loopback to the OneUptime imitation, answers read by OneUptimeParser. For the same data the
// rows must be the ones the cache source gives.
class TestOneUptimeRoundTrip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    OneUptimeServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<SqliteCacheSource> m_cache;
    OneUptimeQuery::ServerFeatures m_features;
    QString m_project;
    const QString m_key = QStringLiteral("3f1e6c1a-0b2d-4c9e-8f7a-5d4c3b2a1908");

    QByteArray post(const QString &path, const QByteArray &body, int *status = nullptr,
                    const QUrlQuery &query = {})
    {
        QUrl url = m_server.url();
        url.setPath(path);
        url.setQuery(query);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("ApiKey", m_key.toLatin1());
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::SameOriginRedirectPolicy);
        QNetworkReply *reply = body.isNull() ? m_network.get(request) : m_network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            qWarning("no answer from the server");
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    }

    // Every row of `filter` in `sort` order, page by page.
    QList<SmsRecord> fetchAll(const SmsFilter &filter, const SmsSort &sort)
    {
        const auto sortFields = OneUptimeQuery::sort(sort, m_features);
        const QByteArray body
            = OneUptimeQuery::requestBody(OneUptimeQuery::query(filter, m_features),
                                          OneUptimeQuery::select(OneUptimeQuery::Fields::Full, m_features),
                                          sortFields.value_or(OneUptimeQuery::SortFields{}));
        QList<SmsRecord> all;
        const int limit = 700;
        for (int skip = 0;; skip += limit) {
            QUrlQuery paging;
            paging.addQueryItem(QStringLiteral("skip"), QString::number(skip));
            paging.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            int status = 0;
            const auto page = OneUptimeParser::parseListPage(
                post(QStringLiteral("/api/sms-log/get-list"), body, &status, paging));
            if (status != 200 || !std::holds_alternative<OneUptimeParser::ListPage>(page)) {
                qWarning("page failed with %d", status);
                return {};
            }
            const auto &records = std::get<OneUptimeParser::ListPage>(page).records;
            all += records;
            if (records.size() < limit)
                return all;
        }
    }

    QList<SmsRecord> cacheRows(const SmsFilter &filter, const SmsSort &sort)
    {
        QSignalSpy rows(m_cache.get(), &SmsLogSource::rowsFetched);
        const auto id = m_cache->requestRows({filter, sort}, 0, 100000);
        for (int i = 0; i < 100 && rows.isEmpty(); ++i)
            rows.wait(100);
        if (rows.isEmpty() || rows.first().first().toULongLong() != id)
            return {};
        return rows.first().at(2).value<QList<SmsRecord>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("live.sqlite"));
        DemoOptions options;
        options.rows = 3000;
        options.seed = 11;
        options.end = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(writeDemoCache(path, options), QString());
        QCOMPARE(m_server.loadCache(path), QString());
        m_project = m_server.largestProject();
        m_server.addKey(m_key, m_project, QStringLiteral("ReadSmsLog"));
        QVERIFY(m_server.listen() != 0);

        m_cache = std::make_unique<SqliteCacheSource>(path);
        QSignalSpy opened(m_cache.get(), &SmsLogSource::opened);
        m_cache->open();
        QVERIFY(opened.wait(10000));

        int status = 0;
        const QJsonObject version
            = QJsonDocument::fromJson(post(QStringLiteral("/api/version"), QByteArray(), &status)).object();
        QCOMPARE(status, 200);
        m_features = OneUptimeQuery::featuresFor(
            QVersionNumber::fromString(version.value(QStringLiteral("version")).toString()));
        QVERIFY(m_features.errorCode && m_features.multiSearch);
    }

    void sameRowsAsTheCache_data()
    {
        QTest::addColumn<SmsFilter>("filter");
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<int>("sortOrder");
        SmsFilter f;
        QTest::newRow("everything, newest first") << f << int(SmsColumn::SentAt) << int(Qt::DescendingOrder);
        QTest::newRow("everything by cost") << f << int(SmsColumn::Cost) << int(Qt::AscendingOrder);
        f.statuses = {QStringLiteral("Failed"), QStringLiteral("Undelivered"), QStringLiteral("Error")};
        QTest::newRow("failures") << f << int(SmsColumn::SentAt) << int(Qt::DescendingOrder);
        f = {};
        f.sentFrom = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
        f.sentTo = QDateTime(QDate(2026, 10, 15), QTime(23, 59, 59, 999), Qt::UTC);
        QTest::newRow("a time range") << f << int(SmsColumn::SentAt) << int(Qt::AscendingOrder);
        f = {};
        f.toNumber = QStringLiteral("+4477009");
        QTest::newRow("part of a number") << f << int(SmsColumn::To) << int(Qt::AscendingOrder);
        f = {};
        f.errorCode = QStringLiteral("30007");
        QTest::newRow("an error code") << f << int(SmsColumn::SentAt) << int(Qt::DescendingOrder);
        f = {};
        f.linkKind = LinkKind::User;
        f.linkText = QStringLiteral("a");
        QTest::newRow("users with an a") << f << int(SmsColumn::SentAt) << int(Qt::DescendingOrder);
    }

    void sameRowsAsTheCache()
    {
        QFETCH(SmsFilter, filter);
        QFETCH(int, sortColumn);
        QFETCH(int, sortOrder);
        const SmsSort sort{static_cast<SmsColumn>(sortColumn), static_cast<Qt::SortOrder>(sortOrder)};
        const QList<SmsRecord> live = fetchAll(filter, sort);
        SmsFilter scoped = filter; // the key's project is the server's tenant
        scoped.projectId = m_project;
        const QList<SmsRecord> cached = cacheRows(scoped, sort);
        QVERIFY(!cached.isEmpty());
        QCOMPARE(live.size(), cached.size());

        QHash<QString, SmsRecord> byId;
        for (const SmsRecord &r : cached)
            byId.insert(r.id, r);
        for (int i = 0; i < live.size(); ++i) {
            const SmsRecord &l = live.at(i);
            QVERIFY2(byId.contains(l.id), qPrintable(l.id));
            const SmsRecord &c = byId.value(l.id);
            QCOMPARE(l.createdAt, c.createdAt);
            QCOMPARE(l.status, c.status);
            QCOMPARE(l.costCents, c.costCents);
            QCOMPARE(l.toNumber, c.toNumber);
            QCOMPARE(l.errorCode, c.errorCode);
            QCOMPARE(l.smsText, c.smsText);
            QCOMPARE(l.projectName, c.projectName);
            for (LinkKind kind : allLinkKinds) {
                QCOMPARE(l.link(kind).id, c.link(kind).id);
                if (kind != LinkKind::StatusPageAnnouncement) // its title is not readable via the log
                    QCOMPARE(l.link(kind).name, c.link(kind).name);
            }
            // Same order up to ties (the cache breaks them by row id, the server by _id).
            if (i > 0 && sort.column == SmsColumn::SentAt) {
                const bool ascending = sort.order == Qt::AscendingOrder;
                QVERIFY(ascending ? live.at(i - 1).createdAt <= l.createdAt
                                  : live.at(i - 1).createdAt >= l.createdAt);
            }
        }
    }

    void theRequestsCarryTheKeyAndValidJson()
    {
        m_server.clearRequests();
        fetchAll({}, {});
        QVERIFY(!m_server.requests().isEmpty());
        for (const OneUptimeRecordedRequest &request : m_server.requests()) {
            QCOMPARE(request.header("apikey"), m_key.toLatin1());
            QVERIFY(!QJsonDocument::fromJson(request.body).isNull());
            QVERIFY(request.target.contains("skip=") && request.target.contains("limit="));
        }
    }
};

QTEST_GUILESS_MAIN(TestOneUptimeRoundTrip)
#include "tst_oneuptimeroundtrip.moc"
