// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "tablearea.h"

#include "columnchooser.h"
#include "dashboardlinkactions.h"
#include "logsession.h"
#include "logtableview.h"
#include "pivotmenu.h"
#include "smslogtablemodel.h"
#include "sourceerror.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace {

enum Page { RowsPage, MessagePage };

} // namespace

TableArea::TableArea(LogSession *session, QWidget *parent)
    : QStackedWidget(parent)
    , m_session(session)
    , m_model(session->table())
    , m_table(new LogTableView(this))
    , m_message(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("tableStack"));
    m_table->setLogModel(m_model);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSortIndicator(int(SmsColumn::SentAt), Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column) { handleSortIndicatorChanged(column); });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &TableArea::showTableMenu);
    // The menu of the current cell from the keyboard, with its pivots.
    auto *cellMenu = new QAction(tr("Menu of the cell (copy, details, messages of this incident, number, "
                                    "user, project…)"),
                                 m_table);
    cellMenu->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10)); // the Menu key: the view's own context menu
    cellMenu->setShortcutContext(Qt::WidgetShortcut);
    connect(cellMenu, &QAction::triggered, this,
            [this] { showTableMenu(m_table->visualRect(m_table->currentIndex()).center()); });
    m_table->addAction(cellMenu);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &TableArea::showHeaderMenu);
    m_defaultColumns = header->saveState();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentRecordChanged();
                m_model->refreshRow(current.row()); // live: its status may have moved on since
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int row = m_table->currentIndex().row();
                if (row >= topLeft.row() && row <= bottomRight.row())
                    emit currentRecordChanged(); // the current row's data arrived
                else if (!m_table->currentIndex().isValid())
                    update();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TableArea::update);
    // A refresh keeps the current message, where it was on screen, when it is still among the
    // rows read again (new messages above it move it down).
    connect(m_model, &SmsLogTableModel::rowsAboutToBeReplaced, this, [this] {
        m_keptRow = m_table->currentIndex().row();
        m_keptId = currentRecord().value<SmsRecord>().id;
        m_keptTop = m_keptRow < 0 ? 0 : m_table->rowViewportPosition(m_keptRow);
    });
    connect(m_model, &SmsLogTableModel::rowsReplaced, this, [this] {
        const int row = m_keptId.isEmpty() ? -1 : m_model->loadedRowOf(m_keptId);
        if (row >= 0 && row != m_keptRow) {
            QScrollBar *bar = m_table->verticalScrollBar(); // the place first, then the selection
            if (m_table->verticalScrollMode() == QAbstractItemView::ScrollPerPixel)
                bar->setValue(bar->value() + m_table->rowViewportPosition(row) - m_keptTop);
            else // the bar counts rows
                bar->setValue(bar->value() + row - m_keptRow);
            const QModelIndex index = m_model->index(row, m_table->currentIndex().column());
            m_table->setCurrentIndex(index);
            m_table->selectionModel()->select(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        m_keptId.clear();
        m_keptRow = -1;
        update();
    });
    connect(m_model, &SmsLogTableModel::matchCountChanged, this, &TableArea::update);
    connect(m_model, &SmsLogTableModel::queryChanged, this, &TableArea::clearQueryError); // a new chance
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        update();
        if (m_pendingRow >= 0 && m_pendingRow < m_model->rowCount())
            selectRow(m_pendingRow);
    });
    m_message->setObjectName(QStringLiteral("tableMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Table state"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(QStringLiteral("tableAction"));
    connect(m_button, &QPushButton::clicked, this, [this] { emit actionTriggered(m_action); });
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_message);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch();
    addWidget(m_table); // RowsPage
    addWidget(page); // MessagePage
    update();
}

QString TableArea::message() const
{
    return m_state == State::Rows ? QString() : m_message->text();
}

QString TableArea::errorText(const SourceError &error)
{
    // A few lines of detail at most: the window must not grow with what a damaged file reports.
    QString text = error.message;
    const QString detail = error.detail.left(400);
    if (!detail.isEmpty())
        text += QStringLiteral("\n\n") + tr("Details: %1").arg(detail);
    return text;
}

void TableArea::setSourceOpen(bool open)
{
    m_sourceOpen = open;
    clearErrors();
}

void TableArea::showOpenError(const SourceError &error)
{
    using Kind = SourceError::Kind;
    const Kind kind = error.kind;
    m_errorIsLive = kind == Kind::Authentication || kind == Kind::Permission || kind == Kind::Payment
        || kind == Kind::Server || kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Tls
        || kind == Kind::BadResponse;
    m_errorText = errorText(error);
    m_busyText.clear(); // nothing is under way any more
    update();
}

void TableArea::setBusyText(const QString &text)
{
    m_busyText = text;
    update();
}

void TableArea::showQueryError(const SourceError &error)
{
    m_queryErrorText = errorText(error);
    update();
}

void TableArea::clearQueryError()
{
    m_queryErrorText.clear();
    update();
}

void TableArea::clearErrors()
{
    m_errorText.clear();
    m_queryErrorText.clear();
    m_busyText.clear();
    update();
}

TableArea::State TableArea::chooseState() const
{
    if (!m_errorText.isEmpty())
        return State::OpenError;
    if (!m_busyText.isEmpty())
        return State::Busy;
    if (!m_queryErrorText.isEmpty() && m_model->rowCount() == 0)
        return State::QueryError;
    if (m_model->rowCount() == 0 && m_model->isCountCancelled())
        return State::CountStopped;
    if (!m_sourceOpen)
        return State::NothingOpen;
    if (m_model->matchCount() == 0) {
        if (!m_model->query().filter.isEmpty())
            return State::NoMatch;
        return m_model->isLive() ? State::EmptyServer : State::EmptyCache;
    }
    return State::Rows;
}

