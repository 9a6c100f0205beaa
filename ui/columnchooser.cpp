// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "columnchooser.h"

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

int visibleCount(const QHeaderView *header)
{
    return header->count() - header->hiddenSectionCount();
}

QString title(const QHeaderView *header, int logical)
{
    return header->model() ? header->model()->headerData(logical, Qt::Horizontal).toString() : QString();
}

} // namespace

ColumnChooser::ColumnChooser(QHeaderView *header, const QByteArray &defaults, QWidget *parent)
    : QDialog(parent)
    , m_header(header)
    , m_defaults(defaults)
    , m_list(new QListWidget(this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move &down"), this))
{
    setWindowTitle(tr("Columns"));
    auto *intro = new QLabel(tr("Tick the columns to show and put them in order. Drag a header's "
                                "edge to change its width; right-click the header for this list."),
                             this);
    intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Columns"));
    m_list->setObjectName(QStringLiteral("columnList"));
    m_up->setAccessibleName(tr("Move the column up"));
    m_down->setAccessibleName(tr("Move the column down"));
    auto *reset = new QPushButton(tr("&Reset"), this);
    reset->setAccessibleName(tr("Reset the columns"));
    reset->setToolTip(tr("Every column, in the first order and widths"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addStretch();
    side->addWidget(reset);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::itemChanged, this, &ColumnChooser::handleItemChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, &ColumnChooser::updateButtons);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_header->restoreState(m_defaults);
        for (int i = 0; i < m_header->count(); ++i)
            m_header->setSectionHidden(i, false);
        fill();
    });
    fill();
    m_list->setCurrentRow(0);
}

void ColumnChooser::fill()
{
    m_filling = true;
    const int current = m_list->currentRow();
    m_list->clear();
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        auto *item = new QListWidgetItem(title(m_header, logical), m_list);
        item->setData(Qt::UserRole, logical);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_header->isSectionHidden(logical) ? Qt::Unchecked : Qt::Checked);
    }
    m_list->setCurrentRow(qBound(0, current, m_list->count() - 1));
    m_filling = false;
    updateButtons();
}

void ColumnChooser::handleItemChanged()
{
    if (m_filling)
        return;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const int logical = item->data(Qt::UserRole).toInt();
        const bool show = item->checkState() == Qt::Checked;
        if (!show && !m_header->isSectionHidden(logical) && visibleCount(m_header) <= 1) {
            const QSignalBlocker blocker(m_list);
            item->setCheckState(Qt::Checked); // the last column stays
            continue;
        }
        m_header->setSectionHidden(logical, !show);
    }
}

void ColumnChooser::move(int step)
{
    const int row = m_list->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    m_header->moveSection(row, target); // list rows are visual indexes
    fill();
    m_list->setCurrentRow(target);
}

void ColumnChooser::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
}

void ColumnChooser::addColumnActions(QMenu *menu, QHeaderView *header)
{
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action = menu->addAction(title(header, logical));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        action->setEnabled(header->isSectionHidden(logical) || visibleCount(header) > 1);
        QObject::connect(action, &QAction::toggled, header,
                         [header, logical](bool on) { header->setSectionHidden(logical, !on); });
    }
}
