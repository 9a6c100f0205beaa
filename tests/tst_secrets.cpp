// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "appcontroller.h"
#include "connectioncontroller.h"
#include "connectiondialog.h"
#include "demogenerator.h"
#include "detailpane.h"
#include "filterbar.h"
#include "keystore.h"
#include "logtableview.h"
#include "mainwindow.h"
#include "oneuptimeserver.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"
#include "totalspane.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QByteArrayMatcher>
#include <QComboBox>
#include <QDirIterator>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QUuid>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

// Issue 6, the secrets test: one whole session as a user lives it (connect through the dialog,
// browse, sync to a cache, export the view, settings saved, quit, start again), plus the `smslog`
// tool's sync, with an API key made fresh for this run; then every file under the run's private
// HOME/XDG/TMPDIR folder, every log line and every text the window showed is searched for the
// key in many encodings. None may hold it, except the keyring, and only encrypted.
//
// Two ways to run (tests/secrets.cmake registers both):
// - under tests/with-test-keyring.sh (SMSLOG_TEST_KEYRING=gnome-keyring): a private session bus
//   with gnome-keyring's Secret Service. The key must go there, and come back on the next start.
// - alone: main() below makes a private HOME/XDG folder and points D-Bus at a socket that does
//   not exist, so there is no Secret Service. The key must be held for the session only.

