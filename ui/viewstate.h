// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smsquery.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

// What a saved view or the last session remembers of the table: the filter (a relative time
// choice stays relative: "last 24 hours" means the 24 hours before it is applied), the sort and
// the columns (which show, in which order, how wide: QHeaderView::saveState()).
struct ViewState {
    SmsFilter filter;
    QString timePreset = QStringLiteral("any"); // FilterBar::timePreset()
    SmsSort sort;
    QByteArray columns; // QHeaderView::saveState(); empty = as the window starts

    bool operator==(const ViewState &) const = default;

    // For settings files: plain strings, numbers and byte arrays only. Times in ISO 8601 UTC.
    QVariantMap toVariant() const;
    // Unknown or malformed entries are left at their defaults; never fails.
    static ViewState fromVariant(const QVariantMap &map);
};
