// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "timedisplay.h"

#include "linkkind.h"
#include "pivot.h"
#include "resourcecontext.h"
#include "smsrecord.h"

#include <QWidget>
#include <array>
#include <functional>

struct DashboardBase;
class DashboardLinkButtons;
class QDateTime;
class PivotButtons;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QScrollArea;
class QStackedWidget;

// Every field of one SMS log record, for the current row of the table. Read-only; every value
// can be selected and copied. Missing values show "—". Texts are shown as plain text, never
// interpreted as markup.
//
// Value widgets carry object names for tests and automation: sentAt, updatedAt, status,
// statusIcon, errorCode, cost, toNumber, fromNumber, project, projectId, messageId,
// providerMessageId, smsText, statusMessage, noLinks, link_<linkKindKey> and linkId_<linkKindKey>
// (for example link_incident, linkId_incident), emptyState; errorCodeDoc (the provider's page
// about the error code); open_<key> and copy_<key> (DashboardLinkButtons: "Open in OneUptime" and
// "Copy link" for the project's SMS log page, key smsLog, and for each linked resource); the pivot
// buttons beside the values are named as PivotButtons::objectName() says.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget *parent = nullptr);
    ~DetailPane() override;

    // Shows every field of `record`.
    void setRecord(const SmsRecord &record);
    // Local time or UTC for the times shown (takes effect with the next setRecord()).
    void setTimeDisplay(const TimeDisplay &display) { m_time = display; }
    // Adds what the source knows of the shown message's incident, alert and monitor: the number
    // with its prefix ("INC-42"), the state and severity, the monitor's type. Ignored when
    // `recordId` is not the message shown.
    void setContexts(const QString &recordId, const ResourceContexts &contexts);
    // Shows the empty state ("Select a message to see its details.").
    void clear();
    // Where the OneUptime instance of a project's messages is (LogSession::dashboardBase), for the
    // "Open in OneUptime" buttons; takes effect with the next setRecord(). Without one the
    // buttons are disabled.
    void setDashboardBaseLookup(std::function<DashboardBase(const QString &projectId)> lookup);

Q_SIGNALS:
    // A pivot button beside a value was pressed: show the messages that share that value.
    void pivotRequested(const Pivot &pivot);

protected:
    bool event(QEvent *event) override; // redraws the status icon for a new screen's pixel ratio
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A row of the form; with the button of `pivot` beside the value when given.
    QLabel *addValueRow(QFormLayout *form, const QString &label, const QString &objectName,
                        const std::optional<PivotTarget> &pivot = std::nullopt);
    QPlainTextEdit *addTextBlock(QWidget *parent, const QString &objectName, const QString &accessibleName);
    void setTime(QLabel *label, const QDateTime &utc);
    void setStatus(const QString &status);
    void fitTextHeight(QPlainTextEdit *edit);

    PivotButtons *m_pivots = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyState = nullptr;
    QScrollArea *m_scrollArea = nullptr;

    QLabel *m_sentAt = nullptr;
    QLabel *m_updatedAt = nullptr;
    TimeDisplay m_time;
    QLabel *m_statusIcon = nullptr;
    QString m_statusValue; // the status shown, for redrawing its icon
    QLabel *m_status = nullptr;
    QLabel *m_errorCode = nullptr;
    QLabel *m_errorCodeDoc = nullptr; // a link to the provider's page about the code
    QLabel *m_cost = nullptr;
    QLabel *m_toNumber = nullptr;
    QLabel *m_fromNumber = nullptr;
    QLabel *m_project = nullptr;
    QLabel *m_projectId = nullptr;
    QLabel *m_messageId = nullptr;
    QLabel *m_providerMessageId = nullptr;
    QPlainTextEdit *m_smsText = nullptr;
    QPlainTextEdit *m_statusMessage = nullptr;

    QGroupBox *m_linksBox = nullptr;
    QLabel *m_noLinks = nullptr;
    // One row per link kind (title and value), hidden when the record has no such link.
    std::array<QWidget *, LinkKindCount> m_linkRows{};
    std::array<QLabel *, LinkKindCount> m_linkNames{};
    std::array<QLabel *, LinkKindCount> m_linkIds{};
    std::array<QLabel *, LinkKindCount> m_linkContexts{}; // state, severity, type; hidden when unknown
    SmsRecord m_record; // the message shown (its links, for the contexts)
    std::array<DashboardLinkButtons *, LinkKindCount> m_linkButtons{};
    DashboardLinkButtons *m_smsLogButtons = nullptr;
    std::function<DashboardBase(const QString &projectId)> m_dashboardBase;
};
