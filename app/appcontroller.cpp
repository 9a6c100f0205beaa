// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "appcontroller.h"

#include "backgroundjob.h"
#include "cacheexport.h"
#include "cacheschema.h"
#include "cachesync.h"
#include "connectioncontroller.h"
#include "costreportmodel.h"
#include "demogenerator.h"
#include "detailpane.h"
#include "logsession.h"
#include "logtableview.h"
#include "mainwindow.h"
#include "oneuptimesource.h"
#include "plural.h"
#include "sessionkeeper.h"
#include "sessionstore.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"
#include "sourceopener.h"
#include "sqlitecachesource.h"
#include "svgstatusiconprovider.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace {

constexpr qint64 demoRows = 100000;

QString demoPath()
{
    // Named by the cache format: a newer format (v3: the incidents' states and severities) makes
    // a new demo rather than showing an old one without what the new format adds.
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/demo-v%1.sqlite").arg(CacheSchema::version);
}

} // namespace

AppController::AppController(const QString &profilesFile, bool sessionKeysOnly, QObject *parent)
    : QObject(parent)
    , m_session(new LogSession(this))
    , m_model(m_session->table())
    , m_summary(m_session->summary())
    , m_costs(m_session->costs())
    , m_window(new MainWindow(m_session))
    , m_connections(new ConnectionController(
          profilesFile.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                  + QStringLiteral("/connections.ini")
                                 : profilesFile,
          sessionKeysOnly ? KeyStore::Backend::SessionOnly : KeyStore::Backend::System, this))
    , m_opener(new SourceOpener(this))
{
    m_exportJob = new BackgroundJob(QStringLiteral("export"), this);
    m_demoJob = new BackgroundJob(QStringLiteral("demo cache"), this);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    // The status icons of the table and of the per-status totals, drawn by ui/.
    m_session->setStatusIconProvider(SvgStatusIconProvider::instance());
    // A source found unusable after it opened: the session has reset every view already.
    connect(m_session, &LogSession::sourceRefused, this,
            [this](SmsLogSource *source, const SourceError &error) {
                if (source != m_source)
                    return;
                dropSource();
                handleOpenFailed(error);
            });
    connect(m_window, &MainWindow::openCacheRequested, this, &AppController::openCache);
    connect(m_window, &MainWindow::openDemoRequested, this, &AppController::openDemo);
    connect(m_window, &MainWindow::connectRequested, this,
            [this] { m_connections->showDialog(m_window, m_lastLiveUrl, m_lastLiveProfile); });
    connect(m_connections, &ConnectionController::openRequested, this, &AppController::openLive);
    // Beside the connection profiles (tests give their own folder).
    m_keeper = new SessionKeeper(
        QFileInfo(profilesFile.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                          + QStringLiteral("/connections.ini")
                                         : profilesFile)
                .absolutePath()
            + QStringLiteral("/session.ini"),
        m_window, this);
    connect(m_window, &MainWindow::openProfileRequested, this, &AppController::openProfile);
    connect(m_opener, &SourceOpener::opened, this, &AppController::useSource);
    connect(m_opener, &SourceOpener::failed, this, &AppController::handleOpenFailed);
    connect(m_window, &MainWindow::syncRequested, this, &AppController::startSync);
    connect(m_window, &MainWindow::cancelJobRequested, this, [this] {
        if (m_sync)
            m_sync->cancel();
        if (m_exportJob)
            m_exportJob->cancel();
    });
    connect(m_window, &MainWindow::exportRequested, this, &AppController::startExport);
    connect(m_exportJob, &BackgroundJob::progressed, this, &AppController::handleExportProgress);
    connect(m_exportJob, &BackgroundJob::succeeded, this, [this](qint64 written) {
        m_window->showJob(
            false, tr("Exported %Ln message(s) to %1.", nullptr, pluralCount(written)).arg(m_exportFile));
    });
    connect(m_exportJob, &BackgroundJob::failed, this, [this](const SourceError &error) {
        m_window->showJob(false, tr("The export stopped: %1").arg(error.message));
    });
    connect(m_demoJob, &BackgroundJob::progressed, this, [this](qint64 done, qint64) {
        if (m_demoRequest != m_openRequest)
            return;
        m_window->showBusy(tr("Creating the demo data: %1 of %2 messages…")
                               .arg(QLocale().toString(done), QLocale().toString(demoRows)));
    });
    connect(m_demoJob, &BackgroundJob::succeeded, this, [this] {
        if (m_demoRequest == m_openRequest) // else the user opened something else meanwhile
            openCache(demoPath());
    });
    connect(m_demoJob, &BackgroundJob::failed, this, [this](const SourceError &error) {
        if (m_demoRequest == m_openRequest)
            handleOpenFailed(
                {SourceError::Kind::Query, tr("The demo data could not be created."), error.message});
    });
    connect(m_connections, &ConnectionController::noticed, m_window, &MainWindow::showNotice);
    connect(m_connections, &ConnectionController::failed, this, [this](const QString &message) {
        handleOpenFailed({SourceError::Kind::Network, message, {}});
    });
}

