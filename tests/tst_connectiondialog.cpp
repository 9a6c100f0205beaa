// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "connectiondialog.h"
#include "connectionprofile.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// Readable failure messages for QCOMPARE on profiles (they hold no secret).
char *toString(const ConnectionProfile &profile)
{
    const QString text = QStringLiteral("ConnectionProfile{name=%1 url=%2 caFile=%3}")
                             .arg(profile.name, profile.url.toString(), profile.caFile);
    return qstrdup(text.toUtf8().constData());
}

namespace {

const QString validKey = QStringLiteral("550e8400-e29b-41d4-a716-446655440000");

// The dialog's controls, found by object name as a user finds them by label.
struct Controls {
    QComboBox *profileCombo = nullptr;
    QLineEdit *nameEdit = nullptr;
    QLineEdit *urlEdit = nullptr;
    QLineEdit *keyEdit = nullptr;
    QLineEdit *caFileEdit = nullptr;
    QAction *showKeyAction = nullptr;
    QPushButton *testButton = nullptr;
    QPushButton *connectButton = nullptr;
    QPushButton *deleteButton = nullptr;
    QLabel *testResultLabel = nullptr;
    QLabel *keyNoticeLabel = nullptr;

    explicit Controls(ConnectionDialog &dialog)
    {
        const auto find = [&dialog]<typename T>(T *&target, const char *name) {
            target = dialog.findChild<T *>(QLatin1String(name));
        };
        find(profileCombo, "profileCombo");
        find(nameEdit, "nameEdit");
        find(urlEdit, "urlEdit");
        find(keyEdit, "keyEdit");
        find(caFileEdit, "caFileEdit");
        find(showKeyAction, "showKeyAction");
        find(testButton, "testButton");
        find(connectButton, "connectButton");
        find(deleteButton, "deleteButton");
        find(testResultLabel, "testResultLabel");
        find(keyNoticeLabel, "keyNoticeLabel");
    }

    bool complete() const
    {
        return profileCombo && nameEdit && urlEdit && keyEdit && caFileEdit && showKeyAction && testButton
            && connectButton && deleteButton && testResultLabel && keyNoticeLabel;
    }

    // Types into a field as a user does (textEdited is emitted).
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Delete);
        else
            QTest::keyClicks(edit, text);
    }

    void fill(const QString &name, const QString &url, const QString &key, const QString &caFile = {}) const
    {
        type(nameEdit, name);
        type(urlEdit, url);
        type(keyEdit, key);
        type(caFileEdit, caFile);
    }
};

// What a user's pick in a combo box does: the index changes, then activated() is emitted.
void choose(QComboBox *combo, int index)
{
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

const QList<ConnectionProfile> savedProfiles = {
    {QStringLiteral("Cloud — Acme"), QUrl(QStringLiteral("https://oneuptime.com")), QString()},
    {QStringLiteral("Self-hosted"), QUrl(QStringLiteral("http://127.0.0.1:8080/api")), QString()},
};

} // namespace

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private slots:
    void startsAsNewConnection();
    void localValidationBlocksTest_data();
    void localValidationBlocksTest();
    void testNeedsNoName();
    void validFormRequestsTest();
    void urlWithoutSchemeMeansHttps();
    void testResultShownAndButtonEnabledAgain();
    void editingClearsResult();
    void editingDuringTestDropsLateResult();
    void choosingSavedProfileFillsFields();
    void lateKeyForOtherProfileIsIgnored();
    void renamingOntoAnotherProfileIsRefused();
    void connectAcceptsOnlyValidForm();
    void deleteAsksThenRequests();
    void keyNoticeShownWhenSet();
    void keyNeverShownOutsideItsField();
    void showKeyToggles();
    void everyControlIsNamed();
};

void TestConnectionDialog::startsAsNewConnection()
{
    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    QCOMPARE(c.profileCombo->count(), 1);
    QCOMPARE(c.profileCombo->currentText(), QStringLiteral("New connection"));
    QVERIFY(c.nameEdit->text().isEmpty());
    QCOMPARE(c.urlEdit->placeholderText(), QStringLiteral("https://oneuptime.com"));
    QCOMPARE(c.keyEdit->echoMode(), QLineEdit::Password);
    QVERIFY(c.connectButton->isDefault());
    QVERIFY(!c.deleteButton->isVisibleTo(&dialog));
    QVERIFY(c.testResultLabel->text().isEmpty());
    QVERIFY(!c.keyNoticeLabel->isVisibleTo(&dialog));
    QVERIFY(dialog.chosenProfile().isEmpty());
}

