// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "timedisplay.h"

TimeDisplay::TimeDisplay()
    : m_zone(QTimeZone::systemTimeZone())
{ }

TimeDisplay TimeDisplay::utc()
{
    TimeDisplay display;
    display.m_utc = true;
    display.m_zone = QTimeZone::utc();
    return display;
}

TimeDisplay TimeDisplay::inZone(const QTimeZone &zone)
{
    TimeDisplay display;
    display.m_zone = zone.isValid() ? zone : QTimeZone::utc();
    display.m_utc = display.m_zone == QTimeZone::utc();
    return display;
}

QString TimeDisplay::zoneName() const
{
    if (m_utc)
        return QStringLiteral("UTC");
    const QString id = QString::fromUtf8(m_zone.id());
    // A machine set to UTC calls it "Etc/UTC" or the like: say UTC.
    static const QStringList utcNames{QStringLiteral("UTC"),      QStringLiteral("Etc/UTC"),
                                      QStringLiteral("Etc/UCT"),  QStringLiteral("Etc/Universal"),
                                      QStringLiteral("Etc/Zulu"), QStringLiteral("Universal"),
                                      QStringLiteral("Zulu"),     QStringLiteral("UCT"),
                                      QStringLiteral("Etc/GMT"),  QStringLiteral("GMT")};
    return id.isEmpty() || utcNames.contains(id) ? QStringLiteral("UTC") : id;
}

QDateTime TimeDisplay::toZone(const QDateTime &time) const
{
    return m_utc ? time.toUTC() : time.toTimeZone(m_zone);
}

bool TimeDisplay::isAmbiguous(const QDateTime &time) const
{
    if (m_utc || !time.isValid() || !m_zone.hasTransitions())
        return false;
    // A transition that turns the clocks back by d makes the wall times of the d before it and
    // the d after it the same: `time` is ambiguous when such a transition is less than d away.
    const auto repeats = [&](const QTimeZone::OffsetData &transition) {
        if (!transition.atUtc.isValid())
            return false;
        const qint64 before = m_zone.offsetFromUtc(transition.atUtc.addSecs(-1));
        const qint64 after = transition.offsetFromUtc;
        if (after >= before)
            return false;
        const qint64 distance = qAbs(time.secsTo(transition.atUtc));
        return distance < before - after
            || (distance == before - after && time < transition.atUtc); // the window is half-open
    };
    return repeats(m_zone.nextTransition(time)) || repeats(m_zone.previousTransition(time.addSecs(1)));
}

QString TimeDisplay::text(const QDateTime &time) const
{
    if (!time.isValid())
        return {};
    const QDateTime local = toZone(time);
    QString text = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (isAmbiguous(time))
        text += u' ' + m_zone.abbreviation(time);
    return text;
}

QString TimeDisplay::iso(const QDateTime &time) const
{
    if (!time.isValid())
        return {};
    if (m_utc)
        return time.toUTC().toString(Qt::ISODateWithMs); // ends in Z
    // QDateTime in a QTimeZone prints its offset with Qt::ISODate(WithMs).
    return toZone(time).toString(Qt::ISODateWithMs);
}
