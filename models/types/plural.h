// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QtGlobal>
#include <algorithm>
#include <climits>

// The `n` of a plural text (tr("%Ln message(s)", nullptr, pluralCount(count))): Qt takes an int;
// counts beyond it are plural anyway.
inline int pluralCount(qint64 n)
{
    return int(std::clamp<qint64>(n, INT_MIN, INT_MAX));
}
