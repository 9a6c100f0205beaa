// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "jobcontrols.h"

#include "icons.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

JobControls::JobControls(QMainWindow *window, QLabel *notice)
    : QObject(window)
    , m_window(window)
    , m_notice(notice)
    , m_sync(new QAction(Icons::action(QStringLiteral("sync")), tr("&Sync to a cache file…"), window))
    , m_cancel(new QAction(Icons::action(QStringLiteral("cancel")), tr("Cancel the s&ync or export"), window))
    , m_export(new QAction(Icons::action(QStringLiteral("export")), tr("&Export the current view…"), window))
    , m_exportRedacted(new QAction(tr("Export the current view, &redacted…"), window))
{
    m_sync->setToolTip(tr("Copy this project's SMS logs into a cache file, to keep them beyond the "
                          "server's retention and read them offline"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("The messages matching the filters, as CSV, JSON Lines or a snapshot file"));
    m_exportRedacted->setToolTip(
        tr("Phone numbers masked but for their last four digits, SMS texts left out: for sharing"));
    connect(m_sync, &QAction::triggered, this, &JobControls::chooseSyncFile);
    connect(m_cancel, &QAction::triggered, this, &JobControls::cancelRequested);
    connect(m_export, &QAction::triggered, this, [this] { chooseExportFile(false); });
    connect(m_exportRedacted, &QAction::triggered, this, [this] { chooseExportFile(true); });
    updateActions();
}

QList<QAction *> JobControls::actions() const
{
    return {m_sync, m_cancel, m_export, m_exportRedacted};
}

void JobControls::setSource(bool live, bool cache)
{
    m_live = live;
    m_cache = cache;
    updateActions();
}

void JobControls::updateActions()
{
    m_cancel->setEnabled(m_running);
    m_sync->setEnabled(m_live && !m_running);
    // Exports read a cache file; a live view is synced into one first.
    m_export->setEnabled(m_cache && !m_running);
    m_exportRedacted->setEnabled(m_cache && !m_running);
}

void JobControls::showJob(bool running, const QString &text)
{
    m_running = running;
    updateActions();
    if (running) {
        m_notice->setText(text);
    } else {
        m_notice->clear();
        m_window->statusBar()->showMessage(text, 30000);
    }
}

void JobControls::chooseSyncFile()
{
    QFileDialog dialog(m_window, tr("Sync into a cache file"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontConfirmOverwrite); // an existing cache is added to, not replaced
    dialog.setNameFilter(tr("SMS log caches (*.sqlite)"));
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        emit syncRequested(dialog.selectedFiles().constFirst());
}

void JobControls::chooseExportFile(bool redact)
{
    QFileDialog dialog(m_window,
                       redact ? tr("Export the current view, redacted") : tr("Export the current view"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    const QStringList filters{tr("CSV (*.csv)"), tr("JSON Lines (*.jsonl)"),
                              tr("SMS log snapshot (*.sqlite)")};
    dialog.setNameFilters(filters);
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog, filters](const QString &filter) {
        const int index = int(filters.indexOf(filter));
        dialog.setDefaultSuffix(index == 1       ? QStringLiteral("jsonl")
                                    : index == 2 ? QStringLiteral("sqlite")
                                                 : QStringLiteral("csv"));
    });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    emit exportRequested(dialog.selectedFiles().constFirst(), redact);
}
