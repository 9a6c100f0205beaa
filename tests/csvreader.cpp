// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "csvreader.h"

#include <QStringDecoder>

QList<QStringList> readCsv(const QByteArray &bytes, QString *error, LineEnds lineEnds)
{
    QList<QStringList> records;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        *error = QStringLiteral("not UTF-8");
        return {};
    }
    if (text.startsWith(QChar(0xFEFF))) {
        *error = QStringLiteral("byte order mark");
        return {};
    }
    const qsizetype n = text.size();
    qsizetype i = 0;
    QStringList record;
    while (i < n) {
        QString field;
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n) {
                    *error = QStringLiteral("unterminated quoted field");
                    return {};
                }
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r' && text.at(i) != u'\n') {
                if (text.at(i) == u'"') {
                    *error = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                    return {};
                }
                field += text.at(i++);
            }
        }
        record << field;
        if (i < n && text.at(i) == u',') {
            ++i;
            if (i == n) {
                *error = QStringLiteral("file ends after a comma");
                return {};
            }
            continue;
        }
        if (lineEnds == LineEnds::Lf && text.at(i) == u'\n') {
            ++i;
            records << record;
            record.clear();
            continue;
        }
        if (lineEnds == LineEnds::Crlf && i + 1 < n && text.at(i) == u'\r' && text.at(i + 1) == u'\n') {
            i += 2;
            records << record;
            record.clear();
            continue;
        }
        *error = QStringLiteral("record not ended by %1 at %2")
                     .arg(lineEnds == LineEnds::Crlf ? QStringLiteral("CRLF") : QStringLiteral("LF"))
                     .arg(i);
        return {};
    }
    return records;
}
