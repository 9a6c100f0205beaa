// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QIcon>
#include <QString>

// The icon of an SMS status, telling its outcome by shape as well as colour: a tick (Delivered,
// Success), an arrow (Sent), clock hands (Sending), a cross (Undelivered, Failed), an
// exclamation mark in a triangle (Error, Low Balance), a question mark (anything else). Always
// shown beside the status text, never instead of it. The discs keep their own colours, chosen
// to stand out (3:1 or more) on the Window, Base and AlternateBase colours of both the light
// and the dark palette, with a white glyph (4.3:1 or more).
//
// Scalable SVG from the resources (":/smslog/icons/status/<name>.svg"), drawn at the exact
// device size. GUI thread only. An empty status gives a null icon.
namespace StatusIcon {

// The icon's file name without extension: "delivered", "sent", "sending", "failed", "error" or
// "unknown"; empty for an empty status.
QString name(const QString &status);
// The resource path of the icon, e.g. ":/smslog/icons/status/delivered.svg".
QString resourcePath(const QString &status);
QIcon icon(const QString &status);

} // namespace StatusIcon
