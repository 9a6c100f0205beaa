// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smsquery.h"

#include <QDateTime>
#include <QStringList>
#include <QWidget>
#include <functional>

struct FilterChoices;
class QAction;
class QComboBox;
class QDateTimeEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

// The filter controls above the log table, in two compact rows: status, time range, project,
// error code and "Clear filters"; then to/from number, text search and linked resource.
//
// Contract: filterChanged() carries only valid filters (SmsFilter::validationError() empty and
// every field well-formed) and only when the filter differs from the one last emitted or set.
// Typing in a text field is debounced (300 ms); choosing from a combo box or the status menu
// applies at once. Invalid input is marked at the field (red frame plus a message under the
// bar) and nothing is emitted until it is fixed; filter() keeps returning the last valid filter.
//
// Text fields are trimmed. Number fields accept digits, '+', spaces, dashes and brackets; the
// separators are dropped from the filter value ("+1 (555) 01" filters on "+155501") because
// OneUptime stores numbers in E.164 form. A time preset ("Last hour", ...) is anchored when it
// is chosen: sentFrom = now - span in UTC, sentTo open. Choosing the preset again re-anchors it.
// A custom range is inclusive and whole-minute: from hh:mm:00.000 to hh:mm:59.999, local time.
// The linked-resource kind only filters together with a non-empty linked-resource text.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    // The filter last emitted or set; always valid.
    SmsFilter filter() const;
    // Shows `filter` in the controls. Emits filterChanged() once if the (normalised) filter
    // differs from the current one; an invalid filter is shown with its error and not emitted.
    void setFilter(const SmsFilter &filter);
    // The time choice shown: "any", "hour", "day", "week", "month" or "custom" (saved views keep
    // a relative choice relative).
    QString timePreset() const;
    // Shows `filter` as setFilter() does, but with a relative `timePreset` ("hour", "day",
    // "week", "month") anchored now instead of the filter's own time range.
    void setFilter(const SmsFilter &filter, const QString &timePreset);
    // Fills the status, project and error-code choices. Current selections are kept, also when
    // they are not among the new choices. Never emits.
    void setChoices(const FilterChoices &choices);
    // Puts every control back to "no filter"; emits once if that changes the filter.
    void clear();
    // Moves keyboard focus to the text search field and selects its text.
    void focusSearch();
    // Puts `control` after the linked-resource field (what a number there may stand for); the
    // bar takes it over.
    void addLinkControl(QWidget *control);

    // The messages currently shown for invalid input, one per line; empty when all is valid.
    QString errorText() const;

    // Replaces the clock used by time presets (default: QDateTime::currentDateTimeUtc()).
    void setClock(std::function<QDateTime()> clock);

signals:
    void filterChanged(const SmsFilter &filter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override; // a theme change recolours the invalid-input frames

private:
    enum TimePreset { AnyTime, LastHour, Last24Hours, Last7Days, Last30Days, CustomRange };

    struct Candidate {
        SmsFilter filter;
        QStringList errors;
        QList<QWidget *> invalidWidgets;
    };

    void buildRows();
    void addStatusAction(const QString &status);
    QStringList checkedStatuses() const;
    void updateStatusButton();
    void handleStatusTriggered(QAction *action);
    void handleTimePresetActivated(int index);
    void handleCustomEdited(QDateTimeEdit *edit);
    void handleTextEdited();
    void anchorPreset(int preset);
    void showCustomEdits(bool show);
    void setCustomRange(const QDateTime &from, const QDateTime &to);
    Candidate candidate() const;
    void showErrors(const Candidate &candidate);
    void applyNow();

    std::function<QDateTime()> m_clock;

    QToolButton *m_statusButton = nullptr;
    QMenu *m_statusMenu = nullptr;
    QAction *m_allStatusesAction = nullptr;
    QAction *m_extraStatusSeparator = nullptr;
    QList<QAction *> m_statusActions; // menu order: known values, then others

    QComboBox *m_timeCombo = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QDateTimeEdit *m_toEdit = nullptr;
    QLabel *m_rangeSeparator = nullptr;
    QDateTime m_presetFrom; // UTC anchor of the chosen preset
    QDateTime m_customFrom; // UTC, exact bounds of the custom range; invalid = open
    QDateTime m_customTo;

    QComboBox *m_projectCombo = nullptr;
    QComboBox *m_errorCodeCombo = nullptr;
    QLineEdit *m_toNumberEdit = nullptr;
    QLineEdit *m_fromNumberEdit = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_linkKindCombo = nullptr;
    QLineEdit *m_linkTextEdit = nullptr;
    QHBoxLayout *m_linkRow = nullptr; // the second row, which ends with the linked-resource field
    QToolButton *m_clearButton = nullptr;

    QLabel *m_errorIcon = nullptr;
    QLabel *m_errorLabel = nullptr;
    QList<QWidget *> m_markedWidgets;

    QTimer *m_debounce = nullptr;
    SmsFilter m_applied;
    bool m_updating = false; // controls are being set from code: no reaction to their signals
};
