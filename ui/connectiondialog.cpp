// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "connectiondialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int newConnectionData = -1;

// The URL a user typed; "oneuptime.com" means "https://oneuptime.com".
QUrl urlFromInput(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        return QUrl(QStringLiteral("https://") + text, QUrl::StrictMode);
    return QUrl(text, QUrl::StrictMode);
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to OneUptime"));
    setMinimumWidth(520);
    buildForm();
    setProfiles({}, QString());
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildForm()
{
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setAccessibleName(tr("Saved connection"));
    m_profileCombo->setToolTip(tr("Choose a saved connection, or “New connection” to add one"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileCombo->setMinimumContentsLength(24);
    connect(m_profileCombo, &QComboBox::activated, this, &ConnectionDialog::handleProfileActivated);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setAccessibleName(tr("Connection name"));
    m_nameEdit->setPlaceholderText(tr("e.g. Cloud — Acme"));
    m_nameEdit->setToolTip(tr("A name of your choice for this connection"));

    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("urlEdit"));
    m_urlEdit->setAccessibleName(tr("Instance URL"));
    m_urlEdit->setAccessibleDescription(tr("https://oneuptime.com, or the address of your own server"));
    m_urlEdit->setPlaceholderText(tr("https://oneuptime.com"));
    m_urlEdit->setToolTip(tr("Address of the OneUptime instance: https://oneuptime.com, or your own server"));
    m_urlEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);

    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(QStringLiteral("keyEdit"));
    m_keyEdit->setAccessibleName(tr("API key"));
    m_keyEdit->setAccessibleDescription(
        tr("A OneUptime project API key with the Read SMS Log permission. Stored in the system "
           "keyring, never in a settings file."));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("from Project Settings → API Keys"));
    m_keyEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                   | Qt::ImhNoAutoUppercase);

    m_showKeyAction = new QAction(tr("Show"), this);
    m_showKeyAction->setObjectName(QStringLiteral("showKeyAction"));
    m_showKeyAction->setCheckable(true);
    m_showKeyAction->setToolTip(tr("Show the API key"));
    connect(m_showKeyAction, &QAction::toggled, this, &ConnectionDialog::handleShowKeyToggled);
    m_showKeyButton = new QToolButton(this);
    m_showKeyButton->setObjectName(QStringLiteral("showKeyButton"));
    m_showKeyButton->setDefaultAction(m_showKeyAction);
    m_showKeyButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_showKeyButton->setAccessibleName(tr("Show API key"));

    m_caFileEdit = new QLineEdit(this);
    m_caFileEdit->setObjectName(QStringLiteral("caFileEdit"));
    m_caFileEdit->setAccessibleName(tr("CA certificate file"));
    m_caFileEdit->setAccessibleDescription(
        tr("Optional. A PEM file, for a self-hosted server whose certificate comes from your own "
           "authority."));
    m_caFileEdit->setPlaceholderText(tr("optional, for a self-hosted server"));
    m_caFileEdit->setToolTip(tr("A PEM file with the certificate authority of a self-hosted server, "
                                "when the system does not trust it already"));

    m_browseButton = new QPushButton(tr("Browse…"), this);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setAccessibleName(tr("Browse for a CA certificate file"));
    m_browseButton->setAutoDefault(false);
    connect(m_browseButton, &QPushButton::clicked, this, &ConnectionDialog::handleBrowseClicked);

    for (QLineEdit *edit : {m_nameEdit, m_urlEdit, m_keyEdit, m_caFileEdit})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionDialog::handleEdited);
    connect(m_keyEdit, &QLineEdit::textEdited, this, [this] { m_keyEdited = true; });

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(m_showKeyButton);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFileEdit, 1);
    caRow->addWidget(m_browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Connection:"), m_profileCombo);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("Instance &URL:"), m_urlEdit);
    form->addRow(tr("API &key:"), keyRow);
    form->addRow(tr("CA &file:"), caRow);
    // A row label for a nested layout gets no buddy: point it at the field.
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(keyRow)))
        label->setBuddy(m_keyEdit);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(caRow)))
        label->setBuddy(m_caFileEdit);

    auto *help = new QLabel(tr("The API key needs the “Read SMS Log” permission. It is stored in the "
                               "system keyring, never in a settings file."),
                            this);
    help->setObjectName(QStringLiteral("helpLabel"));
    help->setWordWrap(true);
    help->setTextFormat(Qt::PlainText);
    help->setAccessibleName(tr("About the API key"));

    m_noticeIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_noticeIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_noticeIcon->setAlignment(Qt::AlignTop);
    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("keyNoticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setTextFormat(Qt::PlainText);
    m_noticeLabel->setAccessibleName(tr("Key storage notice"));
    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_noticeIcon);
    noticeRow->addWidget(m_noticeLabel, 1);

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("testResultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText); // server texts are shown as they are, never as HTML
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->setAccessibleName(tr("Connection test result"));

    auto *buttons = new QDialogButtonBox(this);
    m_testButton = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAccessibleName(tr("Test connection"));
    m_testButton->setToolTip(tr("Check the address and the API key without closing this dialog"));
    m_connectButton = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setAccessibleName(tr("Connect"));
    m_connectButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_deleteButton = buttons->addButton(tr("&Delete profile"), QDialogButtonBox::ResetRole);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setAccessibleName(tr("Delete profile"));
    m_deleteButton->setToolTip(tr("Remove this saved connection and its stored API key"));
    for (QPushButton *button : {m_testButton, m_cancelButton, m_deleteButton})
        button->setAutoDefault(false);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::handleTestClicked);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionDialog::handleConnectClicked);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionDialog::handleDeleteClicked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addLayout(noticeRow);
    layout->addWidget(m_resultLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setKeyNotice(QString());
}