void TestConnectionDialog::localValidationBlocksTest_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("field"); // object name of the field that gets focus

    const QString name = QStringLiteral("Self-hosted");
    const QString url = QStringLiteral("https://status.example.com");
    QTest::newRow("ftp URL") << name << QStringLiteral("ftp://example.com") << validKey << QString()
                             << QStringLiteral("urlEdit");
    QTest::newRow("URL with password") << name << QStringLiteral("https://me:pw@example.com") << validKey
                                       << QString() << QStringLiteral("urlEdit");
    QTest::newRow("URL with spaces") << name << QStringLiteral("not a url") << validKey << QString()
                                     << QStringLiteral("urlEdit");
    QTest::newRow("no URL") << name << QString() << validKey << QString() << QStringLiteral("urlEdit");
    QTest::newRow("non-UUID key") << name << url << QStringLiteral("abc123") << QString()
                                  << QStringLiteral("keyEdit");
    QTest::newRow("no key") << name << url << QString() << QString() << QStringLiteral("keyEdit");
    QTest::newRow("missing CA file") << name << url << validKey << QStringLiteral("/nonexistent/ca.pem")
                                     << QStringLiteral("caFileEdit");
}

void TestConnectionDialog::localValidationBlocksTest()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, key);
    QFETCH(QString, caFile);
    QFETCH(QString, field);

    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    QSignalSpy tests(&dialog, &ConnectionDialog::testRequested);
    c.fill(name, url, key, caFile);

    c.testButton->click();
    QCOMPARE(tests.count(), 0);
    QVERIFY2(c.testResultLabel->text().startsWith(QStringLiteral("✖ ")),
             qPrintable(c.testResultLabel->text()));
    QVERIFY(c.testButton->isEnabled());
    QVERIFY(!dialog.isTesting());
    QVERIFY(dialog.focusWidget());
    QCOMPARE(dialog.focusWidget()->objectName(), field);
    if (!key.isEmpty())
        QVERIFY(!c.testResultLabel->text().contains(key));
}

// A test checks the address and the key: it needs no name yet; connecting does.
void TestConnectionDialog::testNeedsNoName()
{
    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    QSignalSpy tests(&dialog, &ConnectionDialog::testRequested);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    c.fill(QString(), QStringLiteral("https://status.example.com"), validKey, QString());
    c.testButton->click();
    QCOMPARE(tests.count(), 1);
    QCOMPARE(tests.at(0).at(0).value<ConnectionProfile>().url,
             QUrl(QStringLiteral("https://status.example.com")));
    dialog.showTestResult(true, QStringLiteral("OK"));
    c.connectButton->click();
    QCOMPARE(accepted.count(), 0);
    QVERIFY2(c.testResultLabel->text().startsWith(QStringLiteral("✖ ")),
             qPrintable(c.testResultLabel->text()));
}

