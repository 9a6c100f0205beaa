// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "filterbar.h"

#include "costtotals.h"
#include "icons.h"
#include "linkkind.h"
#include "providererrortable.h"
#include "smsstatus.h"
#include "theme.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

constexpr int debounceMs = 300;

// The stylesheet frame of a field holding invalid input, in the error colour of the bar's
// palette (readable on light and dark palettes). The message under the bar says why, so the
// colour is never the only sign.
QString invalidFrameStyle(const QWidget *widget, const QPalette &palette)
{
    return QStringLiteral("%1 { border: 2px solid %2; border-radius: 3px; }")
        .arg(QLatin1String(widget->metaObject()->className()), errorColor(palette).name());
}

bool isPhoneSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'(' || c == u')';
}

// Digits (ASCII only, as stored by OneUptime), '+', spaces, dashes and brackets.
bool isValidNumberInput(const QString &text)
{
    for (const QChar c : text) {
        if (!(c >= u'0' && c <= u'9') && c != u'+' && !isPhoneSeparator(c))
            return false;
    }
    return true;
}

QString withoutPhoneSeparators(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!isPhoneSeparator(c))
            result.append(c);
    }
    return result;
}

QDateTime startOfMinute(const QDateTime &local)
{
    const QTime time = local.time();
    return QDateTime(local.date(), QTime(time.hour(), time.minute()), Qt::LocalTime);
}

QDateTime endOfMinute(const QDateTime &local)
{
    return startOfMinute(local).addMSecs(59'999);
}

// Menu and button texts treat '&' as a mnemonic marker.
QString escapeMnemonic(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::applyNow);

    buildRows();
    updateStatusButton();
    showCustomEdits(false);
    showErrors(Candidate{});
}

FilterBar::~FilterBar() = default;

