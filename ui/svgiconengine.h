// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QIconEngine>

// Draws one SVG file with QSvgRenderer at exactly the device size asked for (logical size ×
// device pixel ratio), so icons are sharp at 1×, 1.5×, 2× and any other scale.
//
// Monochrome icons write "currentColor" for their ink; it is replaced, each time the icon is
// drawn, by the application palette's colour for the mode: WindowText (Normal, Active),
// HighlightedText (Selected) and the Disabled group's WindowText (Disabled). So they follow a
// theme change on the next repaint. Coloured icons keep their own colours and are drawn at
// 40 % opacity when disabled. Pixmaps are cached in QPixmapCache by file, size, mode and ink.
// GUI thread only (reads QGuiApplication::palette()).
class SvgIconEngine : public QIconEngine
{
public:
    enum class Ink { Own, Palette };

    SvgIconEngine(const QString &fileName, Ink ink);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;
    QIconEngine *clone() const override;

    QString fileName() const { return m_fileName; }

private:
    // The device pixmap of `deviceSize` pixels, device pixel ratio 1.
    QPixmap render(const QSize &deviceSize, QIcon::Mode mode) const;

    QString m_fileName;
    Ink m_ink;
    QByteArray m_svg; // the file's content, read once; empty when it could not be read
};
