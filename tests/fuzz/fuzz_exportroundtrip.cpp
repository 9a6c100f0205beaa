// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// Fuzz target: the CSV and JSON Lines writers of exports (exportwriters.h). The bytes make one
// SmsRecord (FuzzedDataProvider: texts with commas, quotes, CR/LF, NULs, control characters,
// U+2028/U+2029, emoji and unpaired UTF-16 surrogates; times and integers over their full
// ranges), turned into the row values of an export the way CacheExport does (rowValues() in
// cacheexport.cpp: csvColumns() order, ISO times with milliseconds, integers as qint64, null for
// missing). The row is written with both writers and read back with independent readers: a strict
// RFC 4180 reader below and QJsonDocument.
//
// The promise checked, per field:
// - text round-trips exactly, except that each unpaired surrogate (which UTF-8 cannot encode)
//   comes back as '?' (what QString::toUtf8() writes for one in Qt 6.4); the output is valid UTF-8
//   in both formats, so a reader never meets an encoding error;
// - CSV: a missing value and an empty text are both an empty field; one record, CRLF-ended;
// - JSON Lines: a missing value is null, an empty text ""; one object per line, LF-ended, with no
//   raw CR, LF, U+2028 or U+2029 inside; integers are written exactly (digits of the qint64, also
//   beyond 2^53) and the value QJsonDocument reads is the nearest double.

#include "cacheexport.h"
#include "exportwriters.h"
#include "fuzzcheck.h"
#include "smsrecord.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <cstdint>
#include <fuzzer/FuzzedDataProvider.h>

namespace {

// Awkward code units a writer may trip on; picked often so that short inputs reach them.
constexpr char16_t awkward[] = {u',',   u'"',   u'\r',  u'\n',  0,      u'\\',  u'\t',  0x07,   0x1f, 0x7f,
                                0x2028, 0x2029, 0xfeff, 0xfffd, 0xd83d, 0xde00, 0xdc00, 0xd800, u'=', u' '};

// A text field: null (missing), or up to 24 code units mixing ASCII, awkward units, emoji pairs
// and arbitrary 16-bit units (lone surrogates included).
QString consumeText(FuzzedDataProvider &fdp)
{
    if (fdp.ConsumeBool())
        return {};
    const int length = fdp.ConsumeIntegralInRange<int>(0, 24);
    QString text(QStringLiteral("")); // empty but not null
    text.reserve(2 * length);
    for (int i = 0; i < length && fdp.remaining_bytes() > 0; ++i) {
        switch (fdp.ConsumeIntegralInRange<int>(0, 3)) {
        case 0: text += QChar(char16_t(fdp.ConsumeIntegralInRange<int>(0x20, 0x7e))); break;
        case 1: text += QChar(fdp.PickValueInArray(awkward)); break;
        case 2:
            text += QString::fromUtf8("\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9");
            break; // a ZWJ pair
        default: text += QChar(fdp.ConsumeIntegral<char16_t>()); break;
        }
    }
    return text;
}

QDateTime consumeTime(FuzzedDataProvider &fdp)
{
    if (fdp.ConsumeBool())
        return {};
    // Any millisecond from 9999 BC to 9999 AD-ish, and beyond now and then.
    return QDateTime::fromMSecsSinceEpoch(fdp.ConsumeIntegral<qint64>() % 400000000000000, Qt::UTC);
}

std::optional<qint64> consumeInteger(FuzzedDataProvider &fdp)
{
    if (fdp.ConsumeBool())
        return std::nullopt;
    return fdp.ConsumeIntegral<qint64>();
}

SmsRecord consumeRecord(FuzzedDataProvider &fdp)
{
    SmsRecord r;
    r.id = consumeText(fdp);
    r.createdAt = consumeTime(fdp);
    r.updatedAt = consumeTime(fdp);
    for (QString *text : {&r.projectId, &r.projectName, &r.toNumber, &r.fromNumber, &r.smsText,
                          &r.statusMessage, &r.providerExternalId, &r.errorCode, &r.status})
        *text = consumeText(fdp);
    r.costCents = consumeInteger(fdp);
    for (LinkedResource &link : r.links) {
        if (fdp.ConsumeBool())
            continue;
        link.id = consumeText(fdp);
        link.name = consumeText(fdp);
        link.number = consumeInteger(fdp);
        link.email = consumeText(fdp);
    }
    return r;
}

// The row values of an export, as CacheExport's rowValues() makes them (see the file comment).
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant() : QVariant(value);
}

