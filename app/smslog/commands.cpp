// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "commands.h"

#include "commandline.h"

#include <QCoreApplication>

namespace SmslogCommands {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smslog", text);
}

using Command = int (*)(const QStringList &);

Command commandNamed(const QString &name)
{
    if (name == QStringLiteral("sync"))
        return &sync;
    if (name == QStringLiteral("summary"))
        return &summary;
    if (name == QStringLiteral("export"))
        return &exportRows;
    if (name == QStringLiteral("demo"))
        return &demo;
    return nullptr;
}

int unknownCommand(const QString &name)
{
    // A command is never a secret, but a misplaced key could land here: not echoed when long.
    Console::printError(name.size() <= 20 ? tr("Unknown command \"%1\" (see: smslog --help).").arg(name)
                                          : tr("Unknown command (see: smslog --help)."));
    return ExitStatus::Usage;
}

} // namespace

int run(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        Console::printError(tr("No command given: sync, summary, export or demo (see: smslog --help)."));
        return ExitStatus::Usage;
    }
    const QString first = arguments.first();
    if (first == QStringLiteral("--help") || first == QStringLiteral("-h")
        || first == QStringLiteral("help")) {
        if (first == QStringLiteral("help") && arguments.size() > 1) {
            const Command command = commandNamed(arguments.at(1));
            return command ? command({QStringLiteral("--help")}) : unknownCommand(arguments.at(1));
        }
        Console::print(mainHelpText());
        return ExitStatus::Success;
    }
    if (first == QStringLiteral("--version") || first == QStringLiteral("-v")) {
        Console::printLine(QStringLiteral("smslog ") + QCoreApplication::applicationVersion());
        return ExitStatus::Success;
    }
    if (first.startsWith(u'-')) {
        Console::printError(tr("The command comes first: smslog COMMAND [OPTIONS] (see: smslog --help)."));
        return ExitStatus::Usage;
    }
    const Command command = commandNamed(first);
    return command ? command(arguments.mid(1)) : unknownCommand(first);
}

} // namespace SmslogCommands
