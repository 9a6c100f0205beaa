// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "costview.h"

#include "timedisplay.h"

#include "costreportmodel.h"
#include "money.h"
#include "plural.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QCursor>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

constexpr QSize unlaidChartSize(960, 540); // the PNG's logical size before the view was ever shown
constexpr int labelGap = 12; // px between two axis labels

enum Page { ChartPage, StatePage };

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Colours by outcome (shades within each), so that failures read as such at a glance; the
// legend names every status, so colour is never the only cue.
QColor statusColour(SmsStatus::Outcome outcome, int nth)
{
    static const QList<QColor> failed{QColor(0xd3, 0x2f, 0x2f), QColor(0xff, 0x8a, 0x65),
                                      QColor(0xad, 0x14, 0x57), QColor(0xf4, 0xa6, 0xb0)};
    static const QList<QColor> succeeded{QColor(0x2e, 0x7d, 0x32), QColor(0x81, 0xc7, 0x84),
                                         QColor(0x26, 0xa6, 0x9a), QColor(0xc5, 0xe1, 0xa5)};
    static const QList<QColor> pending{QColor(0xf9, 0xa8, 0x25), QColor(0xff, 0xd5, 0x4f)};
    static const QList<QColor> unknown{QColor(0x54, 0x6e, 0x7a), QColor(0x90, 0xa4, 0xae),
                                       QColor(0x5c, 0x6b, 0xc0), QColor(0x9e, 0x9e, 0x9e)};
    const QList<QColor> *shades = &unknown;
    switch (outcome) {
    case SmsStatus::Outcome::Failed: shades = &failed; break;
    case SmsStatus::Outcome::Succeeded: shades = &succeeded; break;
    case SmsStatus::Outcome::Pending: shades = &pending; break;
    case SmsStatus::Outcome::Unknown: break;
    }
    return shades->at(nth % shades->size());
}

QTableView *tableView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

