// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QIcon>
#include <QString>

// Where the item models get the icon of an SMS status from (the Qt::DecorationRole of status
// cells), without drawing it themselves: the models hold no icons and link no Qt Svg. ui/
// implements it (SvgStatusIconProvider) and the composition root hands it to the models. A model
// without a provider shows no status icon.
//
// GUI thread only. Not owned by the models: it must outlive every model it is set on (or be
// unset first).
class StatusIconProvider
{
public:
    virtual ~StatusIconProvider() = default;
    // The icon shown beside `status`; a null icon for none (an empty status).
    virtual QIcon icon(const QString &status) const = 0;
};
