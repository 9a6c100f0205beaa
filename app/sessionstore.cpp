// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "sessionstore.h"

#include <QSettings>

namespace {

const QString kindNames[]
    = {QStringLiteral("none"), QStringLiteral("cache"), QStringLiteral("demo"), QStringLiteral("profile")};

} // namespace

SessionStore::SessionStore(const QString &iniFile)
    : m_file(iniFile)
{ }

QByteArray SessionStore::layout() const
{
    return QSettings(m_file, QSettings::IniFormat).value(QStringLiteral("window/layout")).toByteArray();
}

void SessionStore::setLayout(const QByteArray &layout)
{
    QSettings(m_file, QSettings::IniFormat).setValue(QStringLiteral("window/layout"), layout);
}

bool SessionStore::timesInUtc() const
{
    return QSettings(m_file, QSettings::IniFormat).value(QStringLiteral("window/timesInUtc"), false).toBool();
}

void SessionStore::setTimesInUtc(bool utc)
{
    QSettings(m_file, QSettings::IniFormat).setValue(QStringLiteral("window/timesInUtc"), utc);
}

QString SessionStore::theme() const
{
    const QString name
        = QSettings(m_file, QSettings::IniFormat).value(QStringLiteral("window/theme")).toString();
    return name == QLatin1String("light") || name == QLatin1String("dark") ? name : QStringLiteral("system");
}

void SessionStore::setTheme(const QString &name)
{
    QSettings(m_file, QSettings::IniFormat).setValue(QStringLiteral("window/theme"), name);
}

QMap<QString, ViewState> SessionStore::savedViews() const
{
    QSettings settings(m_file, QSettings::IniFormat);
    QMap<QString, ViewState> views;
    const int count = settings.beginReadArray(QStringLiteral("views"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString name = settings.value(QStringLiteral("name")).toString().trimmed();
        if (!name.isEmpty())
            views.insert(name, ViewState::fromVariant(settings.value(QStringLiteral("state")).toMap()));
    }
    settings.endArray();
    return views;
}

void SessionStore::setSavedViews(const QMap<QString, ViewState> &views)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.remove(QStringLiteral("views"));
    settings.beginWriteArray(QStringLiteral("views"), int(views.size()));
    int i = 0;
    for (auto it = views.cbegin(); it != views.cend(); ++it, ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), it.key());
        settings.setValue(QStringLiteral("state"), it.value().toVariant());
    }
    settings.endArray();
}

QStringList SessionStore::recent(const QString &key) const
{
    QStringList values = QSettings(m_file, QSettings::IniFormat).value(key).toStringList();
    values.removeAll(QString());
    values.removeDuplicates();
    return values.mid(0, maxRecent);
}

void SessionStore::addRecent(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return;
    QStringList values = recent(key);
    values.removeAll(value);
    values.prepend(value);
    QSettings(m_file, QSettings::IniFormat).setValue(key, values.mid(0, maxRecent));
}

QStringList SessionStore::recentCaches() const
{
    return recent(QStringLiteral("recent/caches"));
}

void SessionStore::addRecentCache(const QString &path)
{
    addRecent(QStringLiteral("recent/caches"), path);
}

QStringList SessionStore::recentConnections() const
{
    return recent(QStringLiteral("recent/connections"));
}

void SessionStore::addRecentConnection(const QString &profile)
{
    addRecent(QStringLiteral("recent/connections"), profile);
}

SessionStore::Session SessionStore::session() const
{
    QSettings settings(m_file, QSettings::IniFormat);
    Session session;
    const QString kind = settings.value(QStringLiteral("session/kind")).toString();
    for (int i = 0; i < 4; ++i)
        if (kind == kindNames[i])
            session.kind = static_cast<Session::Kind>(i);
    session.value = settings.value(QStringLiteral("session/value")).toString();
    session.view = ViewState::fromVariant(settings.value(QStringLiteral("session/view")).toMap());
    bool ok = false;
    const int row = settings.value(QStringLiteral("session/row"), -1).toInt(&ok);
    session.row = ok && row >= 0 ? row : -1;
    if (session.kind != Session::Kind::Demo && session.kind != Session::Kind::None && session.value.isEmpty())
        session.kind = Session::Kind::None;
    return session;
}

void SessionStore::setSession(const Session &session)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(QStringLiteral("session/kind"), kindNames[int(session.kind)]);
    settings.setValue(QStringLiteral("session/value"), session.value);
    settings.setValue(QStringLiteral("session/view"), session.view.toVariant());
    settings.setValue(QStringLiteral("session/row"), session.row);
}