void FilterBar::buildRows()
{
    // Status: a menu of checkable values.
    m_statusButton = new QToolButton(this);
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_statusButton->setAccessibleName(tr("Status filter"));
    m_statusButton->setAccessibleDescription(
        tr("Opens a list of delivery statuses; tick one or several to show only those messages"));
    m_statusMenu = new QMenu(m_statusButton);
    m_statusMenu->setObjectName(QStringLiteral("statusMenu"));
    m_statusMenu->installEventFilter(this);
    m_statusButton->setMenu(m_statusMenu);
    m_statusButton->setObjectName(QStringLiteral("statusButton"));

    m_allStatusesAction = m_statusMenu->addAction(tr("All statuses"));
    m_allStatusesAction->setCheckable(true);
    m_allStatusesAction->setChecked(true);
    connect(m_allStatusesAction, &QAction::triggered, this,
            [this] { handleStatusTriggered(m_allStatusesAction); });
    m_statusMenu->addSeparator();
    m_extraStatusSeparator = m_statusMenu->addSeparator();
    m_extraStatusSeparator->setVisible(false);
    const QStringList known = SmsStatus::knownValues();
    for (const QString &status : known)
        addStatusAction(status);

    // Time range.
    m_timeCombo = new QComboBox(this);
    m_timeCombo->setObjectName(QStringLiteral("timeCombo"));
    m_timeCombo->addItem(tr("Any time"));
    m_timeCombo->addItem(tr("Last hour"));
    m_timeCombo->addItem(tr("Last 24 hours"));
    m_timeCombo->addItem(tr("Last 7 days"));
    m_timeCombo->addItem(tr("Last 30 days"));
    m_timeCombo->addItem(tr("Custom range…"));
    m_timeCombo->setAccessibleName(tr("Sent at"));
    m_timeCombo->setToolTip(tr("Show only messages sent in this time range"));
    connect(m_timeCombo, &QComboBox::activated, this, &FilterBar::handleTimePresetActivated);

    const auto makeDateEdit = [this](const QString &objectName, const QString &name, const QString &tip) {
        auto *edit = new QDateTimeEdit(this);
        edit->setObjectName(objectName);
        edit->setTimeSpec(Qt::LocalTime);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        // The minimum stands for an open bound.
        edit->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::LocalTime));
        edit->setSpecialValueText(tr("open"));
        edit->setAccessibleName(name);
        edit->setToolTip(tip);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this, edit] { handleCustomEdited(edit); });
        return edit;
    };
    m_fromEdit = makeDateEdit(QStringLiteral("fromEdit"), tr("Start of the time range"),
                              tr("First minute of the time range, local time (included)"));
    m_toEdit = makeDateEdit(QStringLiteral("toEdit"), tr("End of the time range"),
                            tr("Last minute of the time range, local time (included)"));
    m_rangeSeparator = new QLabel(tr("to"), this);
    m_rangeSeparator->setBuddy(m_toEdit);

    // Project and error code.
    m_projectCombo = new QComboBox(this);
    m_projectCombo->setObjectName(QStringLiteral("projectCombo"));
    m_projectCombo->addItem(tr("All projects"), QString());
    m_projectCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_projectCombo->setMinimumContentsLength(14);
    m_projectCombo->setAccessibleName(tr("Project"));
    m_projectCombo->setToolTip(tr("Show only messages of this project"));
    connect(m_projectCombo, &QComboBox::activated, this, &FilterBar::applyNow);

    m_errorCodeCombo = new QComboBox(this);
    m_errorCodeCombo->setObjectName(QStringLiteral("errorCodeCombo"));
    m_errorCodeCombo->setEditable(true);
    m_errorCodeCombo->setInsertPolicy(QComboBox::NoInsert);
    m_errorCodeCombo->setCompleter(nullptr); // inline completion would change what was typed
    m_errorCodeCombo->addItem(tr("Any error code"));
    m_errorCodeCombo->setEditText(QString());
    m_errorCodeCombo->lineEdit()->setPlaceholderText(tr("Any error code"));
    m_errorCodeCombo->lineEdit()->setClearButtonEnabled(true);
    m_errorCodeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_errorCodeCombo->setMinimumContentsLength(10);
    m_errorCodeCombo->setAccessibleName(tr("Error code"));
    m_errorCodeCombo->setToolTip(tr("Show only messages with exactly this provider error code"));
    connect(m_errorCodeCombo, &QComboBox::editTextChanged, this, &FilterBar::handleTextEdited);
    connect(m_errorCodeCombo, &QComboBox::activated, this, [this](int index) {
        if (m_updating)
            return;
        // The list shows "30007 — Carrier filtered the message"; the field keeps the code.
        m_updating = true;
        m_errorCodeCombo->setEditText(index == 0 ? QString() : m_errorCodeCombo->itemData(index).toString());
        m_updating = false;
        applyNow();
    });

    m_clearButton = new QToolButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    m_clearButton->setText(tr("Clear filters"));
    m_clearButton->setIcon(actionIcon(QStringLiteral("filter-clear")));
    m_clearButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clearButton->setAccessibleName(tr("Clear filters"));
    m_clearButton->setToolTip(tr("Remove every filter and show all messages"));
    connect(m_clearButton, &QToolButton::clicked, this, &FilterBar::clear);

    // Second row: numbers, text search, linked resource.
    const auto makeLineEdit = [this](const QString &objectName, const QString &placeholder,
                                     const QString &name, const QString &tip) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        edit->setAccessibleName(name);
        edit->setToolTip(tip);
        connect(edit, &QLineEdit::textChanged, this, &FilterBar::handleTextEdited);
        return edit;
    };
    m_toNumberEdit = makeLineEdit(QStringLiteral("toNumberEdit"), tr("To number contains…"), tr("To number"),
                                  tr("Show only messages whose recipient number contains these digits"));
    m_fromNumberEdit
        = makeLineEdit(QStringLiteral("fromNumberEdit"), tr("From number contains…"), tr("From number"),
                       tr("Show only messages whose sender number contains these digits"));
    m_searchEdit = makeLineEdit(QStringLiteral("searchEdit"), tr("Search SMS text and status message…"),
                                tr("Search text"),
                                tr("Show only messages whose text or status message "
                                   "contains these words"));

    m_linkKindCombo = new QComboBox(this);
    m_linkKindCombo->setObjectName(QStringLiteral("linkKindCombo"));
    for (const LinkKind kind : allLinkKinds)
        m_linkKindCombo->addItem(linkKindTitle(kind), static_cast<int>(kind));
    m_linkKindCombo->setAccessibleName(tr("Linked resource kind"));
    m_linkKindCombo->setToolTip(tr("Which kind of resource the message must be linked to"));
    connect(m_linkKindCombo, &QComboBox::activated, this, &FilterBar::applyNow);
    auto *linkLabel = new QLabel(tr("Linked to:"), this);
    linkLabel->setBuddy(m_linkKindCombo);

    m_linkTextEdit
        = makeLineEdit(QStringLiteral("linkTextEdit"), tr("id, name or #number"), tr("Linked resource"),
                       tr("Id, part of the name, or #number of the linked resource"));

    m_errorIcon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(false); // one short sentence; wrapping made the row taller than its text
    m_errorLabel->setAccessibleName(tr("Filter input problem"));
    m_errorLabel->setAccessibleDescription(tr("What to correct before the filter is applied"));

    auto *firstRow = new QHBoxLayout;
    firstRow->addWidget(m_statusButton);
    firstRow->addWidget(m_timeCombo);
    firstRow->addWidget(m_fromEdit);
    firstRow->addWidget(m_rangeSeparator);
    firstRow->addWidget(m_toEdit);
    firstRow->addWidget(m_projectCombo, 1);
    firstRow->addWidget(m_errorCodeCombo);
    firstRow->addStretch(0);
    firstRow->addWidget(m_clearButton);

    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(m_toNumberEdit, 1);
    secondRow->addWidget(m_fromNumberEdit, 1);
    secondRow->addWidget(m_searchEdit, 3);
    secondRow->addWidget(linkLabel);
    secondRow->addWidget(m_linkKindCombo);
    secondRow->addWidget(m_linkTextEdit, 1);
    m_linkRow = secondRow;

    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorIcon, 0, Qt::AlignVCenter);
    errorRow->addWidget(m_errorLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(firstRow);
    layout->addLayout(secondRow);
    layout->addLayout(errorRow);
}

