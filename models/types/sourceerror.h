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
        Cancelled, // the request was cancelled (not shown to users)
    };

    Kind kind = Kind::Query;
    QString message;
    QString detail;
};

Q_DECLARE_METATYPE(SourceError)