void AppController::showOpenError(const QString &message)
{
    handleOpenFailed({SourceError::Kind::Authentication, message, {}});
}

void AppController::openProfile(const QString &name)
{
    m_connections->connectProfile(name, m_window);
}

AppController::~AppController()
{
    saveSession();
    // Quitting during an export: stop it (it leaves no partial file) and wait.
    delete m_exportJob;
    m_exportJob = nullptr;
    m_opener->cancel();
    // Quitting while the demo is being made: stop it (it removes its partial file) and wait.
    delete m_demoJob;
    m_demoJob = nullptr;
    // The models must let go of the source before it goes.
    m_session->setSource(nullptr);
    delete m_window;
    delete m_source;
}

void AppController::openCache(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_keeper->openingCache(absolute, absolute == demoPath());
    auto *source = new SqliteCacheSource(absolute, this);
    connect(source, &SmsLogSource::opened, this, [this, absolute] { m_cachePath = absolute; });
    openSource(source, tr("Opening %1…").arg(QFileInfo(path).fileName()));
}

void AppController::useTheme(const QString &name)
{
    m_keeper->applyTheme(name);
}

void AppController::setSessionSaved(bool save)
{
    m_keeper->setSaving(save);
}

SessionStore *AppController::sessionStore() const
{
    return m_keeper->store();
}

void AppController::restoreSettings()
{
    m_keeper->restoreSettings();
}

bool AppController::restoreSession()
{
    using Kind = SessionStore::Session::Kind;
    const std::optional<SessionStore::Session> session = m_keeper->takeSessionToRestore();
    if (!session)
        return false;
    switch (session->kind) {
    case Kind::Cache: openCache(session->value); break;
    case Kind::Demo: openDemo(); break;
    case Kind::Profile: openProfile(session->value); break;
    case Kind::None: break;
    }
    return true;
}

void AppController::saveSession()
{
    m_keeper->save();
}

void AppController::openLive(const OneUptimeSettings &settings)
{
    const QString where
        = settings.label.isEmpty() ? OneUptimeClient::apiBase(settings.instance).host() : settings.label;
    m_keeper->openingProfile(settings.label); // a bare URL (no label) is not remembered
    m_lastLiveUrl = settings.instance;
    m_lastLiveProfile = settings.label;
    auto *source = new OneUptimeSource(settings, this);
    connect(source, &SmsLogSource::opened, this,
            [this, settings] { m_liveSettings = std::make_unique<OneUptimeSettings>(settings); });
    openSource(source, tr("Connecting to %1…").arg(where));
}