namespace {

enum class Keyring {
    SecretService, // the wrapper's gnome-keyring on a private bus
    None, // no Secret Service reachable
};

// What main() set up before QApplication existed (the environment must be right before anything
// reads it). Lives until the process ends.
struct Setup {
    Keyring keyring = Keyring::None;
    QString root; // every file the session may write is under it
    QString problem; // why the test cannot run as asked; empty when it can
    std::unique_ptr<QTemporaryDir> ownRoot; // standalone runs only
};

Setup &setup()
{
    static Setup instance;
    return instance;
}

void prepareEnvironment()
{
    Setup &s = setup();
    const QByteArray mode = qgetenv("SMSLOG_TEST_KEYRING");
    if (mode == "gnome-keyring") {
        s.keyring = Keyring::SecretService;
        s.root = qEnvironmentVariable("SMSLOG_SECRETS_ROOT");
        if (s.root.isEmpty() || !QFileInfo(s.root).isDir())
            s.problem = QStringLiteral("SMSLOG_TEST_KEYRING is set but SMSLOG_SECRETS_ROOT is not a folder: "
                                       "run through tests/with-test-keyring.sh");
        else if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            s.problem = QStringLiteral("no session bus: run through tests/with-test-keyring.sh");
        return;
    }
    if (!mode.isEmpty()) {
        s.problem
            = QStringLiteral("unknown SMSLOG_TEST_KEYRING value \"%1\"").arg(QString::fromLocal8Bit(mode));
        return;
    }
    // Standalone: a private home, and a bus address that leads nowhere. Unsetting the address is
    // not enough on a desktop: libdbus and GLib then look for $XDG_RUNTIME_DIR/bus or autolaunch.
    s.keyring = Keyring::None;
    s.ownRoot = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/smslog-secrets-XXXXXX"));
    if (!s.ownRoot->isValid()) {
        s.problem = QStringLiteral("cannot create a temporary folder: %1").arg(s.ownRoot->errorString());
        return;
    }
    s.root = s.ownRoot->path();
    const QDir root(s.root);
    for (const char *sub : {"home", "data", "config", "cache", "runtime", "tmp", "logs"})
        root.mkpath(QLatin1String(sub));
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const auto setPath = [&root](const char *variable, const char *sub) {
        qputenv(variable, QFile::encodeName(root.filePath(QLatin1String(sub))));
    };
    setPath("HOME", "home");
    setPath("XDG_DATA_HOME", "data");
    setPath("XDG_CONFIG_HOME", "config");
    setPath("XDG_CACHE_HOME", "cache");
    setPath("XDG_RUNTIME_DIR", "runtime");
    setPath("TMPDIR", "tmp");
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + QFile::encodeName(root.filePath(QStringLiteral("runtime/no-bus"))));
    for (const char *variable :
         {"GNOME_KEYRING_CONTROL", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP"})
        qunsetenv(variable);
}

// Every message logged in the process (any thread), with its category.
QMutex messagesMutex;
QStringList messages;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&messagesMutex);
        messages << QLatin1String(context.category ? context.category : "") + u": " + message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

constexpr qsizetype fragmentLength = 12;

// One encoding of (part of) the key, as it could sit in a file.
struct KeyForm {
    QString name; // for failure messages; never the key itself
    QByteArray bytes;
};

// The key and its halves, as typed and in upper case, in UTF-8, UTF-16 (both byte orders), hex of
// the text, and base64 (standard and URL alphabets) at each of the three alignments a base64
// stream may put them at; the dashless UUID, and its 16 raw bytes; and every run of 12 of its
// characters as text. Every form carries at least 44 random bits of the key, so a chance match in
// a few megabytes is out of the question (odds below one in a million).
QList<KeyForm> keyForms(const QString &key)
{
    QList<KeyForm> forms;
    QString dashless = key;
    dashless.remove(u'-');
    const QList<std::pair<QString, QString>> parts{{QStringLiteral("the key"), key},
                                                   {QStringLiteral("its first half"), key.left(18)},
                                                   {QStringLiteral("its second half"), key.mid(18)},
                                                   {QStringLiteral("the key without dashes"), dashless}};
    for (const auto &[part, text] : parts) {
        for (const bool upper : {false, true}) {
            const QString t = upper ? text.toUpper() : text.toLower();
            const QString name = part + (upper ? QStringLiteral(", upper case") : QString());
            const QByteArray utf8 = t.toUtf8();
            forms.append({name + QStringLiteral(" (UTF-8)"), utf8});
            QByteArray le, be;
            for (const QChar c : t) {
                le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
                be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
            }
            forms.append({name + QStringLiteral(" (UTF-16LE)"), le});
            forms.append({name + QStringLiteral(" (UTF-16BE)"), be});
            forms.append({name + QStringLiteral(" (hex of its text)"), utf8.toHex()});
            for (int shift = 0; shift < 3; ++shift) {
                QByteArray aligned = utf8.mid(shift);
                aligned.truncate(aligned.size() / 3 * 3);
                const QByteArray standard = aligned.toBase64(QByteArray::OmitTrailingEquals);
                const QByteArray url
                    = aligned.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
                forms.append({name + QStringLiteral(" (base64, offset %1)").arg(shift), standard});
                if (url != standard)
                    forms.append({name + QStringLiteral(" (base64url, offset %1)").arg(shift), url});
            }
        }
    }
    forms.append({QStringLiteral("the key as 16 raw bytes"), QUuid(key).toRfc4122()});
    // Any piece of it: every run of 12 of its characters (at least 44 random bits each).
    for (qsizetype at = 0; at + fragmentLength <= key.size(); ++at) {
        const QString piece = key.mid(at, fragmentLength);
        const QString name
            = QStringLiteral("characters %1 to %2 of the key").arg(at + 1).arg(at + fragmentLength);
        forms.append({name + QStringLiteral(" (UTF-8)"), piece.toLower().toUtf8()});
        forms.append({name + QStringLiteral(", upper case (UTF-8)"), piece.toUpper().toUtf8()});
        QByteArray le;
        for (const QChar c : piece.toLower())
            le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        forms.append({name + QStringLiteral(" (UTF-16LE)"), le});
    }
    return forms;
}

// The key, or a run of 12 of its characters, or its 32 hex digits, in `text` (any case).
bool mentionsKey(const QString &text, const QString &key)
{
    QString dashless = key;
    dashless.remove(u'-');
    if (text.contains(dashless, Qt::CaseInsensitive))
        return true;
    for (qsizetype at = 0; at + fragmentLength <= key.size(); ++at)
        if (text.contains(QStringView(key).mid(at, fragmentLength), Qt::CaseInsensitive))
            return true;
    return false;
}

const QByteArray encryptedKeyringMagic("GnomeKeyring\n\r\0\n", 16);

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

public:
    TestSecrets()
        : m_key(QUuid::createUuid().toString(QUuid::WithoutBraces))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Every window title any widget takes, as it changes.
        if (event->type() == QEvent::WindowTitleChange && watched->isWidgetType())
            m_shown << QStringLiteral("title: ") + static_cast<QWidget *>(watched)->windowTitle();
        return QObject::eventFilter(watched, event);
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void wholeSession();
    void commandLineSync();
    void keyIsInTheKeyringOnly();
    void noFileHoldsTheKey();
    void noLogOrShownTextHoldsTheKey();

private:
    QString path(const QString &name) const { return m_out.filePath(name); }
    QString keyringFolder() const { return setup().root + QStringLiteral("/data/keyrings"); }
    QString profilesFile() const
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
            + QStringLiteral("/connections.ini");
    }
    QHash<QString, QByteArray> keyringFiles() const;
    void recordShownTexts(QWidget *top);
    void watchWindow(AppController &app);
    QAction *menuAction(MainWindow *window, const QString &text);
    void answerNextFileDialog(const QString &file);
    bool settled(AppController &app) const;

    const QString m_key; // random per run; never printed
    const QString m_profile = QStringLiteral("Loopback secrets test"); // typed: QTest types ASCII only
    QDir m_out; // the session's own files: caches and exports
    std::unique_ptr<OneUptimeServer> m_server;
    QString m_project;
    QStringList m_shown; // window titles, status bar messages, labels, fields, tool tips...
    QStringList m_cliOutput; // the smslog tool's stdout and stderr
    QHash<QString, QByteArray> m_keyringBefore; // keyring files before the key was stored
    std::optional<bool> m_persistent; // keyWritten()'s answer for the key entered in the dialog
    QString m_stderrLog; // where stderr goes while a test function runs
    int m_savedStderr = -1;
    QStringList m_fileDialogProblems; // a file dialog the test could not answer
};

