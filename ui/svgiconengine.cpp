// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "svgiconengine.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <cmath>

namespace {

QColor inkFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected: return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active: break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

} // namespace

SvgIconEngine::SvgIconEngine(const QString &fileName, Ink ink)
    : m_fileName(fileName)
    , m_ink(ink)
{
    QFile file(fileName);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    if (m_svg.isEmpty() || rect.isEmpty())
        return;
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    const QSize deviceSize(int(std::lround(rect.width() * ratio)), int(std::lround(rect.height() * ratio)));
    QPixmap pixmap = render(deviceSize, mode);
    pixmap.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect.topLeft(), pixmap);
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    return render(size, mode);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal)
{
    // Qt passes the device size here (logical size × scale) and sets the ratio on the result.
    return render(size, mode);
}

QSize SvgIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return m_svg.isEmpty() ? QSize() : size;
}

QList<QSize> SvgIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    // Scalable: any size. The nominal ones, for code that asks.
    return {QSize(16, 16), QSize(22, 22), QSize(24, 24), QSize(32, 32), QSize(48, 48), QSize(64, 64)};
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("SmslogSvgIconEngine");
}

QString SvgIconEngine::iconName()
{
    return QFileInfo(m_fileName).completeBaseName();
}

bool SvgIconEngine::isNull()
{
    return m_svg.isEmpty();
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(*this);
}

QPixmap SvgIconEngine::render(const QSize &deviceSize, QIcon::Mode mode) const
{
    if (m_svg.isEmpty() || deviceSize.isEmpty())
        return {};
    const QColor ink = m_ink == Ink::Palette ? inkFor(mode) : QColor();
    const QString cacheKey = QStringLiteral("smslog-svg:%1:%2x%3:%4:%5")
                                 .arg(m_fileName)
                                 .arg(deviceSize.width())
                                 .arg(deviceSize.height())
                                 .arg(int(mode))
                                 .arg(ink.isValid() ? ink.name(QColor::HexArgb) : QString());
    QPixmap pixmap;
    if (QPixmapCache::find(cacheKey, &pixmap))
        return pixmap;

    QByteArray svg = m_svg;
    if (ink.isValid())
        svg.replace("currentColor", ink.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    pixmap = QPixmap(deviceSize);
    pixmap.fill(Qt::transparent);
    if (renderer.isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        if (m_ink == Ink::Own && mode == QIcon::Disabled)
            painter.setOpacity(0.4);
        // Keep the drawing square and centred when asked for a non-square size.
        QSizeF drawn = renderer.defaultSize().isEmpty() ? QSizeF(deviceSize) : QSizeF(renderer.defaultSize());
        drawn.scale(QSizeF(deviceSize), Qt::KeepAspectRatio);
        const QRectF target((deviceSize.width() - drawn.width()) / 2,
                            (deviceSize.height() - drawn.height()) / 2, drawn.width(), drawn.height());
        renderer.render(&painter, target);
    }
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}
