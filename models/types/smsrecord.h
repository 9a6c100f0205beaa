// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "linkkind.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <array>
#include <optional>

// A linked resource as far as we know it. A null id means "no link".
// `name` is the display name (incident/alert/announcement/maintenance title, monitor/policy/... name,
// user name); `number` is the incident or alert number when known; `email` is set for users only.
struct LinkedResource {
    QString id;
    QString name;
    std::optional<qint64> number;
    QString email;

    bool isSet() const { return !id.isEmpty(); }
    bool operator==(const LinkedResource &) const = default;
};

// One SMS log row with every field of the OneUptime SMS Log resource. Everything but `id`
// may be missing (null QString / invalid QDateTime / empty optional): servers differ by version.
struct SmsRecord {
    QString id; // OneUptime `_id`
    QDateTime createdAt; // UTC; "Sent at"
    QDateTime updatedAt; // UTC; approximates the last status change
    QString projectId;
    QString projectName;
    QString toNumber;
    QString fromNumber;
    QString smsText;
    QString statusMessage;
    QString providerExternalId; // in the API document, not on current servers
    QString errorCode;
    QString status; // SmsStatus string, or any other value the server sent
    std::optional<qint64> costCents; // US cents
    std::array<LinkedResource, LinkKindCount> links;

    const LinkedResource &link(LinkKind kind) const { return links[static_cast<size_t>(kind)]; }
    LinkedResource &link(LinkKind kind) { return links[static_cast<size_t>(kind)]; }
    bool operator==(const SmsRecord &) const = default;
};

Q_DECLARE_METATYPE(SmsRecord)