void TestConnectionDialog::validFormRequestsTest()
{
    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    QSignalSpy tests(&dialog, &ConnectionDialog::testRequested);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString caFile = dir.filePath(QStringLiteral("ca.pem"));
    QFile file(caFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    // Pasted text often brings spaces along; they are trimmed.
    c.fill(QStringLiteral(" Self-hosted "), QStringLiteral(" http://127.0.0.1:8080 "),
           QStringLiteral("  ") + validKey.toUpper() + QStringLiteral(" "), caFile);
    c.testButton->click();

    QCOMPARE(tests.count(), 1);
    const ConnectionProfile expected{QStringLiteral("Self-hosted"),
                                     QUrl(QStringLiteral("http://127.0.0.1:8080")), caFile};
    QCOMPARE(tests.at(0).at(0).value<ConnectionProfile>(), expected);
    QCOMPARE(tests.at(0).at(1).toString(), validKey.toUpper());
    QCOMPARE(dialog.profile(), expected);
    QCOMPARE(dialog.key(), validKey.toUpper());
    QCOMPARE(c.testResultLabel->text(), QStringLiteral("Testing…"));
    QVERIFY(!c.testButton->isEnabled());
    QVERIFY(dialog.isTesting());

    // A second click while testing does nothing.
    c.testButton->click();
    QCOMPARE(tests.count(), 1);
}

void TestConnectionDialog::urlWithoutSchemeMeansHttps()
{
    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    QSignalSpy tests(&dialog, &ConnectionDialog::testRequested);
    c.fill(QStringLiteral("Cloud"), QStringLiteral("oneuptime.com"), validKey);
    c.testButton->click();
    QCOMPARE(tests.count(), 1);
    QCOMPARE(tests.at(0).at(0).value<ConnectionProfile>().url, QUrl(QStringLiteral("https://oneuptime.com")));
}

void TestConnectionDialog::testResultShownAndButtonEnabledAgain()
{
    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    c.fill(QStringLiteral("Cloud"), QStringLiteral("https://oneuptime.com"), validKey);

    // A result without a running test is ignored.
    dialog.showTestResult(true, QStringLiteral("stale"));
    QVERIFY(c.testResultLabel->text().isEmpty());

    c.testButton->click();
    dialog.showTestResult(true, QStringLiteral("OneUptime 9.5.2, 1,234 SMS logs"));
    QCOMPARE(c.testResultLabel->text(), QStringLiteral("✔ Connected: OneUptime 9.5.2, 1,234 SMS logs"));
    QVERIFY(c.testResultLabel->wordWrap());
    QVERIFY(c.testButton->isEnabled());
    QVERIFY(!dialog.isTesting());

    c.testButton->click();
    QCOMPARE(c.testResultLabel->text(), QStringLiteral("Testing…"));
    dialog.showTestResult(false, QStringLiteral("The API key is not valid."));
    QCOMPARE(c.testResultLabel->text(), QStringLiteral("✖ The API key is not valid."));
    QCOMPARE(dialog.testResultText(), c.testResultLabel->text());
    QVERIFY(c.testButton->isEnabled());

    // Server text is shown as text, never as rich text.
    QCOMPARE(c.testResultLabel->textFormat(), Qt::PlainText);
}

void TestConnectionDialog::editingClearsResult()
{
    const QList<const char *> fields = {"nameEdit", "urlEdit", "keyEdit", "caFileEdit"};
    for (const char *field : fields) {
        ConnectionDialog dialog;
        Controls c(dialog);
        QVERIFY(c.complete());
        c.fill(QStringLiteral("Cloud"), QStringLiteral("https://oneuptime.com"), validKey);
        c.testButton->click();
        dialog.showTestResult(false, QStringLiteral("Host not found."));
        QVERIFY(!c.testResultLabel->text().isEmpty());

        auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(field));
        QVERIFY(edit);
        edit->end(false);
        QTest::keyClicks(edit, QStringLiteral("x"));
        QVERIFY2(c.testResultLabel->text().isEmpty(), field);
    }
}

void TestConnectionDialog::editingDuringTestDropsLateResult()
{
    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    c.fill(QStringLiteral("Cloud"), QStringLiteral("https://oneuptime.com"), validKey);
    c.testButton->click();
    QVERIFY(!c.testButton->isEnabled());

    QTest::keyClicks(c.urlEdit, QStringLiteral("/api"));
    QVERIFY(c.testButton->isEnabled());
    QVERIFY(c.testResultLabel->text().isEmpty());
    dialog.showTestResult(true, QStringLiteral("for the old address"));
    QVERIFY(c.testResultLabel->text().isEmpty());
}

