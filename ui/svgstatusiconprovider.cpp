// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "svgstatusiconprovider.h"

#include "statusicon.h"

QIcon SvgStatusIconProvider::icon(const QString &status) const
{
    return StatusIcon::icon(status);
}

const SvgStatusIconProvider *SvgStatusIconProvider::instance()
{
    static const SvgStatusIconProvider provider;
    return &provider;
}