void AppController::startExport(const QString &path, const SmsFilter &filter, bool redact)
{
    if (m_exportJob->isRunning() || m_cachePath.isEmpty())
        return;
    CacheExport::Options options;
    const QString suffix = QFileInfo(path).suffix().toLower();
    options.format = suffix == u"jsonl" ? CacheExport::Format::JsonLines
        : suffix == u"sqlite"           ? CacheExport::Format::Sqlite
                                        : CacheExport::Format::Csv;
    options.redact = redact;
    options.sourceDescription = tr("cache file %1").arg(QFileInfo(m_cachePath).fileName());
    const QString file = QFileInfo(path).fileName();
    m_exportFile = file;
    m_window->showJob(true, tr("Exporting to %1…").arg(file));
    m_exportJob->start([cache = m_cachePath, filter, path, options](JobControl &control) {
        qint64 written = 0;
        const QString error = CacheExport::exportRows(
            cache, filter, path, options,
            [&control](qint64 done, qint64 all) { return control.report(done, all); }, &written);
        if (!error.isEmpty())
            return JobResult{SourceError{SourceError::Kind::Query, error, {}}, 0};
        return JobResult{std::nullopt, written};
    });
}

void AppController::handleExportProgress(qint64 done, qint64 total)
{
    m_window->showJob(true,
                      total > 0 ? tr("Exporting to %1: %2 of %Ln message(s)", nullptr, pluralCount(total))
                                      .arg(m_exportFile, QLocale().toString(done))
                                : tr("Exporting to %1…").arg(m_exportFile));
}

void AppController::startSync(const QString &path)
{
    if (m_sync || !m_liveSettings)
        return;
    auto *sync = new CacheSync(*m_liveSettings, path, this);
    m_sync = sync;
    const QString file = QFileInfo(path).fileName();
    m_window->showJob(true, tr("Syncing into %1…").arg(file));
    connect(sync, &CacheSync::progressed, this, [this, file](const SyncProgress &p) {
        QString text = p.rowsExpected >= 0
            ? tr("Syncing into %1: %2 of %Ln message(s)", nullptr, pluralCount(p.rowsExpected))
                  .arg(file, QLocale().toString(p.rowsWritten))
            : tr("Syncing into %1: %Ln message(s)", nullptr, pluralCount(p.rowsWritten)).arg(file);
        if (p.rowsPerSecond > 0)
            text += tr(", %1/s").arg(QLocale().toString(qint64(p.rowsPerSecond)));
        if (p.secondsLeft >= 0)
            text += tr(", about %1 s left").arg(QLocale().toString(p.secondsLeft));
        m_window->showJob(true, text);
    });
    connect(sync, &CacheSync::finished, this, [this, sync, file](const SyncResult &r) {
        m_window->showJob(false,
                          tr("Synced %Ln message(s) of %1 into %2 (File → Open cache… reads it offline).",
                             nullptr, pluralCount(r.rowsWritten))
                              .arg(r.projectName.isEmpty() ? r.projectId : r.projectName, file));
        sync->deleteLater();
    });
    connect(sync, &CacheSync::failed, this, [this, sync](const SourceError &error) {
        m_window->showJob(false, tr("The sync stopped: %1").arg(error.message));
        sync->deleteLater();
    });
    sync->start();
}

void AppController::openSource(SmsLogSource *source, const QString &busyText)
{
    // The newest request wins: an open still under way is dropped (SourceOpener), and a demo
    // being made is not opened when it is ready (it is kept for next time).
    ++m_openRequest;
    m_busy = true;
    m_window->showBusy(busyText);
    m_opener->open(source);
}

void AppController::openDemo()
{
    if (m_demoJob->isRunning())
        return; // being created already
    const QString path = demoPath();
    const quint64 request = ++m_openRequest;
    if (QFileInfo::exists(path)) {
        openCache(path);
        return;
    }
    m_busy = true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_window->showBusy(tr("Creating the demo data (%1 messages)…").arg(QLocale().toString(demoRows)));
    DemoOptions options;
    options.rows = demoRows;
    options.end = QDateTime::currentDateTimeUtc();
    m_demoRequest = request;
    m_demoJob->start([path, options](JobControl &control) {
        const QString error = writeDemoCache(
            path, options, [&control](qint64 done, qint64 total) { return control.report(done, total); });
        if (!error.isEmpty())
            return JobResult{SourceError{SourceError::Kind::Query, error, {}}, 0};
        return JobResult{};
    });
}

