// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "connectionprofile.h"
#include "keystore.h"
#include "profilestore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Readable failure messages for QCOMPARE on profiles (they hold no secret).
char *toString(const ConnectionProfile &profile)
{
    const QString text = QStringLiteral("ConnectionProfile{name=%1 url=%2 caFile=%3}")
                             .arg(profile.name, profile.url.toString(), profile.caFile);
    return qstrdup(text.toUtf8().constData());
}

namespace {

const QString validKey = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");

ConnectionProfile makeProfile(const QString &name, const QString &url, const QString &caFile = {})
{
    return ConnectionProfile{name, QUrl(url), caFile};
}

} // namespace

class TestConnectionProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void validationError_data();
    void validationError();
    void apiKeyProblem_data();
    void apiKeyProblem();

    void storeStartsEmpty();
    void storeRoundTrip();
    void storeReplaceKeepsOrder();
    void storeRemoveAndLastUsed();
    void storeKeepsAwkwardNames();
    void storeSkipsBlankNames();
    void storeOnCallerSettings();
    void settingsFileNeverHoldsTheKey();

private:
    QTemporaryDir m_dir;
    QString m_caFile;
};

void TestConnectionProfile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    QFile file(m_caFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
}

void TestConnectionProfile::validationError_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("caFile"); // "<ca>" = an existing file, "<dir>" = a directory
    QTest::addColumn<bool>("valid");

    const QString cloud = QStringLiteral("https://oneuptime.com");
    const QString name = QStringLiteral("Cloud — Acme");
    QTest::newRow("cloud root") << name << cloud << QString() << true;
    QTest::newRow("cloud api base") << name << QStringLiteral("https://oneuptime.com/api") << QString()
                                    << true;
    QTest::newRow("loopback http with port")
        << name << QStringLiteral("http://127.0.0.1:8080") << QString() << true;
    QTest::newRow("upper-case scheme")
        << name << QStringLiteral("HTTPS://status.example.com/api/") << QString() << true;
    QTest::newRow("with CA file") << name << QStringLiteral("https://10.0.0.5") << QStringLiteral("<ca>")
                                  << true;

    QTest::newRow("empty name") << QString() << cloud << QString() << false;
    QTest::newRow("blank name") << QStringLiteral("  \t ") << cloud << QString() << false;
    QTest::newRow("name with line break") << QStringLiteral("Acme\nprod") << cloud << QString() << false;
    QTest::newRow("empty URL") << name << QString() << QString() << false;
    QTest::newRow("no scheme") << name << QStringLiteral("oneuptime.com") << QString() << false;
    QTest::newRow("ftp scheme") << name << QStringLiteral("ftp://oneuptime.com") << QString() << false;
    QTest::newRow("file scheme") << name << QStringLiteral("file:///etc/passwd") << QString() << false;
    QTest::newRow("no host") << name << QStringLiteral("https://") << QString() << false;
    QTest::newRow("user info") << name << QStringLiteral("https://admin:secret@oneuptime.com") << QString()
                               << false;
    QTest::newRow("user name only") << name << QStringLiteral("https://admin@oneuptime.com") << QString()
                                    << false;
    QTest::newRow("query") << name << QStringLiteral("https://oneuptime.com/api?x=1") << QString() << false;
    QTest::newRow("empty query") << name << QStringLiteral("https://oneuptime.com/?") << QString() << false;
    QTest::newRow("fragment") << name << QStringLiteral("https://oneuptime.com/#top") << QString() << false;
    QTest::newRow("missing CA file") << name << cloud << QStringLiteral("/nonexistent/ca.pem") << false;
    QTest::newRow("CA path is a directory") << name << cloud << QStringLiteral("<dir>") << false;
}

void TestConnectionProfile::validationError()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, caFile);
    QFETCH(bool, valid);
    if (caFile == QLatin1String("<ca>"))
        caFile = m_caFile;
    else if (caFile == QLatin1String("<dir>"))
        caFile = m_dir.path();

    const QString error = makeProfile(name, url, caFile).validationError();
    QVERIFY2(error.isEmpty() == valid, qPrintable(error));
    if (!valid)
        QVERIFY2(error.endsWith(u'.'), qPrintable(error)); // a plain sentence
}