void TestSecrets::initTestCase()
{
    QVERIFY2(setup().problem.isEmpty(), qPrintable(setup().problem));
    // As main.cpp names the application: the same settings and data folders.
    QCoreApplication::setApplicationName(QStringLiteral("smslog-viewer"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("SMS Log Viewer"));
    QLocale::setDefault(QLocale::c());
    const QString root = QDir(setup().root).canonicalPath();
    qInfo("Secrets test: %s, files under %s",
          setup().keyring == Keyring::SecretService ? "Secret Service (gnome-keyring)" : "no Secret Service",
          qPrintable(root));
    // The isolation holds: every place the app writes to is inside the searched folder.
    for (auto location :
         {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation,
          QStandardPaths::GenericConfigLocation, QStandardPaths::HomeLocation, QStandardPaths::TempLocation,
          QStandardPaths::RuntimeLocation}) {
        const QString where = QStandardPaths::writableLocation(location);
        QVERIFY2(QDir(where).absolutePath().startsWith(QDir(setup().root).absolutePath())
                     || where.startsWith(root),
                 qPrintable(QStringLiteral("%1 is outside the test's folder").arg(where)));
    }
    m_out.setPath(setup().root + QStringLiteral("/output"));
    QVERIFY(m_out.mkpath(QStringLiteral(".")));
    m_stderrLog = setup().root + QStringLiteral("/logs/stderr.log");
    previousHandler = qInstallMessageHandler(captureMessage);
    qApp->installEventFilter(this);

    // The server imitates OneUptime over the demo data, and knows only this run's key.
    const QString served = path(QStringLiteral("served.sqlite"));
    DemoOptions options;
    options.rows = 1200;
    options.seed = 6;
    options.end = QDateTime::currentDateTimeUtc().addDays(-1);
    QCOMPARE(writeDemoCache(served, options), QString());
    m_server = std::make_unique<OneUptimeServer>();
    QCOMPARE(m_server->loadCache(served), QString());
    m_project = m_server->largestProject();
    m_server->addKey(m_key, m_project, QStringLiteral("ProjectMember"));
    QVERIFY(m_server->listen() != 0);

    if (setup().keyring == Keyring::SecretService) {
        m_keyringBefore = keyringFiles();
        QVERIFY2(!m_keyringBefore.isEmpty(),
                 "gnome-keyring made no keyring file in $XDG_DATA_HOME/keyrings (did --unlock run?)");
    }
}

void TestSecrets::init()
{
    // Everything written to stderr meanwhile (Qt's and GLib's default output, the app's own
    // fprintf) lands in the searched folder; cleanup() shows it again. A crash leaves it there.
    std::fflush(stderr);
    const int file = ::open(QFile::encodeName(m_stderrLog).constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    QVERIFY(file >= 0);
    m_savedStderr = ::dup(STDERR_FILENO);
    QVERIFY(m_savedStderr >= 0);
    QVERIFY(::dup2(file, STDERR_FILENO) >= 0);
    ::close(file);
}

void TestSecrets::cleanup()
{
    if (m_savedStderr < 0)
        return;
    std::fflush(stderr);
    ::dup2(m_savedStderr, STDERR_FILENO);
    ::close(m_savedStderr);
    m_savedStderr = -1;
    // Shown again, where ctest collects it. The test fails if it holds the key, so this prints
    // a key only in a run that is failing for that reason; the key is random and served nowhere.
    QFile log(m_stderrLog);
    static qint64 shownUpTo = 0;
    if (log.open(QIODevice::ReadOnly) && log.seek(shownUpTo)) {
        const QByteArray text = log.readAll();
        shownUpTo += text.size();
        std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    }
}

void TestSecrets::cleanupTestCase()
{
    qApp->removeEventFilter(this);
    qInstallMessageHandler(previousHandler);
    m_server.reset();
}

QHash<QString, QByteArray> TestSecrets::keyringFiles() const
{
    QHash<QString, QByteArray> files;
    QDirIterator it(keyringFolder(), {QStringLiteral("*.keyring")}, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.insert(file.fileName(), file.readAll());
    }
    return files;
}

void TestSecrets::recordShownTexts(QWidget *top)
{
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (QWidget *w : std::as_const(widgets)) {
        m_shown << w->windowTitle() << w->toolTip() << w->statusTip() << w->whatsThis() << w->accessibleName()
                << w->accessibleDescription();
        if (auto *label = qobject_cast<QLabel *>(w))
            m_shown << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            m_shown << button->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            m_shown << edit->displayText() << edit->placeholderText(); // the key field shows dots
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            m_shown << plain->toPlainText();
        else if (auto *rich = qobject_cast<QTextEdit *>(w))
            m_shown << rich->toPlainText();
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                m_shown << combo->itemText(i) << combo->itemData(i, Qt::ToolTipRole).toString();
        else if (auto *bar = qobject_cast<QStatusBar *>(w))
            m_shown << bar->currentMessage();
        else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int column = 0; column < model->columnCount(); ++column)
                m_shown << model->headerData(column, Qt::Horizontal).toString()
                        << model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
            for (int row = 0; row < std::min(model->rowCount(), 60); ++row)
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    m_shown << index.data().toString() << index.data(Qt::ToolTipRole).toString();
                }
        }
    }
    QList<QAction *> actions = top->findChildren<QAction *>();
    for (const QAction *action : std::as_const(actions))
        m_shown << action->text() << action->toolTip() << action->statusTip();
    m_shown.removeAll(QString());
}

