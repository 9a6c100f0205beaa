// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "providererrortable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

const ProviderErrorTable &ProviderErrorTable::builtIn()
{
    static const ProviderErrorTable table
        = load(QStringLiteral(":/smslog/data/twilio-sms-errors.json")).value_or(ProviderErrorTable{});
    return table;
}

std::optional<ProviderErrorTable> ProviderErrorTable::load(const QString &path, QString *error)
{
    const auto refuse = [error](const QString &why) -> std::optional<ProviderErrorTable> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return refuse(QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString()));
    const QJsonObject root = document.object();
    const QString documentation = root.value(QStringLiteral("documentation")).toString();
    if (!documentation.contains(QStringLiteral("%1")))
        return refuse(QStringLiteral("%1 has no documentation link pattern").arg(path));
    ProviderErrorTable table;
    table.m_about = root.value(QStringLiteral("about")).toString();
    for (const QJsonValue &value : root.value(QStringLiteral("codes")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString code = entry.value(QStringLiteral("code")).toString();
        const QString meaning = entry.value(QStringLiteral("meaning")).toString();
        if (code.isEmpty() || meaning.isEmpty() || table.m_index.contains(code))
            return refuse(
                QStringLiteral("%1 has an entry without code or meaning, or a code twice").arg(path));
        table.m_index.insert(code, table.m_codes.size());
        table.m_codes.append({code, meaning, QUrl(documentation.arg(code))});
    }
    if (table.m_codes.isEmpty())
        return refuse(QStringLiteral("%1 lists no codes").arg(path));
    return table;
}

std::optional<ProviderError> ProviderErrorTable::find(const QString &code) const
{
    const auto it = m_index.constFind(code.trimmed());
    if (it == m_index.cend())
        return std::nullopt;
    return m_codes.at(*it);
}

QString ProviderErrorTable::meaning(const QString &code) const
{
    const auto entry = find(code);
    return entry ? entry->meaning : QString();
}

QString ProviderErrorTable::label(const QString &code) const
{
    const QString known = meaning(code);
    return known.isEmpty() ? code : code + QStringLiteral(" — ") + known;
}
