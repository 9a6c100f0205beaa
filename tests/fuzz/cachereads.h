// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// What fuzz_cacheopen, fuzz_cachequery and fuzz_cachesummary share: a cache file read the way the window
// reads it, by a CacheReader (the worker object of SqliteCacheSource) driven on this thread. It opens the
// file (header check, read-only connection, hardened pragmas, schema validation) and either
// refuses it with a message, or answers the requests of `asked`, each exactly once, with a result
// or an error with a message. The two targets split the window's first requests between them, so
// that each input costs one connection and a few statements (at least 1,000 inputs a second).

#pragma once

#include "cachefuzz.h"
#include "cachereader.h"
#include "costsummary.h"
#include "requestgate.h"
#include "rowpositions.h"

#include <cstdint>
#include <memory>

namespace CacheFuzz {

enum class Reads {
    FirstScreen, // the count, the first page of rows and the filter bar's choices
    Figures, // totals and a page of a text search with a status filter
    Summary, // what `smslog summary --cache` asks: the cost report by day, in every grouping
};

// True when the reader accepted the file.
inline bool readLikeTheApp(const QString &path, Reads asked)
{
    auto gate = std::make_shared<RequestGate>();
    CacheReader reader(path, gate, std::make_shared<RowPositions>());
    bool opened = false;
    bool refused = false;
    int answers = 0; // request results and request failures, each exactly one per request
    QObject::connect(&reader, &CacheReader::opened, &reader, [&](const QVariantHash &) { opened = true; });
    QObject::connect(&reader, &CacheReader::openFailed, &reader, [&](const SourceError &error) {
        checkError(error);
        refused = true;
    });
    QObject::connect(&reader, &CacheReader::requestFailed, &reader, [&](quint64, const SourceError &error) {
        checkError(error);
        ++answers;
    });
    QObject::connect(&reader, &CacheReader::countFetched, &reader, [&](quint64, qint64 n) {
        FUZZ_CHECK(n >= 0, "a count is non-negative");
        say("count:", QString::number(n));
        ++answers;
    });
    QObject::connect(&reader, &CacheReader::rowsFetched, &reader,
                     [&](quint64, qint64 offset, const QList<SmsRecord> &rows) {
                         FUZZ_CHECK(offset == 0, "the page asked for");
                         FUZZ_CHECK(rows.size() <= 300, "no more rows than asked for");
                         say("rows:", QString::number(rows.size()));
                         ++answers;
                     });
    QObject::connect(
        &reader, &CacheReader::costReportFetched, &reader, [&](quint64, const CostReport &report) {
            // Every projection of one answer adds up to the same totals, or overflows in all.
            const auto totals = totalsOfReport(report);
            for (const SummaryGrouping by : {SummaryGrouping::Project, SummaryGrouping::Status,
                                             SummaryGrouping::Day, SummaryGrouping::Month}) {
                const auto summary = summarizeReport(report, by);
                FUZZ_CHECK(summary.has_value() == totals.has_value(), "every projection overflows or none");
                if (summary)
                    FUZZ_CHECK(summary->messages == totals->messages
                                   && summary->costCents == totals->costCents,
                               "every projection has the same totals");
            }
            say("report cells:", QString::number(report.cells.size()));
            ++answers;
        });
    QObject::connect(&reader, &CacheReader::choicesFetched, &reader,
                     [&](quint64, const FilterChoices &) { ++answers; });

    reader.open();
    FUZZ_CHECK(opened != refused, "open() answers exactly once: opened or refused");
    if (!opened)
        return false;
    int requests = 0;
    if (asked == Reads::FirstScreen) {
        reader.fetchCount(1, {});
        reader.fetchRows(2, {}, 0, 300);
        reader.fetchChoices(4);
        requests = 3;
    } else if (asked == Reads::Summary) {
        reader.fetchCostReport(6, {}, 0, CostResolution::Day);
        requests = 1;
    } else {
        reader.fetchCostReport(3, {}, 0, CostResolution::Day); // the totals strip's request
        SmsQuery search; // the full-text index and a status filter
        search.filter.text = QStringLiteral("delivered");
        search.filter.statuses = {QStringLiteral("Failed")};
        reader.fetchRows(5, search, 0, 300);
        requests = 2;
    }
    FUZZ_CHECK(answers == requests, "every request answers exactly once");
    return true;
}

// One input of fuzz_cacheopen or fuzz_cachequery: written to a file, read with `asked`; the file
// must be byte for byte what it was, and nothing may have appeared next to it.
inline void readInput(const uint8_t *data, size_t size, Reads asked)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // Overwritten in place: nothing else is ever left in the folder (a sidecar aborts the run).
    const QString path = folder().filePath(QStringLiteral("input.sqlite"));
    FUZZ_CHECK(writeFile(path, bytes), "the input can be written");

    const bool opened = readLikeTheApp(path, asked);
    FUZZ_CHECK(readFile(path) == bytes, "reading never changes the file");
    FUZZ_CHECK(!hasSidecar(path), "reading leaves no file next to the cache");
    say(opened ? "opened" : "refused");
}

} // namespace CacheFuzz
