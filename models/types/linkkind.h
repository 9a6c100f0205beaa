// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QString>
#include <array>

// The eleven resources an SMS log can link to (section 5.2 of the API file), in display order.
enum class LinkKind {
    Incident,
    Alert,
    Monitor,
    ScheduledMaintenance,
    StatusPage,
    StatusPageAnnouncement,
    OnCallDutyPolicy,
    OnCallDutyPolicyEscalationRule,
    OnCallDutyPolicySchedule,
    Team,
    User,
};

inline constexpr int LinkKindCount = 11;

inline constexpr std::array<LinkKind, LinkKindCount> allLinkKinds{
    LinkKind::Incident,
    LinkKind::Alert,
    LinkKind::Monitor,
    LinkKind::ScheduledMaintenance,
    LinkKind::StatusPage,
    LinkKind::StatusPageAnnouncement,
    LinkKind::OnCallDutyPolicy,
    LinkKind::OnCallDutyPolicyEscalationRule,
    LinkKind::OnCallDutyPolicySchedule,
    LinkKind::Team,
    LinkKind::User,
};

// Stable key used in the cache file and in the API ("incident", "onCallDutyPolicySchedule", ...).
QString linkKindKey(LinkKind kind);
// User-facing singular name ("Incident", "On-call policy", ...).
QString linkKindTitle(LinkKind kind);
