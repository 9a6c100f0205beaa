// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "exportwriters.h"

namespace ExportWriters {
namespace {

enum class ValueKind { Missing, Integer, Boolean, Text };

ValueKind kindOf(const QVariant &value)
{
    if (value.isNull())
        return ValueKind::Missing;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort: return ValueKind::Integer;
    case QMetaType::Bool: return ValueKind::Boolean;
    default: return ValueKind::Text;
    }
}

QByteArray integerText(const QVariant &value)
{
    return value.typeId() == QMetaType::ULongLong || value.typeId() == QMetaType::ULong
        ? QByteArray::number(value.toULongLong())
        : QByteArray::number(value.toLongLong());
}

void appendCsvField(QByteArray &out, const QString &text)
{
    bool quote = false;
    for (const QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out += text.toUtf8();
        return;
    }
    out += '"';
    out += QString(text).replace(u'"', QStringLiteral("\"\"")).toUtf8();
    out += '"';
}

void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    // Copy the runs that need no escape in one conversion each.
    qsizetype runStart = 0;
    const auto flush = [&](qsizetype end) {
        if (end > runStart)
            out += QStringView(text).mid(runStart, end - runStart).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        // U+FEFF is escaped because Qt's reader (QString::fromUtf8) drops it at a string's start.
        if (c >= 0x20 && c != u'"' && c != u'\\' && c != 0x2028 && c != 0x2029 && c != 0xfeff)
            continue;
        flush(i);
        runStart = i + 1;
        switch (c) {
        case u'"': out += "\\\""; break;
        case u'\\': out += "\\\\"; break;
        case u'\b': out += "\\b"; break;
        case u'\f': out += "\\f"; break;
        case u'\n': out += "\\n"; break;
        case u'\r': out += "\\r"; break;
        case u'\t': out += "\\t"; break;
        default:
            out += "\\u";
            out += hex[(c >> 12) & 0xf];
            out += hex[(c >> 8) & 0xf];
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        }
    }
    flush(text.size());
    out += '"';
}

} // namespace

QByteArray csvField(const QString &text)
{
    QByteArray out;
    appendCsvField(out, text);
    return out;
}

void appendCsvRecord(QByteArray &out, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        const QVariant &value = values.at(i);
        switch (kindOf(value)) {
        case ValueKind::Missing: break;
        case ValueKind::Integer: out += integerText(value); break;
        case ValueKind::Boolean: out += value.toBool() ? "true" : "false"; break;
        case ValueKind::Text: appendCsvField(out, value.toString()); break;
        }
    }
    out += "\r\n";
}

QByteArray jsonString(const QString &text)
{
    QByteArray out;
    appendJsonString(out, text);
    return out;
}

void appendJsonLine(QByteArray &out, const QStringList &keys, const QVariantList &values)
{
    Q_ASSERT(keys.size() == values.size());
    out += '{';
    for (qsizetype i = 0; i < keys.size() && i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        appendJsonString(out, keys.at(i));
        out += ':';
        const QVariant &value = values.at(i);
        switch (kindOf(value)) {
        case ValueKind::Missing: out += "null"; break;
        case ValueKind::Integer: out += integerText(value); break;
        case ValueKind::Boolean: out += value.toBool() ? "true" : "false"; break;
        case ValueKind::Text: appendJsonString(out, value.toString()); break;
        }
    }
    out += "}\n";
}

} // namespace ExportWriters
