// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// A saved connection to a OneUptime instance. Holds no secret: the API key lives in the system
// keyring (or, without one, in memory for the session), looked up by `name`.
struct ConnectionProfile {
    QString name; // label the user chose, unique among profiles, e.g. "Cloud — Acme"; used by --connect NAME
    QUrl url; // instance root (https://oneuptime.com) or its /api base (https://oneuptime.com/api)
    QString caFile; // optional PEM file with extra CA certificates for self-hosted TLS; empty = none

    bool operator==(const ConnectionProfile &) const = default;

    // One plain sentence for the user saying what is wrong, or an empty string when the profile
    // can be used: the name is not blank and on one line; the URL is a valid http or https URL
    // with a host and without user info, query or fragment; a CA file, when given, is an
    // existing readable file. Checks the file system for the CA file; no network access.
    QString validationError() const;
};

Q_DECLARE_METATYPE(ConnectionProfile)

// One plain sentence for the user when `key` does not look like a OneUptime API key, an empty
// string otherwise. A key is a UUID: 8-4-4-4-12 hexadecimal digits (either case), nothing around
// it (callers trim pasted text first). The sentence never includes the key or any part of it.
QString apiKeyProblem(const QString &key);
