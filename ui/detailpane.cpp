// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "detailpane.h"

#include "dashboardlinkbuttons.h"
#include "money.h"
#include "pivotbuttons.h"
#include "providererrortable.h"
#include "smsrecord.h"
#include "smsstatus.h"
#include "statusicon.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTextLayout>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

constexpr int minTextLines = 1;
constexpr int maxTextLines = 12;

QString dash()
{
    return QStringLiteral("—");
}

QString orDash(const QString &value)
{
    return value.isEmpty() ? dash() : value;
}

void makeSelectable(QLabel *label)
{
    label->setTextFormat(Qt::PlainText); // record values are data, never markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
}

// A layout that puts a field's values one under the other.
QVBoxLayout *stackedLayout(QWidget *field)
{
    auto *layout = new QVBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    return layout;
}

// A value of a field, selectable plain text.
QLabel *valueLabel(QWidget *field, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(dash(), field);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    makeSelectable(label);
    return label;
}

QFont smallerFont(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, font.pixelSize() * 85 / 100));
    return font;
}

QString outcomeDescription(SmsStatus::Outcome outcome)
{
    switch (outcome) {
    case SmsStatus::Outcome::Succeeded: return DetailPane::tr("Sent or delivered");
    case SmsStatus::Outcome::Pending:
        return DetailPane::tr("Pending: handed to the provider, no receipt yet");
    case SmsStatus::Outcome::Failed: return DetailPane::tr("Not delivered");
    case SmsStatus::Outcome::Unknown: break;
    }
    return DetailPane::tr("Status not known to this application");
}

// "#42 Database unreachable", "Ada Lovelace <ada@example.com>", or the name.
QString linkDisplay(LinkKind kind, const LinkedResource &link)
{
    if (kind == LinkKind::Incident || kind == LinkKind::Alert) {
        if (!link.number)
            return orDash(link.name);
        const QString number = QStringLiteral("#%1").arg(*link.number);
        return link.name.isEmpty() ? number : number + QLatin1Char(' ') + link.name;
    }
    if (kind == LinkKind::User) {
        if (!link.name.isEmpty() && !link.email.isEmpty())
            return QStringLiteral("%1 <%2>").arg(link.name, link.email);
        return orDash(link.name.isEmpty() ? link.email : link.name);
    }
    return orDash(link.name);
}

