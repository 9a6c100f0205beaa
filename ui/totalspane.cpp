// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "totalspane.h"

#include "costbreakdownmodel.h"
#include "money.h"
#include "plural.h"
#include "smslogsummary.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>

namespace {

QTableView *breakdownView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

TotalsPane::TotalsPane(SmsLogSummary *summary, QWidget *parent)
    : QWidget(parent)
    , m_summary(summary)
    , m_messages(new QLabel(this))
    , m_cost(new QLabel(this))
    , m_state(new QLabel(this))
    , m_byProject(breakdownView(summary->byProject(), tr("Cost by project"), this))
    , m_byStatus(breakdownView(summary->byStatus(), tr("Cost by status"), this))
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_messages->setFont(big);
    m_cost->setFont(big);
    m_messages->setAccessibleName(tr("Message count of the filter"));
    m_cost->setAccessibleName(tr("Total cost of the filter"));
    m_messages->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cost->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setWordWrap(true);
    m_state->setMinimumWidth(160);
    m_state->setAccessibleName(tr("Totals state"));

    // The figures and the state message scroll when the strip is too low for a long message.
    auto *figuresArea = new QScrollArea(this);
    figuresArea->setObjectName(QStringLiteral("totalsFigures"));
    figuresArea->setAccessibleName(tr("Totals for the current filter"));
    figuresArea->setFrameShape(QFrame::NoFrame);
    figuresArea->setWidgetResizable(true);
    figuresArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    figuresArea->setFocusPolicy(Qt::NoFocus); // its labels take the focus, not the area
    auto *figuresPage = new QWidget(figuresArea);
    auto *title = new QLabel(tr("<b>Totals for the current filter</b>"), figuresPage);
    auto *figures = new QVBoxLayout(figuresPage);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->addWidget(title);
    figures->addWidget(new QLabel(tr("Messages"), figuresPage));
    figures->addWidget(m_messages);
    figures->addWidget(new QLabel(tr("Total cost"), figuresPage));
    figures->addWidget(m_cost);
    figures->addWidget(m_state);
    figures->addStretch();
    figuresArea->setWidget(figuresPage);

    auto *projects = new QVBoxLayout;
    projects->addWidget(new QLabel(tr("By project"), this));
    projects->addWidget(m_byProject, 1);
    auto *statuses = new QVBoxLayout;
    statuses->addWidget(new QLabel(tr("By status"), this));
    statuses->addWidget(m_byStatus, 1);

    // Side by side: the pane is a strip under the table.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(figuresArea, 2);
    layout->addLayout(projects, 4);
    layout->addLayout(statuses, 4);

    connect(summary, &SmsLogSummary::totalsChanged, this, &TotalsPane::showTotals);
    connect(summary, &SmsLogSummary::loadingChanged, this, &TotalsPane::showLoading);
    connect(summary, &SmsLogSummary::errorOccurred, this, &TotalsPane::showError);
    connect(summary, &SmsLogSummary::progressChanged, this, [this](qint64 done, qint64 total) {
        m_state->setText(tr("Adding up the totals: %1 of %Ln message(s) read…", nullptr, pluralCount(total))
                             .arg(QLocale().toString(done)));
        m_state->show();
    });
    showTotals(summary->totals());
    showLoading(summary->isLoading());
}

QString TotalsPane::headline() const
{
    return m_messages->text() + QStringLiteral(" · ") + m_cost->text();
}

void TotalsPane::showTotals(const CostTotals &totals)
{
    const bool known = m_summary->hasSource();
    m_messages->setText(known ? QLocale().toString(totals.messages) : QStringLiteral("—"));
    m_cost->setText(known ? formatCents(totals.costCents) : QStringLiteral("—"));
    m_state->setToolTip(QString());
    if (!known) {
        m_state->setText(tr("Nothing open. Open a cache file (Ctrl+O), the demo data or a "
                            "connection to OneUptime (Ctrl+Shift+O) to see totals here."));
        m_state->show();
    } else if (totals.messages == 0) {
        m_state->setText(tr("No message matches the filter. Change or clear the filters to see "
                            "totals."));
        m_state->show();
    } else {
        m_state->clear();
        m_state->hide();
    }
}

void TotalsPane::showLoading(bool loading)
{
    // Old figures stay visible but greyed until the new ones arrive.
    m_messages->setEnabled(!loading);
    m_cost->setEnabled(!loading);
    m_byProject->setEnabled(!loading);
    m_byStatus->setEnabled(!loading);
    if (loading) {
        m_state->setText(tr("Computing totals for the new filter…"));
        m_state->show();
    }
}

void TotalsPane::showError(const SourceError &error)
{
    m_messages->setText(QStringLiteral("—"));
    m_cost->setText(QStringLiteral("—"));
    m_state->setText(tr("Totals could not be computed: %1").arg(error.message) + QLatin1Char('\n')
                     + tr("The table and the detail still work. Press F5 to try again, or change "
                          "the filter."));
    m_state->setToolTip(error.detail);
    m_state->show();
}
