// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "oneuptimeclient.h"

#include "oneuptimeparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace {

bool isRetryable(int status)
{
    return status == 429 || (status >= 500 && status <= 599);
}

QString seconds(qint64 ms)
{
    return QString::number((ms + 999) / 1000);
}

} // namespace

OneUptimeClient::OneUptimeClient(const OneUptimeSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_apiBase(apiBase(settings.instance))
    , m_network(new QNetworkAccessManager(this))
{
    // Redirects are decided per request (same origin only); nothing is cached on disk.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    const QString scheme = m_apiBase.scheme();
    if (!m_apiBase.isValid() || m_apiBase.host().isEmpty()
        || (scheme != QStringLiteral("http") && scheme != QStringLiteral("https"))) {
        m_settingsProblem = tr("The instance URL must start with https:// or http:// and name a host.");
    } else if (scheme == QStringLiteral("https") && !QSslSocket::supportsSsl()) {
        m_settingsProblem = tr("This system has no TLS library, so https addresses cannot be reached.");
    }
    if (!settings.caFile.isEmpty()) {
        QFile file(settings.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            m_settingsProblem = tr("The CA file %1 cannot be read.").arg(settings.caFile);
        } else {
            m_extraCas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
            if (m_extraCas.isEmpty())
                m_settingsProblem = tr("The CA file %1 holds no PEM certificate.").arg(settings.caFile);
        }
    }
}

QUrl OneUptimeClient::apiBase(const QUrl &instance)
{
    QUrl base = instance.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!base.path().endsWith(QStringLiteral("/api")))
        base.setPath(base.path() + QStringLiteral("/api"));
    return base;
}

QDateTime OneUptimeClient::parseHttpDate(const QByteArray &value)
{
    // Date and time are read apart and joined as UTC: read as one they would be a local time of
    // this machine, which may not exist (the hour skipped when clocks go forward).
    static const QRegularExpression imfFixdate(
        QStringLiteral("^[A-Za-z]{3}, (\\d{2} [A-Za-z]{3} \\d{4}) (\\d{2}:\\d{2}:\\d{2}) GMT$"));
    const QRegularExpressionMatch match = imfFixdate.match(QString::fromLatin1(value).trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date = QLocale::c().toDate(match.captured(1), QStringLiteral("dd MMM yyyy"));
    const QTime time = QTime::fromString(match.captured(2), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

qint64 OneUptimeClient::retryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    bool isNumber = false;
    const qint64 secondsValue = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return secondsValue < 0 ? -1 : std::min<qint64>(secondsValue, 24 * 3600) * 1000;
    const QDateTime when = parseHttpDate(trimmed);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, now.msecsTo(when));
}

SourceError OneUptimeClient::errorFor(int status, int networkError, const QString &networkText,
                                      const QByteArray &body, const QString &what)
{
    const QString serverText = OneUptimeParser::errorMessage(body);
    QString detail = what;
    if (status > 0)
        detail += QStringLiteral(": HTTP ") + QString::number(status);
    if (!serverText.isEmpty())
        detail += QStringLiteral(" — ") + serverText.left(300);
    else if (!networkText.isEmpty())
        detail += QStringLiteral(" — ") + networkText;

    using Kind = SourceError::Kind;
    if (status == 400 && serverText.contains(QStringLiteral("API Key"), Qt::CaseInsensitive))
        return {Kind::Authentication,
                tr("The server refused the API key. Check that it was copied completely and has not "
                   "expired (Project Settings → API Keys)."),
                detail};
    if (status == 401)
        return {Kind::Authentication,
                tr("The server did not accept the request without a valid API key. Enter the project's "
                   "API key in the connection."),
                detail};
    if (status == 402)
        return {Kind::Payment,
                tr("The project's subscription is unpaid, so the server refuses to answer. A project "
                   "owner can settle it under Project Settings → Billing."),
                detail};
    if (status == 422 || status == 403)
        return {Kind::Permission,
                tr("The API key may not read SMS logs. Give it the \"Read SMS Log\" permission in "
                   "Project Settings → API Keys (changes can take a minute to apply)."),
                detail};
    if (status == 404)
        return {Kind::Network,
                tr("The server has no OneUptime SMS log API at this address. Check the instance URL "
                   "(for example https://oneuptime.com)."),
                detail};
    if (status == 429)
        return {Kind::Server,
                tr("The server kept answering \"too many requests\". Wait a minute, then refresh."), detail};
    if (status >= 500)
        return {Kind::Server,
                tr("The server failed to answer (HTTP %1) and kept failing after several tries. Try "
                   "again later; its administrators can see the cause in the server's logs.")
                    .arg(status),
                detail};
    if (status >= 300 && status < 400)
        return {Kind::Network,
                tr("The server redirects its API to another address, which the app does not follow "
                   "(the API key is not sent there). Use the address it redirects to as the instance URL."),
                detail};
    if (status >= 400)
        return {Kind::Query,
                serverText.isEmpty() ? tr("The server refused the request (HTTP %1).").arg(status)
                                     : tr("The server refused the request: %1").arg(serverText.left(300)),
                detail};

    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::NoError: break;
    case QNetworkReply::HostNotFoundError:
        return {Kind::Network,
                tr("The server's name could not be found. Check the instance URL and the network."), detail};
    case QNetworkReply::ConnectionRefusedError:
        return {Kind::Network,
                tr("The server refused the connection. Check the instance URL and that the server runs."),
                detail};
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return {Kind::Timeout,
                tr("The server did not answer in time. Check the network, then refresh to try again."),
                detail};
    case QNetworkReply::SslHandshakeFailedError:
        return {Kind::Tls,
                tr("The server's certificate could not be verified, so nothing was sent. For a "
                   "self-hosted server with its own certificate authority, choose its CA file in the "
                   "connection."),
                detail};
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return {Kind::Network,
                tr("The server sent the request to another address; the API key was not sent there. "
                   "Use the instance's own address as the URL."),
                detail};
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProtocolFailure:
        return {Kind::BadResponse,
                tr("The connection closed before the whole answer arrived. Refresh to try again."), detail};
    default: return {Kind::Network, tr("The server could not be reached: %1").arg(networkText), detail};
    }
    return {Kind::BadResponse, tr("The server's answer could not be read."), detail};
}

