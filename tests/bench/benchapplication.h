// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include <QApplication>
#include <QList>
#include <QString>

// The benchmark's application object: times every event delivery on the GUI thread that starts at
// nesting depth 0 (an event the loop hands out, or a sendEvent() from outside any handler), so
// that the longest time the GUI thread was busy with one event is known (goal G9). Nested
// deliveries count as part of the outer one; other threads' deliveries are not timed.
class BenchApplication : public QApplication
{
public:
    BenchApplication(int &argc, char **argv);

    struct Delivery {
        double ms = 0;
        QString event; // QEvent::Type name
        QString receiver; // class name (and object name, when set) of the receiver
    };

    bool notify(QObject *receiver, QEvent *event) override;

    // Deliveries are timed only while timing is on.
    void setTiming(bool on) { m_timing = on; }
    // Forgets every delivery timed so far (a new figure starts).
    void resetTiming();
    qint64 timedDeliveries() const { return m_deliveries; }
    // Deliveries that took longer than blockedMs.
    qint64 blockedDeliveries() const { return m_overBlocked; }
    // The longest deliveries, longest first (at most five).
    const QList<Delivery> &worst() const { return m_worst; }
    // The longest delivery that was not a paint of a widget (UpdateRequest, Paint): the data work
    // (answers from the readers, model updates, timers, input handling) that G9 is about.
    const Delivery &worstNonPaint() const { return m_worstNonPaint; }

    static constexpr double blockedMs = 50; // goal G9's limit

private:
    void record(double ms, int eventType, const QString &receiver);

    int m_depth = 0;
    bool m_timing = false;
    qint64 m_deliveries = 0;
    qint64 m_overBlocked = 0;
    QList<Delivery> m_worst;
    Delivery m_worstNonPaint;
};
