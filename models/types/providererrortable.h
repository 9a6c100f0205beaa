// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

// One error code of the SMS provider, as OneUptime records it in an SMS log's errorCode.
struct ProviderError {
    QString code; // "30007"
    QString meaning; // one line, in plain words
    QUrl documentation; // the provider's page about the code
    bool operator==(const ProviderError &) const = default;
};

// What the SMS provider's error codes mean: Twilio's SMS error codes with a one-line meaning and
// the link to Twilio's page, read from a JSON table (the built-in one is the resource
// :/smslog/data/twilio-sms-errors.json, whose "about" field says where it comes from and when).
// Immutable once loaded; safe to read from any thread.
class ProviderErrorTable
{
public:
    // The built-in table, loaded on first use (empty if the resource is missing or damaged).
    static const ProviderErrorTable &builtIn();
    // Reads a table from a file or resource; nullopt with `error` set when it is not a valid table.
    static std::optional<ProviderErrorTable> load(const QString &path, QString *error = nullptr);

    // Where the table comes from and when, in words (the file's "about").
    QString about() const { return m_about; }
    // Every code, in the file's order.
    const QList<ProviderError> &codes() const { return m_codes; }
    // The code's entry; nullopt for codes the table does not know (and for "").
    std::optional<ProviderError> find(const QString &code) const;
    // The meaning of `code`; "" when unknown.
    QString meaning(const QString &code) const;
    // "30007 — Carrier filtered the message"; the code alone when its meaning is unknown.
    QString label(const QString &code) const;

private:
    QString m_about;
    QList<ProviderError> m_codes;
    QHash<QString, qsizetype> m_index; // code → position in m_codes
};
