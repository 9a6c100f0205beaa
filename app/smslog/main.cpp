// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "commands.h"

#include <QCoreApplication>

// smslog: the command-line tool (sync, summary, export, demo). Qt Core, Network and Sql only.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("smslog"));
    QCoreApplication::setOrganizationName(QStringLiteral("smslog-viewer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SMSLOG_VERSION));
    return SmslogCommands::run(QCoreApplication::arguments().mid(1));
}
