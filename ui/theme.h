// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <optional>

// The application's colour scheme. Qt 6.4 has no colour-scheme API, so Light and Dark are the
// Fusion style with a complete palette of our own (every role, in the Active, Inactive and
// Disabled groups); System is whatever style and palette the platform gave the application at
// start-up. All functions: GUI thread only, after the QApplication exists.
enum class Theme { System, Light, Dark };

// Remembers the platform's style and palette as "System". Call once right after creating the
// QApplication, before anything changes the style or the palette. applyTheme() calls it itself
// the first time, so calling it is only needed when something else changes the palette before.
void rememberSystemTheme();

// Switches the whole application: Light/Dark set the Fusion style (through a QProxyStyle that
// takes table grid lines and field outlines from the palette on dark palettes, where Fusion's
// own would vanish) and the complete palette;
// System puts back exactly the style (by name) and palette remembered at start-up, and does
// nothing at all while Light or Dark was never applied (so the platform's palette stays
// implicit and keeps following the desktop). Widgets get QEvent::StyleChange/PaletteChange as
// usual; icons from icons.h follow the palette on repaint.
void applyTheme(Theme theme);
// The theme last applied with applyTheme() (System before the first call).
Theme currentTheme();

// Settings values: "system", "light", "dark". Unknown or empty names give Theme::System.
QString themeName(Theme theme);
Theme themeFromName(const QString &name);

// Developer and screenshot override: the environment variable SMSLOG_THEME=system|light|dark.
// Empty when unset or not one of those names.
std::optional<Theme> themeFromEnvironment();
// The theme to start with: SMSLOG_THEME when set, otherwise `saved` (from the settings).
Theme startupTheme(Theme saved = Theme::System);

// The complete palettes used by Light and Dark.
QPalette lightPalette();
QPalette darkPalette();

// True when the palette's window is darker than its text (a dark scheme, ours or the platform's).
bool isDarkPalette(const QPalette &palette);

// Relative luminance and contrast ratio as defined by WCAG 2.x (1.0 … 21.0).
double relativeLuminance(const QColor &color);
double contrastRatio(const QColor &a, const QColor &b);

// Colours for states that have no palette role, readable on `palette`'s Window and Base:
// errors (invalid input frame and text) and warnings.
QColor errorColor(const QPalette &palette);
QColor warningColor(const QPalette &palette);