// Twilio's message SID as written into the status message ("Message ID: SM…").
QString providerIdFromStatusMessage(const QString &statusMessage)
{
    static const QRegularExpression sid(QStringLiteral("\\bMessage ID: ([A-Z]{2}[0-9a-fA-F]{32})\\b"));
    const QRegularExpressionMatch match = sid.match(statusMessage);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_pivots(new PivotButtons(this))
{
    connect(m_pivots, &PivotButtons::pivotChosen, this, &DetailPane::pivotRequested);
    m_stack = new QStackedWidget(this);

    // Nothing selected: say so, and how to choose a message.
    auto *emptyPage = new QWidget(m_stack);
    emptyPage->setObjectName(QStringLiteral("emptyPage"));
    m_emptyState = new QLabel(tr("Select a message to see its details."), emptyPage);
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    auto *emptyHint = new QLabel(tr("Click a row of the table, or move through it with the arrow keys. "
                                    "Every field of the message is shown here and can be copied."),
                                 emptyPage);
    emptyHint->setObjectName(QStringLiteral("emptyHint"));
    emptyHint->setAlignment(Qt::AlignCenter);
    emptyHint->setWordWrap(true);
    emptyHint->setEnabled(false); // the platform's look for "nothing here"
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyState);
    emptyLayout->addWidget(emptyHint);
    emptyLayout->addStretch(1);
    m_stack->addWidget(emptyPage);

    m_scrollArea = new QScrollArea(m_stack);
    m_scrollArea->setObjectName(QStringLiteral("detailScrollArea"));
    m_scrollArea->setAccessibleName(tr("Message details"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_scrollArea);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows); // values go under their label when narrow
    m_sentAt = addValueRow(form, tr("Sent at:"), QStringLiteral("sentAt"));
    m_updatedAt = addValueRow(form, tr("Updated at:"), QStringLiteral("updatedAt"));

    auto *statusField = new QWidget(content);
    auto *statusLayout = new QHBoxLayout(statusField);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    m_statusIcon = new QLabel(statusField);
    m_statusIcon->setObjectName(QStringLiteral("statusIcon"));
    m_status = new QLabel(dash(), statusField);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    makeSelectable(m_status);
    statusLayout->addWidget(m_statusIcon);
    statusLayout->addWidget(m_status, 1);
    form->addRow(tr("Status:"), m_pivots->wrap(statusField, {PivotField::Status}));

    // The code with its meaning, and the provider's page about it.
    auto *errorField = new QWidget(content);
    auto *errorLayout = stackedLayout(errorField);
    m_errorCode = valueLabel(errorField, QStringLiteral("errorCode"), tr("Error code"));
    m_errorCodeDoc = new QLabel(errorField);
    m_errorCodeDoc->setObjectName(QStringLiteral("errorCodeDoc"));
    m_errorCodeDoc->setTextFormat(Qt::RichText); // a link made here, never record text
    m_errorCodeDoc->setOpenExternalLinks(true);
    m_errorCodeDoc->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_errorCodeDoc->setFont(smallerFont(m_errorCodeDoc->font()));
    errorLayout->addWidget(m_errorCode);
    errorLayout->addWidget(m_errorCodeDoc);
    form->addRow(tr("Error code:"), m_pivots->wrap(errorField, {PivotField::ErrorCode}));
    m_cost = addValueRow(form, tr("Cost:"), QStringLiteral("cost"));
    m_toNumber = addValueRow(form, tr("To:"), QStringLiteral("toNumber"), {{PivotField::ToNumber}});
    m_fromNumber = addValueRow(form, tr("From:"), QStringLiteral("fromNumber"), {{PivotField::FromNumber}});

    auto *projectField = new QWidget(content);
    auto *projectLayout = new QVBoxLayout(projectField);
    projectLayout->setContentsMargins(0, 0, 0, 0);
    projectLayout->setSpacing(0);
    m_project = new QLabel(dash(), projectField);
    m_project->setObjectName(QStringLiteral("project"));
    m_project->setAccessibleName(tr("Project"));
    makeSelectable(m_project);
    m_projectId = new QLabel(projectField);
    m_projectId->setObjectName(QStringLiteral("projectId"));
    m_projectId->setAccessibleName(tr("Project id"));
    m_projectId->setFont(smallerFont(m_projectId->font()));
    makeSelectable(m_projectId);
    m_smsLogButtons = new DashboardLinkButtons(QStringLiteral("smsLog"), projectField);
    m_smsLogButtons->setToolTip(tr("The project's SMS log page in OneUptime"));
    projectLayout->addWidget(m_project);
    projectLayout->addWidget(m_projectId);
    projectLayout->addWidget(m_smsLogButtons);
    form->addRow(tr("Project:"), m_pivots->wrap(projectField, {PivotField::Project}));

    m_messageId = addValueRow(form, tr("Message id:"), QStringLiteral("messageId"));
    m_providerMessageId = addValueRow(form, tr("Provider message id:"), QStringLiteral("providerMessageId"));
    contentLayout->addLayout(form);

    const auto addHeading = [&](const QString &text, QWidget *buddy) {
        auto *heading = new QLabel(text, content);
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
        heading->setBuddy(buddy);
        contentLayout->addWidget(heading);
        contentLayout->addWidget(buddy);
    };
    m_smsText = addTextBlock(content, QStringLiteral("smsText"), tr("SMS text"));
    addHeading(tr("SMS text"), m_smsText);
    m_statusMessage = addTextBlock(content, QStringLiteral("statusMessage"), tr("Status message"));
    addHeading(tr("Status message"), m_statusMessage);

    m_linksBox = new QGroupBox(tr("Linked resources"), content);
    m_linksBox->setObjectName(QStringLiteral("linksBox"));
    // Rows are plain widgets, not QFormLayout rows: QFormLayout::setRowVisible (Qt 6.4) left the
    // first row blank after it was hidden and shown again.
    auto *linksLayout = new QVBoxLayout(m_linksBox);
    linksLayout->setSpacing(4);
    for (const LinkKind kind : allLinkKinds) {
        const auto index = static_cast<size_t>(kind);
        const QString key = linkKindKey(kind);
        auto *row = new QWidget(m_linksBox);
        // Title above the value: the pane is narrow and ids are long.
        auto *rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 2);
        rowLayout->setSpacing(0);
        auto *title = new QLabel(tr("%1:").arg(linkKindTitle(kind)), row);
        QFont titleFont = title->font();
        titleFont.setBold(true);
        title->setFont(smallerFont(titleFont));
        auto *field = new QWidget(row);
        rowLayout->addWidget(title);
        rowLayout->addWidget(m_pivots->wrap(field, {PivotField::Link, kind}));
        auto *fieldLayout = new QVBoxLayout(field);
        fieldLayout->setContentsMargins(0, 0, 0, 0);
        fieldLayout->setSpacing(0);
        auto *name = new QLabel(dash(), field);
        name->setObjectName(QStringLiteral("link_") + key);
        name->setAccessibleName(linkKindTitle(kind));
        makeSelectable(name);
        auto *id = new QLabel(field);
        id->setObjectName(QStringLiteral("linkId_") + key);
        id->setAccessibleName(tr("%1 id").arg(linkKindTitle(kind)));
        id->setFont(smallerFont(id->font()));
        makeSelectable(id);
        auto *context = new QLabel(field);
        context->setObjectName(QStringLiteral("linkContext_") + key);
        context->setAccessibleName(tr("%1 state").arg(linkKindTitle(kind)));
        context->setWordWrap(true);
        makeSelectable(context);
        context->setVisible(false);
        auto *buttons = new DashboardLinkButtons(key, field);
        fieldLayout->addWidget(name);
        fieldLayout->addWidget(context);
        fieldLayout->addWidget(id);
        fieldLayout->addWidget(buttons);
        title->setBuddy(name);
        linksLayout->addWidget(row);
        m_linkRows[index] = row;
        m_linkNames[index] = name;
        m_linkIds[index] = id;
        m_linkContexts[index] = context;
        m_linkButtons[index] = buttons;
    }
    m_noLinks = new QLabel(tr("No linked resources"), m_linksBox);
    m_noLinks->setObjectName(QStringLiteral("noLinks"));
    m_noLinks->setEnabled(false);
    linksLayout->addWidget(m_noLinks);
    contentLayout->addWidget(m_linksBox);
    contentLayout->addStretch(1);

    m_scrollArea->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    clear();
}

