// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

void collect(const QList<QAction *> &actions, QList<QAction *> *out)
{
    for (QAction *action : actions) {
        if (action->menu())
            collect(action->menu()->actions(), out);
        else if (!action->shortcuts().isEmpty() && !out->contains(action))
            out->append(action);
    }
}

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    QList<QAction *> actions;
    if (auto *main = qobject_cast<QMainWindow *>(window))
        collect(main->menuBar()->actions(), &actions);
    collect(window->actions(), &actions);
    const QList<QWidget *> children = window->findChildren<QWidget *>();
    for (QWidget *child : children)
        collect(child->actions(), &actions);

    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    QList<QPair<QString, QString>> rows;
    for (const QAction *action : std::as_const(actions)) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        rows.append({plainText(action), keys.join(tr(" or "))});
    }
    // Controls that are not actions: the pivot buttons beside the detail pane's values.
    rows.append({tr("Messages of this incident, number, user, project, error code or status (the "
                    "filter buttons beside the values of the detail pane)"),
                 tr("Tab from the table, then Space")});
    m_table->setRowCount(int(rows.size()));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    // Tall enough for every row where the screen allows: a list that scrolls by a row or two only
    // shows a scroll bar that hardly moves.
    const int rowsHeight = m_table->horizontalHeader()->sizeHint().height()
        + m_table->verticalHeader()->length() + 2 * m_table->frameWidth();
    const int wanted = rowsHeight + buttons->sizeHint().height() + layout->spacing()
        + layout->contentsMargins().top() + layout->contentsMargins().bottom();
    const QScreen *screen = window->screen();
    const int available = screen ? screen->availableGeometry().height() * 9 / 10 : wanted;
    resize(520, qMin(wanted, available));
}

QList<QPair<QString, QString>> ShortcutsDialog::entries() const
{
    QList<QPair<QString, QString>> result;
    for (int row = 0; row < m_table->rowCount(); ++row)
        result.append({m_table->item(row, 0)->text(), m_table->item(row, 1)->text()});
    return result;
}
