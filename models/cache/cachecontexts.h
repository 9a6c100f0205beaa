// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "resourcecontext.h"

#include <QStringList>
#include <optional>

class CacheConnection;

// Reading resource_context (format 3), for the window (CacheReader) and snapshots (CacheExport).
namespace CacheContexts {

// The contexts of the resources of `keys` (resourceContextKey()) that the file holds: none from a
// file of format 2 or older; nullopt when reading failed (or was interrupted).
std::optional<ResourceContexts> read(CacheConnection &connection, int fileVersion, const QStringList &keys);

} // namespace CacheContexts
