// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "theme.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QToolTip>

#include <cmath>

namespace {

// What the platform gave at start-up; filled once by rememberSystemTheme().
struct SystemTheme {
    bool remembered = false;
    bool changed = false; // Light or Dark was applied since start-up
    QString styleName;
    QPalette palette;
    QPalette toolTipPalette;
};

SystemTheme &systemTheme()
{
    static SystemTheme theme;
    return theme;
}

Theme &lastApplied()
{
    static Theme theme = Theme::System;
    return theme;
}

// The colours of one scheme. Every palette role is derived from these, in every group, so
// nothing is left to the style's defaults.
struct Scheme {
    QColor window, windowText, base, alternateBase, text, button, buttonText, brightText;
    QColor light, midlight, mid, dark, shadow;
    QColor highlight, highlightedText, link, linkVisited, toolTipBase, toolTipText, placeholder;
    // Disabled group.
    QColor disabledText, disabledBase, disabledButton, disabledHighlight, disabledHighlightedText;
};

QPalette paletteFrom(const Scheme &s)
{
    QPalette palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const auto set
            = [&](QPalette::ColorRole role, const QColor &color) { palette.setColor(group, role, color); };
        set(QPalette::Window, s.window);
        set(QPalette::WindowText, disabled ? s.disabledText : s.windowText);
        set(QPalette::Base, disabled ? s.disabledBase : s.base);
        set(QPalette::AlternateBase, disabled ? s.disabledBase : s.alternateBase);
        set(QPalette::Text, disabled ? s.disabledText : s.text);
        set(QPalette::Button, disabled ? s.disabledButton : s.button);
        set(QPalette::ButtonText, disabled ? s.disabledText : s.buttonText);
        set(QPalette::BrightText, s.brightText);
        set(QPalette::Light, s.light);
        set(QPalette::Midlight, s.midlight);
        set(QPalette::Mid, s.mid);
        set(QPalette::Dark, s.dark);
        set(QPalette::Shadow, s.shadow);
        set(QPalette::Highlight, disabled ? s.disabledHighlight : s.highlight);
        set(QPalette::HighlightedText, disabled ? s.disabledHighlightedText : s.highlightedText);
        set(QPalette::Link, disabled ? s.disabledText : s.link);
        set(QPalette::LinkVisited, disabled ? s.disabledText : s.linkVisited);
        set(QPalette::ToolTipBase, s.toolTipBase);
        set(QPalette::ToolTipText, s.toolTipText);
        set(QPalette::PlaceholderText, disabled ? s.disabledText : s.placeholder);
    }
    return palette;
}

// The tooltip palette: QToolTip keeps its own, which the application palette does not reach.
QPalette toolTipPaletteOf(const QPalette &palette)
{
    QPalette tip = palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        tip.setColor(group, QPalette::Window, palette.color(QPalette::Active, QPalette::ToolTipBase));
        tip.setColor(group, QPalette::WindowText, palette.color(QPalette::Active, QPalette::ToolTipText));
    }
    return tip;
}