void TestConnectionProfile::apiKeyProblem_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");

    QTest::newRow("lower case") << validKey << true;
    QTest::newRow("upper case") << validKey.toUpper() << true;
    QTest::newRow("nil UUID") << QStringLiteral("00000000-0000-0000-0000-000000000000") << true;

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("too short") << validKey.chopped(1) << false;
    QTest::newRow("too long") << validKey + u'0' << false;
    QTest::newRow("no dashes") << QString(validKey).remove(u'-') << false;
    QTest::newRow("braces") << u'{' + validKey + u'}' << false;
    QTest::newRow("dash moved") << QStringLiteral("550e840-0e29b-41d4-a716-446655440000") << false;
    QTest::newRow("non-hex letter") << QStringLiteral("550e8400-e29b-41d4-a716-44665544000g") << false;
    QTest::newRow("leading space") << u' ' + validKey.chopped(1) << false;
    QTest::newRow("trailing newline") << validKey + u'\n' << false;
    QTest::newRow("non-ASCII digit") << QStringLiteral("550e8400-e29b-41d4-a716-44665544000٣") << false;
    QTest::newRow("a password") << QStringLiteral("correct horse battery staple") << false;
}

void TestConnectionProfile::apiKeyProblem()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);

    const QString problem = ::apiKeyProblem(key);
    QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
    if (!valid) {
        QVERIFY(problem.endsWith(u'.'));
        // The message never repeats the key, nor a recognisable part of it.
        if (key.trimmed().size() >= 4) {
            QVERIFY(!problem.contains(key.trimmed()));
            QVERIFY(!problem.contains(key.trimmed().left(8)));
        }
    }
}

void TestConnectionProfile::storeStartsEmpty()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileStore store(dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!store.profile(QStringLiteral("Cloud")));
    QVERIFY(store.lastUsed().isEmpty());
}

void TestConnectionProfile::storeRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    const ConnectionProfile cloud
        = makeProfile(QStringLiteral("Cloud — Acme"), QStringLiteral("https://oneuptime.com"));
    const ConnectionProfile selfHosted
        = makeProfile(QStringLiteral("Self-hosted"), QStringLiteral("http://127.0.0.1:8080/api"), m_caFile);
    {
        ProfileStore store(path);
        store.save(cloud);
        store.save(selfHosted);
        store.setLastUsed(selfHosted.name);
        QCOMPARE(store.profiles(), (QList<ConnectionProfile>{cloud, selfHosted}));
    }
    // Given a new store on the same file, when it reads, then it finds what was written.
    ProfileStore reopened(path);
    QCOMPARE(reopened.profiles(), (QList<ConnectionProfile>{cloud, selfHosted}));
    QCOMPARE(reopened.profile(selfHosted.name), std::optional<ConnectionProfile>(selfHosted));
    QCOMPARE(reopened.profile(cloud.name)->url, QUrl(QStringLiteral("https://oneuptime.com")));
    QVERIFY(!reopened.profile(QStringLiteral("cloud — acme"))); // names compare exactly
    QCOMPARE(reopened.lastUsed(), selfHosted.name);
}

void TestConnectionProfile::storeReplaceKeepsOrder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    ProfileStore store(path);
    const ConnectionProfile a
        = makeProfile(QStringLiteral("A"), QStringLiteral("https://a.example.com"), m_caFile);
    const ConnectionProfile b = makeProfile(QStringLiteral("B"), QStringLiteral("https://b.example.com"));
    const ConnectionProfile c = makeProfile(QStringLiteral("C"), QStringLiteral("https://c.example.com"));
    store.save(a);
    store.save(b);
    store.save(c);

    // Replacing A (new URL, CA file dropped) keeps its place and leaves no stale CA file behind.
    const ConnectionProfile newA = makeProfile(QStringLiteral("A"), QStringLiteral("http://a.internal:8080"));
    store.save(newA);
    QCOMPARE(store.profiles(), (QList<ConnectionProfile>{newA, b, c}));
    QCOMPARE(ProfileStore(path).profiles(), (QList<ConnectionProfile>{newA, b, c}));
}

