// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QLocale>
#include <QString>

// Formats integer US cents as money ("$1,234.05") without going through floating point.
QString formatCents(qint64 cents, const QLocale &locale = QLocale());