// Fusion as Light and Dark use it. Fusion derives table grid lines and field outlines from the
// Window colour (darker), which vanishes on a dark Base; on a dark palette these come from the
// palette's Mid (grid lines, frames of views and text boxes) and Light (line edit outline)
// roles instead. Everything else is Fusion's.
class ThemeStyle : public QProxyStyle
{
public:
    ThemeStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
        setObjectName(QStringLiteral("SmslogFusion"));
    }

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_Table_GridLineColor && option && isDarkPalette(option->palette))
            return int(option->palette.color(QPalette::Active, QPalette::Mid).rgba());
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (element == PE_FrameLineEdit && option && isDarkPalette(option->palette)
            && !(option->state & State_HasFocus)) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(option->palette.color(QPalette::Active, QPalette::Light), 1));
            painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 2.0, 2.0);
            painter->restore();
            return;
        }
        if (element == PE_Frame && option && isDarkPalette(option->palette)) {
            painter->save();
            painter->setPen(option->palette.color(QPalette::Active, QPalette::Mid));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
            painter->restore();
            return;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

bool isThemeStyle(const QStyle *style)
{
    return dynamic_cast<const ThemeStyle *>(style) != nullptr;
}

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

void rememberSystemTheme()
{
    SystemTheme &system = systemTheme();
    if (system.remembered || !qApp)
        return;
    system.remembered = true;
    system.styleName = QApplication::style()->name();
    system.palette = QApplication::palette();
    system.toolTipPalette = QToolTip::palette();
}

void applyTheme(Theme theme)
{
    rememberSystemTheme();
    SystemTheme &system = systemTheme();
    switch (theme) {
    case Theme::System:
        // Never changed: leave the platform's look alone, so that it keeps following the
        // desktop (an explicitly set palette no longer would).
        if (!system.changed)
            break;
        if (isThemeStyle(QApplication::style())
            || QApplication::style()->name().compare(system.styleName, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(system.styleName);
        QApplication::setPalette(system.palette);
        QToolTip::setPalette(system.toolTipPalette);
        break;
    case Theme::Light:
    case Theme::Dark: {
        const QPalette palette = theme == Theme::Dark ? darkPalette() : lightPalette();
        if (!isThemeStyle(QApplication::style()))
            QApplication::setStyle(new ThemeStyle);
        QApplication::setPalette(palette);
        QToolTip::setPalette(toolTipPaletteOf(palette));
        system.changed = true;
        break;
    }
    }
    lastApplied() = theme;
}

Theme currentTheme()
{
    return lastApplied();
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::System: break;
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

Theme themeFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == u"light")
        return Theme::Light;
    if (key == u"dark")
        return Theme::Dark;
    return Theme::System;
}

std::optional<Theme> themeFromEnvironment()
{
    const QString value = qEnvironmentVariable("SMSLOG_THEME").trimmed().toLower();
    if (value == u"system" || value == u"light" || value == u"dark")
        return themeFromName(value);
    return std::nullopt;
}

Theme startupTheme(Theme saved)
{
    return themeFromEnvironment().value_or(saved);
}

QPalette lightPalette()
{
    Scheme s;
    s.window = QColor(0xef, 0xef, 0xef);
    s.windowText = QColor(0x1b, 0x1b, 0x1b);
    s.base = QColor(0xff, 0xff, 0xff);
    s.alternateBase = QColor(0xf5, 0xf5, 0xf5);
    s.text = s.windowText;
    s.button = QColor(0xe9, 0xe9, 0xe9);
    s.buttonText = s.windowText;
    s.brightText = QColor(0xff, 0xff, 0xff);
    s.light = QColor(0xff, 0xff, 0xff);
    s.midlight = QColor(0xf5, 0xf5, 0xf5);
    s.mid = QColor(0xb8, 0xb8, 0xb8);
    s.dark = QColor(0x9b, 0x9b, 0x9b);
    s.shadow = QColor(0x6e, 0x6e, 0x6e);
    s.highlight = QColor(0x2a, 0x62, 0xc0);
    s.highlightedText = QColor(0xff, 0xff, 0xff);
    s.link = QColor(0x0b, 0x57, 0xd0);
    s.linkVisited = QColor(0x7b, 0x1f, 0xa2);
    s.toolTipBase = QColor(0xff, 0xfb, 0xdc);
    s.toolTipText = QColor(0x1b, 0x1b, 0x1b);
    s.placeholder = QColor(0x6b, 0x6b, 0x6b);
    s.disabledText = QColor(0x76, 0x76, 0x76);
    s.disabledBase = QColor(0xf7, 0xf7, 0xf7);
    s.disabledButton = QColor(0xe9, 0xe9, 0xe9);
    s.disabledHighlight = QColor(0x8e, 0x8e, 0x8e);
    s.disabledHighlightedText = QColor(0xff, 0xff, 0xff);
    return paletteFrom(s);
}

QPalette darkPalette()
{
    Scheme s;
    s.window = QColor(0x2b, 0x2b, 0x2b);
    s.windowText = QColor(0xe8, 0xe8, 0xe8);
    s.base = QColor(0x1f, 0x1f, 0x1f);
    s.alternateBase = QColor(0x27, 0x27, 0x27);
    s.text = s.windowText;
    s.button = QColor(0x3a, 0x3a, 0x3a);
    s.buttonText = s.windowText;
    s.brightText = QColor(0xff, 0xff, 0xff);
    s.light = QColor(0x60, 0x60, 0x60); // field outlines (ThemeStyle)
    s.midlight = QColor(0x50, 0x50, 0x50);
    s.mid = QColor(0x46, 0x46, 0x46); // table grid lines (ThemeStyle)
    s.dark = QColor(0x1a, 0x1a, 0x1a);
    s.shadow = QColor(0x0c, 0x0c, 0x0c);
    s.highlight = QColor(0x2a, 0x62, 0xc0);
    s.highlightedText = QColor(0xff, 0xff, 0xff);
    s.link = QColor(0x8a, 0xb4, 0xf8);
    s.linkVisited = QColor(0xc5, 0x8a, 0xf9);
    s.toolTipBase = QColor(0x3c, 0x3c, 0x3c);
    s.toolTipText = QColor(0xf0, 0xf0, 0xf0);
    s.placeholder = QColor(0x9e, 0x9e, 0x9e);
    s.disabledText = QColor(0x8c, 0x8c, 0x8c);
    s.disabledBase = QColor(0x26, 0x26, 0x26);
    s.disabledButton = QColor(0x33, 0x33, 0x33);
    s.disabledHighlight = QColor(0x4a, 0x4a, 0x4a);
    s.disabledHighlightedText = QColor(0xd0, 0xd0, 0xd0);
    return paletteFrom(s);
}

bool isDarkPalette(const QPalette &palette)
{
    return relativeLuminance(palette.color(QPalette::Active, QPalette::Window))
        < relativeLuminance(palette.color(QPalette::Active, QPalette::WindowText));
}

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor errorColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
}

QColor warningColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0xcc, 0x80) : QColor(0x8a, 0x4b, 0x00);
}
