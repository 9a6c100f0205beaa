// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "windowlayout.h"

#include <QDataStream>
#include <QIODevice>

QByteArray WindowLayout::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << version << geometry << split << leftSplit << columns << tab;
    return bytes;
}

std::optional<WindowLayout> WindowLayout::fromBytes(const QByteArray &bytes)
{
    QDataStream in(bytes);
    quint32 read = 0;
    WindowLayout layout;
    in >> read >> layout.geometry >> layout.split >> layout.leftSplit >> layout.columns >> layout.tab;
    if (in.status() != QDataStream::Ok || read != version)
        return std::nullopt; // another version's or damaged
    return layout;
}