QVariant time(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant integer(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariantList rowValues(const SmsRecord &r)
{
    QVariantList values;
    values << r.id << time(r.createdAt) << time(r.updatedAt) << text(r.projectId) << text(r.toNumber)
           << text(r.fromNumber) << text(r.status) << text(r.errorCode) << integer(r.costCents)
           << text(r.smsText) << text(r.statusMessage) << text(r.providerExternalId);
    for (const LinkedResource &link : r.links)
        values << (link.isSet() ? QVariant(link.id) : QVariant());
    values << text(r.projectName);
    for (LinkKind kind : allLinkKinds) {
        const LinkedResource &link = r.link(kind);
        values << text(link.name);
        if (kind == LinkKind::Incident || kind == LinkKind::Alert)
            values << integer(link.number);
        if (kind == LinkKind::User)
            values << text(link.email);
    }
    return values;
}

// What a text is expected to read back as: every unpaired surrogate replaced by '?'.
QString wellFormed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate()) {
            out += u'?';
        } else {
            out += c;
        }
    }
    return out;
}

// Strict UTF-8 decoding: nullopt for any invalid sequence (overlong, surrogate, truncated).
std::optional<QString> decodeUtf8(const QByteArray &bytes)
{
    // A U+FEFF inside a field is text, not a byte order mark: kept.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// A strict RFC 4180 reader for one record: fields separated by commas; a quoted field may hold
// anything, with "" for a quote, and must be followed by a comma or the record's end; an unquoted
// field holds neither a quote, CR nor LF. `bytes` must be exactly one CRLF-ended record.
// nullopt (and a reason) for anything else.
std::optional<QList<QByteArray>> readCsvRecord(const QByteArray &bytes, const char **why)
{
    QList<QByteArray> fields;
    QByteArray field;
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    for (;;) {
        field.clear();
        if (i < n && bytes.at(i) == '"') {
            ++i;
            for (;;) {
                if (i >= n) {
                    *why = "unterminated quoted field";
                    return std::nullopt;
                }
                const char c = bytes.at(i++);
                if (c != '"') {
                    field += c;
                } else if (i < n && bytes.at(i) == '"') {
                    field += '"';
                    ++i;
                } else {
                    break;
                }
            }
        } else {
            while (i < n && bytes.at(i) != ',' && bytes.at(i) != '\r') {
                if (bytes.at(i) == '"' || bytes.at(i) == '\n') {
                    *why = "quote or LF in an unquoted field";
                    return std::nullopt;
                }
                field += bytes.at(i++);
            }
        }
        fields << field;
        if (i < n && bytes.at(i) == ',') {
            ++i;
            continue;
        }
        if (i + 2 == n && bytes.at(i) == '\r' && bytes.at(i + 1) == '\n')
            return fields;
        *why = "a field is not followed by a comma or by CRLF at the end";
        return std::nullopt;
    }
}

// The digits written for `key` in a JSON Lines line: what follows "key": up to , or }.
QByteArray rawJsonNumber(const QByteArray &line, const QString &key)
{
    // Inside an escaped string every quote follows a backslash, so `"key":` only matches the key.
    const QByteArray marker = ExportWriters::jsonString(key) + ':';
    const qsizetype at = line.indexOf(marker);
    if (at < 0)
        return {};
    const qsizetype start = at + marker.size();
    qsizetype end = start;
    while (end < line.size() && line.at(end) != ',' && line.at(end) != '}')
        ++end;
    return line.mid(start, end - start);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider fdp(data, size);
    const SmsRecord record = consumeRecord(fdp);
    static const QStringList keys = CacheExport::csvColumns();
    const QVariantList values = rowValues(record);
    FUZZ_CHECK(keys.size() == values.size(), "one value per export column");
    QStringList expected; // what each text value must read back as
    expected.reserve(values.size());
    for (const QVariant &value : values)
        expected << (value.typeId() == QMetaType::QString ? wellFormed(value.toString()) : QString());

    // ---- CSV ----
    QByteArray csv("previous,record\r\n"); // the writer appends; what was there stays
    const qsizetype previous = csv.size();
    ExportWriters::appendCsvRecord(csv, values);
    FUZZ_CHECK(csv.startsWith("previous,record\r\n"), "appending keeps the buffer's start");
    const char *why = "";
    const auto fields = readCsvRecord(csv.mid(previous), &why);
    if (!fields)
        std::fprintf(stderr, "CSV: %s\n", why);
    FUZZ_CHECK(fields, "the CSV writer writes one RFC 4180 record");
    FUZZ_CHECK(fields->size() == values.size(), "one CSV field per value");
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const QByteArray &field = fields->at(i);
        if (value.isNull()) {
            FUZZ_CHECK(field.isEmpty(), "a missing value is an empty field");
        } else if (value.typeId() == QMetaType::LongLong) {
            FUZZ_CHECK(field == QByteArray::number(value.toLongLong()), "integers are written exactly");
        } else {
            const auto decoded = decodeUtf8(field);
            FUZZ_CHECK(decoded, "CSV fields are valid UTF-8");
            if (*decoded != expected.at(i))
                std::fprintf(stderr, "CSV column %s: read %s, expected %s\n", qPrintable(keys.at(i)),
                             decoded->toUtf8().toHex(' ').constData(),
                             expected.at(i).toUtf8().toHex(' ').constData());
            FUZZ_CHECK(*decoded == expected.at(i), "CSV text round-trips");
        }
    }
    // csvField() is the same quoting on its own.
    const QString sample = record.smsText;
    FUZZ_CHECK(
        ExportWriters::csvField(sample) ==
            [&] {
                QByteArray one;
                ExportWriters::appendCsvRecord(one, {QVariant(sample)});
                return one.chopped(2);
            }(),
        "csvField() quotes as appendCsvRecord() does");

    // ---- JSON Lines ----
    QByteArray jsonl("{}\n");
    ExportWriters::appendJsonLine(jsonl, keys, values);
    FUZZ_CHECK(jsonl.startsWith("{}\n"), "appending keeps the buffer's start");
    const QByteArray line = jsonl.mid(3);
    FUZZ_CHECK(line.endsWith('\n') && line.count('\n') == 1, "one LF-ended line per record");
    FUZZ_CHECK(!line.contains('\r'), "no raw CR in a line");
    FUZZ_CHECK(!line.contains("\xe2\x80\xa8") && !line.contains("\xe2\x80\xa9"),
               "U+2028 and U+2029 are escaped");
    FUZZ_CHECK(decodeUtf8(line).has_value(), "JSON Lines are valid UTF-8");
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError)
        std::fprintf(stderr, "JSON: %s at %d\n", qPrintable(error.errorString()), error.offset);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject(), "a line is a JSON object");
    const QJsonObject object = document.object();
    FUZZ_CHECK(object.size() == keys.size(), "every key once");
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const QJsonValue got = object.value(keys.at(i));
        if (value.isNull()) {
            FUZZ_CHECK(got.isNull(), "a missing value is null");
        } else if (value.typeId() == QMetaType::LongLong) {
            const qint64 number = value.toLongLong();
            FUZZ_CHECK(got.isDouble(), "an integer is a JSON number");
            FUZZ_CHECK(rawJsonNumber(line, keys.at(i)) == QByteArray::number(number),
                       "integers are written exactly");
            const QVariant read = got.toVariant();
            FUZZ_CHECK(read.typeId() == QMetaType::LongLong ? read.toLongLong() == number
                                                            : got.toDouble() == double(number),
                       "QJsonDocument reads the integer, or its nearest double");
        } else {
            if (!got.isString() || got.toString() != expected.at(i))
                std::fprintf(stderr, "JSON key %s: read %s, expected %s\n", qPrintable(keys.at(i)),
                             got.toString().toUtf8().toHex(' ').constData(),
                             expected.at(i).toUtf8().toHex(' ').constData());
            FUZZ_CHECK(got.isString() && got.toString() == expected.at(i), "JSON text round-trips");
        }
    }
    return 0;
}
