// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// Fuzz target: the bytes are a response body of POST /api/sms-log/:id/get-item. Checks the
// contract of OneUptimeParser::parseItem: any input ends in a record (with a non-empty id), "not
// found", or a Query error with a message, never a crash; a found record is the one parseRecord
// gives for the same object, and a body without `_id` is never a record.

#include "fuzzcheck.h"
#include "oneuptimeparser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    QStringList warnings;
    const auto item = OneUptimeParser::parseItem(body, &warnings);
    if (const auto *error = std::get_if<SourceError>(&item)) {
        FUZZ_CHECK(error->kind == SourceError::Kind::Query, "a parse error is a Query error");
        FUZZ_CHECK(!error->message.isEmpty(), "an error has a message for the user");
        FUZZ_CHECK(error->detail.size() <= 600, "the detail is bounded");
        return 0;
    }
    const auto &record = std::get<std::optional<SmsRecord>>(item);
    if (!record) {
        FUZZ_CHECK(warnings.isEmpty(), "\"not found\" has no field warnings");
        return 0;
    }
    FUZZ_CHECK(!record->id.isEmpty(), "a found record has an id");
    FUZZ_CHECK(!record->createdAt.isValid() || record->createdAt.timeSpec() == Qt::UTC, "times are UTC");
    FUZZ_CHECK(!record->updatedAt.isValid() || record->updatedAt.timeSpec() == Qt::UTC, "times are UTC");

    // A found record came from a JSON object with an `_id`; parseRecord on that object agrees.
    qsizetype start = body.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const QJsonDocument document = QJsonDocument::fromJson(body.mid(start));
    if (document.isObject()) {
        FUZZ_CHECK(document.object().contains(QStringLiteral("_id")), "a record needs an _id key");
        QStringList again;
        const auto direct = OneUptimeParser::parseRecord(document.object(), &again);
        FUZZ_CHECK(direct && *direct == *record, "parseItem and parseRecord agree");
        FUZZ_CHECK(again == warnings, "the same warnings");
    }
    return 0;
}