DetailPane::~DetailPane() = default;

QLabel *DetailPane::addValueRow(QFormLayout *form, const QString &label, const QString &objectName,
                                const std::optional<PivotTarget> &pivot)
{
    auto *value = new QLabel(dash());
    value->setObjectName(objectName);
    QString name = label;
    if (name.endsWith(QLatin1Char(':')))
        name.chop(1);
    value->setAccessibleName(name);
    makeSelectable(value);
    form->addRow(label, pivot ? m_pivots->wrap(value, *pivot) : value);
    return value;
}

QPlainTextEdit *DetailPane::addTextBlock(QWidget *parent, const QString &objectName,
                                         const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    edit->setTabChangesFocus(true);
    edit->setPlaceholderText(dash());
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    edit->viewport()->installEventFilter(this); // its width is what the text wraps at
    fitTextHeight(edit);
    return edit;
}

void DetailPane::setRecord(const SmsRecord &record)
{
    setTime(m_sentAt, record.createdAt);
    setTime(m_updatedAt, record.updatedAt);
    setStatus(record.status);
    m_errorCode->setText(orDash(ProviderErrorTable::builtIn().label(record.errorCode)));
    const auto knownError = ProviderErrorTable::builtIn().find(record.errorCode);
    m_errorCodeDoc->setText(
        knownError ? QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(knownError->documentation.toString(QUrl::FullyEncoded),
                              tr("What the provider says about %1").arg(knownError->code).toHtmlEscaped())
                   : QString());
    m_errorCodeDoc->setToolTip(knownError ? knownError->documentation.toString() : QString());
    m_errorCodeDoc->setVisible(knownError.has_value());
    m_cost->setText(record.costCents ? formatCents(*record.costCents) : dash());
    m_cost->setToolTip(record.costCents ? QString() : tr("The cost is not known"));
    m_toNumber->setText(orDash(record.toNumber));
    m_fromNumber->setText(orDash(record.fromNumber));
    m_project->setText(orDash(record.projectName));
    m_projectId->setText(record.projectId);
    m_projectId->setVisible(!record.projectId.isEmpty());
    m_messageId->setText(orDash(record.id));

    if (!record.providerExternalId.isEmpty()) {
        m_providerMessageId->setText(record.providerExternalId);
        m_providerMessageId->setToolTip(QString());
    } else {
        const QString fromStatus = providerIdFromStatusMessage(record.statusMessage);
        m_providerMessageId->setText(orDash(fromStatus));
        m_providerMessageId->setToolTip(fromStatus.isEmpty() ? QString()
                                                             : tr("Taken from the status message"));
    }

    m_smsText->setPlainText(record.smsText);
    m_statusMessage->setPlainText(record.statusMessage);
    fitTextHeight(m_smsText);
    fitTextHeight(m_statusMessage);

    bool anyLink = false;
    for (const LinkKind kind : allLinkKinds) {
        const auto index = static_cast<size_t>(kind);
        const LinkedResource &link = record.link(kind);
        m_linkNames[index]->setText(link.isSet() ? linkDisplay(kind, link) : dash());
        m_linkIds[index]->setText(link.id);
        m_linkContexts[index]->clear();
        m_linkContexts[index]->setVisible(false);
        m_linkRows[index]->setVisible(link.isSet());
        anyLink = anyLink || link.isSet();
    }
    m_record = record;
    m_noLinks->setVisible(!anyLink);
    m_pivots->setRecord(record);
    const DashboardBase base
        = m_dashboardBase ? m_dashboardBase(record.projectId) : DashboardBase{{}, tr("No SMS log is open.")};
    for (const DashboardLink &link : DashboardLinks::linksOf(record, base))
        (link.kind ? m_linkButtons[static_cast<size_t>(*link.kind)] : m_smsLogButtons)->setLink(link);

    m_stack->setCurrentWidget(m_scrollArea);
}

