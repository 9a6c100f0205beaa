// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QStringList>

// The SmsStatus values OneUptime writes (section 5.4 of the API file). Other strings can occur
// and are shown as they are.
namespace SmsStatus {

// Every value of the enum, in the order a user expects them: outcome first, legacy last.
QStringList knownValues();

enum class Outcome {
    Succeeded, // Delivered, Sent, Success
    Pending, // Sending
    Failed, // Undelivered, Failed, Error, Low Balance
    Unknown, // anything else
};

Outcome outcome(const QString &status);

} // namespace SmsStatus
