// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "mainwindow.h"

#include "contextfinder.h"
#include "costreportmodel.h"
#include "costview.h"
#include "detailpane.h"
#include "filterbar.h"
#include "followscrollkeeper.h"
#include "historynavigator.h"
#include "icons.h"
#include "jobcontrols.h"
#include "linkcandidatefinder.h"
#include "linkcandidatesbutton.h"
#include "logsession.h"
#include "logtableview.h"
#include "mainmenubar.h"
#include "pivot.h"
#include "recentmenu.h"
#include "savedviewsmenu.h"
#include "shortcutsdialog.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"
#include "statusstrip.h"
#include "tablearea.h"
#include "tableclipboard.h"
#include "thememenu.h"
#include "totalspane.h"
#include "windowlayout.h"
#include "windowpanes.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMimeData>
#include <QStatusBar>
#include <QToolBar>

MainWindow::MainWindow(SmsLogTableModel *table, SmsLogSummary *summary, QWidget *parent)
    : MainWindow(new LogSession(table, summary), parent)
{ }

MainWindow::MainWindow(LogSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_model(session->table())
    , m_summary(session->summary())
    , m_filterBar(new FilterBar(this))
    , m_tableArea(new TableArea(session, this))
    , m_table(m_tableArea->table())
    , m_detail(new DetailPane(this))
    , m_totals(new TotalsPane(m_summary, this))
{
    if (!m_session->parent())
        m_session->setParent(this); // the session of the models given to this window

    // The session is this window's child (or outlives it): the pane asks it while the window lives.
    m_detail->setDashboardBaseLookup(
        [session = m_session](const QString &projectId) { return session->dashboardBase(projectId); });
    m_panes = new WindowPanes(m_filterBar, m_tableArea, m_totals, m_detail, this);
    setCentralWidget(m_panes);

    m_clipboard = new TableClipboard(m_table, statusBar(), this);
    connect(m_clipboard, &TableClipboard::copied, this, &MainWindow::copyFinished);
    connect(m_tableArea, &TableArea::copyRowsRequested, this, &MainWindow::copyRows);
    connect(m_tableArea, &TableArea::copyCellRequested, this, &MainWindow::copyCell);
    connect(m_tableArea, &TableArea::detailRequested, this, &MainWindow::showDetail);
    connect(m_tableArea, &TableArea::noticed, statusBar(), &QStatusBar::showMessage);

    m_followAction = new QAction(Icons::action(QStringLiteral("follow")), tr("F&ollow new messages"), this);
    m_strip = new StatusStrip(statusBar(), session, m_followAction);
    connect(m_strip, &StatusStrip::newRowsShown, this,
            [this](bool top) { top ? m_table->scrollToTop() : m_table->scrollToBottom(); });
    m_jobs = new JobControls(this, m_strip->noticeLabel());
    connect(m_jobs, &JobControls::syncRequested, this, &MainWindow::syncRequested);
    connect(m_jobs, &JobControls::cancelRequested, this, &MainWindow::cancelJobRequested);
    connect(m_jobs, &JobControls::exportRequested, this, [this](const QString &path, bool redact) {
        emit exportRequested(path, m_session->query().filter, redact);
    });
    buildMenus();

    connect(m_filterBar, &FilterBar::filterChanged, m_session, &LogSession::setFilter);
    connect(m_detail, &DetailPane::pivotRequested, this, &MainWindow::showPivot);
    connect(m_session->contexts(), &ContextFinder::found, m_detail, &DetailPane::setContexts);
    connect(m_tableArea, &TableArea::pivotRequested, this, &MainWindow::showPivot);
    auto *linkCandidates = new LinkCandidatesButton(m_filterBar);
    m_filterBar->addLinkControl(linkCandidates);
    connect(m_session->linkCandidates(), &LinkCandidateFinder::ambiguousChanged, linkCandidates,
            &LinkCandidatesButton::setCandidates);
    connect(linkCandidates, &LinkCandidatesButton::pivotChosen, this, &MainWindow::showPivot);
    m_history = new HistoryNavigator(m_session, m_tableArea, m_filterBar, this);
    connect(m_history, &HistoryNavigator::viewRequested, this, &MainWindow::applyViewState);
    QToolBar *navigation = addToolBar(tr("Navigation"));
    navigation->setObjectName(QStringLiteral("navigationToolBar"));
    navigation->setMovable(false);
    navigation->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    navigation->addAction(m_history->backAction());
    navigation->addAction(m_history->forwardAction());
    connect(m_summary, &SmsLogSummary::choicesChanged, m_filterBar, &FilterBar::setChoices);
    connect(m_tableArea, &TableArea::currentRecordChanged, this, &MainWindow::showCurrentRecord);
    connect(m_tableArea, &TableArea::actionTriggered, this,
            [this](TableArea::Action action) { handleTableAction(int(action)); });
    connect(m_tableArea, &TableArea::emptied, m_detail, &DetailPane::clear);
    connect(m_model, &SmsLogTableModel::matchCountChanged, m_strip, &StatusStrip::updateCount);
    connect(m_model, &SmsLogTableModel::errorOccurred, this, &MainWindow::showQueryError);
    connect(m_model, &SmsLogTableModel::readSucceeded, this, [this] {
        // The read error said in the status bar no longer holds.
        if (!m_readError.isEmpty() && statusBar()->currentMessage() == m_readError)
            statusBar()->clearMessage();
        m_readError.clear();
    });
    connect(m_model, &SmsLogTableModel::staleChanged, m_panes, &WindowPanes::showStale);
    connect(m_session, &LogSession::queryChanged, this, [this](const SmsQuery &, const QStringList &notes) {
        m_strip->resetNewRows();
        m_panes->showFilterNotes(notes);
    });
    connect(m_model, &SmsLogTableModel::rowRefreshed, this, [this](int row, bool found) {
        if (!found && row == m_table->currentIndex().row())
            statusBar()->showMessage(
                tr("This message is no longer on the server (OneUptime's cloud keeps SMS "
                   "logs for three days). It is shown as it was read."),
                15000);
    });
    new FollowScrollKeeper(m_table); // new messages inserted at the top do not move the rows read
    if (m_session->costs())
        addCostTab(m_session->costs());

    setAcceptDrops(true); // a cache file dropped on the window opens it
    resize(1280, 800);
    setSourceDescription({});
}

void MainWindow::buildMenus()
{
    auto *menus = new MainMenuBar(m_jobs->actions(), m_clipboard->actions(), m_followAction,
                                  m_model->followInterval() / 1000, this);
    setMenuBar(menus);
    m_menus = menus;
    connect(menus, &MainMenuBar::openCacheChosen, this, &MainWindow::chooseCacheFile);
    connect(menus, &MainMenuBar::openDemoChosen, this, &MainWindow::openDemoRequested);
    connect(menus, &MainMenuBar::connectChosen, this, &MainWindow::connectRequested);
    connect(menus, &MainMenuBar::goToRowChosen, this, [this] {
        if (m_tableArea->goToRow()) {
            showTab(0);
            m_table->setFocus();
        }
    });
    connect(menus, &MainMenuBar::detailChosen, this, &MainWindow::showDetail);
    connect(menus, &MainMenuBar::findChosen, m_filterBar, &FilterBar::focusSearch);
    connect(menus, &MainMenuBar::clearFiltersChosen, m_filterBar, &FilterBar::clear);
    connect(menus, &MainMenuBar::refreshChosen, this, &MainWindow::refresh);
    connect(menus, &MainMenuBar::stopChosen, this, &MainWindow::stopLoading);
    connect(menus, &MainMenuBar::tabChosen, this, &MainWindow::showTab);
    connect(menus, &MainMenuBar::columnsChosen, this, &MainWindow::showColumnChooser);
    connect(menus, &MainMenuBar::shortcutsChosen, this, &MainWindow::showShortcuts);
    connect(menus, &MainMenuBar::utcToggled, this, [this](bool utc) {
        setTimeDisplay(utc ? TimeDisplay::utc() : TimeDisplay());
        emit timeDisplayChanged(m_timeDisplay);
    });
    connect(m_followAction, &QAction::toggled, m_model, &SmsLogTableModel::setFollowing);
    // Enter on a row (and a double click) activates it: its detail.
    m_table->addAction(menus->detailAction());
    connect(m_table, &QAbstractItemView::activated, this, &MainWindow::showDetail);
    RecentMenu *recent = menus->recentMenu();
    connect(recent, &RecentMenu::fileChosen, this, &MainWindow::openCacheRequested);
    connect(recent, &RecentMenu::connectionChosen, this, &MainWindow::openProfileRequested);
    SavedViewsMenu *views = menus->savedViewsMenu();
    connect(views, &SavedViewsMenu::viewChosen, this, &MainWindow::applySavedView);
    connect(views, &SavedViewsMenu::saveRequested, this, &MainWindow::saveCurrentView);
    connect(views, &SavedViewsMenu::viewsChanged, this, &MainWindow::savedViewsChanged);
    connect(menus->themeMenu(), &ThemeMenu::themeRequested, this, &MainWindow::themeRequested);
}

void MainWindow::updateLiveControls()
{
    const bool live = m_model->isLive();
    m_jobs->setSource(live, !live && !m_sourceDescription.isEmpty());
    m_strip->updateLiveControls();
}

void MainWindow::setSourceDescription(const QString &description)
{
    m_sourceDescription = description;
    setWindowTitle(description.isEmpty() ? tr("SMS Log Viewer")
                                         : description + QStringLiteral(" — ") + tr("SMS Log Viewer"));
    m_tableArea->setSourceOpen(!description.isEmpty());
    m_strip->setSourceDescription(description);
    updateLiveControls();
    m_panes->showFilterNotes(m_session->filterNotes());
}

void MainWindow::showBusy(const QString &message)
{
    m_strip->setBusyText(message);
    m_tableArea->setBusyText(message);
}

void MainWindow::showQueryError(const SourceError &error)
{
    // The source stays open: the table comes back with the next filter, sort or refresh. Rows
    // that failed say so themselves; the status bar says why.
    m_readError = tr("Reading failed: %1 Refresh (F5) to try again.").arg(error.message);
    statusBar()->showMessage(m_readError);
    m_tableArea->showQueryError(error);
}

void MainWindow::showError(const SourceError &error)
{
    m_strip->setBusyText({}); // nothing is under way any more
    m_tableArea->showOpenError(error);
}

void MainWindow::handleTableAction(int action)
{
    switch (TableArea::Action(action)) {
    case TableArea::Action::None: break;
    case TableArea::Action::OpenAnotherCache: chooseCacheFile(); break;
    case TableArea::Action::ConnectionSettings: emit connectRequested(); break;
    case TableArea::Action::Refresh: refresh(); break;
    case TableArea::Action::OpenDemo: emit openDemoRequested(); break;
    case TableArea::Action::ClearFilters: m_filterBar->clear(); break;
    }
}

void MainWindow::showJob(bool running, const QString &text)
{
    m_jobs->showJob(running, text);
}

void MainWindow::setRecentFiles(const QStringList &paths)
{
    m_menus->recentMenu()->setFiles(paths);
}

void MainWindow::setRecentConnections(const QStringList &profiles)
{
    m_menus->recentMenu()->setConnections(profiles);
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
    m_panes->setBanner(banner);
}

void MainWindow::showNotice(const QString &notice)
{
    statusBar()->showMessage(notice, 15000);
}

void MainWindow::refresh()
{
    m_session->refresh();
}

void MainWindow::showCurrentRecord()
{
    const QVariant record = m_tableArea->currentRecord();
    if (record.isValid()) {
        const SmsRecord shown = record.value<SmsRecord>();
        m_detail->setRecord(shown);
        m_session->contexts()->ask(shown);
    } else {
        m_detail->clear();
        m_session->contexts()->clear();
    }
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
    if (m_costView || !costs)
        return;
    m_session->setCostReport(costs);
    addCostTab(costs);
}

void MainWindow::addCostTab(CostReportModel *costs)
{
    m_costView = new CostView(costs, this);
    m_costView->setObjectName(QStringLiteral("costView"));
    m_panes->addCostTab(m_costView);
    connect(costs, &CostReportModel::loadingChanged, m_strip, &StatusStrip::updateLoading);
}

void MainWindow::showTab(int index)
{
    m_panes->showTab(index);
}

ViewState MainWindow::viewState() const
{
    ViewState state;
    state.filter = m_filterBar->filter();
    state.timePreset = m_filterBar->timePreset();
    state.sort = m_session->query().sort;
    state.columns = m_table->horizontalHeader()->saveState();
    return state;
}

void MainWindow::applyViewState(const ViewState &state)
{
    if (!state.columns.isEmpty())
        m_tableArea->restoreColumns(state.columns);
    const SmsSort sort = m_session->isSortable(state.sort.column) ? state.sort : SmsSort{};
    // Sorts the model through the view.
    m_table->horizontalHeader()->setSortIndicator(int(sort.column), sort.order);
    m_session->sort(sort.column, sort.order);
    m_filterBar->setFilter(state.filter, state.timePreset);
}

void MainWindow::setSavedViews(const QMap<QString, ViewState> &views)
{
    m_menus->savedViewsMenu()->setViews(views);
}

const QMap<QString, ViewState> &MainWindow::savedViews() const
{
    return m_menus->savedViewsMenu()->views();
}

void MainWindow::applySavedView(const QString &name)
{
    const auto view = savedViews().constFind(name);
    if (view == savedViews().constEnd())
        return;
    applyViewState(*view);
    statusBar()->showMessage(tr("View “%1” applied.").arg(name), 5000);
}

void MainWindow::saveCurrentView(const QString &name)
{
    const QString saved = m_menus->savedViewsMenu()->insertView(name, viewState());
    if (!saved.isEmpty())
        statusBar()->showMessage(tr("View “%1” saved.").arg(saved), 5000);
}

QByteArray MainWindow::saveLayout() const
{
    WindowLayout layout;
    layout.geometry = saveGeometry();
    layout.split = m_panes->splitState();
    layout.leftSplit = m_panes->leftSplitState();
    layout.columns = m_table->horizontalHeader()->saveState();
    layout.tab = m_panes->currentTab();
    return layout.toBytes();
}

void MainWindow::restoreLayout(const QByteArray &bytes)
{
    const std::optional<WindowLayout> layout = WindowLayout::fromBytes(bytes);
    if (!layout)
        return; // another version's or damaged: keep the defaults
    restoreGeometry(layout->geometry);
    m_panes->restoreSplits(layout->split, layout->leftSplit);
    m_tableArea->restoreColumns(layout->columns);
    m_tableArea->showSortIndicator(m_session->query().sort); // the view's, not the layout's
    showTab(layout->tab);
}

int MainWindow::currentRow() const
{
    return m_tableArea->currentRow();
}

void MainWindow::selectRow(int row)
{
    m_tableArea->selectRow(row);
}

void MainWindow::setTimeDisplay(const TimeDisplay &display)
{
    m_timeDisplay = display;
    m_session->setTimeDisplay(display);
    m_detail->setTimeDisplay(display);
    m_menus->setUtc(display.isUtc());
    showCurrentRecord(); // the detail pane's times
}

void MainWindow::setThemeName(const QString &name)
{
    m_menus->themeMenu()->setThemeName(name);
}

void MainWindow::copyRows(bool headers)
{
    m_clipboard->copyRows(headers);
}

void MainWindow::copyCell()
{
    m_clipboard->copyCell();
}

void MainWindow::stopLoading()
{
    const bool copying = m_clipboard->cancel();
    const bool loading = m_session->stop();
    if (copying || loading)
        statusBar()->showMessage(tr("Loading stopped. Refresh (F5) to load again."), 10000);
    m_strip->updateLoading();
}

void MainWindow::showDetail()
{
    if (m_table->currentIndex().isValid())
        m_panes->showDetail();
}

void MainWindow::showPivot(const Pivot &pivot)
{
    showTab(0);
    m_filterBar->setFilter(pivot.filter());
    statusBar()->showMessage(tr("%1: Back (Alt+Left) returns to the previous filter.").arg(pivot.title()),
                             5000);
}

void MainWindow::showColumnChooser()
{
    m_tableArea->showColumnChooser();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}
