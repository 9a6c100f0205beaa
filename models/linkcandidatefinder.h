// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#pragma once

#include "linkcandidate.h"
#include "smslogsource.h"

#include <QObject>
#include <QPointer>

class SmsLogTableModel;

// Whether the number in the table's linked-resource filter ("#1362") names more than one resource:
// incident and alert numbers count per project, so without a project filter one number may match
// an incident of each project. Follows the table's source and query, asks the source
// (SmsLogSource::requestLinkCandidates, scoped to the project filter when one is set) and says
// which resources the number may stand for. GUI thread only; the table is not owned.
class LinkCandidateFinder : public QObject
{
    Q_OBJECT
public:
    explicit LinkCandidateFinder(SmsLogTableModel *table, QObject *parent = nullptr);

    // The resources the filter's number stands for when there are more than one; empty otherwise
    // (no number, one resource, a source of one project, or not known yet).
    const QList<LinkCandidate> &ambiguous() const { return m_ambiguous; }

Q_SIGNALS:
    void ambiguousChanged(const QList<LinkCandidate> &candidates);

private:
    void handleQueryChanged();
    void handleFetched(SmsLogSource::RequestId id, const QList<LinkCandidate> &candidates);
    void show(const QList<LinkCandidate> &candidates);

    SmsLogTableModel *m_table;
    QPointer<SmsLogSource> m_source;
    SmsFilter m_asked; // the link kind, text and project last asked about
    SmsLogSource::RequestId m_request = 0;
    QList<LinkCandidate> m_ambiguous;
};