OneUptimeCall *OneUptimeClient::post(const QString &path, const QUrlQuery &query, const QByteArray &body)
{
    return start("POST", path, query, body, true);
}

OneUptimeCall *OneUptimeClient::get(const QString &path, bool withKey)
{
    return start("GET", path, {}, {}, withKey);
}

QDateTime OneUptimeClient::serverNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

OneUptimeCall *OneUptimeClient::start(const QByteArray &method, const QString &path, const QUrlQuery &query,
                                      const QByteArray &body, bool withKey)
{
    auto *call = new OneUptimeCall(this);
    call->m_client = this;
    call->m_method = method;
    call->m_withKey = withKey;
    call->m_url = m_apiBase;
    call->m_url.setPath(m_apiBase.path() + path);
    if (!query.isEmpty())
        call->m_url.setQuery(query);
    call->m_body = body;
    // Started from the event loop, so callers connect to the call's signals first.
    QTimer::singleShot(0, call, &OneUptimeCall::start);
    return call;
}

QNetworkReply *OneUptimeClient::send(const OneUptimeCall &call)
{
    QNetworkRequest request(call.m_url);
    // The key never follows a redirect to another origin. A POST follows none at all: Qt would
    // repeat it as a GET without its body, and the server would answer ids only, as if data.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         call.m_method == "POST" ? QNetworkRequest::ManualRedirectPolicy
                                                 : QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (call.m_withKey && !m_settings.apiKey.isEmpty()) // no key: no header, as the server expects
        request.setRawHeader("ApiKey", m_settings.apiKey.toUtf8());
    if (!m_extraCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_extraCas);
        request.setSslConfiguration(tls);
    }
    if (call.m_method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return m_network->post(request, call.m_body);
    }
    return m_network->get(request);
}