void AppController::useSource(SmsLogSource *source)
{
    if (!source->isLive())
        m_liveSettings.reset();
    else
        m_cachePath.clear();
    m_busy = false;
    m_failed = false;
    SmsLogSource *previous = m_source;
    m_source = source;
    m_session->setSource(source); // every view, from scratch
    delete previous;
    m_window->setSourceDescription(source->description());
    m_window->setSourceBanner(source->banner());
    m_keeper->sourceShown();
    emit sourceOpened();
}

void AppController::dropSource()
{
    if (!m_source)
        return;
    // Nothing it shows can be trusted, nor stays on screen behind the message (a refused file's
    // cost report included).
    m_session->setSource(nullptr);
    m_source->deleteLater();
    m_source = nullptr;
    m_window->setSourceDescription({});
    m_window->setSourceBanner({});
}

void AppController::handleOpenFailed(const SourceError &error)
{
    m_busy = false;
    m_failed = true;
    dropSource(); // a failed open shows nothing of what was open before
    m_window->showError(error);
    std::fprintf(stderr, "smslog-viewer: %s\n", qPrintable(error.message));
    if (!m_screenshotPath.isEmpty())
        checkScreenshot();
}

void AppController::screenshotWhenReady(const QString &path, const QString &part)
{
    m_screenshotPart = part;
    m_screenshotPath = path;
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, &AppController::checkScreenshot);
    poll->start(100);
    // Never hang a headless run: after a minute, render whatever is there and report it.
    QTimer::singleShot(60000, this, [this] {
        if (m_screenshotPath.isEmpty())
            return;
        std::fprintf(stderr, "smslog-viewer: the window was not ready within 60 s\n");
        m_window->grab().save(m_screenshotPath);
        QCoreApplication::exit(1);
    });
}

void AppController::checkScreenshot()
{
    if (m_screenshotPath.isEmpty())
        return;
    const QModelIndex current = m_window->tableView()->currentIndex();
    const bool rowsShown = (current.isValid() && current.data(SmsLogTableModel::LoadedRole).toBool())
        || m_model->matchCount() == 0;
    const bool costs = m_screenshotPart == QLatin1String("costs");
    if (costs)
        m_window->showTab(1);
    const bool settled = m_source && !m_model->isLoading() && !m_summary->isLoading()
        && (!costs || (m_costs->hasReport() && !m_costs->isLoading()));
    const bool failed = m_failed;
    if (!(failed || (!m_busy && !m_source) || (rowsShown && settled)))
        return;
    const QString path = m_screenshotPath;
    m_screenshotPath.clear();
    // The detail pane of a message with a story: the newest loaded one of an incident, whose
    // context (number, state, severity) the source then reads.
    const bool detail = m_screenshotPart == QLatin1String("detail");
    if (detail && !failed) {
        for (int row = 0; row < std::min(m_model->rowCount(), 200); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (index.data(SmsLogTableModel::LoadedRole).toBool()
                && index.data(SmsLogTableModel::RecordRole)
                       .value<SmsRecord>()
                       .link(LinkKind::Incident)
                       .isSet()) {
                m_window->tableView()->selectRow(row);
                break;
            }
        }
    }
    // One more turn of the event loop so the last data is painted (and the context read).
    QTimer::singleShot(detail ? 600 : 150, this, [this, path, failed] {
        QWidget *part = m_window;
        if (m_screenshotPart == QLatin1String("detail"))
            part = m_window->detailPane();
        const bool saved = part->grab().save(path);
        if (!saved)
            std::fprintf(stderr, "smslog-viewer: cannot write %s\n", qPrintable(path));
        QCoreApplication::exit(saved && !failed ? 0 : 1);
    });
}
