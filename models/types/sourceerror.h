// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QMetaType>
#include <QString>

// An error from a data source, carried as a value in signals. `message` is one plain sentence
// for the user; `detail` is technical text (SQLite message, HTTP body) for a "details" section.
// Never contains the API key.
struct SourceError {
    enum class Kind {
        FileNotFound, // the file does not exist or is not a regular file
        FileUnreadable, // no permission, I/O error
        NotADatabase, // random bytes, truncated or damaged file
        ForeignFile, // an SQLite file that is not an SMS Log Viewer cache
        NewerSchema, // written by a newer version of this application
        Query, // a query failed
        // Live sources (a OneUptime server):
        Authentication, // the API key is invalid, expired or missing (400 "Invalid API Key", 401)
        Permission, // the key may not read SMS logs (422)
        Payment, // the project's subscription is unpaid (402)
        Server, // the server failed (5xx) or kept refusing (429) after the retries
        Network, // no connection: host not found, refused, unreachable, redirected elsewhere
        Timeout, // no complete answer within the transfer timeout
        Tls, // the certificate could not be verified
        BadResponse, // malformed, truncated or non-JSON answer
        Cancelled, // the request was cancelled (not shown to users)
    };

    Kind kind = Kind::Query;
    QString message;
    QString detail;
};

Q_DECLARE_METATYPE(SourceError)
