// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "historynavigator.h"

#include "filterbar.h"
#include "logsession.h"
#include "logtableview.h"
#include "smslogtablemodel.h"
#include "tablearea.h"

#include <QAction>
#include <QApplication>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

HistoryNavigator::HistoryNavigator(LogSession *session, TableArea *table, FilterBar *filterBar,
                                   QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_table(table)
    , m_filterBar(filterBar)
    , m_window(window)
    , m_back(new QAction(window->style()->standardIcon(QStyle::SP_ArrowBack), tr("&Back"), this))
    , m_forward(new QAction(window->style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward"), this))
{
    m_back->setObjectName(QStringLiteral("historyBack"));
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_back->setToolTip(tr("Back to the previous filter (Alt+Left)"));
    m_forward->setObjectName(QStringLiteral("historyForward"));
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_forward->setToolTip(tr("Forward to the next filter (Alt+Right)"));
    connect(m_back, &QAction::triggered, this, &HistoryNavigator::back);
    connect(m_forward, &QAction::triggered, this, &HistoryNavigator::forward);
    window->addAction(m_back);
    window->addAction(m_forward);

    SmsLogTableModel *model = session->table();
    connect(session, &LogSession::queryChanged, this, &HistoryNavigator::handleQueryChanged);
    // The last moment the rows of the entry being left are still on screen.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (!m_restoring)
            keepPlace();
    });
    const auto restoreLater = [this] {
        if (m_pendingPlace)
            QTimer::singleShot(0, this, &HistoryNavigator::restorePlace); // after the view has the rows
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, restoreLater);
    qApp->installEventFilter(this); // the mouse's buttons, wherever they are pressed in the window
    handleQueryChanged(); // the first entry: the view as the window starts
}

void HistoryNavigator::back()
{
    keepPlace();
    go(m_history.back());
}

void HistoryNavigator::forward()
{
    keepPlace();
    go(m_history.forward());
}

bool HistoryNavigator::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::MouseButtonPress && type != QEvent::MouseButtonRelease)
        return QObject::eventFilter(watched, event);
    const auto *widget = qobject_cast<QWidget *>(watched);
    const Qt::MouseButton button = static_cast<QMouseEvent *>(event)->button();
    if (!widget || widget->window() != m_window || (button != Qt::BackButton && button != Qt::ForwardButton))
        return QObject::eventFilter(watched, event);
    if (type == QEvent::MouseButtonRelease)
        button == Qt::BackButton ? back() : forward();
    return true; // neither the press nor the release reaches the widget
}

void HistoryNavigator::handleQueryChanged()
{
    if (m_restoring)
        return;
    m_pendingPlace.reset(); // the user moved on before the rows came
    const SmsQuery &query = m_session->query();
    ViewState view;
    view.filter = query.filter;
    view.timePreset = m_filterBar->timePreset();
    view.sort = query.sort;
    m_history.visit(view);
    updateActions();
}

void HistoryNavigator::keepPlace()
{
    // Only a row that is here: asking for another would load it for a query being left.
    const QModelIndex current = m_table->table()->currentIndex();
    const bool loaded = current.data(SmsLogTableModel::LoadedRole).toBool();
    const QString id = loaded ? current.data(SmsLogTableModel::RecordRole).value<SmsRecord>().id : QString();
    m_history.setPlace(id, m_table->currentRow(), m_table->table()->verticalScrollBar()->value());
}

void HistoryNavigator::go(const std::optional<HistoryEntry> &entry)
{
    if (!entry)
        return;
    m_restoring = true;
    emit viewRequested(entry->view);
    m_restoring = false;
    m_pendingPlace = entry;
    updateActions();
    QTimer::singleShot(0, this, &HistoryNavigator::restorePlace); // when the view is the same
}

void HistoryNavigator::restorePlace()
{
    if (!m_pendingPlace)
        return;
    const HistoryEntry &place = *m_pendingPlace;
    const SmsLogTableModel *model = m_session->table();
    const int rows = model->rowCount();
    QScrollBar *scroll = m_table->table()->verticalScrollBar();
    const bool allRows = model->matchCount() >= 0 && rows >= model->matchCount();
    if (!allRows && (place.row >= rows || scroll->maximum() < place.scroll))
        return; // not yet: rows are still coming
    if (place.row < rows)
        m_table->selectRow(place.row);
    scroll->setValue(place.scroll);
    m_pendingPlace.reset();
}

void HistoryNavigator::updateActions()
{
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
}
