// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

class QTcpServer;
class QTcpSocket;

// One SMS log row as the test server holds it. Empty optionals are SQL NULLs.
struct OneUptimeRecord {
    QString id; // UUID, lower case
    std::optional<qint64> createdAtMs; // ms since epoch, UTC
    std::optional<qint64> updatedAtMs;
    QString projectId;
    std::optional<QString> toNumber;
    std::optional<QString> fromNumber;
    std::optional<QString> smsText;
    std::optional<QString> statusMessage;
    std::optional<QString> errorCode;
    std::optional<QString> providerExternalId; // the provider's message id (e.g. Twilio's SM...)
    std::optional<QString> status;
    std::optional<qint64> costCents;
    QHash<QString, QString> links; // relation key ("incident", "user", ...) -> related id
};

// A related resource's fields as the cache knows them.
struct OneUptimeLinked {
    QString name; // title or name
    std::optional<qint64> number; // incident / alert number
    QString email; // users only
    // Incidents and alerts: the number with its prefix (empty: "INC-"/"ALT-" and the number), the
    // current state's and the severity's ids (names in OneUptimeServer::setNames()); monitors: the type.
    QString label;
    QString stateId;
    QString severityId;
    QString type;
};

// One request as it arrived on the wire.
struct OneUptimeRecordedRequest {
    QByteArray method;
    QByteArray target; // path plus query string, as sent
    QList<QPair<QByteArray, QByteArray>> headers; // names as sent
    QByteArray body;
    // Value of the first header named `name` (case-insensitive); null when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
};

// Faults injected into the next requests. Every count is "for the next N requests" and goes
// down by one per request it affected; -1 means every request. Requests to /__faults are never
// affected and never counted.
struct OneUptimeFaults {
    int rateLimitCount = 0; // 429 {"error": ...} with a Retry-After header
    QByteArray retryAfter = "1"; // seconds or an HTTP date, sent as is
    int errorCount = 0; // errorStatus with {"error": "Server Error"}
    int errorStatus = 503; // 500, 502 or 503
    int delayCount = 0; // wait delayMs before sending anything
    int delayMs = 0;
    int dripCount = 0; // send the body dripChunkBytes at a time, every dripIntervalMs
    int dripChunkBytes = 8;
    int dripIntervalMs = 10;
    int truncateCount = 0; // announce the full Content-Length, send half the body, close
    int malformedCount = 0; // 200 with a JSON-looking but broken body
    int htmlCount = 0; // an HTML error page with status htmlStatus
    int htmlStatus = 502; // 200 or 502
    int redirectCount = 0; // 302 to redirectBase + the request's path and query
    QUrl redirectBase;
    int insertCount = 0; // after answering a get-list, insert insertRows rows created "now"
    int insertRows = 0;
    int paymentRequiredCount = 0; // 402 {"error": "Your current subscription is in an unpaid state. ..."}
    // Data faults of get-list and get-item answers (counts as above; -1: every answer):
    int patchCount = 0; // every record of the answer gets the fields of fieldPatch, as raw JSON
    QJsonObject fieldPatch; // e.g. {"smsCostInUSDCents": "12"}: wrong types for the client to meet
    int hugePageCount = 0; // a get-list answers up to 10,000 rows from skip, whatever limit it asked
    int countLieCount = 0; // count answers and the list's "count" say countOffset more (or fewer)
    int countOffset = 0;
    int duplicateCount = 0; // a get-list answer repeats each of its records once more, at its end
    int removeCount = 0; // after answering a get-list, the removeRows oldest rows of the key's
    int removeRows = 0; // project are deleted (retention at work between two pages)
};

// An HTTP/1.1 server on loopback that answers like OneUptime's SMS Log API (section 15 of
// oneuptime-api.md), over an in-memory copy of the rows. Lives on the thread that created it;
// use it from that thread only. Only listens on 127.0.0.1.
class OneUptimeServer : public QObject
{
    Q_OBJECT
public:
    explicit OneUptimeServer(QObject *parent = nullptr);
    ~OneUptimeServer() override;

