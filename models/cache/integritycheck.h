// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "sourceerror.h"

#include <QObject>
#include <memory>

class BackgroundJob;

// Runs SQLite's quick_check over a cache file on a thread and a read-only connection of its own
// (a BackgroundJob at idle priority), so that the file's first rows need not wait for a read of
// the whole file. GUI thread API; destroying it interrupts a check that is still running, which
// then reports nothing.
class IntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityCheck(const QString &path, QObject *parent = nullptr);
    ~IntegrityCheck() override;

    void start();

Q_SIGNALS:
    void passed();
    void failed(const SourceError &error);

private:
    QString m_path;
    BackgroundJob *m_job;
};
