// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "pivot.h"
#include "smsrecord.h"

#include <QList>
#include <QMetaType>
#include <optional>

// A resource that a number in the linked-resource filter may stand for: incident and alert numbers
// count per project, so "#1362" may name one incident in each of several projects.
struct LinkCandidate {
    LinkKind kind = LinkKind::Incident;
    LinkedResource resource; // id, title, number
    QString projectId;
    QString projectName;

    bool operator==(const LinkCandidate &) const = default;

    // "Incident #1362 — Database unreachable (Acme Cloud Platform)".
    QString label() const;
    // Exactly this resource, by id.
    Pivot pivot() const { return Pivot{{PivotField::Link, kind}, resource.id}; }
};

// The number `filter`'s linked-resource text stands for ("#1362" or "1362") when its kind is
// numbered (incidents and alerts); nullopt otherwise.
std::optional<qint64> linkNumber(const SmsFilter &filter);

Q_DECLARE_METATYPE(LinkCandidate)
