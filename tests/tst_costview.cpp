// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "costreportmodel.h"
#include "costview.h"
#include "fakesource.h"
#include "money.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

// The cost view over a scripted source: what the chart, the callout and the tables show is what
// the model holds, in every state, and the chart can be saved as a PNG.

namespace {

using Type = FakeSource::Type;

// 300 messages 47 minutes apart from 1 March 2026 (about ten UTC days), five statuses, three
// projects, thirteen recipients, costs 0–8 cents.
QList<SmsRecord> records()
{
    static const QStringList statuses{QStringLiteral("Delivered"), QStringLiteral("Failed"),
                                      QStringLiteral("Sending"), QStringLiteral("Undelivered"),
                                      QStringLiteral("Sent")};
    QList<SmsRecord> table;
    const QDateTime first(QDate(2026, 3, 1), QTime(0, 10), Qt::UTC);
    for (int i = 299; i >= 0; --i) { // newest first
        SmsRecord r;
        r.id = QStringLiteral("id-%1").arg(i);
        r.createdAt = first.addSecs(qint64(i) * 47 * 60);
        r.status = statuses.at(i % statuses.size());
        r.projectId = QStringLiteral("project-%1").arg(i % 3);
        r.projectName = QStringLiteral("Project %1").arg(i % 3);
        r.toNumber = QStringLiteral("+4930%1").arg(i % 13, 6, 10, QLatin1Char('0'));
        r.costCents = i % 9;
        table.append(r);
    }
    return table;
}

QStackedBarSeries *barsOf(QChart *chart)
{
    for (QAbstractSeries *series : chart->series())
        if (auto *bars = qobject_cast<QStackedBarSeries *>(series))
            return bars;
    return nullptr;
}

QLineSeries *lineOf(QChart *chart)
{
    for (QAbstractSeries *series : chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(series))
            return line;
    return nullptr;
}

} // namespace

