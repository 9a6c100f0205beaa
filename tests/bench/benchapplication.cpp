// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "benchapplication.h"

#include "benchutil.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QThread>

BenchApplication::BenchApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{ }

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    // notify() runs in the thread of the receiver's event loop: only the GUI thread's count here.
    if (QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    if (!m_timing || m_depth > 0) {
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        return result;
    }
    // Read before delivery: the receiver or the event may be gone afterwards.
    const int type = event->type();
    QString name = QString::fromLatin1(receiver->metaObject()->className());
    if (!receiver->objectName().isEmpty())
        name += QStringLiteral(" \"") + receiver->objectName() + QStringLiteral("\"");
    QElapsedTimer timer;
    timer.start();
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    record(Bench::msSince(timer), type, name);
    return result;
}

void BenchApplication::resetTiming()
{
    m_deliveries = 0;
    m_overBlocked = 0;
    m_worst.clear();
    m_worstNonPaint = {};
}

void BenchApplication::record(double ms, int eventType, const QString &receiver)
{
    ++m_deliveries;
    if (ms > blockedMs)
        ++m_overBlocked;
    const bool paint = eventType == QEvent::UpdateRequest || eventType == QEvent::Paint;
    const bool worstSoFar = !(m_worst.size() == 5 && ms <= m_worst.last().ms);
    if (!worstSoFar && (paint || ms <= m_worstNonPaint.ms))
        return;
    const char *key = QMetaEnum::fromType<QEvent::Type>().valueToKey(eventType);
    const Delivery delivery{ms, key ? QString::fromLatin1(key) : QString::number(eventType), receiver};
    if (!paint && ms > m_worstNonPaint.ms)
        m_worstNonPaint = delivery;
    if (!worstSoFar)
        return;
    auto at = std::find_if(m_worst.begin(), m_worst.end(), [ms](const Delivery &d) { return d.ms < ms; });
    m_worst.insert(at, delivery);
    if (m_worst.size() > 5)
        m_worst.removeLast();
}
