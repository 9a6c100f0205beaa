// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "mainwindow.h"

#include "columnchooser.h"
#include "costreportmodel.h"
#include "costview.h"
#include "detailpane.h"
#include "filterbar.h"
#include "icons.h"
#include "logtableview.h"
#include "shortcutsdialog.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"
#include "smsstatus.h"
#include "tablecopier.h"
#include "totalspane.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDataStream>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

enum TablePage { TablePageRows, TablePageMessage };

} // namespace

MainWindow::MainWindow(SmsLogTableModel *table, SmsLogSummary *summary, QWidget *parent)
    : QMainWindow(parent)
    , m_model(table)
    , m_summary(summary)
    , m_filterBar(new FilterBar(this))
    , m_tableStack(new QStackedWidget(this))
    , m_table(new LogTableView(this))
    , m_emptyMessage(new QLabel(this))
    , m_emptyAction(new QPushButton(this))
    , m_detail(new DetailPane(this))
    , m_totals(new TotalsPane(summary, this))
    , m_sourceLabel(new QLabel(this))
    , m_countLabel(new QLabel(this))
    , m_loadingLabel(new QLabel(this))
    , m_noticeLabel(new QLabel(this))
    , m_filterNotes(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_newRowsButton(new QToolButton(this))
{
    m_table->setLogModel(m_model);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicator(int(SmsColumn::SentAt), Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::handleSortIndicatorChanged);

    m_tableStack->setObjectName(QStringLiteral("tableStack"));
    m_emptyMessage->setObjectName(QStringLiteral("tableMessage"));
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setAccessibleName(tr("Table state"));
    m_emptyMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *messagePage = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_emptyMessage);
    messageLayout->addWidget(m_emptyAction, 0, Qt::AlignHCenter);
    messageLayout->addStretch();
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(messagePage);

    // Messages and costs as tabs, with the totals strip under them on the left; the detail of the
    // current row on the right.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setAccessibleName(tr("Messages and costs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_tableStack, tr("&Messages"));
    m_leftSplit = new QSplitter(Qt::Vertical, this);
    m_leftSplit->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplit->addWidget(m_tabs);
    m_leftSplit->addWidget(m_totals);
    m_leftSplit->setStretchFactor(0, 1);
    m_leftSplit->setStretchFactor(1, 0);
    m_leftSplit->setSizes({520, 210});
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("mainSplitter"));
    m_split->addWidget(m_leftSplit);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    m_split->setSizes({950, 330});
    auto *split = m_split;

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    m_banner->setObjectName(QStringLiteral("sourceBanner"));
    m_banner->setAccessibleName(tr("About this file"));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    layout->addWidget(m_banner);
    layout->addWidget(m_filterBar);
    m_filterNotes->setObjectName(QStringLiteral("filterNotes"));
    m_filterNotes->setAccessibleName(tr("Notes on the filter"));
    m_filterNotes->setWordWrap(true);
    m_filterNotes->hide();
    layout->addWidget(m_filterNotes);
    layout->addWidget(split, 1);
    setCentralWidget(central);

    m_copier = new TableCopier(this);
    connect(m_copier, &TableCopier::finished, this, [this](const QString &text, int rows) {
        QApplication::clipboard()->setText(text);
        statusBar()->showMessage(tr("%n row(s) copied.", nullptr, rows), 5000);
        emit copyFinished(text);
    });
    connect(m_copier, &TableCopier::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_copier, &TableCopier::progressed, this, [this](int done, int total) {
        statusBar()->showMessage(
            tr("Copying… %1 of %2 rows read").arg(QLocale().toString(done), QLocale().toString(total)));
    });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    m_defaultColumns = header->saveState();

    buildMenus();
    buildStatusBar();

    connect(m_filterBar, &FilterBar::filterChanged, m_model, &SmsLogTableModel::setFilter);
    connect(m_filterBar, &FilterBar::filterChanged, m_summary, &SmsLogSummary::setFilter);
    connect(m_summary, &SmsLogSummary::choicesChanged, m_filterBar, &FilterBar::setChoices);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                handleCurrentRowChanged();
                m_model->refreshRow(current.row()); // live: its status may have moved on since
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::handleRowsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateTablePage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateTablePage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_pendingRow >= 0 && m_pendingRow < m_model->rowCount())
            selectRow(m_pendingRow);
    });
    connect(m_model, &SmsLogTableModel::matchCountChanged, this, &MainWindow::updateCountLabel);
    connect(m_model, &SmsLogTableModel::loadingChanged, this, &MainWindow::updateLoadingLabel);
    connect(m_summary, &SmsLogSummary::loadingChanged, this, &MainWindow::updateLoadingLabel);
    connect(m_model, &SmsLogTableModel::errorOccurred, this, &MainWindow::showQueryError);
    connect(m_model, &SmsLogTableModel::queryChanged, this, [this] {
        m_queryErrorText.clear(); // a new query, a new chance
        m_seenNewRows = 0;
        updateFilterNotes();
        updateTablePage();
    });
    connect(m_model, &SmsLogTableModel::newRowsChanged, this, [this](qint64 shown) {
        // New messages taken into the table belong in the totals too.
        if (shown > m_totalledNewRows)
            m_summary->refresh();
        m_totalledNewRows = shown;
        updateNewRowsButton();
    });
    connect(m_model, &SmsLogTableModel::followingChanged, m_followAction, &QAction::setChecked);
    connect(m_model, &SmsLogTableModel::noticeChanged, m_noticeLabel, &QLabel::setText);
    connect(m_model, &SmsLogTableModel::rowRefreshed, this, [this](int row, bool found) {
        if (!found && row == m_table->currentIndex().row())
            statusBar()->showMessage(
                tr("This message is no longer on the server (OneUptime's cloud keeps SMS "
                   "logs for three days). It is shown as it was read."),
                15000);
    });
    // New messages inserted at the top must not move what the user is reading.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex &, int first) {
                m_scrollBeforeInsert
                    = first == 0 && m_model->rowCount() > 0 ? m_table->verticalScrollBar()->value() : -1;
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (first != 0 || m_scrollBeforeInsert < 0)
                    return;
                const int rows = last - first + 1;
                const int step = m_table->verticalScrollMode() == QAbstractItemView::ScrollPerPixel
                    ? m_table->verticalHeader()->defaultSectionSize()
                    : 1;
                m_table->verticalScrollBar()->setValue(m_scrollBeforeInsert + rows * step);
                m_scrollBeforeInsert = -1;
            });

    setAcceptDrops(true); // a cache file dropped on the window opens it
    resize(1280, 800);
    setSourceDescription({});
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open cache…"), this, &MainWindow::chooseCacheFile);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(Icons::action(QStringLiteral("open")));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setEnabled(false);
    file->addAction(tr("Open &demo data"), this, &MainWindow::openDemoRequested);
    QAction *connectAction
        = file->addAction(tr("&Connect to OneUptime…"), this, &MainWindow::connectRequested);
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connectAction->setIcon(Icons::action(QStringLiteral("connect")));
    m_syncAction = file->addAction(tr("&Sync to a cache file…"), this, &MainWindow::chooseSyncFile);
    m_syncAction->setToolTip(tr("Copy this project's SMS logs into a cache file, to keep them beyond the "
                                "server's retention and read them offline"));
    m_syncAction->setEnabled(false);
    m_syncAction->setIcon(Icons::action(QStringLiteral("sync")));
    m_cancelJobAction
        = file->addAction(tr("Cancel the s&ync or export"), this, &MainWindow::cancelJobRequested);
    m_cancelJobAction->setEnabled(false);
    m_cancelJobAction->setIcon(Icons::action(QStringLiteral("cancel")));
    m_exportAction
        = file->addAction(tr("&Export the current view…"), this, [this] { chooseExportFile(false); });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setIcon(Icons::action(QStringLiteral("export")));
    m_exportAction->setToolTip(
        tr("The messages matching the filters, as CSV, JSON Lines or a snapshot file"));
    m_exportAction->setEnabled(false);
    m_exportRedactedAction = file->addAction(tr("Export the current view, &redacted…"), this,
                                             [this] { chooseExportFile(true); });
    m_exportRedactedAction->setToolTip(
        tr("Phone numbers masked but for their last four digits, SMS texts left out: for sharing"));
    m_exportRedactedAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(tr("&Copy rows"), this, [this] { copyRows(false); });
    copy->setObjectName(QStringLiteral("copyRowsAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setIcon(Icons::action(QStringLiteral("copy")));
    copy->setToolTip(tr("The selected rows as tab-separated text, times in ISO 8601"));
    QAction *copyHeaders = edit->addAction(tr("Copy rows with &headers"), this, [this] { copyRows(true); });
    copyHeaders->setObjectName(QStringLiteral("copyRowsWithHeadersAction"));
    copyHeaders->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *copyCellAction = edit->addAction(tr("Copy c&ell"), this, &MainWindow::copyCell);
    copyCellAction->setObjectName(QStringLiteral("copyCellAction"));
    copyCellAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    edit->addSeparator();
    QAction *goTo = edit->addAction(tr("&Go to row…"), this, &MainWindow::goToRow);
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    goTo->setIcon(Icons::action(QStringLiteral("go-to-row")));
    QAction *detail = edit->addAction(tr("Show &details of the row"), this, &MainWindow::showDetail);
    detail->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    detail->setShortcutContext(Qt::WidgetShortcut); // Enter on the table only
    detail->setIcon(Icons::action(QStringLiteral("detail")));
    m_table->addAction(detail);
    // Enter on a row (and a double click) activates it: its detail.
    connect(m_table, &QAbstractItemView::activated, this, &MainWindow::showDetail);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find in messages"), m_filterBar, &FilterBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    find->setIcon(Icons::action(QStringLiteral("search")));
    view->addAction(Icons::action(QStringLiteral("filter-clear")), tr("&Clear filters"), m_filterBar,
                    &FilterBar::clear);
    QAction *refresh = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setIcon(Icons::action(QStringLiteral("refresh")));
    QAction *stop = view->addAction(tr("&Stop loading"), this, &MainWindow::stopLoading);
    stop->setObjectName(QStringLiteral("stopLoadingAction"));
    stop->setShortcut(QKeySequence(Qt::Key_Escape));
    stop->setIcon(Icons::action(QStringLiteral("cancel")));
    stop->setToolTip(tr("Stop reading rows, counting and adding up totals; Refresh (F5) starts again"));
    m_followAction = view->addAction(tr("F&ollow new messages"));
    m_followAction->setObjectName(QStringLiteral("followAction"));
    m_followAction->setCheckable(true);
    m_followAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_followAction->setIcon(Icons::action(QStringLiteral("follow")));
    m_followAction->setToolTip(
        tr("Check the server for new messages every %1 seconds").arg(m_model->followInterval() / 1000));
    connect(m_followAction, &QAction::toggled, m_model, &SmsLogTableModel::setFollowing);
    view->addSeparator();
    QAction *messagesTab = view->addAction(tr("&Messages"), this, [this] { m_tabs->setCurrentIndex(0); });
    messagesTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *costsTab = view->addAction(tr("C&osts"), this, [this] {
        if (m_tabs->count() > 1)
            m_tabs->setCurrentIndex(1);
    });
    costsTab->setObjectName(QStringLiteral("costsTabAction"));
    costsTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    costsTab->setIcon(Icons::action(QStringLiteral("cost")));
    view->addSeparator();
    QAction *columns = view->addAction(tr("Colu&mns…"), this, &MainWindow::showColumnChooser);
    columns->setToolTip(tr("Show, hide and order the table's columns"));
    columns->setIcon(Icons::action(QStringLiteral("columns")));
    m_savedViewsMenu = view->addMenu(tr("Saved &views"));
    m_savedViewsMenu->setObjectName(QStringLiteral("savedViewsMenu"));
    updateSavedViewsMenu();
    m_utcAction = view->addAction(tr("Times in &UTC"));
    m_utcAction->setObjectName(QStringLiteral("utcAction"));
    m_utcAction->setCheckable(true);
    m_utcAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_utcAction->setToolTip(tr("Show times in UTC instead of your local time zone"));
    connect(m_utcAction, &QAction::toggled, this, [this](bool utc) {
        setTimeDisplay(utc ? TimeDisplay::utc() : TimeDisplay());
        emit timeDisplayChanged(m_timeDisplay);
    });
    m_themeMenu = view->addMenu(tr("&Theme"));
    m_themeMenu->setObjectName(QStringLiteral("themeMenu"));
    m_themeMenu->setIcon(Icons::action(QStringLiteral("theme")));
    auto *themes = new QActionGroup(this);
    const QPair<QString, QString> themeNames[] = {{QStringLiteral("system"), tr("&System")},
                                                  {QStringLiteral("light"), tr("&Light")},
                                                  {QStringLiteral("dark"), tr("&Dark")}};
    for (const auto &[name, title] : themeNames) {
        QAction *action = m_themeMenu->addAction(title);
        action->setCheckable(true);
        action->setData(name);
        action->setChecked(name == QLatin1String("system"));
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, name = name] { emit themeRequested(name); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(Qt::Key_F1));
    keys->setIcon(Icons::action(QStringLiteral("shortcuts")));
    help->addAction(tr("&About SMS Log Viewer"), this, [this] {
        QMessageBox::about(this, tr("About SMS Log Viewer"),
                           tr("<p><b>SMS Log Viewer</b> %1</p><p>Browse, total and keep the SMS "
                              "delivery logs of OneUptime.</p><p>GPL-3.0-or-later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::buildStatusBar()
{
    m_sourceLabel->setAccessibleName(tr("Open source"));
    m_countLabel->setAccessibleName(tr("Matching messages"));
    m_loadingLabel->setAccessibleName(tr("Loading state"));
    m_noticeLabel->setAccessibleName(tr("Server notice"));
    m_newRowsButton->setObjectName(QStringLiteral("newRowsButton"));
    m_newRowsButton->setAutoRaise(true);
    m_newRowsButton->hide();
    connect(m_newRowsButton, &QToolButton::clicked, this, &MainWindow::handleNewRowsButton);
    statusBar()->addWidget(m_sourceLabel);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_newRowsButton);
    m_followButton = new QToolButton(this);
    m_followButton->setObjectName(QStringLiteral("followButton"));
    m_followButton->setDefaultAction(m_followAction);
    m_followButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_followButton->hide();
    statusBar()->addPermanentWidget(m_followButton);
    statusBar()->addPermanentWidget(m_noticeLabel);
    statusBar()->addPermanentWidget(m_loadingLabel);
}

void MainWindow::updateLiveControls()
{
    const bool live = m_model->isLive();
    m_followAction->setEnabled(live);
    m_syncAction->setEnabled(live && !m_cancelJobAction->isEnabled());
    // Exports read a cache file; a live view is synced into one first.
    const bool cache = !live && !m_sourceDescription.isEmpty();
    m_exportAction->setEnabled(cache && !m_cancelJobAction->isEnabled());
    m_exportRedactedAction->setEnabled(cache && !m_cancelJobAction->isEnabled());
    m_followButton->setVisible(live);
    m_followAction->setChecked(live && m_model->isFollowing());
    if (!live) {
        m_model->setFollowing(false);
        m_noticeLabel->clear();
    }
    updateNewRowsButton();
}

void MainWindow::updateNewRowsButton()
{
    const qint64 shown = m_model->newRowCount() - m_seenNewRows;
    const qint64 waiting = m_model->waitingRowCount();
    const bool newestFirst = m_model->query().sort.order == Qt::DescendingOrder;
    if (waiting > 0) {
        m_newRowsButton->setText(
            tr("%n new message(s): refresh to show", nullptr, int(qMin<qint64>(waiting, INT_MAX))));
        m_newRowsButton->setAccessibleName(m_newRowsButton->text());
    } else if (shown > 0) {
        m_newRowsButton->setText((newestFirst ? QStringLiteral("▲ ") : QStringLiteral("▼ "))
                                 + tr("%n new message(s)", nullptr, int(qMin<qint64>(shown, INT_MAX))));
        m_newRowsButton->setAccessibleName(tr("Go to the new messages"));
    }
    m_newRowsButton->setVisible(waiting > 0 || shown > 0);
}

void MainWindow::handleNewRowsButton()
{
    if (m_model->waitingRowCount() > 0) {
        refresh();
        return;
    }
    m_seenNewRows = m_model->newRowCount();
    if (m_model->query().sort.order == Qt::DescendingOrder)
        m_table->scrollToTop();
    else
        m_table->scrollToBottom();
    updateNewRowsButton();
}

void MainWindow::updateFilterNotes()
{
    const QStringList notes = m_model->filterNotes();
    m_filterNotes->setText(notes.isEmpty() ? QString() : QStringLiteral("ⓘ ") + notes.join(u' '));
    m_filterNotes->setVisible(!notes.isEmpty());
}

void MainWindow::setSourceDescription(const QString &description)
{
    m_sourceDescription = description;
    m_errorText.clear();
    m_queryErrorText.clear();
    m_busyText.clear();
    setWindowTitle(description.isEmpty() ? tr("SMS Log Viewer")
                                         : description + QStringLiteral(" — ") + tr("SMS Log Viewer"));
    m_sourceLabel->setText(description.isEmpty() ? tr("Nothing open") : description);
    updateLiveControls();
    updateFilterNotes();
    updateCountLabel();
    updateLoadingLabel();
    updateTablePage();
}

void MainWindow::showBusy(const QString &message)
{
    m_busyText = message;
    m_loadingLabel->setText(message);
    updateTablePage();
}

QString MainWindow::errorText(const SourceError &error)
{
    // A few lines of detail at most: the window must not grow with what a damaged file reports.
    QString text = error.message;
    const QString detail = error.detail.left(400);
    if (!detail.isEmpty())
        text += QStringLiteral("\n\n") + tr("Details: %1").arg(detail);
    return text;
}

void MainWindow::showQueryError(const SourceError &error)
{
    // The source stays open: the table comes back with the next filter, sort or refresh. Rows
    // that failed say so themselves; the status bar says why.
    m_queryErrorText = errorText(error);
    statusBar()->showMessage(tr("Reading failed: %1 Refresh (F5) to try again.").arg(error.message));
    updateTablePage();
}

void MainWindow::showError(const SourceError &error)
{
    using Kind = SourceError::Kind;
    const Kind kind = error.kind;
    m_errorIsLive = kind == Kind::Authentication || kind == Kind::Permission || kind == Kind::Payment
        || kind == Kind::Server || kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Tls
        || kind == Kind::BadResponse;
    m_errorText = errorText(error);
    m_busyText.clear(); // nothing is under way any more
    updateLoadingLabel();
    updateTablePage();
}

void MainWindow::updateTablePage()
{
    QString message;
    QString action;
    if (!m_errorText.isEmpty()) {
        message = m_errorText;
        action = m_errorIsLive ? tr("Connection settings…") : tr("Open another cache…");
    } else if (!m_busyText.isEmpty()) {
        message = m_busyText;
    } else if (!m_queryErrorText.isEmpty() && m_model->rowCount() == 0) {
        message = m_queryErrorText;
        action = tr("Refresh");
    } else if (m_model->rowCount() == 0 && m_model->isCountCancelled()) {
        message = tr("Loading was stopped before the messages were counted.");
        action = tr("Refresh");
    } else if (m_sourceDescription.isEmpty()) {
        message = tr("No SMS log is open.\nOpen a cache file, or look around in the demo data.");
        action = tr("Open demo data");
    } else if (m_model->matchCount() == 0) {
        if (!m_model->query().filter.isEmpty())
            message = tr("No messages match these filters.");
        else if (m_model->isLive())
            message = tr("This project has no SMS logs on the server yet. OneUptime's cloud keeps them "
                         "for three days.");
        else
            message = tr("This cache holds no SMS logs.");
        action = m_model->query().filter.isEmpty() ? QString() : tr("Clear filters");
    }
    m_emptyMessage->setText(message);
    m_emptyAction->setText(action);
    m_emptyAction->setVisible(!action.isEmpty());
    m_emptyAction->disconnect();
    if (action == tr("Clear filters"))
        connect(m_emptyAction, &QPushButton::clicked, m_filterBar, &FilterBar::clear);
    else if (action == tr("Refresh"))
        connect(m_emptyAction, &QPushButton::clicked, this, &MainWindow::refresh);
    else if (action == tr("Open demo data"))
        connect(m_emptyAction, &QPushButton::clicked, this, &MainWindow::openDemoRequested);
    else if (action == tr("Connection settings…"))
        connect(m_emptyAction, &QPushButton::clicked, this, &MainWindow::connectRequested);
    else
        connect(m_emptyAction, &QPushButton::clicked, this, &MainWindow::chooseCacheFile);
    m_tableStack->setCurrentIndex(message.isEmpty() ? TablePageRows : TablePageMessage);
    if (message.isEmpty() && !m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectRow(0); // the newest message, so the detail pane has something to say
    if (m_model->rowCount() == 0)
        m_detail->clear();
}

void MainWindow::chooseSyncFile()
{
    QFileDialog dialog(this, tr("Sync into a cache file"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontConfirmOverwrite); // an existing cache is added to, not replaced
    dialog.setNameFilter(tr("SMS log caches (*.sqlite)"));
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        emit syncRequested(dialog.selectedFiles().constFirst());
}

void MainWindow::chooseExportFile(bool redact)
{
    QFileDialog dialog(this,
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
    emit exportRequested(dialog.selectedFiles().constFirst(), m_model->query().filter, redact);
}

void MainWindow::showJob(bool running, const QString &text)
{
    m_cancelJobAction->setEnabled(running);
    m_syncAction->setEnabled(!running && m_model->isLive());
    const bool cache = !m_model->isLive() && !m_sourceDescription.isEmpty();
    m_exportAction->setEnabled(!running && cache);
    m_exportRedactedAction->setEnabled(!running && cache);
    if (running) {
        m_noticeLabel->setText(text);
    } else {
        m_noticeLabel->clear();
        statusBar()->showMessage(text, 30000);
    }
}

void MainWindow::setRecentFiles(const QStringList &paths)
{
    m_recentFiles = paths;
    updateRecentMenu();
}

void MainWindow::setRecentConnections(const QStringList &profiles)
{
    m_recentConnections = profiles;
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    if (!m_recentFiles.isEmpty())
        m_recentMenu->addSection(tr("Cache files"));
    for (const QString &path : std::as_const(m_recentFiles)) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName(), this,
                                                  [this, path] { emit openCacheRequested(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (!m_recentConnections.isEmpty())
        m_recentMenu->addSection(tr("Connections"));
    for (const QString &profile : std::as_const(m_recentConnections)) {
        QAction *action
            = m_recentMenu->addAction(profile, this, [this, profile] { emit openProfileRequested(profile); });
        action->setToolTip(tr("Connection profile %1").arg(profile));
    }
    m_recentMenu->setEnabled(!m_recentFiles.isEmpty() || !m_recentConnections.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        emit openCacheRequested(urls.first().toLocalFile());
    }
}

void MainWindow::setSourceBanner(const QString &banner)
{
    m_banner->setText(banner.isEmpty() ? QString() : QStringLiteral("🛈 ") + banner);
    m_banner->setVisible(!banner.isEmpty());
}

void MainWindow::showNotice(const QString &notice)
{
    statusBar()->showMessage(notice, 15000);
}

void MainWindow::refresh()
{
    m_model->refresh();
    m_summary->refresh();
    if (m_costs)
        m_costs->refresh();
}

void MainWindow::updateCountLabel()
{
    const qint64 count = m_model->matchCount();
    if (m_sourceDescription.isEmpty())
        m_countLabel->clear();
    else if (count < 0 && m_model->isCountCancelled())
        m_countLabel->setText(tr("Counting stopped (F5 counts again)"));
    else if (count < 0)
        m_countLabel->setText(tr("Counting messages…"));
    else if (count > SmsLogTableModel::maxRows) // rows the view can position (the table grows to it)
        m_countLabel->setText(
            tr("%1 messages; the table shows the first %2, narrow the filter to see the rest")
                .arg(QLocale().toString(count), QLocale().toString(SmsLogTableModel::maxRows)));
    else
        m_countLabel->setText(tr("%1 messages").arg(QLocale().toString(count)));
    updateTablePage();
}

void MainWindow::updateLoadingLabel()
{
    if (!m_busyText.isEmpty())
        return;
    QStringList work;
    if (m_model->isLoading())
        work << tr("Loading rows…");
    if (m_summary->isLoading())
        work << tr("Computing totals…");
    if (m_costs && m_costs->isLoading())
        work << tr("Computing costs…");
    m_loadingLabel->setText(work.isEmpty() ? tr("Ready") : work.join(QStringLiteral(" ")));
}

void MainWindow::handleCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const QVariant record = current.isValid() ? current.data(SmsLogTableModel::RecordRole) : QVariant();
    if (record.isValid()) {
        m_detail->setRecord(record.value<SmsRecord>());
    } else {
        m_detail->clear();
    }
}

void MainWindow::handleRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const int row = m_table->currentIndex().row();
    if (row >= topLeft.row() && row <= bottomRight.row())
        handleCurrentRowChanged(); // the current row's data arrived
    else if (!m_table->currentIndex().isValid())
        updateTablePage();
}

void MainWindow::handleSortIndicatorChanged(int column, Qt::SortOrder order)
{
    Q_UNUSED(order);
    if (m_model->isSortable(column))
        return;
    const SmsSort sort = m_model->query().sort;
    QHeaderView *header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(int(sort.column), sort.order);
    const QString title = SmsLogTableModel::columnTitle(static_cast<SmsColumn>(column));
    statusBar()->showMessage(m_model->isLive()
                                 ? tr("%1 cannot be sorted: the server cannot order by it.").arg(title)
                                 : tr("%1 cannot be sorted: the cache has no index for it.").arg(title),
                             5000);
}

void MainWindow::chooseCacheFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open SMS log cache"), {}, tr("SMS log caches (*.sqlite *.db *.smslog);;All files (*)"));
    if (!path.isEmpty())
        emit openCacheRequested(path);
}

void MainWindow::setCostModel(CostReportModel *costs)
{
    if (m_costs || !costs)
        return;
    m_costs = costs;
    m_costView = new CostView(costs, this);
    m_costView->setObjectName(QStringLiteral("costView"));
    m_tabs->addTab(m_costView, Icons::action(QStringLiteral("cost")), tr("C&osts"));
    m_tabs->setTabToolTip(1, tr("Cost and messages per day, week or month for the current filter (Ctrl+2)"));
    costs->setFilter(m_filterBar->filter());
    costs->setTimeZone(m_timeDisplay.zone());
    connect(m_filterBar, &FilterBar::filterChanged, costs, &CostReportModel::setFilter);
    connect(costs, &CostReportModel::loadingChanged, this, &MainWindow::updateLoadingLabel);
    // The cost view has its own tables and no rows to detail: it takes the whole window.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_totals->setVisible(index == 0);
        m_detail->setVisible(index == 0);
    });
}

void MainWindow::showTab(int index)
{
    if (index >= 0 && index < m_tabs->count())
        m_tabs->setCurrentIndex(index);
}

ViewState MainWindow::viewState() const
{
    ViewState state;
    state.filter = m_filterBar->filter();
    state.timePreset = m_filterBar->timePreset();
    state.sort = m_model->query().sort;
    state.columns = m_table->horizontalHeader()->saveState();
    return state;
}

void MainWindow::applyViewState(const ViewState &state)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (!state.columns.isEmpty()) {
        const QSignalBlocker blocker(header); // the sort below is the view's, not the saved header's
        header->restoreState(state.columns);
        if (header->hiddenSectionCount() >= header->count())
            header->restoreState(m_defaultColumns);
    }
    const SmsSort sort = m_model->isSortable(int(state.sort.column)) ? state.sort : SmsSort{};
    header->setSortIndicator(int(sort.column), sort.order); // sorts the model through the view
    m_model->sort(int(sort.column), sort.order);
    m_filterBar->setFilter(state.filter, state.timePreset);
}

void MainWindow::setSavedViews(const QMap<QString, ViewState> &views)
{
    m_savedViews = views;
    updateSavedViewsMenu();
}

void MainWindow::applySavedView(const QString &name)
{
    const auto view = m_savedViews.constFind(name);
    if (view == m_savedViews.constEnd())
        return;
    applyViewState(*view);
    statusBar()->showMessage(tr("View “%1” applied.").arg(name), 5000);
}

void MainWindow::saveCurrentView(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    m_savedViews.insert(trimmed, viewState());
    updateSavedViewsMenu();
    emit savedViewsChanged(m_savedViews);
    statusBar()->showMessage(tr("View “%1” saved.").arg(trimmed), 5000);
}

void MainWindow::askSaveView()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save the current view"),
                                               tr("Name of the view (filters, sort and columns):"),
                                               QLineEdit::Normal, {}, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_savedViews.contains(name)
        && QMessageBox::question(this, tr("Replace the view?"),
                                 tr("A view named “%1” exists. Replace it?").arg(name))
            != QMessageBox::Yes)
        return;
    saveCurrentView(name);
}

void MainWindow::updateSavedViewsMenu()
{
    m_savedViewsMenu->clear();
    for (auto it = m_savedViews.cbegin(); it != m_savedViews.cend(); ++it) {
        const QString name = it.key();
        m_savedViewsMenu->addAction(name, this, [this, name] { applySavedView(name); });
    }
    if (!m_savedViews.isEmpty())
        m_savedViewsMenu->addSeparator();
    QAction *save
        = m_savedViewsMenu->addAction(tr("&Save the current view…"), this, &MainWindow::askSaveView);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    QMenu *remove = m_savedViewsMenu->addMenu(tr("&Delete a view"));
    remove->setEnabled(!m_savedViews.isEmpty());
    for (auto it = m_savedViews.cbegin(); it != m_savedViews.cend(); ++it) {
        const QString name = it.key();
        remove->addAction(name, this, [this, name] {
            m_savedViews.remove(name);
            updateSavedViewsMenu();
            emit savedViewsChanged(m_savedViews);
        });
    }
}

QByteArray MainWindow::saveLayout() const
{
    QByteArray layout;
    QDataStream out(&layout, QIODevice::WriteOnly);
    out << quint32(1) << saveGeometry() << m_split->saveState() << m_leftSplit->saveState()
        << m_table->horizontalHeader()->saveState() << qint32(m_tabs->currentIndex());
    return layout;
}

void MainWindow::restoreLayout(const QByteArray &layout)
{
    QDataStream in(layout);
    quint32 version = 0;
    QByteArray geometry, split, leftSplit, columns;
    qint32 tab = 0;
    in >> version >> geometry >> split >> leftSplit >> columns >> tab;
    if (in.status() != QDataStream::Ok || version != 1)
        return; // another version's or damaged: keep the defaults
    restoreGeometry(geometry);
    m_split->restoreState(split);
    m_leftSplit->restoreState(leftSplit);
    QHeaderView *header = m_table->horizontalHeader();
    {
        const QSignalBlocker blocker(header);
        if (header->restoreState(columns) && header->hiddenSectionCount() >= header->count())
            header->restoreState(m_defaultColumns);
        const SmsSort sort = m_model->query().sort; // the sort is the view's, not the layout's
        header->setSortIndicator(int(sort.column), sort.order);
    }
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

int MainWindow::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void MainWindow::selectRow(int row)
{
    if (row < 0)
        return;
    if (row >= m_model->rowCount()) {
        m_pendingRow = row; // when the count has grown the table that far
        return;
    }
    m_pendingRow = -1;
    const QModelIndex index = m_model->index(row, m_table->horizontalHeader()->logicalIndex(0));
    m_table->setCurrentIndex(index);
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void MainWindow::setTimeDisplay(const TimeDisplay &display)
{
    m_timeDisplay = display;
    m_model->setTimeDisplay(display);
    m_detail->setTimeDisplay(display);
    if (m_costs)
        m_costs->setTimeZone(display.zone());
    {
        const QSignalBlocker blocker(m_utcAction);
        m_utcAction->setChecked(display.isUtc());
    }
    handleCurrentRowChanged(); // the detail pane's times
}

void MainWindow::setThemeName(const QString &name)
{
    for (QAction *action : m_themeMenu->actions())
        action->setChecked(action->data().toString() == name);
}

QList<int> MainWindow::visibleColumns() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

void MainWindow::copyRows(bool headers)
{
    QList<int> rows;
    qint64 selected = 0;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection)
        selected += range.height();
    if (selected > TableCopier::maxRows) {
        statusBar()->showMessage(
            tr("%1 rows are selected; at most %2 can be copied. Export the view "
               "(Ctrl+E) to take more.")
                .arg(QLocale().toString(selected), QLocale().toString(TableCopier::maxRows)),
            10000);
        return;
    }
    for (const QItemSelectionRange &range : selection)
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows << row;
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    m_copier->start(m_model, rows, visibleColumns(), headers);
}

void MainWindow::copyCell()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        statusBar()->showMessage(tr("Select a cell to copy first."), 5000);
        return;
    }
    if (m_model->rowState(current.row()) != SmsLogTableModel::RowState::Loaded) {
        statusBar()->showMessage(tr("This row is not loaded yet; copy it again in a moment."), 5000);
        return;
    }
    const QString text = m_model->copyText(current);
    QApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Cell copied."), 3000);
    emit copyFinished(text);
}

void MainWindow::stopLoading()
{
    const bool busy = m_model->isLoading() || m_summary->isLoading() || m_copier->isRunning()
        || (m_costs && m_costs->isLoading());
    m_copier->cancel();
    m_model->cancelLoading();
    m_summary->cancel();
    if (m_costs)
        m_costs->cancel();
    if (busy)
        statusBar()->showMessage(tr("Loading stopped. Refresh (F5) to load again."), 10000);
    updateLoadingLabel();
}

void MainWindow::showDetail()
{
    if (!m_table->currentIndex().isValid())
        return;
    QList<int> sizes = m_split->sizes();
    if (sizes.size() == 2 && sizes.at(1) == 0) { // the pane was dragged shut: open it again
        sizes[1] = 330;
        sizes[0] = qMax(0, sizes.at(0) - 330);
        m_split->setSizes(sizes);
    }
    // The first control of the pane that takes the keyboard (its texts are selectable).
    const QList<QWidget *> children = m_detail->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->isVisibleTo(m_detail) && (child->focusPolicy() & Qt::TabFocus)) {
            child->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    m_detail->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::goToRow()
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        statusBar()->showMessage(tr("The table has no rows to go to."), 5000);
        return;
    }
    bool ok = false;
    const int row
        = QInputDialog::getInt(this, tr("Go to row"), tr("Row (1 to %1):").arg(QLocale().toString(rows)),
                               qMax(1, currentRow() + 1), 1, rows, 1, &ok);
    if (ok) {
        m_tabs->setCurrentIndex(0);
        selectRow(row - 1);
        m_table->setFocus();
    }
}

void MainWindow::showTableMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(tr("&Copy rows"), this, [this] { copyRows(false); });
    menu.addAction(tr("Copy rows with &headers"), this, [this] { copyRows(true); });
    menu.addAction(tr("Copy c&ell"), this, &MainWindow::copyCell);
    menu.addSeparator();
    menu.addAction(tr("Show &details"), this, &MainWindow::showDetail);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    ColumnChooser::addColumnActions(&menu, m_table->horizontalHeader());
    menu.addSeparator();
    menu.addAction(tr("Colu&mns…"), this, &MainWindow::showColumnChooser);
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void MainWindow::showColumnChooser()
{
    ColumnChooser chooser(m_table->horizontalHeader(), m_defaultColumns, this);
    chooser.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}
