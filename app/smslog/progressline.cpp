// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "progressline.h"

#include "commandline.h"

#include <QCoreApplication>
#include <QLocale>
#include <cstdio>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("smslog", text);
}

QString duration(qint64 seconds)
{
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ProgressLine::ProgressLine(const QString &what)
    : m_what(what)
    , m_enabled(Console::stderrIsTerminal())
{
    m_started.start();
}

ProgressLine::~ProgressLine()
{
    clear();
}

void ProgressLine::update(qint64 done, qint64 total, double perSecond, qint64 secondsLeft)
{
    if (!m_enabled)
        return;
    const qint64 elapsedMs = m_started.elapsed();
    // At most five updates a second, but always the last one.
    if (elapsedMs - m_lastShownMs < 200 && done != total)
        return;
    m_lastShownMs = elapsedMs;
    if (perSecond < 0)
        perSecond = elapsedMs > 0 ? double(done) * 1000.0 / double(elapsedMs) : 0;
    if (secondsLeft < 0 && total >= done && perSecond > 0 && elapsedMs > 1000)
        secondsLeft = qint64(double(total - done) / perSecond);

    const QLocale locale;
    QString text = total >= 0 ? tr("%1 of %2 %3").arg(locale.toString(done), locale.toString(total), m_what)
                              : tr("%1 %2").arg(locale.toString(done), m_what);
    if (perSecond > 0)
        text += tr(", %1/s").arg(locale.toString(qint64(perSecond)));
    if (secondsLeft >= 0)
        text += tr(", %1 left").arg(duration(secondsLeft));
    show(text);
}

void ProgressLine::note(const QString &text)
{
    if (m_enabled)
        show(text);
}

void ProgressLine::show(const QString &text)
{
    // Back to the start of the line, the text, and the rest of the old line erased.
    const QByteArray bytes = "\r" + text.toUtf8() + "\x1b[K";
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    m_visible = true;
}

void ProgressLine::clear()
{
    if (!m_visible)
        return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    m_visible = false;
}