void TestSecrets::watchWindow(AppController &app)
{
    QStatusBar *bar = app.window()->statusBar();
    connect(bar, &QStatusBar::messageChanged, this,
            [this](const QString &message) { m_shown << QStringLiteral("status: ") + message; });
    m_shown << QStringLiteral("title: ") + app.window()->windowTitle();
}

QAction *TestSecrets::menuAction(MainWindow *window, const QString &text)
{
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (QString(action->text()).remove(u'&') == text)
            return action;
    }
    return nullptr;
}

void TestSecrets::answerNextFileDialog(const QString &file)
{
    // The dialog runs its own event loop (exec()); this answers it from inside that loop, as a
    // user typing the name and pressing Save or Open would.
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [this, poll, file] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        poll->stop();
        poll->deleteLater();
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        if (!dialog) {
            m_fileDialogProblems << QStringLiteral("expected a file dialog, found %1")
                                        .arg(QString::fromLatin1(modal->metaObject()->className()));
            modal->close();
            return;
        }
        recordShownTexts(dialog);
        // The file name field takes a whole path, as typed.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name) {
            m_fileDialogProblems << QStringLiteral("the file dialog has no file name field");
            dialog->reject();
            return;
        }
        name->setText(file);
        static_cast<QDialog *>(dialog)->accept(); // public in QDialog; QFileDialog's checks run
        if (dialog->isVisible()) {
            m_fileDialogProblems << QStringLiteral("the file dialog did not take %1 (it chose %2)")
                                        .arg(file, dialog->selectedFiles().join(QStringLiteral(", ")));
            dialog->reject();
        }
    });
    poll->start();
}

