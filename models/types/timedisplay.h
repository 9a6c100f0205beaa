// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

// How times are shown: in the local time zone or in UTC (the app's one toggle). Times are stored
// and queried as UTC instants; only their text depends on this. Conversions go through
// QTimeZone, so they follow the zone's daylight-saving rules: a local hour that occurs twice
// (clocks going back) is shown with the zone's abbreviation, so both readings stay apart.
class TimeDisplay
{
public:
    // Local time in the system's zone.
    TimeDisplay();
    // UTC.
    static TimeDisplay utc();
    // Local time in `zone` (tests; a zone other than the system's).
    static TimeDisplay inZone(const QTimeZone &zone);

    bool isUtc() const { return m_utc; }
    QTimeZone zone() const { return m_zone; }

    // The zone's name for a column header: "UTC", or the IANA id ("Europe/Berlin").
    QString zoneName() const;
    // "yyyy-MM-dd HH:mm:ss" in the zone; in an hour that occurs twice, followed by the zone's
    // abbreviation of that moment ("2026-10-25 02:30:00 CEST"). "" for an invalid time.
    QString text(const QDateTime &time) const;
    // ISO 8601 with milliseconds and the offset of the zone at that moment:
    // "2026-10-25T02:30:00.000+02:00", or "…Z" in UTC. "" for an invalid time.
    QString iso(const QDateTime &time) const;
    // The moment in the zone (for grouping by day and the like).
    QDateTime toZone(const QDateTime &time) const;
    // Whether the wall-clock time of `time` in the zone also names another moment (the hour
    // repeated when clocks go back).
    bool isAmbiguous(const QDateTime &time) const;

    bool operator==(const TimeDisplay &other) const { return m_utc == other.m_utc && m_zone == other.m_zone; }

private:
    bool m_utc = false;
    QTimeZone m_zone;
};
Q_DECLARE_METATYPE(TimeDisplay)