void ConnectionDialog::setProfiles(const QList<ConnectionProfile> &profiles, const QString &current)
{
    m_profiles = profiles;
    m_profileCombo->clear();
    int currentIndex = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        m_profileCombo->addItem(m_profiles.at(i).name, i);
        if (m_profiles.at(i).name == current)
            currentIndex = i;
    }
    m_profileCombo->addItem(tr("New connection"), newConnectionData);
    m_profileCombo->setCurrentIndex(currentIndex >= 0 ? currentIndex : m_profileCombo->count() - 1);
    fillFromChoice();
}

void ConnectionDialog::setNewConnectionUrl(const QUrl &url)
{
    m_profileCombo->setCurrentIndex(m_profileCombo->count() - 1); // "New connection"
    fillFromChoice();
    m_urlEdit->setText(url.toString());
    handleEdited();
}

void ConnectionDialog::setKey(const QString &key)
{
    m_keyEdit->setText(key);
    handleEdited();
}

void ConnectionDialog::setKeyForProfile(const QString &profileName, const QString &key)
{
    if (m_keyEdited || savedIndex() < 0 || chosenProfile() != profileName)
        return;
    setKey(key);
}

void ConnectionDialog::setKeyNotice(const QString &notice)
{
    m_noticeLabel->setText(notice);
    m_noticeLabel->setVisible(!notice.isEmpty());
    m_noticeIcon->setVisible(!notice.isEmpty());
}

void ConnectionDialog::showTestResult(bool ok, const QString &text)
{
    if (!m_testing)
        return;
    m_testing = false;
    m_testButton->setEnabled(true);
    if (ok)
        setResult(text.isEmpty() ? tr("✔ Connected") : tr("✔ Connected: %1").arg(masked(text)));
    else
        setResult(tr("✖ %1").arg(masked(text)));
}

ConnectionProfile ConnectionDialog::profile() const
{
    return ConnectionProfile{m_nameEdit->text().trimmed(), urlFromInput(m_urlEdit->text()),
                             m_caFileEdit->text().trimmed()};
}

QString ConnectionDialog::key() const
{
    return m_keyEdit->text().trimmed();
}

QString ConnectionDialog::chosenProfile() const
{
    const int index = savedIndex();
    return index >= 0 ? m_profiles.at(index).name : QString();
}

QString ConnectionDialog::testResultText() const
{
    return m_resultLabel->text();
}

bool ConnectionDialog::isTesting() const
{
    return m_testing;
}

void ConnectionDialog::hideEvent(QHideEvent *event)
{
    // The key is shown again only on request, also after reopening.
    m_showKeyAction->setChecked(false);
    QDialog::hideEvent(event);
}

void ConnectionDialog::fillFromChoice()
{
    const int index = savedIndex();
    const ConnectionProfile chosen = index >= 0 ? m_profiles.at(index) : ConnectionProfile{};
    m_nameEdit->setText(chosen.name);
    m_urlEdit->setText(chosen.url.toString());
    m_caFileEdit->setText(chosen.caFile);
    m_keyEdit->clear();
    m_keyEdited = false;
    m_deleteButton->setVisible(index >= 0);
    handleEdited();
}