bool TestSecrets::settled(AppController &app) const
{
    return app.model()->matchCount() >= 0 && !app.model()->isLoading() && !app.summary()->isLoading();
}

void TestSecrets::wholeSession()
{
    // The app as main.cpp builds it: profiles in the user's config folder, the system keyring.
    auto app = std::make_unique<AppController>();
    MainWindow *window = app->window();
    watchWindow(*app);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QSignalSpy opened(app.get(), &AppController::sourceOpened);
    QSignalSpy written(&app->connections()->keys(), &KeyStore::keyWritten);

    // File → Connect to OneUptime…: a new profile, the key typed into its field, a test, Connect.
    QAction *connectAction = menuAction(window, QStringLiteral("Connect to OneUptime…"));
    QVERIFY(connectAction);
    connectAction->trigger();
    QTRY_VERIFY(app->connections()->dialog() && app->connections()->dialog()->isVisible());
    ConnectionDialog *dialog = app->connections()->dialog();
    auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    auto *urlEdit = dialog->findChild<QLineEdit *>(QStringLiteral("urlEdit"));
    auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("keyEdit"));
    QVERIFY(nameEdit && urlEdit && keyEdit);
    QTest::keyClicks(nameEdit, m_profile);
    QTest::keyClicks(urlEdit, m_server->url().toString());
    QTest::keyClicks(keyEdit, m_key);
    QVERIFY2(dialog->key() == m_key, "the key field does not hold what was typed");
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    recordShownTexts(window);
    dialog->findChild<QPushButton *>(QStringLiteral("testButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting(), 15000);
    QVERIFY2(dialog->testResultText().startsWith(QStringLiteral("✔")), qPrintable(dialog->testResultText()));
    recordShownTexts(window);
    dialog->findChild<QPushButton *>(QStringLiteral("connectButton"))->click();
    QVERIFY(opened.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(written.count(), 1, 15000);
    m_persistent = written.at(0).at(1).toBool();
    if (setup().keyring == Keyring::SecretService) {
        QVERIFY2(*m_persistent, "the Secret Service did not take the key: it is held for the session only");
        QVERIFY(!app->connections()->keys().isSessionOnly());
    } else {
        QVERIFY2(!*m_persistent, "the key was stored although no Secret Service is reachable");
        QVERIFY(app->connections()->keys().isSessionOnly());
        // The user is told, in the status bar.
        QTRY_VERIFY(m_shown.filter(QStringLiteral("until you quit")).size() > 0);
    }
    QVERIFY(window->windowTitle().contains(m_profile));

    // Browse: rows, a sort, a filter, a message's detail, the totals.
    QTRY_VERIFY_WITH_TIMEOUT(settled(*app) && app->model()->matchCount() > 0, 30000);
    const qint64 all = app->model()->matchCount();
    window->tableView()->sortByColumn(int(SmsColumn::Cost), Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(settled(*app) && app->model()->query().sort.column == SmsColumn::Cost, 30000);
    auto *statusMenu = window->filterBar()->findChild<QMenu *>(QStringLiteral("statusMenu"));
    QVERIFY(statusMenu);
    QAction *delivered = nullptr;
    for (QAction *action : statusMenu->actions())
        if (action->data().toString() == u"Delivered")
            delivered = action;
    QVERIFY(delivered);
    delivered->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        app->model()->query().filter.statuses == QStringList{QStringLiteral("Delivered")}, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(*app), 30000);
    QVERIFY(app->model()->matchCount() > 0 && app->model()->matchCount() < all);
    QTRY_VERIFY_WITH_TIMEOUT(app->model()->index(0, 0).data(SmsLogTableModel::LoadedRole).toBool(), 15000);
    window->tableView()->selectRow(0);
    auto *status = window->detailPane()->findChild<QLabel *>(QStringLiteral("status"));
    QVERIFY(status);
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Delivered"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(app->summary()->totals().messages, app->model()->matchCount(), 30000);
    QVERIFY(!window->totalsPane()->headline().isEmpty());
    recordShownTexts(window);

    // File → Sync to a cache file…
    const QString synced = path(QStringLiteral("synced.sqlite"));
    QAction *syncAction = menuAction(window, QStringLiteral("Sync to a cache file…"));
    QVERIFY(syncAction && syncAction->isEnabled());
    answerNextFileDialog(synced);
    syncAction->trigger();
    QVERIFY2(m_fileDialogProblems.isEmpty(), qPrintable(m_fileDialogProblems.join(u'\n')));
    QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().startsWith(QStringLiteral("Synced")),
                             60000);
    QVERIFY(QFileInfo(synced).size() > 0);
    recordShownTexts(window);

    // The same profile again in this session (as --connect PROFILE would): no question asked.
    opened.clear();
    app->openProfile(m_profile);
    QVERIFY(opened.wait(15000));
    QVERIFY(!app->connections()->dialog() || !app->connections()->dialog()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(settled(*app) && app->model()->matchCount() > 0, 30000);

    // File → Open cache… the synced file, then File → Export the current view… three times.
    QAction *openAction = menuAction(window, QStringLiteral("Open cache…"));
    QVERIFY(openAction);
    opened.clear();
    answerNextFileDialog(synced);
    openAction->trigger();
    QVERIFY2(m_fileDialogProblems.isEmpty(), qPrintable(m_fileDialogProblems.join(u'\n')));
    QVERIFY(opened.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(settled(*app) && app->model()->matchCount() > 0, 30000);
    QVERIFY(!app->model()->isLive());
    QAction *exportAction = menuAction(window, QStringLiteral("Export the current view…"));
    QVERIFY(exportAction);
    for (const QString &name :
         {QStringLiteral("view.csv"), QStringLiteral("view.jsonl"), QStringLiteral("snapshot.sqlite")}) {
        QTRY_VERIFY(exportAction->isEnabled());
        answerNextFileDialog(path(name));
        exportAction->trigger();
        QVERIFY2(m_fileDialogProblems.isEmpty(), qPrintable(m_fileDialogProblems.join(u'\n')));
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported"))
                                     && window->statusBar()->currentMessage().contains(name),
                                 30000);
        QVERIFY2(QFileInfo(path(name)).size() > 0, qPrintable(name));
    }
    recordShownTexts(window);

    // Quit: the window closes, and the controller goes as at the end of main().
    window->close();
    app.reset();

    // Settings saved: the profile (and the last one used), the recent caches.
    QSettings profiles(profilesFile(), QSettings::IniFormat);
    QVERIFY2(QFileInfo::exists(profilesFile()), qPrintable(profilesFile()));
    QVERIFY(profiles.allKeys().size() >= 2);
    const QString recent = QFileInfo(profilesFile()).absolutePath() + QStringLiteral("/session.ini");
    QVERIFY2(QSettings(recent, QSettings::IniFormat)
                 .value(QStringLiteral("recent/caches"))
                 .toStringList()
                 .contains(QFileInfo(synced).absoluteFilePath()),
             qPrintable(recent));
}

void TestSecrets::commandLineSync()
{
    // As the README documents for cron: the key in SMSLOG_API_KEY, never on the command line.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SMSLOG_API_KEY"), m_key);
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_out.path());
    const QString cache = path(QStringLiteral("cli.sqlite"));
    process.start(QStringLiteral(SMSLOG_CLI),
                  {QStringLiteral("sync"), QStringLiteral("--url"), m_server->url().toString(),
                   QStringLiteral("--cache"), cache});
    QVERIFY(process.waitForStarted(10000));
    // The server answers on this thread: keep the event loop turning while the tool runs.
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 120000);
    m_cliOutput << QString::fromUtf8(process.readAllStandardOutput())
                << QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(m_cliOutput.join(u'\n')));
    QVERIFY(QFileInfo(cache).size() > 0);
    QVERIFY(!m_cliOutput.join(QString()).trimmed().isEmpty()); // it says what it did
}