void TestConnectionDialog::choosingSavedProfileFillsFields()
{
    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    QSignalSpy chosen(&dialog, &ConnectionDialog::profileChosen);

    dialog.setProfiles(savedProfiles, QStringLiteral("Cloud — Acme"));
    QCOMPARE(chosen.count(), 0); // setProfiles never emits
    QCOMPARE(c.profileCombo->count(), 3);
    QCOMPARE(c.profileCombo->currentText(), QStringLiteral("Cloud — Acme"));
    QCOMPARE(c.nameEdit->text(), QStringLiteral("Cloud — Acme"));
    QCOMPARE(c.urlEdit->text(), QStringLiteral("https://oneuptime.com"));
    QVERIFY(c.deleteButton->isVisibleTo(&dialog));
    QCOMPARE(dialog.chosenProfile(), QStringLiteral("Cloud — Acme"));

    // When the user picks the other profile, its fields show and the app is asked for its key.
    c.keyEdit->setText(QStringLiteral("typed for the first one"));
    choose(c.profileCombo, 1);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("Self-hosted"));
    QCOMPARE(c.nameEdit->text(), QStringLiteral("Self-hosted"));
    QCOMPARE(c.urlEdit->text(), QStringLiteral("http://127.0.0.1:8080/api"));
    QVERIFY(c.caFileEdit->text().isEmpty());
    QVERIFY(c.keyEdit->text().isEmpty());
    QCOMPARE(dialog.profile(), savedProfiles.at(1));

    dialog.setKeyForProfile(QStringLiteral("Self-hosted"), validKey);
    QCOMPARE(c.keyEdit->text(), validKey);
    QCOMPARE(dialog.key(), validKey);

    // "New connection" empties the form, hides "Delete profile" and asks nothing.
    choose(c.profileCombo, 2);
    QCOMPARE(chosen.count(), 1);
    QVERIFY(c.nameEdit->text().isEmpty());
    QVERIFY(c.urlEdit->text().isEmpty());
    QVERIFY(c.keyEdit->text().isEmpty());
    QVERIFY(!c.deleteButton->isVisibleTo(&dialog));
    QVERIFY(dialog.chosenProfile().isEmpty());

    // An unknown current profile means "New connection".
    dialog.setProfiles(savedProfiles, QStringLiteral("gone"));
    QCOMPARE(c.profileCombo->currentIndex(), 2);
}

void TestConnectionDialog::lateKeyForOtherProfileIsIgnored()
{
    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    dialog.setProfiles(savedProfiles, QStringLiteral("Cloud — Acme"));
    choose(c.profileCombo, 1);

    // The keyring answers for the profile chosen before: it must not land on this one.
    dialog.setKeyForProfile(QStringLiteral("Cloud — Acme"), validKey);
    QVERIFY(c.keyEdit->text().isEmpty());

    // Nor over a key the user has typed meanwhile.
    const QString typed = QStringLiteral("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    Controls::type(c.keyEdit, typed);
    dialog.setKeyForProfile(QStringLiteral("Self-hosted"), validKey);
    QCOMPARE(c.keyEdit->text(), typed);

    // setKey() is explicit and always fills.
    dialog.setKey(validKey);
    QCOMPARE(c.keyEdit->text(), validKey);
}

void TestConnectionDialog::renamingOntoAnotherProfileIsRefused()
{
    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    QSignalSpy tests(&dialog, &ConnectionDialog::testRequested);
    dialog.setProfiles(savedProfiles, QString());
    c.fill(QStringLiteral("Self-hosted"), QStringLiteral("https://other.example.com"), validKey);
    c.testButton->click();
    QCOMPARE(tests.count(), 0);
    QVERIFY(c.testResultLabel->text().startsWith(QStringLiteral("✖ ")));
    QCOMPARE(dialog.focusWidget(), c.nameEdit);

    // Keeping a saved profile's own name is fine.
    choose(c.profileCombo, 1);
    dialog.setKey(validKey);
    c.testButton->click();
    QCOMPARE(tests.count(), 1);
}

void TestConnectionDialog::connectAcceptsOnlyValidForm()
{
    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.open();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    c.fill(QStringLiteral("Cloud"), QStringLiteral("https://oneuptime.com"), QStringLiteral("not-a-key"));
    c.connectButton->click();
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(c.testResultLabel->text().startsWith(QStringLiteral("✖ ")));

    Controls::type(c.keyEdit, validKey);
    QVERIFY(c.testResultLabel->text().isEmpty());
    c.connectButton->click();
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.profile().name, QStringLiteral("Cloud"));
    QCOMPARE(dialog.key(), validKey);
}

void TestConnectionDialog::deleteAsksThenRequests()
{
    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    QSignalSpy deletions(&dialog, &ConnectionDialog::deleteRequested);
    dialog.setProfiles(savedProfiles, QStringLiteral("Cloud — Acme"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Cancel in the confirmation keeps the profile.
    c.deleteButton->click();
    auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("Cloud — Acme")));
    box->button(QMessageBox::Cancel)->click();
    QCOMPARE(deletions.count(), 0);
    QCOMPARE(c.profileCombo->count(), 3);
    QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation")));

    // "Delete" asks the app to delete it and leaves it out of the chooser.
    c.deleteButton->click();
    box = dialog.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    QVERIFY(box);
    auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
    QVERIFY(confirm);
    confirm->click();
    QCOMPARE(deletions.count(), 1);
    QCOMPARE(deletions.at(0).at(0).toString(), QStringLiteral("Cloud — Acme"));
    QCOMPARE(c.profileCombo->count(), 2);
    QCOMPARE(c.profileCombo->itemText(0), QStringLiteral("Self-hosted"));
    QCOMPARE(c.profileCombo->currentText(), QStringLiteral("New connection"));
    QVERIFY(!c.deleteButton->isVisibleTo(&dialog));
    QVERIFY(c.nameEdit->text().isEmpty());
}