void DetailPane::setContexts(const QString &recordId, const ResourceContexts &contexts)
{
    if (recordId.isEmpty() || recordId != m_record.id)
        return;
    for (const LinkKind kind : allLinkKinds) {
        const auto index = static_cast<size_t>(kind);
        const LinkedResource &link = m_record.link(kind);
        if (!link.isSet() || !hasResourceContext(kind))
            continue;
        const ResourceContext context = contexts.value(resourceContextKey(kind, link.id));
        // The number as the project writes it ("INC-42") in place of "#42".
        if (!context.label.isEmpty())
            m_linkNames[index]->setText(link.name.isEmpty() ? context.label
                                                            : context.label + u' ' + link.name);
        QStringList parts;
        if (!context.state.isEmpty())
            parts << tr("State: %1").arg(context.state);
        if (!context.severity.isEmpty())
            parts << tr("Severity: %1").arg(context.severity);
        if (!context.type.isEmpty())
            parts << tr("Type: %1").arg(context.type);
        m_linkContexts[index]->setText(parts.join(QStringLiteral(" · ")));
        m_linkContexts[index]->setVisible(!parts.isEmpty());
    }
}

void DetailPane::clear()
{
    // Forget the previous record entirely, so that nothing stale can be read or copied.
    for (QLabel *label : {m_sentAt, m_updatedAt, m_status, m_errorCode, m_cost, m_toNumber, m_fromNumber,
                          m_project, m_messageId, m_providerMessageId}) {
        label->setText(dash());
        label->setToolTip(QString());
    }
    m_statusIcon->clear();
    m_statusIcon->setToolTip(QString());
    m_statusValue.clear();
    m_projectId->clear();
    m_smsText->clear();
    m_statusMessage->clear();
    m_record = {};
    for (size_t i = 0; i < m_linkNames.size(); ++i) {
        m_linkNames[i]->setText(dash());
        m_linkIds[i]->clear();
        m_linkContexts[i]->clear();
        m_linkContexts[i]->setVisible(false);
        m_linkRows[i]->setVisible(false);
        m_linkButtons[i]->clear();
    }
    m_smsLogButtons->clear();
    m_errorCodeDoc->clear();
    m_errorCodeDoc->setVisible(false);
    m_noLinks->setVisible(true);
    m_pivots->clear();
    m_stack->setCurrentWidget(m_emptyState->parentWidget());
}