SmsFilter FilterBar::filter() const
{
    return m_applied;
}

void FilterBar::setFilter(const SmsFilter &filter)
{
    m_updating = true;

    for (const QString &status : filter.statuses)
        addStatusAction(status);
    for (QAction *action : std::as_const(m_statusActions))
        action->setChecked(filter.statuses.contains(action->data().toString()));
    m_allStatusesAction->setChecked(filter.statuses.isEmpty());

    const int preset = m_timeCombo->currentIndex();
    const bool keepPreset = preset != AnyTime && preset != CustomRange && filter.sentFrom.isValid()
        && filter.sentFrom == m_presetFrom && !filter.sentTo.isValid();
    if (!filter.sentFrom.isValid() && !filter.sentTo.isValid()) {
        m_timeCombo->setCurrentIndex(AnyTime);
        m_presetFrom = QDateTime();
    } else if (!keepPreset) {
        m_timeCombo->setCurrentIndex(CustomRange);
        m_presetFrom = QDateTime();
        setCustomRange(filter.sentFrom, filter.sentTo);
    }

    m_toNumberEdit->setText(filter.toNumber);
    m_fromNumberEdit->setText(filter.fromNumber);
    m_searchEdit->setText(filter.text);

    int projectIndex = m_projectCombo->findData(filter.projectId);
    if (projectIndex < 0) {
        m_projectCombo->addItem(filter.projectId, filter.projectId);
        projectIndex = m_projectCombo->count() - 1;
    }
    m_projectCombo->setCurrentIndex(projectIndex);

    m_errorCodeCombo->setEditText(filter.errorCode);

    if (filter.linkKind) {
        const int kindIndex = m_linkKindCombo->findData(static_cast<int>(*filter.linkKind));
        if (kindIndex >= 0)
            m_linkKindCombo->setCurrentIndex(kindIndex);
    }
    m_linkTextEdit->setText(filter.linkText);

    m_updating = false;
    updateStatusButton();
    showCustomEdits(m_timeCombo->currentIndex() == CustomRange);
    applyNow();
}

void FilterBar::addLinkControl(QWidget *control)
{
    m_linkRow->addWidget(control);
}