void TableArea::update()
{
    showState(chooseState());
    if (m_state == State::Rows && !m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->selectRow(0); // the newest message, so the detail pane has something to say
    if (m_model->rowCount() == 0)
        emit emptied();
}

void TableArea::showState(State state)
{
    QString text;
    Action action = Action::None;
    switch (state) {
    case State::Rows: break;
    case State::OpenError:
        text = m_errorText;
        action = m_errorIsLive ? Action::ConnectionSettings : Action::OpenAnotherCache;
        break;
    case State::Busy: text = m_busyText; break;
    case State::QueryError:
        text = m_queryErrorText;
        action = Action::Refresh;
        break;
    case State::CountStopped:
        text = tr("Loading was stopped before the messages were counted.");
        action = Action::Refresh;
        break;
    case State::NothingOpen:
        text = tr("No SMS log is open.\nOpen a cache file, or look around in the demo data.");
        action = Action::OpenDemo;
        break;
    case State::NoMatch:
        text = tr("No messages match these filters.");
        action = Action::ClearFilters;
        break;
    case State::EmptyServer:
        text = tr("This project has no SMS logs on the server yet. OneUptime's cloud keeps them "
                  "for three days.");
        break;
    case State::EmptyCache: text = tr("This cache holds no SMS logs."); break;
    }
    QString button;
    switch (action) {
    case Action::None: break;
    case Action::OpenAnotherCache: button = tr("Open another cache…"); break;
    case Action::ConnectionSettings: button = tr("Connection settings…"); break;
    case Action::Refresh: button = tr("Refresh"); break;
    case Action::OpenDemo: button = tr("Open demo data"); break;
    case Action::ClearFilters: button = tr("Clear filters"); break;
    }
    m_state = state;
    m_action = action;
    m_message->setText(text);
    m_button->setText(button);
    m_button->setVisible(action != Action::None);
    setCurrentIndex(state == State::Rows ? RowsPage : MessagePage);
}

int TableArea::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void TableArea::selectRow(int row)
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

QVariant TableArea::currentRecord() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(SmsLogTableModel::RecordRole) : QVariant();
}

bool TableArea::goToRow()
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        emit noticed(tr("The table has no rows to go to."), 5000);
        return false;
    }
    bool ok = false;
    const int row
        = QInputDialog::getInt(this, tr("Go to row"), tr("Row (1 to %1):").arg(QLocale().toString(rows)),
                               qMax(1, currentRow() + 1), 1, rows, 1, &ok);
    if (ok)
        selectRow(row - 1);
    return ok;
}

void TableArea::restoreColumns(const QByteArray &columns)
{
    QHeaderView *header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header); // the sort is the view's, not the saved header's
    if (header->restoreState(columns) && header->hiddenSectionCount() >= header->count())
        header->restoreState(m_defaultColumns);
}

void TableArea::showSortIndicator(const SmsSort &sort)
{
    QHeaderView *header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(int(sort.column), sort.order);
}

void TableArea::handleSortIndicatorChanged(int column)
{
    if (m_session->isSortable(SmsColumn(column)))
        return;
    showSortIndicator(m_session->query().sort);
    const QString title = SmsLogTableModel::columnTitle(static_cast<SmsColumn>(column));
    emit noticed(m_model->isLive() ? tr("%1 cannot be sorted: the server cannot order by it.").arg(title)
                                   : tr("%1 cannot be sorted: the cache has no index for it.").arg(title),
                 5000);
}

void TableArea::showTableMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(tr("&Copy rows"), this, [this] { emit copyRowsRequested(false); });
    menu.addAction(tr("Copy rows with &headers"), this, [this] { emit copyRowsRequested(true); });
    menu.addAction(tr("Copy c&ell"), this, &TableArea::copyCellRequested);
    menu.addSeparator();
    menu.addAction(tr("Show &details"), this, &TableArea::detailRequested);
    QModelIndex cell = m_table->indexAt(pos);
    if (!cell.isValid())
        cell = m_table->currentIndex();
    const QVariant record = cell.data(SmsLogTableModel::RecordRole);
    if (record.isValid()) {
        const SmsRecord message = record.value<SmsRecord>();
        const QList<Pivot> cellPivots = pivotsOfColumn(message, SmsColumn(cell.column()));
        const auto chosen = [this](const Pivot &pivot) { emit pivotRequested(pivot); };
        menu.addSeparator();
        PivotMenu::addActions(&menu, cellPivots, this, chosen);
        QList<Pivot> others = pivotsOf(message);
        others.removeIf([&](const Pivot &pivot) { return cellPivots.contains(pivot); });
        if (!others.isEmpty())
            PivotMenu::addActions(menu.addMenu(tr("More pivots of this message")), others, this, chosen);
        // The OneUptime pages of the message.
        menu.addSeparator();
        DashboardLinkActions::addMenus(
            &menu, DashboardLinks::linksOf(message, m_session->dashboardBase(message.projectId)));
    }
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void TableArea::showHeaderMenu(const QPoint &pos)
{
    QMenu menu(this);
    ColumnChooser::addColumnActions(&menu, m_table->horizontalHeader());
    menu.addSeparator();
    menu.addAction(tr("Colu&mns…"), this, &TableArea::showColumnChooser);
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void TableArea::showColumnChooser()
{
    ColumnChooser chooser(m_table->horizontalHeader(), m_defaultColumns, this);
    chooser.exec();
}