void TestSecrets::keyIsInTheKeyringOnly()
{
    QVERIFY2(m_persistent.has_value(), "the session did not get as far as storing the key");

    // The profile's INI file: the profile, no key in any value.
    {
        QSettings profiles(profilesFile(), QSettings::IniFormat);
        bool named = false;
        const QStringList keys = profiles.allKeys();
        for (const QString &key : keys) {
            const QString value = profiles.value(key).toString();
            named = named || value == m_profile;
            QVERIFY2(!mentionsKey(key, m_key) && !mentionsKey(value, m_key),
                     qPrintable(QStringLiteral("the profiles file holds the key in %1").arg(key)));
        }
        QVERIFY2(named, "the profile is not in the profiles file");
    }

    // The next start: a new KeyStore, as the app makes one, asks for the key.
    KeyStore fresh(KeyStore::Backend::System);
    QSignalSpy read(&fresh, &KeyStore::keyRead);
    fresh.readKey(m_profile);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 15000);
    const QString readBack = read.at(0).at(1).toString();

    auto app = std::make_unique<AppController>();
    watchWindow(*app);
    app->window()->show();
    QSignalSpy opened(app.get(), &AppController::sourceOpened);
    app->openProfile(m_profile); // --connect PROFILE

    if (setup().keyring == Keyring::SecretService) {
        QVERIFY2(!fresh.isSessionOnly(), "the Secret Service could not be read on the next start");
        QVERIFY2(readBack == m_key,
                 readBack.isEmpty() ? "the keyring holds no key for the profile"
                                    : "the keyring holds another key than the one entered");
        QVERIFY(opened.wait(15000));
        QVERIFY(!app->connections()->dialog() || !app->connections()->dialog()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(settled(*app) && app->model()->matchCount() > 0, 30000);

        // The keyring file changed when the key was stored, and is gnome-keyring's encrypted
        // format (a keyring with an empty password would be a plain-text "[keyring]" file).
        // noFileHoldsTheKey() searches it like any other file.
        const QHash<QString, QByteArray> after = keyringFiles();
        bool changed = false;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            changed = changed || m_keyringBefore.value(it.key()) != it.value();
            QVERIFY2(it.value().startsWith(encryptedKeyringMagic),
                     qPrintable(QStringLiteral("%1 is not an encrypted keyring").arg(it.key())));
        }
        QVERIFY2(changed, "no keyring file changed: where did the key go?");
    } else {
        QVERIFY2(readBack.isEmpty(), "a key outlived its session without a keyring");
        QVERIFY(fresh.isSessionOnly());
        // The app asks for the key again, and says why.
        QTRY_VERIFY_WITH_TIMEOUT(app->connections()->dialog() && app->connections()->dialog()->isVisible(),
                                 15000);
        ConnectionDialog *dialog = app->connections()->dialog();
        QCOMPARE(dialog->profile().name, m_profile);
        QVERIFY(dialog->key().isEmpty());
        auto *notice = dialog->findChild<QLabel *>(QStringLiteral("keyNoticeLabel"));
        QVERIFY(notice && notice->text().contains(QStringLiteral("until you quit")));
        QCOMPARE(opened.count(), 0);
    }
    recordShownTexts(app->window());
    app->window()->close();
    app.reset();
}

