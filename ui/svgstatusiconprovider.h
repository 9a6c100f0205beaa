// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "statusiconprovider.h"

// The status icons of StatusIcon (scalable SVG, shape and colour by outcome) for the item models.
// Stateless: the icons are cached by StatusIcon. instance() lives as long as the program, so a
// model given it never holds a dangling provider. GUI thread only.
class SvgStatusIconProvider final : public StatusIconProvider
{
public:
    QIcon icon(const QString &status) const override;
    static const SvgStatusIconProvider *instance();
};
