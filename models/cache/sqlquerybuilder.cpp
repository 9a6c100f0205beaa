// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "sqlquerybuilder.h"

#include "cacheschema.h"

#include <QRegularExpression>

namespace SqlQueryBuilder {
namespace {

QString sortColumnSql(SmsColumn column)
{
    switch (column) {
    case SmsColumn::SentAt: return QStringLiteral("s.created_at");
    case SmsColumn::To: return QStringLiteral("s.to_number");
    case SmsColumn::From: return QStringLiteral("s.from_number");
    case SmsColumn::Status: return QStringLiteral("s.status");
    case SmsColumn::ErrorCode: return QStringLiteral("s.error_code");
    case SmsColumn::Cost: return QStringLiteral("s.cost_cents");
    case SmsColumn::Project:
    case SmsColumn::User:
    case SmsColumn::Linked:
        // Names live in linked_resource; ordering by them would sort every matching row.
        return {};
    }
    return {};
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

QString containsPattern(const QString &literal)
{
    QString escaped;
    escaped.reserve(literal.size() + 2);
    for (const QChar c : literal) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return QStringLiteral("%") + escaped + QStringLiteral("%");
}

QString fullTextExpression(const QString &text)
{
    // Split where the unicode61 tokenizer would: anything that is not a letter or a digit.
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms << QStringLiteral("\"") + QString(word).replace(u'"', QStringLiteral("\"\""))
                + QStringLiteral("\"*");
    return terms.join(u' ');
}

Fragment where(const SmsFilter &filter)
{
    QStringList terms;
    QVariantList values;

    if (!filter.statuses.isEmpty()) {
        terms << QStringLiteral("s.status IN (%1)").arg(placeholders(filter.statuses.size()));
        for (const QString &status : filter.statuses)
            values << status;
    }
    if (filter.sentFrom.isValid()) {
        terms << QStringLiteral("s.created_at >= ?");
        values << filter.sentFrom.toMSecsSinceEpoch();
    }
    if (filter.sentTo.isValid()) {
        terms << QStringLiteral("s.created_at <= ?");
        values << filter.sentTo.toMSecsSinceEpoch();
    }
    if (filter.changedFrom.isValid()) {
        terms << QStringLiteral("s.updated_at >= ?");
        values << filter.changedFrom.toMSecsSinceEpoch();
    }
    const QString toNumber = filter.toNumber.trimmed();
    if (!toNumber.isEmpty()) {
        terms << QStringLiteral(
            "s.to_number IN (SELECT number FROM phone_number WHERE number LIKE ? ESCAPE '\\')");
        values << containsPattern(toNumber);
    }
    const QString fromNumber = filter.fromNumber.trimmed();
    if (!fromNumber.isEmpty()) {
        terms << QStringLiteral(
            "s.from_number IN (SELECT number FROM phone_number WHERE number LIKE ? ESCAPE '\\')");
        values << containsPattern(fromNumber);
    }
    const QString match = fullTextExpression(filter.text);
    if (!match.isEmpty()) {
        terms << QStringLiteral("s.rid IN (SELECT rowid FROM sms_text_index WHERE sms_text_index MATCH ?)");
        values << match;
    } else if (!filter.text.trimmed().isEmpty()) {
        // Only punctuation: no word can match it.
        terms << QStringLiteral("0");
    }
    if (!filter.projectId.isEmpty()) {
        terms << QStringLiteral("s.project_id = ?");
        values << filter.projectId;
    }
    if (!filter.errorCode.isEmpty()) {
        terms << QStringLiteral("s.error_code = ?");
        values << filter.errorCode;
    }
    QString linkText = filter.linkText.trimmed();
    if (filter.linkKind && !linkText.isEmpty()) {
        const QString column = CacheSchema::linkColumn(static_cast<int>(*filter.linkKind));
        QString numberText = linkText;
        if (numberText.startsWith(u'#'))
            numberText.remove(0, 1);
        bool isNumber = false;
        const qint64 number = numberText.toLongLong(&isNumber);
        terms << QStringLiteral("s.%1 IN (SELECT id FROM linked_resource WHERE kind = ?"
                                " AND (id = ? OR name LIKE ? ESCAPE '\\' OR number = ?))")
                     .arg(column);
        values << linkKindKey(*filter.linkKind) << linkText << containsPattern(linkText)
               << (isNumber ? QVariant(number) : QVariant(QMetaType::fromType<qint64>()));
    }

    if (terms.isEmpty())
        return {};
    return {QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND ")), values};
}

QString sortColumn(SmsColumn column)
{
    return sortColumnSql(column);
}

QString sortIndex(SmsColumn column)
{
    switch (column) {
    case SmsColumn::SentAt: return QStringLiteral("sms_log_created_at");
    case SmsColumn::To: return QStringLiteral("sms_log_to_number");
    case SmsColumn::From: return QStringLiteral("sms_log_from_number");
    case SmsColumn::Status: return QStringLiteral("sms_log_status");
    case SmsColumn::ErrorCode: return QStringLiteral("sms_log_error_code");
    case SmsColumn::Cost: return QStringLiteral("sms_log_cost");
    default: return {};
    }
}

std::optional<QString> orderByMatches(const SmsSort &sort)
{
    // The unary + keeps SQLite from walking the column's index to avoid the sort.
    const std::optional<QString> order = orderBy(sort);
    return order ? std::optional<QString>(
               QString(*order).replace(QStringLiteral("ORDER BY "), QStringLiteral("ORDER BY +")))
                 : std::nullopt;
}

QList<Segment> continuation(const SmsSort &sort, const QVariant &value, qint64 rid)
{
    const QString column = sortColumnSql(sort.column);
    if (column.isEmpty())
        return {};
    const bool ascending = sort.order == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString byValue = QStringLiteral("ORDER BY %1 %2, s.rid %2").arg(column, direction);
    const QString byRid = QStringLiteral("ORDER BY s.rid %1").arg(direction);
    const QString after = ascending ? QStringLiteral(">") : QStringLiteral("<");
    if (value.isNull()) {
        Segment nulls{QStringLiteral("%1 IS NULL AND s.rid %2 ?").arg(column, after), byRid, {rid}};
        if (!ascending)
            return {nulls}; // NULLs come last
        return {nulls, Segment{QStringLiteral("%1 IS NOT NULL").arg(column), byValue, {}}};
    }
    Segment values{QStringLiteral("(%1, s.rid) %2 (?, ?)").arg(column, after), byValue, {value, rid}};
    if (ascending)
        return {values};
    return {values, Segment{QStringLiteral("%1 IS NULL").arg(column), byRid, {}}};
}

std::optional<QString> orderBy(const SmsSort &sort)
{
    const QString column = sortColumnSql(sort.column);
    if (column.isEmpty())
        return std::nullopt;
    const QString direction
        = sort.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral("ORDER BY %1 %2, s.rid %2").arg(column, direction);
}

QList<SmsColumn> sortableColumns()
{
    QList<SmsColumn> columns;
    for (int i = 0; i < SmsColumnCount; ++i) {
        if (!sortColumnSql(static_cast<SmsColumn>(i)).isEmpty())
            columns << static_cast<SmsColumn>(i);
    }
    return columns;
}

} // namespace SqlQueryBuilder
