// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "sourceerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

// Where and how to reach a OneUptime instance. `apiKey` is a secret: never logged, never written.
struct OneUptimeSettings {
    QUrl instance; // https://oneuptime.com, or its /api base
    QString apiKey;
    QString caFile; // extra CA certificates (PEM) for a self-hosted server; empty = system CAs only
    QString label; // the profile's name, for descriptions; never the key
    int timeoutMs = 30000; // a transfer with no progress for this long fails
    int maxAttempts = 4; // for 429 and 5xx answers to reads
    int retryBaseMs = 500; // first backoff; doubles per attempt
    int maxRetryWaitMs = 60000; // a longer Retry-After is cut to this
    // An answer larger than this is stopped and refused (a full page of 10,000 messages with the
    // longest texts is ~40 MB): a broken proxy or server cannot fill the memory.
    qint64 maxAnswerBytes = 256ll * 1024 * 1024;
};

// One HTTP exchange with retries. Emits exactly one of succeeded() or failed(), unless aborted,
// then nothing. Owned by the client; deletes itself after its last signal.
class OneUptimeCall : public QObject
{
    Q_OBJECT
public:
    // Stops the exchange and any pending retry. Safe to call more than once.
    void abort();
    // The server's clock (Date header of the last answer); invalid when it sent none.
    QDateTime serverDate() const { return m_serverDate; }
    int httpStatus() const { return m_httpStatus; }
    // The body of the last answer, also of a failed one (for its error text).
    QByteArray answerBody() const { return m_answer; }
    int attempts() const { return m_attempt; }

Q_SIGNALS:
    void succeeded(const QByteArray &body);
    void failed(const SourceError &error, int httpStatus);
    // Waiting before another attempt: a sentence for the status bar ("The server is busy…").
    void retrying(const QString &message, int waitMs);

private:
    friend class OneUptimeClient;
    OneUptimeCall(QObject *parent)
        : QObject(parent)
    { }
    void start();
    void handleFinished();

    class OneUptimeClient *m_client = nullptr;
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    int m_attempt = 0;
    int m_httpStatus = 0;
    QByteArray m_answer;
    QDateTime m_serverDate;
    bool m_withKey = true;
    bool m_aborted = false;
    bool m_tooLarge = false; // stopped by maxAnswerBytes
};

// Talks HTTP to one OneUptime instance, with the rules users can trust: the key goes only to the
// instance's own origin (redirects elsewhere are refused), TLS verification is always on, every
// transfer has a timeout, reads are retried on 429 and 5xx with backoff honouring Retry-After,
// and every failure becomes a SourceError that says what to do.
//
// GUI thread (or any one thread with an event loop).
class OneUptimeClient : public QObject
{
    Q_OBJECT
public:
    explicit OneUptimeClient(const OneUptimeSettings &settings, QObject *parent = nullptr);

    // The API base for an instance URL: "https://host" → "https://host/api"; "…/api" unchanged.
    static QUrl apiBase(const QUrl &instance);
    // Seconds or an HTTP date (relative to `now`) → milliseconds; -1 when unusable.
    static qint64 retryAfterMs(const QByteArray &value, const QDateTime &now);
    // An HTTP date ("Sun, 06 Nov 1994 08:49:37 GMT") → UTC; invalid when unusable.
    static QDateTime parseHttpDate(const QByteArray &value);
    // The user-facing error for an answer that was not a success. Pure; `body` may be anything.
    static SourceError errorFor(int httpStatus, int networkError, const QString &networkText,
                                const QByteArray &body, const QString &what);

    const OneUptimeSettings &settings() const { return m_settings; }
    // A problem with the settings found before any request (bad URL, unreadable CA file); "" if none.
    QString settingsProblem() const { return m_settingsProblem; }

    // `path` is relative to the API base ("/sms-log/get-list"). `withKey` false for /version.
    OneUptimeCall *post(const QString &path, const QUrlQuery &query, const QByteArray &body);
    OneUptimeCall *get(const QString &path, bool withKey = true);

    // The server's clock now, from the last Date header seen (local clock when none).
    QDateTime serverNow() const;

private:
    friend class OneUptimeCall;
    OneUptimeCall *start(const QByteArray &method, const QString &path, const QUrlQuery &query,
                         const QByteArray &body, bool withKey);
    QNetworkReply *send(const OneUptimeCall &call);
    void noteServerDate(const QDateTime &date)
    {
        m_clockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(date);
    }

    OneUptimeSettings m_settings;
    QUrl m_apiBase;
    QString m_settingsProblem;
    QList<QSslCertificate> m_extraCas;
    QNetworkAccessManager *m_network;
    qint64 m_clockOffsetMs = 0; // server minus local
};
