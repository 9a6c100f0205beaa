// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "viewstate.h"

#include "linkkind.h"

namespace {

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QVariant &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QVariantMap ViewState::toVariant() const
{
    QVariantMap map;
    map.insert(QStringLiteral("statuses"), filter.statuses);
    map.insert(QStringLiteral("sentFrom"), isoUtc(filter.sentFrom));
    map.insert(QStringLiteral("sentTo"), isoUtc(filter.sentTo));
    map.insert(QStringLiteral("toNumber"), filter.toNumber);
    map.insert(QStringLiteral("fromNumber"), filter.fromNumber);
    map.insert(QStringLiteral("text"), filter.text);
    map.insert(QStringLiteral("projectId"), filter.projectId);
    map.insert(QStringLiteral("errorCode"), filter.errorCode);
    map.insert(QStringLiteral("linkKind"), filter.linkKind ? linkKindKey(*filter.linkKind) : QString());
    map.insert(QStringLiteral("linkText"), filter.linkText);
    map.insert(QStringLiteral("timePreset"), timePreset);
    map.insert(QStringLiteral("sortColumn"), int(sort.column));
    map.insert(QStringLiteral("sortOrder"),
               sort.order == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending"));
    map.insert(QStringLiteral("columns"), columns);
    return map;
}

ViewState ViewState::fromVariant(const QVariantMap &map)
{
    ViewState state;
    SmsFilter &f = state.filter;
    f.statuses = map.value(QStringLiteral("statuses")).toStringList();
    f.statuses.removeAll(QString());
    f.sentFrom = fromIso(map.value(QStringLiteral("sentFrom")));
    f.sentTo = fromIso(map.value(QStringLiteral("sentTo")));
    f.toNumber = map.value(QStringLiteral("toNumber")).toString();
    f.fromNumber = map.value(QStringLiteral("fromNumber")).toString();
    f.text = map.value(QStringLiteral("text")).toString();
    f.projectId = map.value(QStringLiteral("projectId")).toString();
    f.errorCode = map.value(QStringLiteral("errorCode")).toString();
    const QString kind = map.value(QStringLiteral("linkKind")).toString();
    for (const LinkKind k : allLinkKinds)
        if (linkKindKey(k) == kind)
            f.linkKind = k;
    f.linkText = map.value(QStringLiteral("linkText")).toString();
    const QString preset = map.value(QStringLiteral("timePreset")).toString();
    static const QStringList presets{QStringLiteral("any"),   QStringLiteral("hour"),
                                     QStringLiteral("day"),   QStringLiteral("week"),
                                     QStringLiteral("month"), QStringLiteral("custom")};
    if (presets.contains(preset))
        state.timePreset = preset;
    bool ok = false;
    const int column = map.value(QStringLiteral("sortColumn")).toInt(&ok);
    if (ok && column >= 0 && column < SmsColumnCount)
        state.sort.column = static_cast<SmsColumn>(column);
    state.sort.order = map.value(QStringLiteral("sortOrder")).toString() == QLatin1String("ascending")
        ? Qt::AscendingOrder
        : Qt::DescendingOrder;
    state.columns = map.value(QStringLiteral("columns")).toByteArray();
    return state;
}
