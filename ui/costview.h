// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QWidget>

class CostReportModel;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

// The cost view of the current filter: cost per day, week or month as stacked bars (by status or
// by project) with the message count as a line, the cost of failed messages called out, and
// tables by project, by status and of the most expensive recipients. The chart can be saved as a
// PNG.
//
// Shows the model's state: loading (with progress), empty, error (with what to do) or the chart.
// Activates the model while visible (showEvent/hideEvent), so that the source is asked only then.
// The model is not owned and must outlive the view. GUI thread only.
class CostView : public QWidget
{
    Q_OBJECT
public:
    explicit CostView(CostReportModel *model, QWidget *parent = nullptr);

    CostReportModel *model() const { return m_model; }

    // Renders the chart at twice the view's device pixel ratio and writes it to `path` as a PNG,
    // atomically (the previous file stays whole on failure). The image is the chart area's size
    // (960×540 while the view has never been laid out) × 2 × devicePixelRatioF(). False with a
    // plain-words *error when there is no chart or the file cannot be written.
    bool saveChartPng(const QString &path, QString *error);

    // What is shown, for tests and accessibility: the chart (with its series and axes), the
    // callout's and state's texts.
    QChart *chart() const { return m_chart; }
    QString failedCalloutText() const;
    QString stateText() const;
    bool isChartShown() const;
    // The bucket labels on the axis as shown (every label while few; thinned when many).
    QStringList axisLabels() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildChart();
    void updateState();
    void updateAxisLabels();
    void applyTheme();
    void saveChartInteractively();

    CostReportModel *m_model;
    QComboBox *m_granularity;
    QComboBox *m_stackBy;
    QPushButton *m_save;
    QPushButton *m_retry;
    QLabel *m_summary;
    QLabel *m_failed;
    QLabel *m_notes;
    QLabel *m_state;
    QLabel *m_recipientsTitle;
    QLabel *m_recipientsState;
    QStackedWidget *m_pages;
    QChart *m_chart;
    QChartView *m_chartView;
    QTableView *m_byProject;
    QTableView *m_byStatus;
    QTableView *m_recipients;
    QStringList m_fullLabels; // the model's bucket labels, in order
};