void FilterBar::setChoices(const FilterChoices &choices)
{
    m_updating = true;

    // Statuses: the known values always stay; other values follow the choices unless checked.
    for (const QString &status : choices.statuses)
        addStatusAction(status);
    const QStringList known = SmsStatus::knownValues();
    for (qsizetype i = m_statusActions.size() - 1; i >= 0; --i) {
        QAction *action = m_statusActions.at(i);
        const QString status = action->data().toString();
        if (!action->isChecked() && !known.contains(status) && !choices.statuses.contains(status)) {
            m_statusActions.removeAt(i);
            delete action;
        }
    }
    m_extraStatusSeparator->setVisible(m_statusActions.size() > known.size());

    // Projects: keep the selected one, also when it is not offered any more.
    const QString projectId = m_projectCombo->currentData().toString();
    const QString projectText = m_projectCombo->currentText();
    m_projectCombo->clear();
    m_projectCombo->addItem(tr("All projects"), QString());
    for (const auto &[id, name] : choices.projects) {
        m_projectCombo->addItem(name.isEmpty() ? id : name, id);
        m_projectCombo->setItemData(m_projectCombo->count() - 1, id, Qt::ToolTipRole);
    }
    int projectIndex = m_projectCombo->findData(projectId);
    if (projectIndex < 0) {
        m_projectCombo->addItem(projectText, projectId);
        projectIndex = m_projectCombo->count() - 1;
    }
    m_projectCombo->setCurrentIndex(projectIndex);

    // Error codes: the typed or chosen text stays.
    const QString errorCode = m_errorCodeCombo->currentText();
    m_errorCodeCombo->clear();
    m_errorCodeCombo->addItem(tr("Any error code"));
    for (const QString &code : choices.errorCodes) {
        // The code and what it means; the provider's page in the tooltip.
        const auto known = ProviderErrorTable::builtIn().find(code);
        m_errorCodeCombo->addItem(ProviderErrorTable::builtIn().label(code), code);
        if (known)
            m_errorCodeCombo->setItemData(
                m_errorCodeCombo->count() - 1,
                QStringLiteral("%1\n%2").arg(known->meaning, known->documentation.toString()),
                Qt::ToolTipRole);
    }
    m_errorCodeCombo->setEditText(errorCode == m_errorCodeCombo->itemText(0) ? QString() : errorCode);

    m_updating = false;
    updateStatusButton();
}

void FilterBar::clear()
{
    m_updating = true;
    m_linkKindCombo->setCurrentIndex(0);
    m_updating = false;
    setFilter(SmsFilter{});
}

void FilterBar::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

QString FilterBar::errorText() const
{
    return m_errorLabel->text();
}

void FilterBar::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    // Keep the status menu open while values are ticked, so that several can be chosen.
    if (watched == m_statusMenu) {
        QAction *action = nullptr;
        if (event->type() == QEvent::MouseButtonRelease) {
            const auto *mouseEvent = static_cast<QMouseEvent *>(event);
            action = m_statusMenu->actionAt(mouseEvent->position().toPoint());
        } else if (event->type() == QEvent::KeyPress
                   && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
            action = m_statusMenu->activeAction();
        }
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        for (QWidget *widget : std::as_const(m_markedWidgets))
            widget->setStyleSheet(invalidFrameStyle(widget, palette()));
    }
}

void FilterBar::addStatusAction(const QString &status)
{
    if (status.isEmpty())
        return;
    for (const QAction *action : std::as_const(m_statusActions)) {
        if (action->data().toString() == status)
            return;
    }
    // No status icon here: Fusion shows a checkable action's icon instead of its check mark,
    // and which statuses are ticked matters more in this menu.
    auto *action = new QAction(escapeMnemonic(status), m_statusMenu);
    action->setCheckable(true);
    action->setData(status);
    connect(action, &QAction::triggered, this, [this, action] { handleStatusTriggered(action); });
    if (SmsStatus::knownValues().contains(status)) {
        m_statusMenu->insertAction(m_extraStatusSeparator, action);
        // Known values come before every other value.
        qsizetype position = 0;
        while (position < m_statusActions.size()
               && SmsStatus::knownValues().contains(m_statusActions.at(position)->data().toString()))
            ++position;
        m_statusActions.insert(position, action);
    } else {
        m_statusMenu->addAction(action);
        m_statusActions.append(action);
        m_extraStatusSeparator->setVisible(true);
    }
}

