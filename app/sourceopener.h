// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "smslogsource.h"

#include <QObject>
#include <QPointer>

// Opens one source at a time, and the newest wins: a source still opening when another is given
// is deleted, so its answer never comes. A source that opens is handed over with opened() (the
// receiver owns it from then on); one that fails is deleted after failed(). GUI thread only.
class SourceOpener : public QObject
{
    Q_OBJECT
public:
    explicit SourceOpener(QObject *parent = nullptr);
    // Deletes the source still opening.
    ~SourceOpener() override;

    // Opens `source` (owned until opened() or failed()), dropping the one still opening.
    void open(SmsLogSource *source);
    bool isOpening() const { return m_opening != nullptr; }
    // Deletes the source still opening (its answer never comes).
    void cancel();

Q_SIGNALS:
    // `source` is open; it is the receiver's to own and delete.
    void opened(SmsLogSource *source);
    void failed(const SourceError &error);

private:
    QPointer<SmsLogSource> m_opening;
};