void DetailPane::setDashboardBaseLookup(std::function<DashboardBase(const QString &projectId)> lookup)
{
    m_dashboardBase = std::move(lookup);
}

bool DetailPane::event(QEvent *event)
{
    // Sent when the window moves to a screen with another scale (Qt 6.4 has no public event).
    if (event->type() == QEvent::ScreenChangeInternal && !m_statusValue.isEmpty())
        setStatus(m_statusValue);
    return QWidget::event(event);
}

bool DetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        for (QPlainTextEdit *edit : {m_smsText, m_statusMessage}) {
            if (edit && watched == edit->viewport())
                fitTextHeight(edit);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DetailPane::setTime(QLabel *label, const QDateTime &utc)
{
    if (!utc.isValid()) {
        label->setText(dash());
        label->setToolTip(QString());
        return;
    }
    label->setText(m_time.text(utc));
    const QDateTime inUtc = utc.toUTC();
    const Qt::DateFormat iso = inUtc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate;
    label->setToolTip(m_time.isUtc() ? tr("UTC: %1").arg(inUtc.toString(iso))
                                     : tr("%1 (UTC: %2)").arg(m_time.iso(utc), inUtc.toString(iso)));
}

void DetailPane::setStatus(const QString &status)
{
    m_statusValue = status;
    m_status->setText(orDash(status));
    if (status.isEmpty()) {
        m_statusIcon->clear();
        m_statusIcon->setToolTip(QString());
        m_status->setToolTip(QString());
        return;
    }
    const SmsStatus::Outcome outcome = SmsStatus::outcome(status);
    // Icons are drawn for the exact device size: sharp at any scale.
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setPixmap(StatusIcon::icon(status).pixmap(QSize(size, size), devicePixelRatioF()));
    const QString description = outcomeDescription(outcome);
    m_statusIcon->setToolTip(description);
    m_statusIcon->setAccessibleName(description);
    m_status->setToolTip(description);
}

void DetailPane::fitTextHeight(QPlainTextEdit *edit)
{
    // Count wrapped lines the way the editor wraps them, stopping at the limit.
    const QString text = edit->toPlainText();
    const QFontMetricsF metrics(edit->font());
    const qreal margin = edit->document()->documentMargin();
    const qreal width
        = std::max<qreal>(metrics.averageCharWidth() * 8, edit->viewport()->width() - 2 * margin);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

    // Line heights come from the layout, so that fallback fonts (emoji, CJK) are counted.
    int lines = 0;
    qreal textHeight = 0;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        QTextLayout layout(paragraph, edit->font());
        layout.setTextOption(option);
        layout.beginLayout();
        int paragraphLines = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setLeadingIncluded(true);
            ++paragraphLines;
            textHeight += std::max(line.height(), metrics.lineSpacing());
            if (lines + paragraphLines >= maxTextLines)
                break;
        }
        layout.endLayout();
        if (paragraphLines == 0)
            textHeight += metrics.lineSpacing();
        lines += std::max(1, paragraphLines);
        if (lines >= maxTextLines)
            break;
    }
    if (lines < minTextLines)
        textHeight += (minTextLines - lines) * metrics.lineSpacing();

    const int height = int(std::ceil(textHeight + 2 * margin)) + 2 * edit->frameWidth() + 1;
    if (edit->height() != height || edit->minimumHeight() != height)
        edit->setFixedHeight(height);
}
