// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "keystore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

namespace {

// Keyring jobs fail fast without a bus, but libsecret may need a moment to find out.
constexpr int keyringTimeoutMs = 15'000;

const QString profileName = QStringLiteral("tst_keystore — Self-hosted");
const QString secretKey = QStringLiteral("f47ac10b-58cc-4372-a567-0e02b2c3d479");

// Every message logged while a test runs, to check that none carries the key.
QStringList capturedMessages;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedMessages.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void sessionOnlyRoundTrip();
    void sessionOnlyAnswersAsynchronously();
    void sessionOnlyKeepsProfilesApart();
    void systemWithoutKeyringFallsBackOnWrite();
    void systemWithoutKeyringFallsBackOnRead();
    void systemWithoutKeyringDeletes();

private:
    QTemporaryDir m_dir;
};

void TestKeyStore::initTestCase()
{
    // No session bus for the keyring to reach, as in CI. Unsetting the variable alone is not
    // enough on a desktop: GLib then tries $XDG_RUNTIME_DIR/bus. So point it at a socket that
    // does not exist, which makes both QtDBus and libsecret fail at once.
    QVERIFY(m_dir.isValid());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + QFile::encodeName(m_dir.filePath(QStringLiteral("no-bus"))));
    previousHandler = qInstallMessageHandler(captureMessage);
}

void TestKeyStore::init()
{
    capturedMessages.clear();
}

void TestKeyStore::cleanup()
{
    for (const QString &message : std::as_const(capturedMessages)) {
        QVERIFY2(!message.contains(secretKey, Qt::CaseInsensitive), "a log message holds the API key");
        QVERIFY2(!message.contains(secretKey.left(8), Qt::CaseInsensitive),
                 "a log message holds the API key");
    }
}

void TestKeyStore::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

void TestKeyStore::sessionOnlyRoundTrip()
{
    KeyStore store(KeyStore::Backend::SessionOnly);
    QVERIFY(store.isSessionOnly());
    QCOMPARE(store.notice(),
             QStringLiteral("No system keyring is available: the API key is kept only until you quit."));
    QSignalSpy written(&store, &KeyStore::keyWritten);
    QSignalSpy read(&store, &KeyStore::keyRead);
    QSignalSpy deleted(&store, &KeyStore::keyDeleted);
    QSignalSpy notice(&store, &KeyStore::noticeChanged);

    store.writeKey(profileName, secretKey);
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(written.at(0).at(0).toString(), profileName);
    QCOMPARE(written.at(0).at(1).toBool(), false); // memory only

    store.readKey(profileName);
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.at(0).at(0).toString(), profileName);
    QCOMPARE(read.at(0).at(1).toString(), secretKey);

    store.deleteKey(profileName);
    QTRY_COMPARE(deleted.count(), 1);
    QCOMPARE(deleted.at(0).at(0).toString(), profileName);

    store.readKey(profileName);
    QTRY_COMPARE(read.count(), 2);
    QCOMPARE(read.at(1).at(0).toString(), profileName);
    QVERIFY(read.at(1).at(1).toString().isEmpty());

    QCOMPARE(notice.count(), 0); // session-only from the start: nothing changed
}

void TestKeyStore::sessionOnlyAnswersAsynchronously()
{
    KeyStore store(KeyStore::Backend::SessionOnly);
    QSignalSpy written(&store, &KeyStore::keyWritten);
    QSignalSpy read(&store, &KeyStore::keyRead);
    store.writeKey(profileName, secretKey);
    store.readKey(profileName);
    // Nothing answers inside the call, as with the keyring; answers keep the order of the calls.
    QCOMPARE(written.count(), 0);
    QCOMPARE(read.count(), 0);
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(written.count(), 1);
    QCOMPARE(read.at(0).at(1).toString(), secretKey);
}

