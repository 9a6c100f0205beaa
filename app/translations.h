// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QString>

class QCoreApplication;

// The language of the GUI, chosen once at start-up, before any window is built:
// - `forced` when not empty, else the environment variable SMSLOG_LANGUAGE when set, else the
//   system's UI languages (QLocale::system().uiLanguages(), i.e. LANGUAGE/LC_ALL/LC_MESSAGES/LANG);
// - a locale name ("de", "pt_BR", "en") picks the application's translation compiled in under
//   :/smslog/translations/ (resources/translations) and Qt's own (qtbase_*.qm, package
//   qt6-translations-l10n) for standard buttons and dialogs;
// - "pseudo" (or "en_XA") picks the pseudo-locale: every text of the application wrapped in ⟦ ⟧
//   with accented letters, to see which texts cannot be translated. Qt's own texts stay English.
// Installs the translators into `app` (which owns them). Returns the name of the application's
// translation loaded ("en", "en_XA"), or an empty string when none matched (the English source
// texts are shown). GUI thread; call once, before texts are made.
QString installTranslations(QCoreApplication &app, const QString &forced = {});