void TestSecrets::noFileHoldsTheKey()
{
    // Every regular file under the run's folder: HOME, the XDG folders (settings, data with the
    // keyring, cache), the runtime folder, TMPDIR, this test's output and the logs.
    const QList<KeyForm> forms = keyForms(m_key);
    QList<QByteArrayMatcher> matchers;
    for (const KeyForm &form : forms)
        matchers.append(QByteArrayMatcher(form.bytes));
    QStringList found;
    QSet<QString> searched;
    QStringList list;
    qint64 bytes = 0;
    QDirIterator it(setup().root, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName() + u": " + file.errorString()));
        const QByteArray content = file.readAll();
        bytes += content.size();
        searched.insert(QFileInfo(file).canonicalFilePath());
        list << QStringLiteral("%1 (%2 bytes)")
                    .arg(QDir(setup().root).relativeFilePath(file.fileName()))
                    .arg(content.size());
        for (qsizetype i = 0; i < forms.size(); ++i)
            if (matchers.at(i).indexIn(content) >= 0)
                found << QStringLiteral("%1 holds %2").arg(file.fileName(), forms.at(i).name);
    }
    list.sort();
    qInfo("Searched %lld files, %lld bytes, for %lld forms of the key: %s", qlonglong(searched.size()),
          qlonglong(bytes), qlonglong(forms.size()), qPrintable(list.join(QStringLiteral(", "))));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

    // The search saw what the session wrote (it looked in the right places).
    QStringList expected{profilesFile(),
                         QFileInfo(profilesFile()).absolutePath() + QStringLiteral("/session.ini"),
                         path(QStringLiteral("synced.sqlite")),
                         path(QStringLiteral("view.csv")),
                         path(QStringLiteral("view.jsonl")),
                         path(QStringLiteral("snapshot.sqlite")),
                         path(QStringLiteral("cli.sqlite")),
                         m_stderrLog};
    if (setup().keyring == Keyring::SecretService)
        expected << keyringFiles().keys();
    for (const QString &file : std::as_const(expected))
        QVERIFY2(searched.contains(QFileInfo(file).canonicalFilePath()),
                 qPrintable(QStringLiteral("%1 was not searched").arg(file)));
}