class TestCostView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeSource> m_source;
    std::unique_ptr<CostReportModel> m_model;
    std::unique_ptr<CostView> m_view;

    void answer()
    {
        const QList<FakeSource::Request> pending = m_source->pending(Type::CostReport);
        QVERIFY(!pending.isEmpty());
        m_source->answerCostReport(pending.constLast().id);
    }

    template <typename T>
    T *child(const QString &accessibleName) const
    {
        for (T *widget : m_view->findChildren<T *>())
            if (widget->accessibleName() == accessibleName)
                return widget;
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_source = std::make_unique<FakeSource>(records());
        m_model = std::make_unique<CostReportModel>();
        m_model->setTimeZone(QTimeZone::utc());
        m_model->setSource(m_source.get());
        m_view = std::make_unique<CostView>(m_model.get());
        m_view->resize(1400, 700);
        QVERIFY(m_source->requestsOf(Type::CostReport).isEmpty()); // not shown: nothing asked
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(m_model->isActive());
        QCOMPARE(m_source->pending(Type::CostReport).size(), 1);
        QVERIFY(m_view->stateText().contains(QStringLiteral("Adding up")));
        QVERIFY(!m_view->isChartShown());
        answer();
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
        m_source.reset();
    }

    void chartMatchesTheModel()
    {
        QVERIFY(m_view->isChartShown());
        QCOMPARE(m_model->effectiveGranularity(), CostReportModel::Granularity::Day);
        QCOMPARE(m_model->buckets().size(), 10);
        QStackedBarSeries *bars = barsOf(m_view->chart());
        QVERIFY(bars);
        const QList<QBarSet *> sets = bars->barSets();
        QCOMPARE(sets.size(), m_model->series().size());
        QCOMPARE(sets.size(), 5);
        for (qsizetype s = 0; s < sets.size(); ++s) {
            QCOMPARE(sets.at(s)->label(), m_model->series().at(s).name); // the legend names each status
            QCOMPARE(sets.at(s)->count(), m_model->buckets().size());
            for (qsizetype b = 0; b < m_model->buckets().size(); ++b)
                QCOMPARE(qRound64(sets.at(s)->at(b) * 100), m_model->buckets().at(b).costCents.at(s));
        }
        QCOMPARE(sets.first()->label(), QStringLiteral("Delivered"));
        QVERIFY(m_view->chart()->legend()->isVisible());
        // The failed statuses are drawn in red shades, others not.
        const auto failedSet
            = std::find_if(sets.cbegin(), sets.cend(), [](QBarSet *s) { return s->label() == u"Failed"; });
        QVERIFY(failedSet != sets.cend());
        QVERIFY((*failedSet)->color().red() > (*failedSet)->color().green());
        QVERIFY(sets.first()->color().green() > sets.first()->color().red());

        QLineSeries *line = lineOf(m_view->chart());
        QVERIFY(line);
        QCOMPARE(line->count(), m_model->buckets().size());
        qint64 messages = 0;
        for (qsizetype b = 0; b < m_model->buckets().size(); ++b) {
            QCOMPARE(qRound64(line->at(b).y()), m_model->buckets().at(b).totalMessages);
            messages += m_model->buckets().at(b).totalMessages;
        }
        QCOMPARE(messages, qint64(300));
        QCOMPARE(line->attachedAxes().size(), 2);

        // Ten days fit: every label shown, the model's.
        QStringList labels;
        for (const CostReportModel::Bucket &bucket : m_model->buckets())
            labels << bucket.label;
        QCOMPARE(m_view->axisLabels(), labels);

        // Hovering a stack tells its bar's figures.
        emit bars->hovered(true, 2, sets.first());
        QVERIFY(QToolTip::isVisible());
        const CostReportModel::Bucket &third = m_model->buckets().at(2);
        QVERIFY2(QToolTip::text().contains(third.title)
                     && QToolTip::text().contains(formatCents(third.costCents.first()))
                     && QToolTip::text().contains(formatCents(third.totalCostCents)),
                 qPrintable(QToolTip::text()));
        emit bars->hovered(false, 2, sets.first());
        QTRY_VERIFY(!QToolTip::isVisible());
        QCOMPARE(labels.first(), QLocale().toString(QDate(2026, 3, 1), QStringLiteral("d MMM")));
    }

    void granularityAndStackControls()
    {
        auto *per = child<QComboBox>(QStringLiteral("Bars per"));
        auto *stack = child<QComboBox>(QStringLiteral("Stack bars by"));
        QVERIFY(per && stack);
        stack->setCurrentIndex(stack->findText(QStringLiteral("Project")));
        QCOMPARE(m_model->stackBy(), CostReportModel::StackBy::Project);
        QStackedBarSeries *bars = barsOf(m_view->chart());
        QVERIFY(bars);
        QStringList names;
        for (QBarSet *set : bars->barSets())
            names << set->label();
        QCOMPARE(names.size(), 3);
        QVERIFY(names.contains(QStringLiteral("Project 0")) && names.contains(QStringLiteral("Project 2")));
        QCOMPARE(per->itemText(0), QStringLiteral("Auto (by day)")); // what Auto chose
        per->setCurrentIndex(per->findText(QStringLiteral("Week")));
        QCOMPARE(m_model->effectiveGranularity(), CostReportModel::Granularity::Week);
        QCOMPARE(per->itemText(0), QStringLiteral("Auto"));
        QCOMPARE(m_view->axisLabels().size(), m_model->buckets().size());
        QCOMPARE(m_model->buckets().size(), 3); // 1 March 2026 is a Sunday: weeks of 23 Feb, 2 and 9 March
        QCOMPARE(m_model->buckets().first().start, QDate(2026, 2, 23));
        QCOMPARE(barsOf(m_view->chart())->barSets().first()->count(), 3);
        QVERIFY(m_view->chart()->title().contains(QStringLiteral("week")));
        // Nothing asked again for either.
        QCOMPARE(m_source->requestsOf(Type::CostReport).size(), 1);
    }

    void failedMessagesCalledOut()
    {
        qint64 failed = 0;
        qint64 cents = 0;
        for (const SmsRecord &r : records()) {
            if (r.status == u"Failed" || r.status == u"Undelivered") {
                ++failed;
                cents += r.costCents.value_or(0);
            }
        }
        QCOMPARE(failed, 120);
        QVERIFY(cents > 0);
        QCOMPARE(m_view->failedCalloutText(),
                 QStringLiteral("Failed messages: %1, %2 charged")
                     .arg(QLocale().toString(failed), formatCents(cents)));
    }

    void topRecipientsTable()
    {
        auto *table = child<QTableView>(QStringLiteral("Most expensive recipients"));
        QVERIFY(table);
        const CostReport report = m_source->costReportOf({}, CostReportModel::defaultTopRecipients);
        QCOMPARE(report.topRecipients.size(), 10);
        QCOMPARE(table->model()->rowCount(), 10);
        for (int row = 0; row < 10; ++row) {
            QCOMPARE(table->model()->index(row, CostBreakdownModel::Name).data().toString(),
                     report.topRecipients.at(row).key);
            QCOMPARE(table->model()->index(row, CostBreakdownModel::Cost).data().toString(),
                     formatCents(report.topRecipients.at(row).costCents));
        }
        // Costliest first.
        QVERIFY(report.topRecipients.first().costCents >= report.topRecipients.last().costCents);
        auto *projects = child<QTableView>(QStringLiteral("Cost by project"));
        auto *statuses = child<QTableView>(QStringLiteral("Cost by status"));
        QVERIFY(projects && statuses);
        QCOMPARE(projects->model()->rowCount(), 3);
        QCOMPARE(statuses->model()->rowCount(), 5);
    }

    void emptyState()
    {
        SmsFilter f;
        f.statuses = {QStringLiteral("No such status")};
        m_model->setFilter(f);
        QVERIFY(m_view->stateText().contains(QStringLiteral("Adding up")));
        answer();
        QVERIFY(!m_view->isChartShown());
        QVERIFY(m_view->stateText().startsWith(
            QStringLiteral("No messages match these filters: nothing to chart.")));
        QString error;
        QTemporaryDir dir;
        QVERIFY(!m_view->saveChartPng(dir.filePath(QStringLiteral("empty.png")), &error));
        QVERIFY(error.contains(QStringLiteral("no chart")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("empty.png"))));
        QVERIFY(!child<QPushButton>(QStringLiteral("Save chart as PNG"))->isEnabled());
    }

    void errorStateSaysWhatToDo()
    {
        m_model->refresh();
        const auto id = m_source->pending(Type::CostReport).constLast().id;
        m_source->fail(id, SourceError::Kind::BadResponse,
                       QStringLiteral("The log changed on the server while the totals were added up."));
        QVERIFY(!m_view->isChartShown());
        QVERIFY(m_view->stateText().contains(QStringLiteral("The log changed on the server")));
        QVERIFY(m_view->stateText().contains(QStringLiteral("Try again")));
        auto *retry = child<QPushButton>(QStringLiteral("Try the cost report again"));
        QVERIFY(retry && retry->isVisible());
        const qsizetype asked = m_source->requestsOf(Type::CostReport).size();
        retry->click();
        QCOMPARE(m_source->requestsOf(Type::CostReport).size(), asked + 1);
        answer();
        QVERIFY(m_view->isChartShown());
        QVERIFY(!retry->isVisible());

        // Stopped by someone else (not a new filter): said, with the way to go on.
        m_model->refresh();
        m_source->fail(m_source->pending(Type::CostReport).constLast().id, SourceError::Kind::Cancelled,
                       QStringLiteral("interrupted"));
        QVERIFY(!m_view->isChartShown());
        QVERIFY2(m_view->stateText().contains(QStringLiteral("stopped before it finished")),
                 qPrintable(m_view->stateText()));
        QVERIFY(retry->isVisible());
    }

    void hiddenViewAsksNothing()
    {
        m_view->hide();
        QVERIFY(!m_model->isActive());
        SmsFilter f;
        f.statuses = {QStringLiteral("Failed")};
        m_model->setFilter(f);
        QCOMPARE(m_source->requestsOf(Type::CostReport).size(), 1);
        m_view->show();
        QCOMPARE(m_source->requestsOf(Type::CostReport).size(), 2);
        answer();
        QCOMPARE(barsOf(m_view->chart())->barSets().size(), 1);
    }

    void recipientsAfterTheChart()
    {
        m_source->setCostReportRecipientsAreSlow(true);
        m_model->refresh();
        QVERIFY(!m_view->isChartShown());
        QCOMPARE(m_source->pending(Type::CostReport).constLast().count, 0);
        answer();
        QVERIFY(m_view->isChartShown());
        auto *state = child<QLabel>(QStringLiteral("Most expensive recipients state"));
        QVERIFY(state);
        QVERIFY(state->isVisible());
        QVERIFY(state->text().contains(QStringLiteral("Adding up")));
        QCOMPARE(child<QTableView>(QStringLiteral("Most expensive recipients"))->model()->rowCount(), 0);
        answer();
        QVERIFY(!state->isVisible());
        QCOMPARE(child<QTableView>(QStringLiteral("Most expensive recipients"))->model()->rowCount(), 10);
    }

    void manyBucketsThinTheLabels()
    {
        // 60 days at 40 minutes apart... one message every 6 hours for 60 days.
        QList<SmsRecord> table;
        for (int i = 0; i < 240; ++i) {
            SmsRecord r;
            r.id = QStringLiteral("m%1").arg(i);
            r.createdAt = QDateTime(QDate(2026, 1, 1), QTime(1, 0), Qt::UTC).addSecs(qint64(i) * 6 * 3600);
            r.status = QStringLiteral("Delivered");
            r.costCents = 5;
            table.append(r);
        }
        m_source = std::make_unique<FakeSource>(table);
        m_model->setSource(m_source.get());
        answer();
        QCOMPARE(m_model->buckets().size(), 60);
        const QStringList shown = m_view->axisLabels();
        QCOMPARE(shown.size(), 60);
        int visible = 0;
        for (qsizetype i = 0; i < shown.size(); ++i) {
            if (shown.at(i).trimmed().remove(QChar(0x200B)).isEmpty())
                continue;
            ++visible;
            QCOMPARE(shown.at(i), m_model->buckets().at(i).label);
        }
        QVERIFY2(visible >= 2 && visible < 60, qPrintable(QString::number(visible)));
        QCOMPARE(shown.first(), m_model->buckets().first().label);
    }

    void savesAPng()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        QString error;
        QVERIFY2(m_view->saveChartPng(path, &error), qPrintable(error));
        QImage image;
        QVERIFY(image.load(path, "PNG"));
        auto *chartView = m_view->findChild<QChartView *>();
        QVERIFY(chartView);
        const qreal scale = m_view->devicePixelRatioF() * 2;
        QCOMPARE(image.size(), chartView->size() * scale);
        // Something was drawn: more than a handful of colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

        // A file that cannot be written: refused with a message, the previous file untouched.
        QVERIFY(!m_view->saveChartPng(dir.filePath(QStringLiteral("no-such-folder/chart.png")), &error));
        QVERIFY2(error.contains(QStringLiteral("could not be saved"))
                     && error.contains(QStringLiteral("no-such-folder")),
                 qPrintable(error));
        QFile::Permissions before = QFileInfo(path).permissions();
        const QByteArray old = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.png"))); // a folder in the way
        QVERIFY(!m_view->saveChartPng(dir.filePath(QStringLiteral("taken.png")), &error));
        QVERIFY(!error.isEmpty());
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), old);
        QCOMPARE(QFileInfo(path).permissions(), before);
    }

    void themeFollowsThePalette()
    {
        QPalette dark = m_view->palette();
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, Qt::white);
        m_view->setPalette(dark);
        QCOMPARE(m_view->chart()->theme(), QChart::ChartThemeDark);
        // The status colours survive the theme change.
        QCOMPARE(barsOf(m_view->chart())->barSets().size(), 5);
        QVERIFY(barsOf(m_view->chart())->barSets().first()->color().green()
                > barsOf(m_view->chart())->barSets().first()->color().red());
        QPalette light = dark;
        light.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
        light.setColor(QPalette::WindowText, Qt::black);
        m_view->setPalette(light);
        QCOMPARE(m_view->chart()->theme(), QChart::ChartThemeLight);
    }

    void everyControlHasAnAccessibleName()
    {
        int controls = 0;
        for (QWidget *widget : m_view->findChildren<QWidget *>()) {
            if (qobject_cast<QComboBox *>(widget) || qobject_cast<QPushButton *>(widget)
                || qobject_cast<QTableView *>(widget) || qobject_cast<QChartView *>(widget)) {
                ++controls;
                QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
            }
        }
        QCOMPARE(controls, 2 + 2 + 3 + 1);
    }
};

QTEST_MAIN(TestCostView)
#include "tst_costview.moc"
