// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// Fuzz target: the bytes are a response body of POST /api/sms-log/get-list (and, the same bytes,
// of /api/sms-log/count and an error body). Checks the contract of oneuptimeparser.h: any input
// ends in either a page or a Query error with a message, never a crash; a page's records have
// non-empty, unique ids; its count is -1 or non-negative; an error's detail is bounded whatever
// the body's size.

#include "fuzzcheck.h"
#include "oneuptimeparser.h"

#include <QCoreApplication>
#include <QSet>
#include <cstdint>

namespace {

void checkError(const SourceError &error)
{
    FUZZ_CHECK(error.kind == SourceError::Kind::Query, "a parse error is a Query error");
    FUZZ_CHECK(!error.message.isEmpty(), "an error has a message for the user");
    // 200 characters of the body, an ellipsis, and a short reason (with a JSON error offset).
    FUZZ_CHECK(error.detail.size() <= 600, "the detail is bounded");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Translations (QCoreApplication::translate) need no instance, but keep the app's situation.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto page = OneUptimeParser::parseListPage(body);
    if (const auto *error = std::get_if<SourceError>(&page)) {
        checkError(*error);
    } else {
        const auto &list = std::get<OneUptimeParser::ListPage>(page);
        FUZZ_CHECK(list.count >= -1, "count is -1 or a real count");
        QSet<QString> ids;
        for (const SmsRecord &record : list.records) {
            FUZZ_CHECK(!record.id.isEmpty(), "every record has an id");
            FUZZ_CHECK(!ids.contains(record.id), "ids are unique in a page");
            ids.insert(record.id);
            FUZZ_CHECK(!record.createdAt.isValid() || record.createdAt.timeSpec() == Qt::UTC,
                       "times are UTC");
            FUZZ_CHECK(!record.updatedAt.isValid() || record.updatedAt.timeSpec() == Qt::UTC,
                       "times are UTC");
        }
        for (const QString &warning : list.warnings)
            FUZZ_CHECK(!warning.isEmpty(), "a warning says something");
        // The same body parses to the same page (no hidden state between calls).
        const auto again = OneUptimeParser::parseListPage(body);
        const auto *second = std::get_if<OneUptimeParser::ListPage>(&again);
        FUZZ_CHECK(second && second->records == list.records && second->count == list.count,
                   "parsing is deterministic");
    }

    const auto count = OneUptimeParser::parseCount(body);
    if (const auto *error = std::get_if<SourceError>(&count))
        checkError(*error);
    else
        FUZZ_CHECK(std::get<qint64>(count) >= 0, "a count is non-negative");

    const QString message = OneUptimeParser::errorMessage(body);
    FUZZ_CHECK(message.isEmpty() || !message.trimmed().isEmpty(),
               "an error message is empty or says something");
    return 0;
}