void TestSecrets::noLogOrShownTextHoldsTheKey()
{
    QStringList logged;
    {
        QMutexLocker lock(&messagesMutex);
        logged = messages;
    }
    QFile stderrLog(m_stderrLog);
    QVERIFY(stderrLog.open(QIODevice::ReadOnly));
    const QList<std::pair<QString, QStringList>> sources{
        {QStringLiteral("a log message"), logged},
        {QStringLiteral("smslog's output"), m_cliOutput},
        {QStringLiteral("the test's stderr"), {QString::fromUtf8(stderrLog.readAll())}},
        {QStringLiteral("a text the window showed"), m_shown},
    };
    for (const auto &[what, texts] : sources) {
        int holding = 0;
        for (const QString &text : texts)
            holding += mentionsKey(text, m_key);
        QVERIFY2(holding == 0, qPrintable(QStringLiteral("%1 of %2 hold the key").arg(holding).arg(what)));
    }
    // The capture worked: it saw the session.
    QVERIFY(m_shown.filter(QStringLiteral("title: ")).filter(m_profile).size() > 0);
    QVERIFY(m_shown.filter(QStringLiteral("status: Synced")).size() > 0);
    QVERIFY(m_shown.filter(QStringLiteral("status: Exported")).size() >= 3);
    QVERIFY(!m_cliOutput.join(QString()).isEmpty());
    QVERIFY(logged.filter(QStringLiteral("Searched")).size() == 1);
    if (setup().keyring == Keyring::None)
        QVERIFY(logged.filter(QStringLiteral("session only")).size() > 0); // KeyStore's fallback
}

int main(int argc, char *argv[])
{
    // Before QApplication: the platform, fonts and settings read the environment early.
    prepareEnvironment();
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestSecrets test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets.moc"
