// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "windowpanes.h"

#include "costview.h"
#include "detailpane.h"
#include "filterbar.h"
#include "icons.h"
#include "tablearea.h"
#include "totalspane.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

WindowPanes::WindowPanes(FilterBar *filterBar, TableArea *table, TotalsPane *totals, DetailPane *detail,
                         QWidget *parent)
    : QWidget(parent)
    , m_banner(new QLabel(this))
    , m_filterNotes(new QLabel(this))
    , m_staleNote(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_leftSplit(new QSplitter(Qt::Vertical, this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_totals(totals)
    , m_detail(detail)
{
    // Messages and costs as tabs, with the totals strip under them on the left; the detail of the
    // current row on the right.
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setAccessibleName(tr("Messages and costs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(table, tr("&Messages"));
    m_leftSplit->setObjectName(QStringLiteral("leftSplitter"));
    m_leftSplit->addWidget(m_tabs);
    m_leftSplit->addWidget(totals);
    m_leftSplit->setStretchFactor(0, 1);
    m_leftSplit->setStretchFactor(1, 0);
    m_leftSplit->setSizes({520, 210});
    m_split->setObjectName(QStringLiteral("mainSplitter"));
    m_split->addWidget(m_leftSplit);
    m_split->addWidget(detail);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    m_split->setSizes({950, 330});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    m_banner->setObjectName(QStringLiteral("sourceBanner"));
    m_banner->setAccessibleName(tr("About this file"));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    layout->addWidget(m_banner);
    layout->addWidget(filterBar);
    m_filterNotes->setObjectName(QStringLiteral("filterNotes"));
    m_filterNotes->setAccessibleName(tr("Notes on the filter"));
    m_filterNotes->setWordWrap(true);
    m_filterNotes->hide();
    layout->addWidget(m_filterNotes);
    m_staleNote->setObjectName(QStringLiteral("staleNote"));
    m_staleNote->setAccessibleName(tr("The rows may be out of date"));
    m_staleNote->setWordWrap(true);
    m_staleNote->setFrameShape(QFrame::StyledPanel);
    m_staleNote->setMargin(6);
    m_staleNote->setText(QStringLiteral("⚠ ")
                         + tr("The refresh failed: the rows shown are as they were read before, and may be "
                              "out of date. Refresh (F5) to try again."));
    m_staleNote->hide();
    layout->addWidget(m_staleNote);
    layout->addWidget(m_split, 1);
}

void WindowPanes::setBanner(const QString &banner)
{
    m_banner->setText(banner.isEmpty() ? QString() : QStringLiteral("🛈 ") + banner);
    m_banner->setVisible(!banner.isEmpty());
}

void WindowPanes::showFilterNotes(const QStringList &notes)
{
    m_filterNotes->setText(notes.isEmpty() ? QString() : QStringLiteral("ⓘ ") + notes.join(u' '));
    m_filterNotes->setVisible(!notes.isEmpty());
}

void WindowPanes::showStale(bool stale)
{
    m_staleNote->setVisible(stale);
}

void WindowPanes::addCostTab(CostView *costs)
{
    m_tabs->addTab(costs, Icons::action(QStringLiteral("cost")), tr("C&osts"));
    m_tabs->setTabToolTip(1, tr("Cost and messages per day, week or month for the current filter (Ctrl+2)"));
    // The cost view has its own tables and no rows to detail: it takes the whole window.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_totals->setVisible(index == 0);
        m_detail->setVisible(index == 0);
    });
}

void WindowPanes::showTab(int index)
{
    if (index >= 0 && index < m_tabs->count())
        m_tabs->setCurrentIndex(index);
}

int WindowPanes::currentTab() const
{
    return m_tabs->currentIndex();
}

void WindowPanes::showDetail()
{
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

QByteArray WindowPanes::splitState() const
{
    return m_split->saveState();
}

QByteArray WindowPanes::leftSplitState() const
{
    return m_leftSplit->saveState();
}

void WindowPanes::restoreSplits(const QByteArray &split, const QByteArray &leftSplit)
{
    m_split->restoreState(split);
    m_leftSplit->restoreState(leftSplit);
}
