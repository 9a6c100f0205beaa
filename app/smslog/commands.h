// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QStringList>

// The subcommands of `smslog`. Each takes the arguments after its name, prints its result on
// stdout and its errors on stderr, and returns the exit status (see ExitStatus). Main thread, with
// a QCoreApplication; sync and a live summary run an event loop until they are done.
namespace SmslogCommands {

int sync(const QStringList &arguments);
int summary(const QStringList &arguments);
int exportRows(const QStringList &arguments);
int demo(const QStringList &arguments);

// Dispatches `arguments` (without the program name): a command, help or --version.
int run(const QStringList &arguments);

} // namespace SmslogCommands