QStringList FilterBar::checkedStatuses() const
{
    QStringList statuses;
    for (const QAction *action : m_statusActions) {
        if (action->isChecked())
            statuses.append(action->data().toString());
    }
    return statuses;
}

void FilterBar::updateStatusButton()
{
    const QStringList statuses = checkedStatuses();
    QString text;
    if (statuses.isEmpty())
        text = tr("Status: all");
    else if (statuses.size() <= 2)
        text = tr("Status: %1").arg(statuses.join(QStringLiteral(", ")));
    else
        text = tr("Status: %n selected", nullptr, int(statuses.size()));
    m_statusButton->setText(escapeMnemonic(text));
    // Room for the menu arrow, which styles draw over the text of an instant-popup button.
    m_statusButton->setMinimumWidth(0);
    m_statusButton->setMinimumWidth(
        m_statusButton->sizeHint().width()
        + 2 * style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_statusButton));
    m_statusButton->setToolTip(
        statuses.isEmpty() ? tr("Show only messages with the chosen delivery statuses")
                           : tr("Showing messages with status: %1").arg(statuses.join(QStringLiteral(", "))));
}

void FilterBar::handleStatusTriggered(QAction *action)
{
    if (m_updating)
        return;
    if (action == m_allStatusesAction) {
        for (QAction *statusAction : std::as_const(m_statusActions))
            statusAction->setChecked(false);
        m_allStatusesAction->setChecked(true);
    } else {
        m_allStatusesAction->setChecked(checkedStatuses().isEmpty());
    }
    updateStatusButton();
    applyNow();
}

void FilterBar::handleTimePresetActivated(int index)
{
    if (m_updating)
        return;
    if (index == CustomRange) {
        const QDateTime now = m_clock().toUTC();
        if (m_presetFrom.isValid()) {
            // Start from the preset that was shown.
            setCustomRange(startOfMinute(m_presetFrom.toLocalTime()).toUTC(),
                           endOfMinute(now.toLocalTime()).toUTC());
        } else if (!m_customFrom.isValid() && !m_customTo.isValid()) {
            setCustomRange(startOfMinute(now.addDays(-1).toLocalTime()).toUTC(),
                           endOfMinute(now.toLocalTime()).toUTC());
        }
        m_presetFrom = QDateTime();
        showCustomEdits(true);
    } else {
        showCustomEdits(false);
        anchorPreset(index);
    }
    applyNow();
}

void FilterBar::handleCustomEdited(QDateTimeEdit *edit)
{
    if (m_updating)
        return;
    // The minimum of an edit stands for an open bound; otherwise whole minutes, both included.
    const QDateTime value = edit->dateTime();
    const bool open = value <= edit->minimumDateTime();
    if (edit == m_fromEdit)
        m_customFrom = open ? QDateTime() : startOfMinute(value).toUTC();
    else
        m_customTo = open ? QDateTime() : endOfMinute(value).toUTC();
    showErrors(candidate());
    m_debounce->start();
}

void FilterBar::handleTextEdited()
{
    if (m_updating)
        return;
    showErrors(candidate());
    m_debounce->start();
}

void FilterBar::anchorPreset(int preset)
{
    qint64 span = 0;
    switch (preset) {
    case LastHour: span = 60 * 60; break;
    case Last24Hours: span = 24 * 60 * 60; break;
    case Last7Days: span = 7 * 24 * 60 * 60; break;
    case Last30Days: span = 30 * 24 * 60 * 60; break;
    default: break;
    }
    m_presetFrom = span > 0 ? m_clock().toUTC().addSecs(-span) : QDateTime();
}

void FilterBar::showCustomEdits(bool show)
{
    m_fromEdit->setVisible(show);
    m_rangeSeparator->setVisible(show);
    m_toEdit->setVisible(show);
}

void FilterBar::setCustomRange(const QDateTime &from, const QDateTime &to)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_customFrom = from.isValid() ? from.toUTC() : QDateTime();
    m_customTo = to.isValid() ? to.toUTC() : QDateTime();
    m_fromEdit->setDateTime(from.isValid() ? from.toLocalTime() : m_fromEdit->minimumDateTime());
    m_toEdit->setDateTime(to.isValid() ? to.toLocalTime() : m_toEdit->minimumDateTime());
    m_updating = wasUpdating;
}

