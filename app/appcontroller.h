// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

class BackgroundJob;
class CacheSync;
class ConnectionController;
class LogSession;
class MainWindow;
class SmsLogSource;
class SmsLogSummary;
class CostReportModel;
class SmsLogTableModel;
class SessionKeeper;
class SessionStore;
class SourceOpener;
struct OneUptimeSettings;
struct SmsFilter;
struct SourceError;

// The composition root: builds the source for what the user opens, hands it to the models and
// keeps the window told. Owns the models, the window and the current source.
class AppController : public QObject
{
    Q_OBJECT
public:
    // `profilesFile`: the INI file of connection profiles; empty = the user's config folder.
    // `sessionKeysOnly`: keep API keys in memory only (tests; machines without a keyring).
    explicit AppController(const QString &profilesFile = {}, bool sessionKeysOnly = false,
                           QObject *parent = nullptr);
    ~AppController() override;

    MainWindow *window() const { return m_window; }
    ConnectionController *connections() const { return m_connections; }
    LogSession *session() const { return m_session; }
    SmsLogTableModel *model() const { return m_model; }
    SmsLogSummary *summary() const { return m_summary; }
    CostReportModel *costs() const { return m_costs; }

    void openCache(const QString &path);
    // Browses a OneUptime instance live.
    void openLive(const OneUptimeSettings &settings);
    // Shows why nothing could be opened (a bad command line, say), as a failed open would.
    void showOpenError(const QString &message);
    // Opens a saved connection profile (its key from the keyring; asked for when missing).
    void openProfile(const QString &name);
    // Opens the demo cache in the user's data folder, creating it first if it is missing.
    void openDemo();
    // Renders the window to `path` once the first rows, totals and detail are shown, then quits
    // the application (exit code 0, or 1 if the file could not be written or nothing showed).
    // `part`: "window" (the default), "detail" (the detail pane alone) or "costs" (the window on
    // its Costs tab, once the cost report is in).
    void screenshotWhenReady(const QString &path, const QString &part = {});

    // Opens what was open when the app last quit (a cache, the demo or a connection profile)
    // with its filter, sort, columns and selected row. Returns false when there is nothing to
    // open (first start, or the cache file is gone).
    bool restoreSession();
    // Applies the saved layout (geometry, splitters, columns), time display and theme.
    void restoreSettings();
    // Switches to the theme "system", "light" or "dark" without saving the choice.
    void useTheme(const QString &name);
    // false: nothing is written when the controller goes (screenshots, scripted runs).
    void setSessionSaved(bool save);
    // Writes the layout and the session (also done when the controller is destroyed).
    void saveSession();
    SessionStore *sessionStore() const;

Q_SIGNALS:
    void sourceOpened();

private:
    // Opens `source` (owned from now on) and shows it when it is open.
    void openSource(SmsLogSource *source, const QString &busyText);
    void useSource(SmsLogSource *source);
    void handleOpenFailed(const SourceError &error);
    // Nothing is shown any more: every view reset, the source deleted.
    void dropSource();
    void checkScreenshot();
    void startSync(const QString &path);
    void startExport(const QString &path, const SmsFilter &filter, bool redact);
    void handleExportProgress(qint64 done, qint64 total);

    LogSession *m_session; // the source, the query and the models that follow them
    SmsLogTableModel *m_model; // the session's
    SmsLogSummary *m_summary; // the session's
    CostReportModel *m_costs; // the session's
    MainWindow *m_window;
    ConnectionController *m_connections;
    QPointer<SmsLogSource> m_source; // shown
    SourceOpener *m_opener; // the source being opened; it replaces m_source when open
    quint64 m_openRequest = 0; // counts openCache/openDemo calls: the newest wins
    QString m_screenshotPath;
    QString m_screenshotPart;
    BackgroundJob *m_demoJob = nullptr; // creating the demo cache
    quint64 m_demoRequest = 0; // the m_openRequest that asked for the demo being made
    bool m_busy = false; // opening or creating something
    bool m_failed = false; // the last open failed; its message is shown
    std::unique_ptr<OneUptimeSettings> m_liveSettings; // of the live source shown, for a sync
    // The last connection tried (its instance and profile name, never its key), for the dialog.
    QUrl m_lastLiveUrl;
    QString m_lastLiveProfile;
    QPointer<CacheSync> m_sync; // the sync under way
    QString m_cachePath; // of the cache shown, for exports
    BackgroundJob *m_exportJob = nullptr; // exports, one at a time
    QString m_exportFile; // name of the file being exported to
    SessionKeeper *m_keeper = nullptr; // layout, views, recent files, last session
};
