// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "linkcandidate.h"

#include <QCoreApplication>

QString LinkCandidate::label() const
{
    QString text = linkKindTitle(kind);
    if (resource.number)
        text += QStringLiteral(" #") + QString::number(*resource.number);
    if (!resource.name.isEmpty())
        text += QStringLiteral(" — ") + resource.name;
    const QString project = projectName.isEmpty() ? projectId : projectName;
    return project.isEmpty() ? text
                             : QCoreApplication::translate("LinkCandidate", "%1 (%2)").arg(text, project);
}

std::optional<qint64> linkNumber(const SmsFilter &filter)
{
    if (!filter.linkKind || (*filter.linkKind != LinkKind::Incident && *filter.linkKind != LinkKind::Alert))
        return std::nullopt;
    QString text = filter.linkText.trimmed();
    if (text.startsWith(u'#'))
        text.remove(0, 1);
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    return isNumber ? std::optional<qint64>(number) : std::nullopt;
}