void OneUptimeCall::start()
{
    if (m_aborted)
        return;
    ++m_attempt;
    if (!m_client->m_settingsProblem.isEmpty()) {
        const SourceError error{SourceError::Kind::Network, m_client->m_settingsProblem, {}};
        Q_EMIT failed(error, 0);
        deleteLater();
        return;
    }
    m_reply = m_client->send(*this);
    connect(m_reply, &QNetworkReply::finished, this, &OneUptimeCall::handleFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        const qint64 limit = m_client->m_settings.maxAnswerBytes;
        if (m_reply && !m_tooLarge && (received > limit || total > limit)) {
            m_tooLarge = true;
            m_reply->abort(); // finished() follows, and handleFinished() reports it
        }
    });
}

void OneUptimeCall::abort()
{
    if (m_aborted)
        return;
    m_aborted = true;
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        if (!m_reply->isFinished()) // aborting a finished reply reports its error a second time
            m_reply->abort();
        m_reply->deleteLater();
    }
    deleteLater();
}

void OneUptimeCall::handleFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_aborted)
        return;
    reply->deleteLater();
    m_reply = nullptr;

    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QDateTime date = OneUptimeClient::parseHttpDate(reply->rawHeader("Date"));
    if (date.isValid()) {
        m_serverDate = date;
        m_client->noteServerDate(date);
    }
    // A reply aborted by the transfer timeout is closed: nothing to read.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    m_answer = body;
    const auto error = reply->error();
    const QString what = QString::fromLatin1(m_method) + u' ' + m_url.path();

    if (m_tooLarge) {
        Q_EMIT failed(
            {SourceError::Kind::BadResponse,
             tr("The server's answer was larger than %1 and was not read. Check that the "
                "instance URL points at OneUptime itself.")
                 .arg(QLocale().formattedDataSize(m_client->m_settings.maxAnswerBytes)),
             what + QStringLiteral(": more than %1 bytes").arg(m_client->m_settings.maxAnswerBytes)},
            m_httpStatus);
        deleteLater();
        return;
    }

    if (m_httpStatus >= 200 && m_httpStatus < 300 && error == QNetworkReply::NoError) {
        Q_EMIT succeeded(body);
        deleteLater();
        return;
    }

    const OneUptimeSettings &settings = m_client->m_settings;
    if (isRetryable(m_httpStatus) && m_attempt < settings.maxAttempts) {
        // A Retry-After date is on the server's clock: measured from its Date header.
        qint64 waitMs = OneUptimeClient::retryAfterMs(
            reply->rawHeader("Retry-After"), date.isValid() ? date : QDateTime::currentDateTimeUtc());
        if (waitMs < 0) {
            const qint64 base = qint64(settings.retryBaseMs) << (m_attempt - 1);
            waitMs = base + QRandomGenerator::global()->bounded(qint64(settings.retryBaseMs) / 2 + 1);
        }
        waitMs = std::min<qint64>(waitMs, settings.maxRetryWaitMs);
        const QString message = m_httpStatus == 429
            ? tr("The server asks to slow down; trying again in %1 s.").arg(seconds(waitMs))
            : tr("The server failed (HTTP %1); trying again in %2 s.").arg(m_httpStatus).arg(seconds(waitMs));
        Q_EMIT retrying(message, int(waitMs));
        if (!m_retryTimer) {
            m_retryTimer = new QTimer(this);
            m_retryTimer->setSingleShot(true);
            connect(m_retryTimer, &QTimer::timeout, this, &OneUptimeCall::start);
        }
        m_retryTimer->start(int(waitMs));
        return;
    }

    // A timeout and a user abort both arrive as OperationCanceledError; aborts never get here.
    const int networkError = m_httpStatus > 0 && error != QNetworkReply::NoError && m_httpStatus < 300
        ? int(error) // a 2xx that broke off
        : (m_httpStatus > 0 ? int(QNetworkReply::NoError) : int(error));
    QString networkText = reply->errorString();
    if (const QByteArray location = reply->rawHeader("Location"); !location.isEmpty())
        networkText = QStringLiteral("redirected to ") + QString::fromLatin1(location.left(300));
    const SourceError sourceError = OneUptimeClient::errorFor(
        m_httpStatus >= 300 || m_httpStatus == 0 ? m_httpStatus : 0, networkError, networkText, body, what);
    Q_EMIT failed(sourceError, m_httpStatus);
    deleteLater();
}
