// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "tableclipboard.h"

#include "icons.h"
#include "logtableview.h"
#include "plural.h"
#include "smslogtablemodel.h"
#include "tablecopier.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLocale>
#include <QStatusBar>

TableClipboard::TableClipboard(LogTableView *table, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_statusBar(statusBar)
    , m_copier(new TableCopier(this))
{
    connect(m_copier, &TableCopier::finished, this, [this](const QString &text, int rows) {
        QApplication::clipboard()->setText(text);
        m_statusBar->showMessage(tr("%n row(s) copied.", nullptr, rows), 5000);
        emit copied(text);
    });
    connect(m_copier, &TableCopier::failed, this,
            [this](const QString &message) { m_statusBar->showMessage(message, 10000); });
    connect(m_copier, &TableCopier::progressed, this, [this](int done, int total) {
        m_statusBar->showMessage(
            tr("Copying… %1 of %Ln row(s) read", nullptr, total).arg(QLocale().toString(done)));
    });
    auto *copy = new QAction(Icons::action(QStringLiteral("copy")), tr("&Copy rows"), this);
    copy->setObjectName(QStringLiteral("copyRowsAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setToolTip(tr("The selected rows as tab-separated text, times in ISO 8601"));
    connect(copy, &QAction::triggered, this, [this] { copyRows(false); });
    auto *copyHeaders = new QAction(tr("Copy rows with &headers"), this);
    copyHeaders->setObjectName(QStringLiteral("copyRowsWithHeadersAction"));
    copyHeaders->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copyHeaders, &QAction::triggered, this, [this] { copyRows(true); });
    auto *copyCellAction = new QAction(tr("Copy c&ell"), this);
    copyCellAction->setObjectName(QStringLiteral("copyCellAction"));
    copyCellAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    connect(copyCellAction, &QAction::triggered, this, &TableClipboard::copyCell);
    m_actions = {copy, copyHeaders, copyCellAction};
}

QList<int> TableClipboard::visibleColumns() const
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

void TableClipboard::copyRows(bool headers)
{
    QList<int> rows;
    qint64 selected = 0;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection)
        selected += range.height();
    if (selected > TableCopier::maxRows) {
        m_statusBar->showMessage(
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
    m_copier->start(m_table->logModel(), rows, visibleColumns(), headers);
}

void TableClipboard::copyCell()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_statusBar->showMessage(tr("Select a cell to copy first."), 5000);
        return;
    }
    SmsLogTableModel *model = m_table->logModel();
    if (model->rowState(current.row()) != SmsLogTableModel::RowState::Loaded) {
        m_statusBar->showMessage(tr("This row is not loaded yet; copy it again in a moment."), 5000);
        return;
    }
    const QString text = model->copyText(current);
    QApplication::clipboard()->setText(text);
    m_statusBar->showMessage(tr("Cell copied."), 3000);
    emit copied(text);
}

bool TableClipboard::cancel()
{
    const bool running = m_copier->isRunning();
    m_copier->cancel();
    return running;
}

bool TableClipboard::isRunning() const
{
    return m_copier->isRunning();
}
