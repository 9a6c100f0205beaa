// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

const QString resourceDir = QStringLiteral(":/smslog/translations");

bool isPseudo(const QString &name)
{
    return name.compare(QLatin1String("pseudo"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("en_XA"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("en-XA"), Qt::CaseInsensitive) == 0;
}

} // namespace

QString installTranslations(QCoreApplication &app, const QString &forced)
{
    QString wanted = forced.trimmed();
    if (wanted.isEmpty())
        wanted = qEnvironmentVariable("SMSLOG_LANGUAGE").trimmed();

    auto *ours = new QTranslator(&app);
    if (isPseudo(wanted)) {
        if (!ours->load(QStringLiteral("smslog_en_XA"), resourceDir)) {
            delete ours;
            return {};
        }
        app.installTranslator(ours);
        return QStringLiteral("en_XA");
    }

    const QLocale locale = wanted.isEmpty() ? QLocale::system() : QLocale(wanted);
    // Tries each of the locale's UI languages in turn: smslog_de_AT, smslog_de, …
    bool loaded = ours->load(locale, QStringLiteral("smslog"), QStringLiteral("_"), resourceDir);
    // Otherwise English, the sources' language: its plural forms make "%n message(s)" read
    // "1 message" and "2 messages" in every locale.
    if (!loaded)
        loaded = ours->load(QStringLiteral("smslog_en"), resourceDir);
    if (loaded)
        app.installTranslator(ours);
    else
        delete ours;

    // Qt's own texts (standard buttons, file and message dialogs), when that package is installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;

    if (!loaded)
        return {};
    // "smslog_en.qm" → "en"
    return QFileInfo(ours->filePath()).completeBaseName().mid(int(qstrlen("smslog_")));
}