void TestConnectionProfile::storeRemoveAndLastUsed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    ProfileStore store(path);
    const ConnectionProfile a = makeProfile(QStringLiteral("A"), QStringLiteral("https://a.example.com"));
    const ConnectionProfile b = makeProfile(QStringLiteral("B"), QStringLiteral("https://b.example.com"));
    const ConnectionProfile c = makeProfile(QStringLiteral("C"), QStringLiteral("https://c.example.com"));
    store.save(a);
    store.save(b);
    store.save(c);
    store.setLastUsed(QStringLiteral("C"));

    store.remove(QStringLiteral("B"));
    QCOMPARE(store.profiles(), (QList<ConnectionProfile>{a, c}));
    QCOMPARE(store.lastUsed(), QStringLiteral("C"));
    store.remove(QStringLiteral("nobody")); // no-op
    QCOMPARE(ProfileStore(path).profiles(), (QList<ConnectionProfile>{a, c}));

    // Removing the last-used profile clears lastUsed; a name without a profile reads as unset.
    store.remove(QStringLiteral("C"));
    QCOMPARE(store.profiles(), QList<ConnectionProfile>{a});
    QCOMPARE(store.lastUsed(), QString());
    store.setLastUsed(QStringLiteral("gone"));
    QCOMPARE(store.lastUsed(), QString());
    store.setLastUsed(QStringLiteral("A"));
    QCOMPARE(ProfileStore(path).lastUsed(), QStringLiteral("A"));
    store.setLastUsed(QString());
    QCOMPARE(ProfileStore(path).lastUsed(), QString());
}

void TestConnectionProfile::storeKeepsAwkwardNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    const QList<ConnectionProfile> profiles = {
        makeProfile(QStringLiteral("prod/eu"), QStringLiteral("https://eu.example.com")),
        makeProfile(QStringLiteral("a=b; c\\d"), QStringLiteral("https://x.example.com")),
        makeProfile(QStringLiteral("[connections]"), QStringLiteral("https://y.example.com")),
        makeProfile(QStringLiteral("東京 🚨"), QStringLiteral("https://münchen.example/api")),
        makeProfile(QStringLiteral(" padded "), QStringLiteral("https://z.example.com")),
    };
    {
        ProfileStore store(path);
        for (const ConnectionProfile &profile : profiles)
            store.save(profile);
        store.setLastUsed(QStringLiteral("prod/eu"));
    }
    ProfileStore reopened(path);
    QCOMPARE(reopened.profiles(), profiles);
    QCOMPARE(reopened.lastUsed(), QStringLiteral("prod/eu"));
}

void TestConnectionProfile::storeSkipsBlankNames()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProfileStore store(dir.filePath(QStringLiteral("settings.ini")));
    store.save(makeProfile(QString(), QStringLiteral("https://a.example.com")));
    store.save(makeProfile(QStringLiteral("   "), QStringLiteral("https://a.example.com")));
    QVERIFY(store.profiles().isEmpty());
}

void TestConnectionProfile::storeOnCallerSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    QSettings settings(path, QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), QStringLiteral("kept"));
    const ConnectionProfile cloud
        = makeProfile(QStringLiteral("Cloud"), QStringLiteral("https://oneuptime.com"));
    {
        ProfileStore store(settings);
        store.save(cloud);
    }
    // The store works under its own group and leaves the caller's group state alone.
    QCOMPARE(settings.group(), QString());
    QCOMPARE(settings.value(QStringLiteral("window/geometry")).toString(), QStringLiteral("kept"));
    QCOMPARE(ProfileStore(path).profiles(), QList<ConnectionProfile>{cloud});
}

void TestConnectionProfile::settingsFileNeverHoldsTheKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    const QString name = QStringLiteral("Self-hosted");
    const QString key = QStringLiteral("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    // Given the usual sequence of a first connection: key to the KeyStore, profile to the store.
    KeyStore keys(KeyStore::Backend::SessionOnly);
    QSignalSpy written(&keys, &KeyStore::keyWritten);
    QSignalSpy read(&keys, &KeyStore::keyRead);
    ProfileStore store(path);
    keys.writeKey(name, key);
    store.save(makeProfile(name, QStringLiteral("https://status.example.com"), m_caFile));
    store.setLastUsed(name);
    QTRY_COMPARE(written.count(), 1);
    keys.readKey(name);
    QTRY_COMPARE(read.count(), 1);
    QCOMPARE(read.at(0).at(1).toString(), key); // the key really went through the KeyStore

    // Then the settings file has the profile but not the key, in any spelling.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains(name.toUtf8()));
    QVERIFY(!content.contains(key.toUtf8()));
    QVERIFY(!content.toLower().contains(QString(key).remove(u'-').toUtf8()));
    QVERIFY(!content.contains(key.toUpper().toUtf8()));
    QVERIFY(!content.contains(key.toUtf8().toBase64()));
    QVERIFY(!content.contains(key.toUtf8().left(8)));
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
