// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "backgroundjob.h"

class ProgressLine;

namespace SmslogCommands {

// Runs `work` as a BackgroundJob (a worker on a thread of its own, as in the app) while this
// thread's event loop shows its progress on `progress` and turns Ctrl+C or SIGTERM into
// cancel() (the work then stops at its next report). Returns when the work has ended: its result
// (a cancelled run fails with Kind::Cancelled). Main thread.
JobResult runJob(const QString &name, const BackgroundJob::Work &work, ProgressLine &progress);

} // namespace SmslogCommands