void ConnectionDialog::handleProfileActivated(int)
{
    fillFromChoice();
    const QString name = chosenProfile();
    if (!name.isEmpty())
        emit profileChosen(name);
}

void ConnectionDialog::handleEdited()
{
    m_testing = false;
    m_testButton->setEnabled(true);
    setResult(QString());
}

void ConnectionDialog::handleTestClicked()
{
    if (m_testing || !validate(false))
        return;
    m_testing = true;
    m_testButton->setEnabled(false);
    setResult(tr("Testing…"));
    emit testRequested(profile(), key());
}

void ConnectionDialog::handleConnectClicked()
{
    if (validate())
        accept();
}

void ConnectionDialog::handleDeleteClicked()
{
    const QString name = chosenProfile();
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete connection"),
                                tr("Delete the saved connection “%1” and its stored API key?").arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(tr("This cannot be undone."));
    QPushButton *deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, deleteButton, name](QAbstractButton *clicked) {
        // The chosen profile may have changed while the box was open: delete the one asked about.
        if (clicked == deleteButton && chosenProfile() == name)
            handleDeleteConfirmed();
    });
    box->open();
}

void ConnectionDialog::handleDeleteConfirmed()
{
    const int index = savedIndex();
    if (index < 0)
        return;
    const QString name = m_profiles.at(index).name;
    QList<ConnectionProfile> remaining = m_profiles;
    remaining.removeAt(index);
    setProfiles(remaining, QString());
    emit deleteRequested(name);
}

void ConnectionDialog::handleBrowseClicked()
{
    const QString current = m_caFileEdit->text().trimmed();
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a CA certificate file"), current.isEmpty() ? QString() : QFileInfo(current).path(),
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (file.isEmpty())
        return;
    m_caFileEdit->setText(file);
    handleEdited();
}

void ConnectionDialog::handleShowKeyToggled(bool shown)
{
    m_keyEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    m_showKeyAction->setText(shown ? tr("Hide") : tr("Show"));
    m_showKeyAction->setToolTip(shown ? tr("Hide the API key") : tr("Show the API key"));
    m_showKeyButton->setAccessibleName(shown ? tr("Hide API key") : tr("Show API key"));
}

ConnectionDialog::Problem ConnectionDialog::problem(bool needsName) const
{
    ConnectionProfile entered = profile();
    // A test needs no name yet: it checks the address and the key (a name given must still be
    // free).
    const bool unnamedTest = !needsName && entered.name.trimmed().isEmpty();
    if (unnamedTest)
        entered.name = QStringLiteral("test");
    // Check the fields in form order, so the message and the focus go to the first wrong one.
    const ConnectionProfile nameOnly{entered.name, QUrl(QStringLiteral("https://oneuptime.com")), QString()};
    if (const QString error = nameOnly.validationError(); !error.isEmpty())
        return {error, m_nameEdit};
    if (!unnamedTest && entered.name != chosenProfile()) {
        for (const ConnectionProfile &saved : m_profiles) {
            if (saved.name == entered.name)
                return {tr("Another saved connection is already called “%1”: choose another name.")
                            .arg(entered.name),
                        m_nameEdit};
        }
    }
    const ConnectionProfile withoutCaFile{entered.name, entered.url, QString()};
    if (const QString error = withoutCaFile.validationError(); !error.isEmpty())
        return {error, m_urlEdit};
    if (const QString error = apiKeyProblem(key()); !error.isEmpty())
        return {error, m_keyEdit};
    if (const QString error = entered.validationError(); !error.isEmpty())
        return {error, m_caFileEdit};
    return {};
}

bool ConnectionDialog::validate(bool needsName)
{
    const Problem found = problem(needsName);
    if (found.message.isEmpty())
        return true;
    setResult(tr("✖ %1").arg(found.message));
    if (found.field)
        found.field->setFocus(Qt::OtherFocusReason);
    return false;
}

void ConnectionDialog::setResult(const QString &text)
{
    m_resultLabel->setText(text);
    m_resultLabel->setVisible(!text.isEmpty());
}

QString ConnectionDialog::masked(const QString &text) const
{
    const QString secret = key();
    if (secret.isEmpty())
        return text;
    QString result = text;
    return result.replace(secret, QStringLiteral("••••••••"), Qt::CaseInsensitive);
}

int ConnectionDialog::savedIndex() const
{
    const int index = m_profileCombo->currentData().toInt();
    return index >= 0 && index < m_profiles.size() ? index : -1;
}
