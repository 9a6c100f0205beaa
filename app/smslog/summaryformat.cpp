// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "summaryformat.h"

#include "money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace SummaryFormat {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smslog", text);
}

// A JSON string literal, escaped by QJsonDocument.
QString jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// Columns a text takes in a terminal: East Asian wide and fullwidth characters (and emoji) take
// two, combining marks none. An approximation of wcwidth() that needs no locale.
qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || c == 0x200B)
            continue;
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
            || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
            || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

// `text` padded with spaces to `width` columns, on the right (numbers) or the left (text).
QString padded(const QString &text, qsizetype width, bool alignRight)
{
    const QString padding(std::max<qsizetype>(0, width - displayWidth(text)), u' ');
    return alignRight ? padding + text : text + padding;
}

QString counts(qint64 messages, qint64 cents)
{
    return QStringLiteral("\"count\": %1, \"costInUSDCents\": %2").arg(messages).arg(cents);
}

} // namespace

std::optional<Format> fromName(const QString &name)
{
    if (name == QStringLiteral("table"))
        return Format::Table;
    if (name == QStringLiteral("csv"))
        return Format::Csv;
    if (name == QStringLiteral("json"))
        return Format::Json;
    return std::nullopt;
}

QString json(const CostSummary &summary)
{
    QStringList groups;
    for (const CostGroup &group : summary.groups)
        groups << QStringLiteral("{\"key\": %1, \"label\": %2, %3}")
                      .arg(jsonString(group.key), jsonString(group.label),
                           counts(group.messages, group.costCents));
    return QStringLiteral("{\"by\": %1, \"total\": {%2}, \"groups\": [%3]}\n")
        .arg(jsonString(summaryGroupingName(summary.by)), counts(summary.messages, summary.costCents),
             groups.join(QStringLiteral(", ")));
}

QString csv(const CostSummary &summary)
{
    QString text = QStringLiteral("key,label,count,costInUSDCents\n");
    for (const CostGroup &group : summary.groups)
        text += csvField(group.key) + u',' + csvField(group.label) + u',' + QString::number(group.messages)
            + u',' + QString::number(group.costCents) + u'\n';
    return text;
}

QString table(const CostSummary &summary, const QLocale &locale)
{
    // Columns: the group's name (and the project id), messages, cost. Text left, numbers right.
    const bool project = summary.by == SummaryGrouping::Project;
    QString heading;
    switch (summary.by) {
    case SummaryGrouping::Project: heading = tr("Project"); break;
    case SummaryGrouping::Status: heading = tr("Status"); break;
    case SummaryGrouping::Day: heading = tr("Day (UTC)"); break;
    case SummaryGrouping::Month: heading = tr("Month (UTC)"); break;
    case SummaryGrouping::ErrorCode: heading = tr("Error code"); break;
    }
    QList<QStringList> rows;
    rows << (project ? QStringList{heading, tr("Project id"), tr("Messages"), tr("Cost")}
                     : QStringList{heading, tr("Messages"), tr("Cost")});
    const auto numbers = [&locale](qint64 messages, qint64 cents) {
        return QStringList{locale.toString(messages), formatCents(cents, locale)};
    };
    for (const CostGroup &group : summary.groups)
        rows << (project ? QStringList{group.label, group.key} : QStringList{group.label})
                + numbers(group.messages, group.costCents);
    rows << (project ? QStringList{tr("Total"), QString()} : QStringList{tr("Total")})
            + numbers(summary.messages, summary.costCents);

    const qsizetype columns = rows.first().size();
    QList<qsizetype> widths(columns, 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = std::max(widths[c], displayWidth(row.at(c)));
    const qsizetype firstNumber = columns - 2;
    const auto line = [&](const QStringList &row) -> QString {
        QStringList cells;
        for (qsizetype c = 0; c < columns; ++c)
            cells << padded(row.at(c), widths[c], c >= firstNumber);
        QString text = cells.join(QStringLiteral("  "));
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QString text;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (r == rows.size() - 1) {
            qsizetype total = 0;
            for (const qsizetype width : std::as_const(widths))
                total += width;
            text += QString(total + 2 * (columns - 1), u'-') + u'\n';
        }
        text += line(rows.at(r));
    }
    return text;
}

QString format(const CostSummary &summary, Format format, const QLocale &locale)
{
    switch (format) {
    case Format::Table: return table(summary, locale);
    case Format::Csv: return csv(summary);
    case Format::Json: return json(summary);
    }
    return {};
}

} // namespace SummaryFormat
