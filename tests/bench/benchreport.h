// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

// The result of one goal: its figure, the floor it is compared with, and whether it met its target.
struct GoalResult {
    QString id; // "G1" … "G10"
    QString gesture; // what was measured, in a few words
    double value = 0; // the figure the target is about, in `unit`
    QString unit = QStringLiteral("ms");
    std::optional<double> floor; // in `unit`; none where no floor applies
    std::optional<double> ratio; // measured / floor (G10: floor / measured)
    QString target; // "≤ 150 ms"
    bool met = false;
    QJsonObject detail; // every figure behind the value
    // Table cells; when empty they are made from value, floor and ratio.
    QString measuredText;
    QString floorText;
};

// Everything a run found, printed as a table and written as JSON.
struct BenchReport {
    qint64 rows = 0;
    QString cache;
    QJsonObject machine; // cores, qt, sqlite
    QList<GoalResult> goals;
    QJsonObject extra; // figures that are no goal (file size, positions, …)
    QList<QPair<QString, QString>> extraLines; // the same, as printed: label, text

    // The table of goals followed by the extra figures, as printed.
    QString text() const;
    QByteArray json() const;
};

// What each figure measures and how; printed before the table.
QString benchMethod();
