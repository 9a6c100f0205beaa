// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "appcontroller.h"
#include "connectioncontroller.h"
#include "connectiondialog.h"
#include "demogenerator.h"
#include "mainwindow.h"
#include "oneuptimeclient.h"
#include "oneuptimeserver.h"
#include "smslogtablemodel.h"

#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

// Connecting as a user does: File → Connect, fill in the dialog, test, connect; later
// `--connect PROFILE`. Against the OneUptime imitation on loopback, with keys kept for the session
// (no keyring in tests).
class TestConnectionController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    OneUptimeServer m_server;
    QString m_project;
    const QString m_key = QStringLiteral("0d6c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d");
    const QString m_readOnlyOther = QStringLiteral("1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6");

    QString profilesFile() const { return m_dir.filePath(QStringLiteral("config/connections.ini")); }

    template <typename T>
    static T *child(QWidget *parent, const char *name)
    {
        return parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
    }

    static void fill(ConnectionDialog *dialog, const QString &name, const QUrl &url, const QString &key)
    {
        child<QLineEdit>(dialog, "nameEdit")->setText(name);
        child<QLineEdit>(dialog, "urlEdit")->setText(url.toString());
        child<QLineEdit>(dialog, "keyEdit")->setText(key);
    }

    // The result of "Test connection" with `key`.
    QString testWith(AppController &app, const QString &key)
    {
        app.connections()->showDialog(app.window());
        ConnectionDialog *dialog = app.connections()->dialog();
        if (!dialog)
            return QStringLiteral("<no dialog>");
        fill(dialog, QStringLiteral("Loopback"), m_server.url(), key);
        child<QPushButton>(dialog, "testButton")->click();
        if (!QTest::qWaitFor([dialog] { return !dialog->isTesting(); }, 15000))
            return QStringLiteral("<no result>");
        return dialog->testResultText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("data.sqlite"));
        DemoOptions options;
        options.rows = 1500;
        options.seed = 3;
        options.end = QDateTime(QDate(2026, 11, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(writeDemoCache(path, options), QString());
        QCOMPARE(m_server.loadCache(path), QString());
        m_project = m_server.largestProject();
        m_server.addKey(m_key, m_project, QStringLiteral("ReadSmsLog"));
        m_server.addKey(m_readOnlyOther, m_project, QStringLiteral("ReadIncident"));
        QVERIFY(m_server.listen() != 0);
    }

    void testConnectionReportsInPlainWords()
    {
        AppController app(profilesFile(), true);
        const QString ok = testWith(app, m_key);
        QVERIFY2(ok.startsWith(QStringLiteral("✔")), qPrintable(ok));
        QVERIFY2(ok.contains(QStringLiteral("OneUptime ")), qPrintable(ok));
        QVERIFY2(ok.contains(QStringLiteral("may read its SMS logs")), qPrintable(ok));
        app.connections()->dialog()->close();
        QTRY_VERIFY(!app.connections()->dialog()); // closed and gone

        const QString wrong = testWith(app, QStringLiteral("99999999-9999-4999-8999-999999999999"));
        QVERIFY2(wrong.startsWith(QStringLiteral("✖")), qPrintable(wrong));
        QVERIFY2(wrong.contains(QStringLiteral("refused the API key")), qPrintable(wrong));
        app.connections()->dialog()->close();
        QTRY_VERIFY(!app.connections()->dialog()); // closed and gone

        const QString noPermission = testWith(app, m_readOnlyOther);
        QVERIFY2(noPermission.contains(QStringLiteral("Read SMS Log")), qPrintable(noPermission));
        app.connections()->dialog()->close();
        QTRY_VERIFY(!app.connections()->dialog()); // closed and gone
    }

    void connectSavesTheProfileButNeverTheKey()
    {
        AppController app(profilesFile(), true);
        QSignalSpy opened(&app, &AppController::sourceOpened);
        app.connections()->showDialog(app.window());
        ConnectionDialog *dialog = app.connections()->dialog();
        QVERIFY(dialog);
        fill(dialog, QStringLiteral("Loopback"), m_server.url(), m_key);
        child<QPushButton>(dialog, "connectButton")->click();
        QVERIFY(opened.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(app.model()->matchCount() > 0, 15000);
        QVERIFY(app.model()->isLive());
        QVERIFY(app.window()->windowTitle().contains(QStringLiteral("Loopback")));
        QVERIFY(!app.window()->windowTitle().contains(m_key));

        const auto saved = app.connections()->profiles().profile(QStringLiteral("Loopback"));
        QVERIFY(saved);
        QCOMPARE(saved->url, m_server.url());
        // Nothing the app wrote holds the key.
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(m_key.toLatin1()), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked >= 2); // the data and the profiles

        // File → Sync to a cache file: the connected project into a new cache, said when done.
        const QString synced = m_dir.filePath(QStringLiteral("synced.sqlite"));
        emit app.window()->syncRequested(synced);
        QTRY_VERIFY_WITH_TIMEOUT(
            app.window()->statusBar()->currentMessage().startsWith(QStringLiteral("Synced")), 30000);
        QVERIFY(app.window()->statusBar()->currentMessage().contains(QStringLiteral("synced.sqlite")));
        QSignalSpy openedCache(&app, &AppController::sourceOpened);
        app.openCache(synced);
        QVERIFY(openedCache.wait(15000));
        qint64 projectRows = 0;
        for (const OneUptimeRecord &r : m_server.records())
            projectRows += r.projectId == m_project;
        QTRY_COMPARE_WITH_TIMEOUT(app.model()->matchCount(), projectRows, 15000);
        QVERIFY2(!QFile(synced).open(QIODevice::ReadOnly)
                     || !QFile(synced).readAll().contains(m_key.toLatin1()),
                 "the key is in the synced cache");

        // --connect with the same session: the key is still known
        QSignalSpy openedAgain(&app, &AppController::sourceOpened);
        app.openProfile(QStringLiteral("Loopback"));
        QVERIFY(openedAgain.wait(15000));
    }

    void connectWithoutAStoredKeyAsksForIt()
    {
        // A new session (keys were kept in memory only): the profile is there, its key is not.
        AppController app(profilesFile(), true);
        app.openProfile(QStringLiteral("Loopback"));
        QTRY_VERIFY_WITH_TIMEOUT(app.connections()->dialog() && app.connections()->dialog()->isVisible(),
                                 5000);
        ConnectionDialog *dialog = app.connections()->dialog();
        QCOMPARE(dialog->profile().name, QStringLiteral("Loopback"));
        QVERIFY(dialog->key().isEmpty());
        // The notice says the key is kept for this session only.
        auto *notice = child<QLabel>(dialog, "keyNoticeLabel");
        QVERIFY(notice && notice->text().contains(QStringLiteral("until you quit")));
    }

    // A URL whose key was refused: "Connection settings…" opens the dialog on that URL.
    void refusedConnectionFillsTheDialog()
    {
        AppController app(profilesFile(), true);
        app.window()->show();
        OneUptimeSettings settings;
        settings.instance = m_server.url();
        settings.apiKey = QStringLiteral("99999999-9999-4999-8999-999999999999");
        settings.timeoutMs = 5000;
        app.openLive(settings);
        auto *button = child<QPushButton>(app.window(), "tableAction");
        QVERIFY(button);
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 15000);
        QCOMPARE(button->text(), QStringLiteral("Connection settings…"));
        button->click();
        ConnectionDialog *dialog = app.connections()->dialog();
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "urlEdit")->text(), m_server.url().toString());
        QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QString()); // a new connection
        QVERIFY(child<QLineEdit>(dialog, "keyEdit")->text().isEmpty()); // the refused key is not kept
        dialog->close();
        QTRY_VERIFY(!app.connections()->dialog());
    }

    void unknownProfileIsReported()
    {
        AppController app(profilesFile(), true);
        QSignalSpy failed(app.connections(), &ConnectionController::failed);
        app.openProfile(QStringLiteral("Nowhere"));
        QCOMPARE(failed.size(), 1);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY(message.contains(QStringLiteral("Nowhere")));
        QVERIFY(message.contains(QStringLiteral("Loopback"))); // what there is instead
    }
};

QTEST_MAIN(TestConnectionController)
#include "tst_connectioncontroller.moc"