FilterBar::Candidate FilterBar::candidate() const
{
    Candidate result;
    SmsFilter &filter = result.filter;

    filter.statuses = checkedStatuses();

    const int preset = m_timeCombo->currentIndex();
    if (preset == CustomRange) {
        filter.sentFrom = m_customFrom;
        filter.sentTo = m_customTo;
    } else if (preset != AnyTime) {
        filter.sentFrom = m_presetFrom;
    }

    bool numberError = false;
    const auto readNumber = [&](QLineEdit *edit, QString &target) {
        const QString text = edit->text().trimmed();
        if (isValidNumberInput(text)) {
            target = withoutPhoneSeparators(text);
        } else {
            numberError = true;
            result.invalidWidgets.append(edit);
        }
    };
    readNumber(m_toNumberEdit, filter.toNumber);
    readNumber(m_fromNumberEdit, filter.fromNumber);
    if (numberError)
        result.errors.append(tr("A phone number holds only digits, +, spaces, dashes and brackets."));

    filter.text = m_searchEdit->text().trimmed();
    filter.projectId = m_projectCombo->currentData().toString();

    const QString errorCode = m_errorCodeCombo->currentText().trimmed();
    // A label of the list ("30007 — Carrier filtered the message") stands for its code.
    if (const int item = m_errorCodeCombo->findText(errorCode); item > 0)
        filter.errorCode = m_errorCodeCombo->itemData(item).toString();
    else if (errorCode != m_errorCodeCombo->itemText(0))
        filter.errorCode = errorCode;

    const QString linkText = m_linkTextEdit->text().trimmed();
    if (!linkText.isEmpty()) {
        filter.linkKind = static_cast<LinkKind>(m_linkKindCombo->currentData().toInt());
        filter.linkText = linkText;
    }

    const QString wholeError = filter.validationError();
    if (!wholeError.isEmpty()) {
        result.errors.append(wholeError);
        if (filter.sentFrom.isValid() && filter.sentTo.isValid() && filter.sentTo < filter.sentFrom)
            result.invalidWidgets.append(m_toEdit);
        else if (!filter.linkText.isEmpty() && !filter.linkKind)
            result.invalidWidgets.append(m_linkKindCombo);
    }
    return result;
}

void FilterBar::showErrors(const Candidate &candidate)
{
    for (QWidget *widget : std::as_const(m_markedWidgets)) {
        if (candidate.invalidWidgets.contains(widget))
            continue;
        widget->setStyleSheet(QString());
        widget->setProperty("inputError", false);
        widget->setAccessibleDescription(QString());
    }
    const QString message = candidate.errors.join(QLatin1Char('\n'));
    for (QWidget *widget : candidate.invalidWidgets) {
        widget->setStyleSheet(invalidFrameStyle(widget, palette()));
        widget->setProperty("inputError", true);
        widget->setAccessibleDescription(message);
    }
    m_markedWidgets = candidate.invalidWidgets;

    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
    m_errorIcon->setVisible(!message.isEmpty());
}

void FilterBar::applyNow()
{
    m_debounce->stop();
    const Candidate current = candidate();
    showErrors(current);
    if (!current.errors.isEmpty() || current.filter == m_applied)
        return;
    m_applied = current.filter;
    emit filterChanged(m_applied);
}

namespace {
const char *const presetNames[] = {"any", "hour", "day", "week", "month", "custom"};
} // namespace

QString FilterBar::timePreset() const
{
    const int index = m_timeCombo->currentIndex();
    return index >= AnyTime && index <= CustomRange ? QString::fromLatin1(presetNames[index])
                                                    : QStringLiteral("any");
}

void FilterBar::setFilter(const SmsFilter &filter, const QString &timePreset)
{
    int preset = -1;
    for (int i = LastHour; i <= Last30Days; ++i)
        if (timePreset == QLatin1String(presetNames[i]))
            preset = i;
    if (preset < 0) {
        setFilter(filter);
        return;
    }
    {
        const QSignalBlocker blocker(m_timeCombo);
        m_timeCombo->setCurrentIndex(preset);
    }
    anchorPreset(preset);
    SmsFilter relative = filter;
    relative.sentFrom = m_presetFrom;
    relative.sentTo = QDateTime();
    setFilter(relative);
}