void TestConnectionDialog::keyNoticeShownWhenSet()
{
    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    const QString notice
        = QStringLiteral("No system keyring is available: the API key is kept only until you quit.");
    dialog.setKeyNotice(notice);
    QCOMPARE(c.keyNoticeLabel->text(), notice);
    QVERIFY(c.keyNoticeLabel->isVisibleTo(&dialog));
    QVERIFY(c.keyNoticeLabel->wordWrap());
    dialog.setKeyNotice(QString());
    QVERIFY(!c.keyNoticeLabel->isVisibleTo(&dialog));
}

void TestConnectionDialog::keyNeverShownOutsideItsField()
{
    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    dialog.setProfiles(savedProfiles, QStringLiteral("Self-hosted"));
    dialog.setKey(validKey);
    dialog.setKeyNotice(
        QStringLiteral("No system keyring is available: the API key is kept only until you quit."));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // A server message that echoes the key (in any case) is shown with the key masked.
    c.testButton->click();
    dialog.showTestResult(false, QStringLiteral("Invalid API key: ") + validKey.toUpper());
    QVERIFY(c.testResultLabel->text().startsWith(QStringLiteral("✖ Invalid API key: ")));

    const auto check = [&dialog](const QString &key) {
        QVERIFY(!dialog.windowTitle().contains(key, Qt::CaseInsensitive));
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        QVERIFY(labels.size() >= 4);
        for (const QLabel *label : labels) {
            QVERIFY2(!label->text().contains(key, Qt::CaseInsensitive), qPrintable(label->objectName()));
            QVERIFY(!label->accessibleName().contains(key, Qt::CaseInsensitive));
            QVERIFY(!label->toolTip().contains(key, Qt::CaseInsensitive));
        }
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            QVERIFY(!widget->accessibleName().contains(key, Qt::CaseInsensitive));
            QVERIFY(!widget->accessibleDescription().contains(key, Qt::CaseInsensitive));
        }
    };
    check(validKey);

    // Also after a successful test with the shown key.
    c.showKeyAction->trigger();
    c.testButton->click();
    dialog.showTestResult(true, QStringLiteral("key ") + validKey + QStringLiteral(" accepted"));
    QVERIFY(c.testResultLabel->text().startsWith(QStringLiteral("✔ Connected: key ")));
    check(validKey);
}

void TestConnectionDialog::showKeyToggles()
{
    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(c.keyEdit->echoMode(), QLineEdit::Password);
    c.showKeyAction->trigger();
    QCOMPARE(c.keyEdit->echoMode(), QLineEdit::Normal);
    c.showKeyAction->trigger();
    QCOMPARE(c.keyEdit->echoMode(), QLineEdit::Password);

    // Closing hides the key again.
    c.showKeyAction->trigger();
    dialog.reject();
    QCOMPARE(c.keyEdit->echoMode(), QLineEdit::Password);
}

void TestConnectionDialog::everyControlIsNamed()
{
    ConnectionDialog dialog;
    Controls c(dialog);
    QVERIFY(c.complete());
    dialog.setProfiles(savedProfiles, QStringLiteral("Cloud — Acme"));
    const QList<QWidget *> controls
        = {c.profileCombo, c.nameEdit,      c.urlEdit,      c.keyEdit,         c.caFileEdit,
           c.testButton,   c.connectButton, c.deleteButton, c.testResultLabel, c.keyNoticeLabel};
    for (const QWidget *control : controls)
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    const QList<QAbstractButton *> buttons = dialog.findChildren<QAbstractButton *>();
    QVERIFY(buttons.size() >= 6);
    for (const QAbstractButton *button : buttons)
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
    QVERIFY(!dialog.windowTitle().isEmpty());
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
