// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QLabel;
class QMainWindow;

// The window's controls of the long jobs (a sync of a live project into a cache file, an export
// of the current view): File → Sync…, Cancel, Export… and Export redacted…, the file dialogs they
// open, the job's progress in the status bar's notice label and its outcome in the status bar.
// The jobs themselves run elsewhere (the composition root); this only asks for them and shows
// them. GUI thread only.
class JobControls : public QObject
{
    Q_OBJECT
public:
    // `window`: the dialogs' parent and its status bar; `notice`: where progress is shown (both
    // not owned).
    JobControls(QMainWindow *window, QLabel *notice);

    // Sync, cancel, export and export redacted, for the File menu, in that order.
    QList<QAction *> actions() const;
    // What is open: a live source (can be synced) or a cache file (can be exported); a job
    // under way disables both.
    void setSource(bool live, bool cache);
    // A job under way (`running`) with its progress in words, or its end with its outcome.
    void showJob(bool running, const QString &text);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void syncRequested(const QString &path);
    void cancelRequested();
    // Write the current view to `path` (the format from its suffix: csv, jsonl, sqlite).
    void exportRequested(const QString &path, bool redact);

private:
    void chooseSyncFile();
    void chooseExportFile(bool redact);
    void updateActions();

    QMainWindow *m_window;
    QLabel *m_notice;
    QAction *m_sync;
    QAction *m_cancel;
    QAction *m_export;
    QAction *m_exportRedacted;
    bool m_live = false;
    bool m_cache = false;
    bool m_running = false;
};