CostView::CostView(CostReportModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_granularity(new QComboBox(this))
    , m_stackBy(new QComboBox(this))
    , m_save(new QPushButton(tr("Save chart as PNG…"), this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_summary(new QLabel(this))
    , m_failed(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_state(new QLabel(this))
    , m_recipientsTitle(new QLabel(tr("Most expensive &recipients"), this))
    , m_recipientsState(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_byProject(tableView(model->byProject(), tr("Cost by project"), this))
    , m_byStatus(tableView(model->byStatus(), tr("Cost by status"), this))
    , m_recipients(tableView(model->topRecipients(), tr("Most expensive recipients"), this))
{
    setAccessibleName(tr("Cost view"));

    // Controls.
    auto *perLabel = new QLabel(tr("&Per:"), this);
    perLabel->setBuddy(m_granularity);
    m_granularity->addItem(tr("Auto"), QVariant::fromValue(CostReportModel::Granularity::Auto));
    m_granularity->addItem(tr("Day"), QVariant::fromValue(CostReportModel::Granularity::Day));
    m_granularity->addItem(tr("Week"), QVariant::fromValue(CostReportModel::Granularity::Week));
    m_granularity->addItem(tr("Month"), QVariant::fromValue(CostReportModel::Granularity::Month));
    m_granularity->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Auto (by week)" grows
    m_granularity->setAccessibleName(tr("Bars per"));
    m_granularity->setToolTip(tr("One bar per day, week (Monday to Sunday) or month; Auto chooses by the "
                                 "time range: up to %1 days by day, up to a year by week, else by month.")
                                  .arg(CostReportModel::dayThreshold));
    auto *stackLabel = new QLabel(tr("&Stack by:"), this);
    stackLabel->setBuddy(m_stackBy);
    m_stackBy->addItem(tr("Status"), QVariant::fromValue(CostReportModel::StackBy::Status));
    m_stackBy->addItem(tr("Project"), QVariant::fromValue(CostReportModel::StackBy::Project));
    m_stackBy->setAccessibleName(tr("Stack bars by"));
    m_granularity->setCurrentIndex(int(model->granularity()));
    m_stackBy->setCurrentIndex(int(model->stackBy()));
    m_save->setAccessibleName(tr("Save chart as PNG"));
    m_save->setToolTip(tr("Write the chart to a PNG image file"));
    m_retry->setAccessibleName(tr("Try the cost report again"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(perLabel);
    controls->addWidget(m_granularity);
    controls->addSpacing(12);
    controls->addWidget(stackLabel);
    controls->addWidget(m_stackBy);
    controls->addStretch(1);
    controls->addWidget(m_save);

    // Figures and callouts.
    m_summary->setAccessibleName(tr("Messages and cost of the filter"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failed->setAccessibleName(tr("Cost of failed messages"));
    m_failed->setToolTip(tr("The provider charges for a message when it is sent, even when its delivery "
                            "later fails (Undelivered, Failed, Error, Low Balance)."));
    m_failed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setAccessibleName(tr("Notes on the chart"));
    m_notes->setWordWrap(true);
    auto *figures = new QHBoxLayout;
    figures->addWidget(m_summary);
    figures->addSpacing(16);
    figures->addWidget(m_failed);
    figures->addStretch(1);

    // The chart and the tables beside it.
    m_chart->legend()->setVisible(true);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Cost chart"));
    m_chartView->setMinimumSize(320, 240);

    auto *tables = new QWidget(this);
    auto *tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    const auto addTable = [&](const QString &title, QTableView *view) {
        auto *label = new QLabel(title, tables);
        label->setBuddy(view);
        tablesLayout->addWidget(label);
        tablesLayout->addWidget(view, 1);
    };
    addTable(tr("By &project"), m_byProject);
    addTable(tr("By s&tatus"), m_byStatus);
    m_recipientsTitle->setBuddy(m_recipients);
    m_recipientsState->setAccessibleName(tr("Most expensive recipients state"));
    m_recipientsState->setWordWrap(true);
    tablesLayout->addWidget(m_recipientsTitle);
    tablesLayout->addWidget(m_recipientsState);
    tablesLayout->addWidget(m_recipients, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(tables);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 400}); // the tables' size hints would take most of the width
    splitter->setChildrenCollapsible(false);

    auto *statePage = new QWidget(this);
    auto *stateLayout = new QVBoxLayout(statePage);
    m_state->setWordWrap(true);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setAccessibleName(tr("Cost view state"));
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stateLayout->addStretch(1);
    stateLayout->addWidget(m_state);
    stateLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    stateLayout->addStretch(1);

    m_pages->insertWidget(ChartPage, splitter);
    m_pages->insertWidget(StatePage, statePage);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(figures);
    layout->addWidget(m_notes);
    layout->addWidget(m_pages, 1);

    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGranularity(m_granularity->currentData().value<CostReportModel::Granularity>());
    });
    connect(m_stackBy, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStackBy(m_stackBy->currentData().value<CostReportModel::StackBy>()); });
    // Labels thinned to the plot's width, once the chart has laid it out (queued: setting the labels
    // lays it out again).
    connect(m_chart, &QChart::plotAreaChanged, this, &CostView::updateAxisLabels, Qt::QueuedConnection);
    connect(m_save, &QPushButton::clicked, this, &CostView::saveChartInteractively);
    connect(m_retry, &QPushButton::clicked, m_model, &CostReportModel::refresh);
    connect(m_model, &CostReportModel::changed, this, [this] {
        rebuildChart();
        updateState();
    });
    connect(m_model, &CostReportModel::loadingChanged, this, &CostView::updateState);
    connect(m_model, &CostReportModel::progressChanged, this, [this](qint64 done, qint64 total) {
        if (m_model->isChartLoading())
            m_state->setText(tr("Adding up the costs of the current filter: %1 of %Ln message(s) read…",
                                nullptr, pluralCount(total))
                                 .arg(QLocale().toString(done)));
    });

    applyTheme();
    rebuildChart();
    updateState();
}

// ---- state ----

bool CostView::isChartShown() const
{
    return m_pages->currentIndex() == ChartPage;
}

QString CostView::stateText() const
{
    return m_state->text();
}

QString CostView::failedCalloutText() const
{
    return m_failed->text();
}

void CostView::updateState()
{
    const QLocale locale;
    const bool report = m_model->hasReport() && !m_model->isChartLoading();
    m_retry->setVisible(false);
    if (!m_model->hasSource()) {
        m_state->setText(tr("Nothing open. Open a cache file or connect to OneUptime to see what SMS cost."));
    } else if (m_model->isChartLoading()) {
        m_state->setText(tr("Adding up the costs of the current filter…"));
    } else if (const auto &error = m_model->error()) {
        m_state->setText(tr("The cost report could not be made: %1").arg(error->message) + u'\n'
                         + tr("Press Try again (or F5) once the problem is solved, or change the filters."));
        m_retry->setVisible(true);
    } else if (report && m_model->totalMessages() == 0) {
        m_state->setText(tr("No messages match these filters: nothing to chart.") + u'\n'
                         + tr("Change or clear the filters to see costs."));
    } else if (!report) {
        m_state->setText(tr("The costs are added up when this view is shown."));
    }
    const bool chart = report && m_model->totalMessages() > 0;
    m_pages->setCurrentIndex(chart ? ChartPage : StatePage);
    m_save->setEnabled(chart && !m_model->buckets().isEmpty());
    m_granularity->setEnabled(chart);
    m_stackBy->setEnabled(chart);
    m_summary->setVisible(chart);
    m_failed->setVisible(chart);
    m_notes->setVisible(chart && !m_model->notes().isEmpty());
    if (!chart)
        return;
    // Auto says what it chose (while chosen).
    const char *chosen = QT_TR_NOOP("Auto (by day)");
    if (m_model->granularity() != CostReportModel::Granularity::Auto)
        chosen = QT_TR_NOOP("Auto");
    else if (m_model->effectiveGranularity() == CostReportModel::Granularity::Week)
        chosen = QT_TR_NOOP("Auto (by week)");
    else if (m_model->effectiveGranularity() == CostReportModel::Granularity::Month)
        chosen = QT_TR_NOOP("Auto (by month)");
    m_granularity->setItemText(0, tr(chosen));
    m_summary->setText(tr("%Ln message(s), %1 in total", nullptr, pluralCount(m_model->totalMessages()))
                           .arg(formatCents(m_model->totalCostCents())));
    m_failed->setText(
        tr("Failed messages: %1, %2 charged")
            .arg(locale.toString(m_model->failedMessages()), formatCents(m_model->failedCostCents())));
    const QColor alert = isDark(palette()) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c);
    m_failed->setStyleSheet(m_model->failedMessages() > 0
                                ? QStringLiteral("QLabel { font-weight: bold; color: %1; }").arg(alert.name())
                                : QStringLiteral("QLabel { font-weight: bold; }"));
    m_notes->setText(m_model->notes().join(u' '));
    if (m_model->isLoadingRecipients())
        m_recipientsState->setText(tr("Adding up the cost of each recipient…"));
    else if (const auto &error = m_model->recipientsError())
        m_recipientsState->setText(
            tr("The recipients could not be added up: %1 Press F5 to try again.").arg(error->message));
    else
        m_recipientsState->clear();
    m_recipientsState->setVisible(!m_recipientsState->text().isEmpty());
}

// ---- chart ----

void CostView::applyTheme()
{
    m_chart->setTheme(isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
}

void CostView::rebuildChart()
{
    m_chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    m_fullLabels.clear();
    const QList<CostReportModel::Bucket> &buckets = m_model->buckets();
    const QList<CostReportModel::Series> &series = m_model->series();
    if (buckets.isEmpty() || series.isEmpty()) {
        m_chart->setTitle({});
        return;
    }
    const char *per = "";
    switch (m_model->effectiveGranularity()) {
    case CostReportModel::Granularity::Week: per = QT_TR_NOOP("Cost per week"); break;
    case CostReportModel::Granularity::Month: per = QT_TR_NOOP("Cost per month"); break;
    default: per = QT_TR_NOOP("Cost per day");
    }
    const QString zone = TimeDisplay::inZone(m_model->bucketZone()).zoneName(); // "UTC", not "Etc/UTC"
    m_chart->setTitle(
        tr("%1 (%2), stacked by %3")
            .arg(tr(per), zone,
                 m_model->stackBy() == CostReportModel::StackBy::Status ? tr("status") : tr("project")));

    auto *bars = new QStackedBarSeries;
    QHash<SmsStatus::Outcome, int> shadesUsed;
    for (qsizetype s = 0; s < series.size(); ++s) {
        auto *set = new QBarSet(series.at(s).name);
        for (const CostReportModel::Bucket &bucket : buckets)
            set->append(double(bucket.costCents.at(s)) / 100.0); // dollars, for drawing only
        if (m_model->stackBy() == CostReportModel::StackBy::Status) {
            const QColor colour = series.at(s).other
                ? QColor(0x9e, 0x9e, 0x9e)
                : statusColour(series.at(s).outcome, shadesUsed[series.at(s).outcome]++);
            set->setColor(colour);
            set->setBorderColor(colour.darker(130));
        }
        bars->append(set);
    }
    // Many stacks: the legend in a column beside the chart, where long names fit.
    m_chart->legend()->setAlignment(series.size() > 5 ? Qt::AlignRight : Qt::AlignBottom);
    // A tooltip with the bar's figures: its stack (the set's place is the series') and the whole bar.
    connect(bars, &QStackedBarSeries::hovered, this, [this, bars](bool on, int index, QBarSet *set) {
        const QList<CostReportModel::Bucket> &buckets = m_model->buckets();
        const qsizetype s = bars->barSets().indexOf(set);
        if (!on || index < 0 || index >= buckets.size() || s < 0 || s >= m_model->series().size()) {
            QToolTip::hideText();
            return;
        }
        const CostReportModel::Bucket &bucket = buckets.at(index);
        const QString text = bucket.title + u'\n'
            + tr("%1: %Ln message(s), %2", nullptr, pluralCount(bucket.messages.at(s)))
                  .arg(set->label(), formatCents(bucket.costCents.at(s)))
            + u'\n'
            + tr("All: %Ln message(s), %1", nullptr, pluralCount(bucket.totalMessages))
                  .arg(formatCents(bucket.totalCostCents));
        QToolTip::showText(QCursor::pos(), text, m_chartView);
    });
    m_chart->addSeries(bars);

    auto *line = new QLineSeries;
    line->setName(tr("Messages (right axis)"));
    for (qsizetype i = 0; i < buckets.size(); ++i)
        line->append(double(i), double(buckets.at(i).totalMessages));
    QPen pen = line->pen();
    pen.setWidth(2);
    pen.setColor(isDark(palette()) ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0));
    line->setPen(pen);
    line->setPointsVisible(buckets.size() <= 60);
    m_chart->addSeries(line);

    auto *categories = new QBarCategoryAxis;
    for (const CostReportModel::Bucket &bucket : buckets)
        m_fullLabels << bucket.label;
    categories->setCategories(m_fullLabels);
    m_chart->addAxis(categories, Qt::AlignBottom);
    bars->attachAxis(categories);
    line->attachAxis(categories);

    auto *money = new QValueAxis;
    const double most = std::max(0.01, double(m_model->maxBucketCostCents()) / 100.0);
    money->setRange(0, most);
    money->applyNiceNumbers();
    money->setLabelFormat(money->max() < 10 ? QStringLiteral("$%.2f") : QStringLiteral("$%.0f"));
    money->setTitleText(tr("Cost (USD)"));
    m_chart->addAxis(money, Qt::AlignLeft);
    bars->attachAxis(money);

    auto *count = new QValueAxis;
    count->setRange(0, std::max(5.0, double(m_model->maxBucketMessages())));
    count->applyNiceNumbers();
    count->setLabelFormat(QStringLiteral("%.0f"));
    count->setTitleText(tr("Messages"));
    count->setGridLineVisible(false); // the cost axis draws the grid
    m_chart->addAxis(count, Qt::AlignRight);
    line->attachAxis(count);

    updateAxisLabels();
}

QStringList CostView::axisLabels() const
{
    const auto axes = m_chart->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes)
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    return {};
}

void CostView::updateAxisLabels()
{
    QBarCategoryAxis *categories = nullptr;
    const auto axes = m_chart->axes(Qt::Horizontal);
    for (QAbstractAxis *axis : axes)
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            categories = c;
    if (!categories || m_fullLabels.isEmpty())
        return;
    // The plot area once laid out; before, the view less the axes' room.
    const qreal plot = m_chart->plotArea().width();
    const qreal width = plot > 50
        ? plot
        : (m_chartView->isVisible() ? m_chartView->width() : unlaidChartSize.width()) - 160;
    // Labels are cut to their bar's width: upright while they fit there, else turned on their
    // side; and only every step-th shown when even that is too crowded. Categories must be
    // distinct, so each blank is a different number of zero-width spaces.
    const QFontMetrics metrics(categories->labelsFont());
    int widest = 0;
    for (const QString &label : std::as_const(m_fullLabels))
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const qreal perBar = width / qreal(m_fullLabels.size());
    const bool upright = widest + labelGap <= perBar;
    const int room = upright ? widest + labelGap : metrics.height() + labelGap / 2;
    const qsizetype fit = std::max(2, int(width) / room);
    const qsizetype step = (m_fullLabels.size() + fit - 1) / fit;
    QStringList labels = m_fullLabels;
    if (step > 1)
        for (qsizetype i = 0; i < labels.size(); ++i)
            if (i % step != 0)
                labels[i] = QString(i + 1, QChar(0x200B));
    if (categories->labelsAngle() != (upright ? 0 : -90))
        categories->setLabelsAngle(upright ? 0 : -90);
    if (labels != categories->categories())
        categories->setCategories(labels);
}

// ---- saving ----

bool CostView::saveChartPng(const QString &path, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (!isChartShown() || m_model->buckets().isEmpty())
        return fail(tr("There is no chart to save: nothing has been charted yet."));
    const QSize size = m_chartView->isVisible() ? m_chartView->size() : unlaidChartSize;
    if (!m_chartView->isVisible())
        m_chart->resize(size); // the view sizes its chart once shown
    // A change made just before (series, title, legend) is laid out now, not at the next event.
    for (QGraphicsWidget *item :
         {static_cast<QGraphicsWidget *>(m_chart->legend()), static_cast<QGraphicsWidget *>(m_chart)}) {
        QCoreApplication::sendPostedEvents(item, QEvent::LayoutRequest);
        if (QGraphicsLayout *layout = item->layout())
            layout->activate();
    }
    const qreal scale = devicePixelRatioF() * 2;
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(m_chart->backgroundBrush().color().isValid() ? m_chart->backgroundBrush().color()
                                                            : palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        m_chart->scene()->render(&painter, QRectF(QPointF(0, 0), size), m_chart->sceneBoundingRect());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("The chart could not be saved to %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (!image.save(&file, "PNG")) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fail(tr("The chart could not be saved to %1: %2")
                        .arg(QDir::toNativeSeparators(path),
                             reason.isEmpty() ? tr("the image could not be written") : reason));
    }
    if (!file.commit())
        return fail(tr("The chart could not be saved to %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

void CostView::saveChartInteractively()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart as PNG"), QDir(folder).filePath(tr("sms-cost.png")), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    QString error;
    if (!saveChartPng(path, &error))
        QMessageBox::warning(this, tr("Save chart as PNG"),
                             error + u'\n' + tr("Choose another folder or file name."));
}

// ---- events ----

void CostView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setActive(true);
    updateAxisLabels();
}

void CostView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Only a real hide (another tab, a closed dock): a minimized window stays visible.
    if (!isVisible())
        m_model->setActive(false);
}

void CostView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        applyTheme();
        rebuildChart(); // the theme resets the series' colours
        updateState();
    }
}

void CostView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateAxisLabels();
}
