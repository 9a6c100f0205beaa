// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QByteArray>
#include <optional>

// The window's layout as kept for the next start: geometry, the two splitters, the table's
// columns and the tab shown, in one versioned byte stream (QDataStream, version 1). A stream of
// another version, or a damaged one, is not read at all: the window keeps its defaults.
struct WindowLayout {
    static constexpr quint32 version = 1;

    QByteArray geometry; // QWidget::saveGeometry()
    QByteArray split; // QSplitter::saveState() of the table | detail splitter
    QByteArray leftSplit; // of the tabs | totals splitter
    QByteArray columns; // QHeaderView::saveState() of the table
    qint32 tab = 0;

    QByteArray toBytes() const;
    static std::optional<WindowLayout> fromBytes(const QByteArray &bytes);
};