void TestKeyStore::sessionOnlyKeepsProfilesApart()
{
    KeyStore store(KeyStore::Backend::SessionOnly);
    QSignalSpy read(&store, &KeyStore::keyRead);
    const QString otherKey = QStringLiteral("00000000-0000-4000-8000-000000000001");
    store.writeKey(QStringLiteral("A"), secretKey);
    store.writeKey(QStringLiteral("B"), otherKey);
    store.writeKey(QStringLiteral("A"), otherKey); // replaces
    store.readKey(QStringLiteral("A"));
    store.readKey(QStringLiteral("B"));
    store.readKey(QStringLiteral("C"));
    QTRY_COMPARE(read.count(), 3);
    QCOMPARE(read.at(0).at(1).toString(), otherKey);
    QCOMPARE(read.at(1).at(1).toString(), otherKey);
    QCOMPARE(read.at(2).at(0).toString(), QStringLiteral("C"));
    QVERIFY(read.at(2).at(1).toString().isEmpty());

    // Another store (another session) knows nothing of them.
    KeyStore other(KeyStore::Backend::SessionOnly);
    QSignalSpy otherRead(&other, &KeyStore::keyRead);
    other.readKey(QStringLiteral("A"));
    QTRY_COMPARE(otherRead.count(), 1);
    QVERIFY(otherRead.at(0).at(1).toString().isEmpty());
}

void TestKeyStore::systemWithoutKeyringFallsBackOnWrite()
{
    KeyStore store(KeyStore::Backend::System);
    QVERIFY(!store.isSessionOnly());
    QVERIFY(store.notice().isEmpty());
    QSignalSpy written(&store, &KeyStore::keyWritten);
    QSignalSpy read(&store, &KeyStore::keyRead);
    QSignalSpy notice(&store, &KeyStore::noticeChanged);

    // When the keyring cannot be reached, the key is kept in memory and the user is told so.
    store.writeKey(profileName, secretKey);
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, keyringTimeoutMs);
    QCOMPARE(written.at(0).at(0).toString(), profileName);
    QCOMPARE(written.at(0).at(1).toBool(), false);
    QVERIFY(store.isSessionOnly());
    QVERIFY(!store.notice().isEmpty());
    QCOMPARE(notice.count(), 1);
    QCOMPARE(notice.at(0).at(0).toString(), store.notice());
    QVERIFY(!store.notice().contains(secretKey));
    // The fallback is logged (for support), without the key: cleanup() checks every message.
    const bool logged = std::any_of(capturedMessages.cbegin(), capturedMessages.cend(), [](const QString &m) {
        return m.contains(QLatin1String("session only"));
    });
    QVERIFY(logged);

    store.readKey(profileName);
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.at(0).at(1).toString(), secretKey);
    QCOMPARE(notice.count(), 1); // announced once

    store.deleteKey(profileName);
    store.readKey(profileName);
    QTRY_COMPARE(read.count(), 2);
    QVERIFY(read.at(1).at(1).toString().isEmpty());
}

void TestKeyStore::systemWithoutKeyringFallsBackOnRead()
{
    KeyStore store(KeyStore::Backend::System);
    QSignalSpy read(&store, &KeyStore::keyRead);
    QSignalSpy notice(&store, &KeyStore::noticeChanged);

    // A failing lookup is not "no key": it turns the store session-only, and still answers.
    store.readKey(profileName);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, keyringTimeoutMs);
    QCOMPARE(read.at(0).at(0).toString(), profileName);
    QVERIFY(read.at(0).at(1).toString().isEmpty());
    QVERIFY(store.isSessionOnly());
    QCOMPARE(notice.count(), 1);
}

void TestKeyStore::systemWithoutKeyringDeletes()
{
    KeyStore store(KeyStore::Backend::System);
    QSignalSpy deleted(&store, &KeyStore::keyDeleted);
    store.deleteKey(profileName);
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, keyringTimeoutMs);
    QCOMPARE(deleted.at(0).at(0).toString(), profileName);
    QVERIFY(store.isSessionOnly());
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
