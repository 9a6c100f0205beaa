// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "demogenerator.h"
#include "oneuptimeserver.h"
#include "oneuptimesource.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// The live source over HTTPS: certificates are always verified, and a self-hosted server signed
// by its own authority is reached by giving that authority's certificate (the CA file). A TLS
// front (QSslServer with the test certificates in tests/data/tls, signed by a test CA, for
// 127.0.0.1) relays the decrypted bytes to the OneUptime imitation.
class TestOneUptimeTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    OneUptimeServer m_server;
    QSslServer m_tls;
    int m_handshakes = 0; // TLS sessions established
    const QString m_key = QStringLiteral("7c6b5a49-3827-4615-a4b3-c2d1e0f9a8b7");

    static QString data(const char *name)
    {
        return QStringLiteral(SMSLOG_TEST_DATA "/tls/") + QLatin1String(name);
    }

    void relay(QSslSocket *client)
    {
        auto *backend = new QTcpSocket(client);
        backend->connectToHost(QHostAddress::LocalHost, m_server.port());
        ++m_handshakes; // QSslServer hands out sockets once their handshake is done
        connect(client, &QIODevice::readyRead, backend,
                [client, backend] { backend->write(client->readAll()); });
        connect(backend, &QIODevice::readyRead, client,
                [client, backend] { client->write(backend->readAll()); });
        connect(backend, &QTcpSocket::disconnected, client, &QSslSocket::disconnectFromHost);
        connect(client, &QSslSocket::disconnected, client, &QObject::deleteLater);
    }

    OneUptimeSettings settings(const QString &caFile = {}) const
    {
        OneUptimeSettings s;
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_tls.serverPort());
        s.instance = url;
        s.apiKey = m_key;
        s.caFile = caFile;
        s.timeoutMs = 10000;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("This Qt has no TLS backend");
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("tls.sqlite"));
        DemoOptions options;
        options.rows = 500;
        options.end = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(writeDemoCache(path, options), QString());
        QCOMPARE(m_server.loadCache(path), QString());
        m_server.addKey(m_key, m_server.largestProject(), QStringLiteral("ReadSmsLog"));
        QVERIFY(m_server.listen() != 0);

        QFile certificate(data("server.pem"));
        QFile key(data("server.key"));
        QVERIFY(certificate.open(QIODevice::ReadOnly));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&certificate, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // the client is not asked for a certificate
        m_tls.setSslConfiguration(tls);
        connect(&m_tls, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_tls.nextPendingConnection()))
                relay(socket);
        });
        QVERIFY(m_tls.listen(QHostAddress::LocalHost));
    }

    void unknownAuthorityIsRefusedBeforeAnythingIsSent()
    {
        m_server.clearRequests();
        OneUptimeSource source(settings());
        QSignalSpy failed(&source, &SmsLogSource::openFailed);
        source.open();
        QVERIFY(failed.wait(15000));
        const auto error = failed.at(0).at(0).value<SourceError>();
        QCOMPARE(error.kind, SourceError::Kind::Tls);
        QVERIFY(error.message.contains(QStringLiteral("CA file")));
        QVERIFY(!error.message.contains(m_key) && !error.detail.contains(m_key));
        QCOMPARE(m_server.requests().size(), 0); // no request, so no key, reached the server
    }

    void caFileOfTheServersAuthorityConnects()
    {
        m_server.clearRequests();
        OneUptimeSource source(settings(data("ca.pem")));
        QSignalSpy opened(&source, &SmsLogSource::opened);
        QSignalSpy failed(&source, &SmsLogSource::openFailed);
        source.open();
        QVERIFY2(opened.wait(15000),
                 failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).value<SourceError>().detail));
        QVERIFY(m_handshakes > 0);
        QVERIFY(source.serverInfo().messageCount > 0);
        QSignalSpy rows(&source, &SmsLogSource::rowsFetched);
        source.requestRows({}, 0, 50);
        QVERIFY(rows.wait(15000));
        QCOMPARE(rows.at(0).at(2).value<QList<SmsRecord>>().size(), 50);
        QVERIFY(m_server.requests().size() >= 2);
    }

    void unusableCaFilesAreSaidBeforeConnecting()
    {
        for (const QString &file : {m_dir.filePath(QStringLiteral("missing.pem")), data("server.key")}) {
            OneUptimeSource source(settings(file));
            QSignalSpy failed(&source, &SmsLogSource::openFailed);
            source.open();
            QVERIFY(failed.wait(5000));
            const auto error = failed.at(0).at(0).value<SourceError>();
            QVERIFY2(error.message.contains(QStringLiteral("CA file")), qPrintable(error.message));
        }
    }
};

QTEST_MAIN(TestOneUptimeTls)
#include "tst_oneuptimetls.moc"
