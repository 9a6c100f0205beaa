// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <QList>
#include <QString>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

// Chooses or edits a connection profile and its API key, and offers a connection test. Talks in
// value types only: the application stores profiles, reads and writes keys and runs the test.
//
// Flow: setProfiles() fills the chooser (never emits). When the user picks a saved profile, its
// fields are filled, the key field is cleared and profileChosen() is emitted; the application
// reads the key and hands it back with setKeyForProfile() (or setKey()). "Test connection" and
// "Connect" first validate locally (ConnectionProfile::validationError(), apiKeyProblem(), and
// a name must not repeat another saved profile's); a problem is shown in the result area, the
// field gets focus and nothing is emitted. Then "Test connection" emits testRequested(), shows
// "Testing…" and stays disabled until showTestResult(); "Connect" accepts the dialog. Editing any
// field clears the last result (and abandons a running test: its late result is ignored).
//
// "Delete profile" (saved profiles only) asks for confirmation in a window-modal message box;
// on "Delete" it emits deleteRequested(), removes the profile from the chooser and switches to
// "New connection". The application removes it from its stores.
//
// Input is trimmed. A URL typed without a scheme gets "https://". The API key is shown only in
// its own field (hidden unless the user toggles "Show"), never in the title or a label: result
// texts are passed through with any occurrence of the current key masked.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Replaces the saved profiles and chooses the one named `current` (or "New connection" when
    // there is no such profile). Clears the key field and the result. Never emits.
    void setProfiles(const QList<ConnectionProfile> &profiles, const QString &current);
    // Fills the key field, replacing what it holds, and clears the result.
    void setKey(const QString &key);
    // Chooses "New connection" with `url` filled in (a URL that was tried without a profile).
    void setNewConnectionUrl(const QUrl &url);
    // Like setKey(), but only while `profileName` is still the chosen saved profile and the user
    // has not typed a key since choosing it; so a late keyring answer never lands on another
    // profile. Fits KeyStore::keyRead().
    void setKeyForProfile(const QString &profileName, const QString &key);
    // Shows a notice about key storage (the session-only notice); hidden when empty.
    void setKeyNotice(const QString &notice);
    // Ends a test started by testRequested(): shows "✔ Connected: <text>" (just "✔ Connected"
    // when `text` is empty) or "✖ <text>", and enables "Test connection" again. Ignored when no
    // test is running (e.g. the form was edited meanwhile).
    void showTestResult(bool ok, const QString &text);

    // The profile as entered (trimmed; may be invalid while the form is being edited).
    ConnectionProfile profile() const;
    // The API key as entered, trimmed.
    QString key() const;
    // The name of the saved profile chosen in the chooser (before any edit of the name field);
    // empty for "New connection". Lets the application notice a rename.
    QString chosenProfile() const;
    // The text in the result area, e.g. for the application's log of what the user saw.
    QString testResultText() const;
    bool isTesting() const;

signals:
    void profileChosen(const QString &name);
    void testRequested(const ConnectionProfile &profile, const QString &key);
    void deleteRequested(const QString &name);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    struct Problem {
        QString message; // empty: the form is valid
        QWidget *field = nullptr;
    };

    void buildForm();
    void fillFromChoice();
    void handleProfileActivated(int index);
    void handleEdited();
    void handleTestClicked();
    void handleConnectClicked();
    void handleDeleteClicked();
    void handleDeleteConfirmed();
    void handleBrowseClicked();
    void handleShowKeyToggled(bool shown);
    // `needsName` false: a test of the address and key, before the connection has a name.
    Problem problem(bool needsName = true) const;
    bool validate(bool needsName = true); // shows the problem, if any; true when the form is valid
    void setResult(const QString &text);
    QString masked(const QString &text) const;
    int savedIndex() const; // index into m_profiles of the chosen saved profile, or -1

    QList<ConnectionProfile> m_profiles;
    bool m_testing = false;
    bool m_keyEdited = false; // the user typed in the key field since the last choice

    QComboBox *m_profileCombo = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QAction *m_showKeyAction = nullptr;
    QToolButton *m_showKeyButton = nullptr;
    QLineEdit *m_caFileEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_noticeIcon = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
};