    // Replaces the rows with those of an SMS Log Viewer cache file. Returns an error text or "".
    QString loadCache(const QString &path);
    // Replaces the rows; `linked` is keyed by "<relation key>/<id>" (e.g. "incident/<uuid>").
    void setRecords(const QList<OneUptimeRecord> &records, const QHash<QString, OneUptimeLinked> &linked);
    const QList<OneUptimeRecord> &records() const { return m_records; }
    const QHash<QString, OneUptimeLinked> &linked() const { return m_linked; }
    // The names of a state or severity list ("incident-state", "incident-severity", "alert-state",
    // "alert-severity"): id → name, served by /api/<list>/get-list to keys of a project role.
    // loadCache() fills them from a cache's resource_context (ids made from the names).
    void setNames(const QString &list, const QHash<QString, QString> &names) { m_names.insert(list, names); }
    // The project with the most rows ("" when there are none).
    QString largestProject() const;

    // A key that authenticates as `projectId` with one permission string (e.g. "ReadSmsLog",
    // "ProjectMember", or anything else for a key that may not read SMS logs).
    void addKey(const QString &key, const QString &projectId, const QString &permission);

    // Old-server mode: version 7.0.1000, legacy statuses only, no errorCode and no relations,
    // limit at most 1000, skip/limit read from the query string only.
    void setOldServer(bool old);
    bool isOldServer() const { return m_oldServer; }
    QString version() const;
    // Columns this server does not have although its version says so, as a server of an odd
    // version would: selecting one fails with 400. "smsText" gives "Invalid select clause. Cannot
    // select on ..."; "incident.incidentNumber" gives "Column incidentNumber not found on Incident".
    void setMissingColumns(const QStringList &columns) { m_missingColumns = columns; }

    // The server's clock runs this many ms ahead of the machine's (negative: behind). It dates the
    // Date header of every answer and the rows inserted by the insert fault.
    void setClockOffsetMs(qint64 ms) { m_clockOffsetMs = ms; }
    qint64 nowMs() const; // the server's clock, ms since the epoch (UTC)
    // An IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") for a Date or Retry-After header.
    static QByteArray httpDate(qint64 msSinceEpoch);

    // Starts listening on 127.0.0.1; 0 picks a free port. Returns the port, 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>

    void setFaults(const OneUptimeFaults &faults) { m_faults = faults; }
    const OneUptimeFaults &faults() const { return m_faults; }
    // Applies a JSON object with OneUptimeFaults' member names (as POST /__faults does).
    // Returns an error text or "".
    QString applyFaultsJson(const QByteArray &json);

    const QList<OneUptimeRecordedRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    // Connections the client closed while their answer was still waiting or being sent (an
    // aborted request).
    int abandonedResponses() const { return m_abandoned; }
    // Time spent working out answers (not sending them), in ms: how much of a client's wait was the
    // server's.
    qint64 answerTimeMs() const { return m_answerNs / 1000000; }

    struct Response {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int delayMs = 0;
        int dripChunkBytes = 0; // 0: all at once
        int dripIntervalMs = 0;
        bool truncate = false;
    };

private:
    void handleNewConnection();
    void handleReadyRead(QTcpSocket *socket);
    Response respond(const OneUptimeRecordedRequest &request);
    Response respondApi(const OneUptimeRecordedRequest &request);
    void send(QTcpSocket *socket, const Response &response, bool close);
    void insertNewest(const QString &projectId, int count);
    void removeOldest(const QString &projectId, int count);

    QTcpServer *m_server = nullptr;
    QList<OneUptimeRecord> m_records;
    QHash<QString, OneUptimeLinked> m_linked;
    QHash<QString, QHash<QString, QString>> m_names; // "incident-state" → id → name
    struct Key {
        QString projectId;
        QString permission;
    };
    QHash<QString, Key> m_keys;
    bool m_oldServer = false;
    QStringList m_missingColumns;
    qint64 m_clockOffsetMs = 0;
    int m_abandoned = 0;
    qint64 m_answerNs = 0;
    OneUptimeFaults m_faults;
    QList<OneUptimeRecordedRequest> m_requests;
    qint64 m_inserted = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers; // unparsed input per connection
    QSet<QTcpSocket *> m_busy; // connections with a response still being sent
};
