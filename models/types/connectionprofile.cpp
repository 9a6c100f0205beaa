// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "connectionprofile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("ConnectionProfile", text);
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

QString ConnectionProfile::validationError() const
{
    if (name.trimmed().isEmpty())
        return translate("Enter a name for this connection.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            return translate("The connection name must be a single line of text.");
    }

    if (url.isEmpty())
        return translate("Enter the address of the OneUptime instance, such as https://oneuptime.com.");
    if (!url.isValid())
        return translate("The instance address is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return translate("The instance address must start with https:// or http://.");
    if (url.host().isEmpty())
        return translate("The instance address has no host name.");
    if (!url.userInfo().isEmpty())
        return translate("Remove the user name and password from the instance address: "
                         "the API key is the only credential.");
    if (url.hasQuery())
        return translate("Remove the query (the part from “?”) from the instance address.");
    if (url.hasFragment())
        return translate("Remove the fragment (the part from “#”) from the instance address.");

    if (!caFile.isEmpty()) {
        const QFileInfo info(caFile);
        if (!info.exists())
            return translate("The CA certificate file “%1” does not exist.").arg(caFile);
        if (!info.isFile())
            return translate("The CA certificate path “%1” is not a file.").arg(caFile);
        if (!info.isReadable())
            return translate("The CA certificate file “%1” cannot be read.").arg(caFile);
    }
    return {};
}

QString apiKeyProblem(const QString &key)
{
    if (key.isEmpty())
        return translate("Enter the API key.");
    // 8-4-4-4-12 hexadecimal digits, as OneUptime's ObjectID validation expects.
    static constexpr int groupLengths[] = {8, 4, 4, 4, 12};
    static constexpr int uuidLength = 36;
    bool wellFormed = key.size() == uuidLength;
    int position = 0;
    for (int group = 0; wellFormed && group < 5; ++group) {
        if (group > 0) {
            wellFormed = key.at(position) == u'-';
            ++position;
        }
        for (int i = 0; wellFormed && i < groupLengths[group]; ++i, ++position)
            wellFormed = isHexDigit(key.at(position));
    }
    if (!wellFormed)
        return translate("This does not look like a OneUptime API key: a key is 36 characters long, "
                         "hexadecimal digits in five groups separated by dashes "
                         "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).");
    return {};
}
