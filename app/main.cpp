// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "appcontroller.h"
#include "connectionprofile.h"
#include "icons.h"
#include "mainwindow.h"
#include "oneuptimeclient.h"
#include "theme.h"
#include "timedisplay.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    installTranslations(app); // the system's language (SMSLOG_LANGUAGE=pseudo: the pseudo-locale)
    QApplication::setApplicationName(QStringLiteral("smslog-viewer"));
    QApplication::setApplicationDisplayName(QStringLiteral("SMS Log Viewer"));
    QApplication::setApplicationVersion(QStringLiteral(SMSLOG_VERSION));
    rememberSystemTheme(); // the desktop's own style and colours, for View → Theme → System
    QApplication::setWindowIcon(Icons::application());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.smslogviewer.SmsLogViewer"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Browse OneUptime SMS delivery logs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Open the demo data (created on first use)."));
    const QCommandLineOption cache(QStringLiteral("cache"),
                                   QApplication::translate("main", "Open a cache file."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "Render the window to a PNG once the first rows are shown, then exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption url(
        QStringLiteral("url"),
        QApplication::translate("main",
                                "Browse a OneUptime instance live, e.g. https://oneuptime.com. The API "
                                "key is read from the environment variable SMSLOG_API_KEY."),
        QStringLiteral("URL"));
    const QCommandLineOption connectOption(
        QStringLiteral("connect"),
        QApplication::translate("main", "Open a saved connection profile (File → Connect to OneUptime…)."),
        QStringLiteral("PROFILE"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QApplication::translate("main",
                                "Colours for this run: system, light or dark (View → Theme keeps a choice)."),
        QStringLiteral("NAME"));
    const QCommandLineOption utc(QStringLiteral("utc"),
                                 QApplication::translate("main", "Show times in UTC for this run."));
    const QCommandLineOption screenshotPart(
        QStringLiteral("screenshot-part"),
        QApplication::translate("main", "What --screenshot renders: window, detail or costs."),
        QStringLiteral("PART"), QStringLiteral("window"));
    parser.addOptions({demo, cache, url, connectOption, screenshot, screenshotPart, theme, utc});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QApplication::translate("main", "A cache file to open (as --cache)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);
    // A file given bare (the desktop entry's %F, "Open with…") opens like --cache.
    const QString fileArgument = parser.positionalArguments().value(0);

    AppController controller;
    const bool screenshotRun = parser.isSet(screenshot);
    if (screenshotRun)
        controller.setSessionSaved(false); // a scripted run leaves the user's session alone
    else
        controller.restoreSettings();
    if (parser.isSet(theme))
        controller.useTheme(parser.value(theme));
    if (parser.isSet(utc))
        controller.window()->setTimeDisplay(TimeDisplay::utc());
    const bool sourceGiven = parser.isSet(cache) || parser.isSet(url) || parser.isSet(connectOption)
        || parser.isSet(demo) || !fileArgument.isEmpty();
    if (!sourceGiven && !screenshotRun) {
        controller.restoreSession(); // what was open last time, as it was
    } else if (parser.isSet(cache) || !fileArgument.isEmpty()) {
        controller.openCache(parser.isSet(cache) ? parser.value(cache) : fileArgument);
    } else if (parser.isSet(url)) {
        OneUptimeSettings settings;
        settings.instance = QUrl::fromUserInput(parser.value(url));
        settings.apiKey = qEnvironmentVariable("SMSLOG_API_KEY").trimmed();
        if (const QString problem = apiKeyProblem(settings.apiKey); !problem.isEmpty())
            controller.showOpenError(
                QApplication::translate("main", "SMSLOG_API_KEY does not hold a usable API key: %1")
                    .arg(problem));
        else
            controller.openLive(settings);
    } else if (parser.isSet(connectOption)) {
        controller.openProfile(parser.value(connectOption));
    } else if (parser.isSet(demo)) {
        controller.openDemo();
    }
    if (parser.isSet(screenshot)) {
        controller.window()->setAttribute(Qt::WA_DontShowOnScreen, true);
        controller.screenshotWhenReady(parser.value(screenshot), parser.value(screenshotPart));
    }
    controller.window()->show();
    return app.exec();
}
